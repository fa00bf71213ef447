import { z } from 'zod';
import { meetingsChannels } from '../../../../shared/contract/meetings';
import { api } from '../../api';
import { navigate } from '../../router';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { MeetingFields, MeetingFieldsSchema, meetingDetails } from './MeetingFields';

const NewMeetingSchema = MeetingFieldsSchema.extend({
  template: z.enum(['standard', 'blank']),
}).transform(
  parsedAs(meetingsChannels['meetings.create'].input, ({ template, ...details }) => ({
    ...meetingDetails(details),
    template,
  })),
);

/** Creates a meeting, from the standard order of business or an empty agenda, and opens it. */
export function NewMeetingForm({ onCancel }: { onCancel: () => void }) {
  const form = useSchemaForm(NewMeetingSchema, {
    title: 'Chapter meeting',
    date: '',
    startTime: '19:00',
    place: '',
    county: '',
    template: 'standard',
  });
  return (
    <Form
      form={form}
      className="card form"
      aria-label="New meeting"
      onSubmit={(input) => api.meetings.create(input)}
      onSuccess={({ id }) => navigate(`/meetings/${id}`)}
      submitLabel="Create meeting"
      onCancel={onCancel}
    >
      <h2>New meeting</h2>
      <MeetingFields />
      <fieldset>
        <legend>Agenda</legend>
        <label className="check">
          <input type="radio" value="standard" {...form.register('template')} />
          From the standard order of business
        </label>
        <label className="check">
          <input type="radio" value="blank" {...form.register('template')} />
          From scratch (an empty agenda)
        </label>
      </fieldset>
    </Form>
  );
}
