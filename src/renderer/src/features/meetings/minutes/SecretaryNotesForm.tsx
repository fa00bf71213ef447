import { meetingsChannels, type MeetingView } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { Field } from '../../../ui/Field';
import { Form, useSchemaForm } from '../../../ui/Form';
import type { Action } from '../../../ui/useAction';

const NotesSchema = meetingsChannels['meetings.saveNotes'].input.pick({ secretaryNotes: true });

/** The secretary's notes, printed at the end of the minutes. */
export function SecretaryNotesForm({ view, action }: { view: MeetingView; action: Action }) {
  const form = useSchemaForm(NotesSchema, { secretaryNotes: view.meeting.secretaryNotes });
  return (
    <section className="card" aria-labelledby="secretary-heading">
      <h2 id="secretary-heading">Secretary’s notes</h2>
      <Form
        form={form}
        action={action}
        onSubmit={(v) => api.meetings.saveNotes({ id: view.meeting.id, ...v })}
        success="Notes saved."
        submitLabel="Save notes"
        primary={false}
      >
        <Field label="Notes added to the end of the minutes">
          <textarea rows={4} {...form.register('secretaryNotes')} />
        </Field>
      </Form>
    </section>
  );
}
