import { PolicyVoteInputSchema } from '../../../../shared/contract/platform';
import { THRESHOLD_LABELS, THRESHOLDS, type Threshold } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { navigate } from '../../router';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';
import { Options } from '../../ui/Options';

type Subject = Parameters<typeof api.platform.putToVote>[0]['subject'];

const VoteFieldsSchema = PolicyVoteInputSchema.pick({
  threshold: true,
  mover: true,
  seconder: true,
});

/** Puts a policy, an amendment or a status change to a vote (`platform.putToVote`), then opens it. */
export function PutToVoteForm({
  label,
  subject,
  defaultThreshold,
  action,
  onCancel,
}: {
  /** Names the form and its button. */
  label: string;
  subject: Subject;
  defaultThreshold: Threshold;
  /** The section's runner: its error shows in the section. */
  action: Action;
  onCancel?: () => void;
}) {
  const form = useSchemaForm(VoteFieldsSchema, { threshold: defaultThreshold, mover: '' });
  const { register } = form;
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      aria-label={label}
      onSubmit={(v) => api.platform.putToVote({ subject, ...v })}
      onSuccess={({ voteId }) => navigate(`/votes/${voteId}`)}
      submitLabel={label}
      onCancel={onCancel}
    >
      <Field label="Threshold">
        <select {...register('threshold')}>
          <Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />
        </select>
      </Field>
      <Field label="Moved by">
        <input {...register('mover')} />
      </Field>
      <Field label="Seconded by">
        <input
          {...register('seconder', { setValueAs: (v: string) => (v.trim() ? v : undefined) })}
        />
      </Field>
    </Form>
  );
}
