import { useRef } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { LiveEventInputSchema, MeetingView } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { Form, type FormProps } from '../../../ui/Form';

type LiveEvent = z.output<typeof LiveEventInputSchema>;

/**
 * A form whose values make one event of the meeting's log (see `eventSchema`). The `clear`
 * fields are emptied once the event is saved — unless they were edited meanwhile (the chair
 * may already be typing the next speaker or note while the last one is saved).
 */
export function EventForm<V extends FieldValues>({
  meetingId,
  clear = [],
  onSuccess,
  ...props
}: Omit<FormProps<V, LiveEvent, MeetingView>, 'onSubmit'> & {
  meetingId: string;
  clear?: Path<V>[];
}) {
  const { form } = props;
  const sent = useRef<V | null>(null);
  return (
    <Form
      {...props}
      onSubmit={(event) => {
        sent.current = form.getValues();
        return api.meetings.event({ id: meetingId, event });
      }}
      onSuccess={(view, event) => {
        for (const name of clear)
          if (Object.is(form.getValues(name), sent.current?.[name])) form.resetField(name);
        onSuccess?.(view, event);
      }}
    />
  );
}
