import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { LiveEventInputSchema, MeetingView } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { Form, type FormProps } from '../../../ui/Form';

type LiveEvent = z.output<typeof LiveEventInputSchema>;

/** A form whose values make one event of the meeting's log (see `eventSchema`). */
export function EventForm<V extends FieldValues>({
  meetingId,
  ...props
}: Omit<FormProps<V, LiveEvent, MeetingView>, 'onSubmit'> & { meetingId: string }) {
  return <Form {...props} onSubmit={(event) => api.meetings.event({ id: meetingId, event })} />;
}
