import { z } from 'zod';
import { PolicyInputSchema, type PlatformView } from '../../../../shared/contract/platform';
import { Field } from '../../ui/Field';
import { firstSegment, Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { ItemOptions } from '../../ui/Options';
import type { Action } from '../../ui/useAction';

type Parsed = z.output<typeof PolicyInputSchema>;

/** The form's fields: sponsors are typed as one comma-separated line. */
const FieldsSchema = z.object({
  areaId: z.string(),
  title: z.string(),
  summary: z.string(),
  text: z.string(),
  sponsors: z.string(),
});
type Fields = z.infer<typeof FieldsSchema>;

const PolicyFormSchema = FieldsSchema.transform(
  parsedAs(
    PolicyInputSchema,
    (f: Fields) => ({
      ...f,
      sponsors: f.sponsors
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }),
    firstSegment,
  ),
);

/** A policy's area, title, summary, text and sponsors: a new draft, or the draft edited. */
export function PolicyForm({
  view,
  initial,
  label,
  submitLabel,
  className,
  action,
  onSubmit,
  success,
  onSuccess,
  onCancel,
}: {
  view: PlatformView;
  initial?: Parsed;
  /** Names the form (its accessible name). */
  label: string;
  submitLabel: string;
  className: string;
  action: Action;
  onSubmit: (policy: Parsed) => Promise<unknown>;
  success?: string;
  onSuccess?: () => void;
  onCancel: () => void;
}) {
  const form = useSchemaForm(PolicyFormSchema, {
    areaId: initial?.areaId ?? view.platform.areas[0]?.id ?? '',
    title: initial?.title ?? '',
    summary: initial?.summary ?? '',
    text: initial?.text ?? '',
    sponsors: initial?.sponsors.join(', ') ?? '',
  });
  const { register } = form;
  return (
    <Form
      form={form}
      action={action}
      className={className}
      aria-label={label}
      onSubmit={onSubmit}
      success={success}
      onSuccess={onSuccess}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <Field label="Area">
        <select {...register('areaId')}>
          <ItemOptions items={view.platform.areas} label={(a) => a.name} />
        </select>
      </Field>
      <Field label="Title">
        <input {...register('title')} />
      </Field>
      <Field label="Summary">
        <input {...register('summary')} />
      </Field>
      <Field label="Full text">
        <textarea rows={initial ? 6 : 5} {...register('text')} />
      </Field>
      <Field label="Sponsors (comma-separated)">
        <input {...register('sponsors')} />
      </Field>
    </Form>
  );
}
