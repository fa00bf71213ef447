import { z } from 'zod';
import { Field } from '../../../ui/Field';
import { useSchemaForm } from '../../../ui/Form';
import { EventForm } from './EventForm';
import { eventSchema } from './eventSchema';
import type { LivePanelProps } from './types';

/** The current item's notes, with forms to add a note and an action item to it. */
export function Notes({ view, state, action }: Omit<LivePanelProps, 'send'>) {
  const itemId = state.currentItemId;
  const onItem = itemId ? { itemId } : {};
  const noteForm = useSchemaForm(
    eventSchema(z.object({ text: z.string() }), ({ text }) => ({
      type: 'note-added',
      text,
      ...onItem,
    })),
    { text: '' },
  );
  const actionForm = useSchemaForm(
    eventSchema(z.object({ what: z.string(), who: z.string() }), ({ what, who }) => ({
      type: 'action-item-added',
      what,
      who,
      ...onItem,
    })),
    { what: '', who: '' },
  );
  const itemNotes = state.notes.filter((n) => n.itemId === itemId);
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <ul>
        {itemNotes.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
      <EventForm
        form={noteForm}
        action={action}
        meetingId={view.meeting.id}
        aria-label="Add a note"
        clear={['text']}
        submitLabel="Add note"
        primary={false}
      >
        <Field label="Note for this item">
          <textarea rows={2} {...noteForm.register('text')} />
        </Field>
      </EventForm>
      <EventForm
        form={actionForm}
        action={action}
        meetingId={view.meeting.id}
        className="form inline"
        aria-label="Add an action item"
        clear={['what', 'who']}
        submitLabel="Add action"
        primary={false}
      >
        <Field label="Action item">
          <input {...actionForm.register('what')} />
        </Field>
        <Field label="Who">
          <input {...actionForm.register('who')} />
        </Field>
      </EventForm>
    </section>
  );
}
