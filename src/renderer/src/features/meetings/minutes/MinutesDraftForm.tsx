import { z } from 'zod';
import { meetingsChannels } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { Field } from '../../../ui/Field';
import { Form, useSchemaForm } from '../../../ui/Form';
import type { Action } from '../../../ui/useAction';

const DraftSchema = z.object({
  markdown: meetingsChannels['meetings.saveMinutesDraft'].input.shape.markdown.unwrap(),
});

/** The secretary's own wording of the minutes, in Markdown, saved in place of the generated one. */
export function MinutesDraftForm({
  id,
  initial,
  action,
  onDone,
}: {
  id: string;
  initial: string;
  action: Action;
  onDone: () => void;
}) {
  const form = useSchemaForm(DraftSchema, { markdown: initial });
  return (
    <Form
      form={form}
      action={action}
      className="card form"
      aria-label="Edit the minutes"
      onSubmit={({ markdown }) => api.meetings.saveMinutesDraft({ id, markdown })}
      success="Draft saved."
      onSuccess={onDone}
      submitLabel="Save the draft"
      onCancel={onDone}
      draft={`minutes:${id}`}
    >
      <Field label="Minutes (Markdown)">
        <textarea rows={24} {...form.register('markdown')} />
      </Field>
    </Form>
  );
}
