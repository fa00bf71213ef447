import { useMemo } from 'react';
import { z } from 'zod';
import { RightProposalSchema, type PlatformView } from '../../../../shared/contract/platform';
import { currentRights } from '../../../../shared/platform';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { navigate } from '../../router';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';

export type RightChange = 'adopt' | 'amend' | 'remove';

const FieldsSchema = z.object({
  title: z.string(),
  text: z.string(),
  mover: z.string(),
  seconder: z.string(),
});
type Fields = z.infer<typeof FieldsSchema>;

/** The form's fields, checked as `platform.proposeRight` checks the proposal they make. */
function proposalSchema(change: RightChange, rightId: string) {
  return FieldsSchema.transform(
    parsedAs(RightProposalSchema, ({ title, text, mover, seconder }: Fields) => {
      const where = { mover, ...(seconder.trim() ? { seconder } : {}) };
      if (change === 'remove') return { change, rightId, ...where };
      if (change === 'amend') return { change, rightId, title, text, ...where };
      return { change, title, text, ...where };
    }),
  );
}

/** Proposes adopting, amending or removing a Secured Right: it opens a vote. */
export function RightProposalForm({
  view,
  change,
  rightId,
  onCancel,
}: {
  view: PlatformView;
  change: RightChange;
  rightId?: string;
  onCancel: () => void;
}) {
  const right = currentRights(view.platform.rights).find((r) => r.id === rightId);
  const schema = useMemo(() => proposalSchema(change, rightId ?? ''), [change, rightId]);
  const form = useSchemaForm(schema, {
    title: right?.title ?? '',
    text: right?.text ?? '',
    mover: '',
    seconder: '',
  });
  const { register } = form;
  const heading =
    change === 'adopt'
      ? 'Propose a new Secured Right'
      : change === 'amend'
        ? `Amend “${right?.title ?? ''}”`
        : `Remove “${right?.title ?? ''}”`;
  return (
    <Form
      form={form}
      className="form card"
      aria-label={heading}
      onSubmit={(proposal) => api.platform.proposeRight(proposal)}
      onSuccess={({ voteId }) => navigate(`/votes/${voteId}`)}
      submitLabel="Open the vote"
      onCancel={onCancel}
    >
      <h3>{heading}</h3>
      {change !== 'remove' && (
        <>
          <Field label="Title">
            <input {...register('title')} />
          </Field>
          <Field label="Text">
            <textarea rows={3} {...register('text')} />
          </Field>
        </>
      )}
      <div className="form inline">
        <Field label="Moved by">
          <input {...register('mover')} />
        </Field>
        <Field label="Seconded by">
          <input {...register('seconder')} />
        </Field>
      </div>
      <p className="muted">
        This opens a vote at {THRESHOLD_LABELS[view.settings.rightsThreshold].toLowerCase()}; the
        change is made when the vote is certified as adopted.
      </p>
    </Form>
  );
}
