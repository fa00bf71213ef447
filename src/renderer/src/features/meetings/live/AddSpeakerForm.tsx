import { z } from 'zod';
import { Field } from '../../../ui/Field';
import { useSchemaForm } from '../../../ui/Form';
import { ItemOptions } from '../../../ui/Options';
import { EventForm } from './EventForm';
import { eventSchema } from './eventSchema';
import type { LivePanelProps } from './types';

/** A guest has no member id: the queue knows them by their name. */
function speakerIdFor(name: string): string {
  return `guest:${name.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 50)}`;
}

/** Adds a member who is present, or a guest by name, to the speakers' queue. */
export function AddSpeakerForm({ view, state, action }: Omit<LivePanelProps, 'send'>) {
  const present = view.members.filter((x) => state.present.some((p) => p.memberId === x.id));
  const schema = eventSchema(
    z.object({ who: z.string(), guest: z.string() }).refine((v) => v.who || v.guest.trim(), {
      path: ['guest'],
      message: 'Choose a member, or type a guest’s name',
    }),
    ({ who, guest }) => {
      const member = view.members.find((x) => x.id === who);
      return member
        ? { type: 'speaker-added', speakerId: member.id, name: member.name }
        : { type: 'speaker-added', speakerId: speakerIdFor(guest), name: guest };
    },
    () => 'guest',
  );
  const form = useSchemaForm(schema, { who: '', guest: '' });
  return (
    <EventForm
      form={form}
      action={action}
      meetingId={view.meeting.id}
      className="form inline"
      aria-label="Add a speaker"
      clear={['who', 'guest']}
      submitLabel="Add to queue"
      primary={false}
    >
      <Field label="Member">
        <select {...form.register('who')}>
          <option value="">(choose)</option>
          <ItemOptions items={present} label={(x) => x.name} />
        </select>
      </Field>
      <Field label="or guest name">
        <input {...form.register('guest')} />
      </Field>
    </EventForm>
  );
}
