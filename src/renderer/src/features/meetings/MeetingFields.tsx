import { useFormContext } from 'react-hook-form';
import { z } from 'zod';
import type { MeetingDetailsSchema } from '../../../../shared/contract/meetings';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { useCounties } from '../../ui/useCounties';

/** A meeting's details as the form holds them: a blank start time or county is none. */
export const MeetingFieldsSchema = z.object({
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  place: z.string(),
  county: z.string(),
});
export type MeetingFieldValues = z.infer<typeof MeetingFieldsSchema>;

/** The fields as the details `meetings.create` and `meetings.update` check. */
export function meetingDetails(values: MeetingFieldValues): z.input<typeof MeetingDetailsSchema> {
  return { ...values, startTime: values.startTime || null, county: values.county || null };
}

/** Title, date, start time, place and county: inside a `Form` over `MeetingFieldsSchema`. */
export function MeetingFields() {
  const { register } = useFormContext<MeetingFieldValues>();
  const chapter = useChapter();
  const { countyLabel } = useCounties();
  return (
    <>
      <Field label="Title">
        <input {...register('title')} />
      </Field>
      <div className="form inline">
        <Field label="Date">
          <input type="date" {...register('date')} />
        </Field>
        <Field label="Start time">
          <input type="time" {...register('startTime')} />
        </Field>
      </div>
      <Field label="Place">
        <input {...register('place')} />
      </Field>
      <Field label="County">
        <select {...register('county')}>
          <option value="">(none)</option>
          {chapter.counties.map((c) => (
            <option key={c} value={c}>
              {countyLabel(c)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
