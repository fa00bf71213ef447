import { z } from 'zod';
import { Field } from '../../../ui/Field';
import { useSchemaForm } from '../../../ui/Form';
import { EventForm } from './EventForm';
import { eventSchema, ifText } from './eventSchema';
import type { LivePanelProps } from './types';

const StartSchema = eventSchema(
  z.object({ chair: z.string(), secretary: z.string() }),
  ({ chair, secretary }) => ({
    type: 'meeting-started',
    ...ifText('chair', chair),
    ...ifText('secretary', secretary),
  }),
);

/**
 * Before the meeting: who chairs and who takes the minutes (filled from the members with those
 * roles), then the call to order.
 */
export function CallToOrder({ view, action }: Pick<LivePanelProps, 'view' | 'action'>) {
  const form = useSchemaForm(StartSchema, {
    chair: view.officers.chair ?? '',
    secretary: view.officers.secretary ?? '',
  });
  return (
    <EventForm
      form={form}
      action={action}
      meetingId={view.meeting.id}
      className="card form"
      aria-label="Call to order"
      submitLabel="Call the meeting to order"
    >
      <h2>Call to order</h2>
      <p className="muted">Check members in as they arrive; then call the meeting to order.</p>
      <div className="form inline">
        <Field label="Chair">
          <input {...form.register('chair')} />
        </Field>
        <Field label="Secretary">
          <input {...form.register('secretary')} />
        </Field>
      </div>
    </EventForm>
  );
}
