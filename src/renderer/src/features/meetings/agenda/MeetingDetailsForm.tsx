import { MeetingDetailsSchema, type MeetingView } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { Form, parsedAs, useSchemaForm } from '../../../ui/Form';
import type { Action } from '../../../ui/useAction';
import { MeetingFields, MeetingFieldsSchema, meetingDetails } from '../MeetingFields';

const DetailsSchema = MeetingFieldsSchema.transform(parsedAs(MeetingDetailsSchema, meetingDetails));

/** The meeting's title, date, start time, place and county, folded away under the heading. */
export function MeetingDetailsForm({ view, action }: { view: MeetingView; action: Action }) {
  const m = view.meeting;
  const form = useSchemaForm(DetailsSchema, {
    title: m.title,
    date: m.date,
    startTime: m.startTime ?? '',
    place: m.place,
    county: m.county ?? '',
  });
  return (
    <details className="card">
      <summary>Date, place and county</summary>
      <Form
        form={form}
        action={action}
        aria-label="Meeting details"
        onSubmit={(details) => api.meetings.update({ id: m.id, details })}
        success="Meeting saved."
        submitLabel="Save details"
        primary={false}
      >
        <MeetingFields />
      </Form>
    </details>
  );
}
