import { z } from 'zod';
import { Field } from '../../../ui/Field';
import { useSchemaForm } from '../../../ui/Form';
import { EventForm } from './EventForm';
import { eventSchema } from './eventSchema';
import type { LivePanelProps } from './types';

const GuestsSchema = eventSchema(z.object({ count: z.number() }), ({ count }) => ({
  type: 'guests-set',
  count,
}));

/** Check-in: a box per member, and the count of guests (inside CheckIn, which heads it). */
export function Attendance({ view, state, action, send }: LivePanelProps) {
  const present = new Set(state.present.map((p) => p.memberId));
  const form = useSchemaForm(GuestsSchema, { count: state.guests });
  const closed = state.phase === 'adjourned';
  return (
    <section aria-labelledby="attendance-heading">
      <fieldset disabled={closed}>
        <legend>Members present ({present.size})</legend>
        <div className="member-grid">
          {view.members.map((member) => (
            <label key={member.id} className="check">
              <input
                type="checkbox"
                checked={present.has(member.id)}
                onChange={() =>
                  void send({
                    type: present.has(member.id) ? 'member-checked-out' : 'member-checked-in',
                    memberId: member.id,
                  })
                }
              />
              {member.name}
            </label>
          ))}
        </div>
      </fieldset>
      <EventForm form={form} action={action} meetingId={view.meeting.id} className="form inline">
        <Field label="Guests">
          <input
            type="number"
            min={0}
            {...form.register('count', { valueAsNumber: true, disabled: closed })}
          />
        </Field>
        <button type="submit" disabled={closed || action.busy}>
          Set guests
        </button>
      </EventForm>
    </section>
  );
}
