import { z } from 'zod';
import { MotionInputSchema } from '../../../../../shared/contract/meetings';
import { THRESHOLD_LABELS, THRESHOLDS } from '../../../../../shared/schema/chapter';
import {
  MOTION_METHOD_LABELS,
  MOTION_METHODS,
  MotionMethodSchema,
} from '../../../../../shared/voteLog/definition';
import { CountedThresholdSchema } from '../../../../../shared/voting/motion';
import { api } from '../../../api';
import { navigate } from '../../../router';
import { Field } from '../../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../../ui/Form';
import { Options } from '../../../ui/Options';
import { FLOOR_MOTION, type MotionChoice } from './motionChoices';
import { shortcut } from './useChairKeys';

/** The fields, checked as `meetings.motion` checks them (the meeting and subject come after). */
const MotionFieldsSchema = z
  .object({
    choice: z.string(),
    text: z.string(),
    mover: z.string(),
    seconder: z.string(),
    threshold: CountedThresholdSchema,
    method: MotionMethodSchema,
  })
  .transform(
    parsedAs(
      MotionInputSchema.omit({ meetingId: true, itemId: true, subject: true }),
      ({ text, mover, seconder, threshold, method }) => ({
        text,
        mover,
        ...(seconder.trim() ? { seconder } : {}),
        threshold,
        method,
      }),
    ),
  );

/** Makes a motion on the current item and opens its vote. */
export function MotionForm({
  meetingId,
  itemId,
  choices,
}: {
  meetingId: string;
  itemId: string | null;
  choices: MotionChoice[];
}) {
  const form = useSchemaForm(MotionFieldsSchema, {
    choice: FLOOR_MOTION.value,
    text: FLOOR_MOTION.text,
    mover: '',
    seconder: '',
    threshold: FLOOR_MOTION.threshold,
    method: 'show-of-hands',
  });
  const { register, setValue } = form;
  return (
    <Form
      form={form}
      aria-label="Make a motion"
      onSubmit={(motion) => {
        const subject = choices.find((c) => c.value === form.getValues('choice'))?.subject;
        return api.meetings.motion({
          meetingId,
          ...(itemId ? { itemId } : {}),
          ...motion,
          ...(subject ? { subject } : {}),
        });
      }}
      onSuccess={({ voteId }) => navigate(`/votes/${voteId}`)}
      submitLabel="Open the vote"
    >
      <Field label="Motion">
        <select
          {...shortcut('motion')}
          {...register('choice', {
            onChange: (e: { target: { value: string } }) => {
              const c = choices.find((x) => x.value === e.target.value);
              if (c) {
                setValue('threshold', c.threshold);
                setValue('text', c.text);
              }
            },
          })}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Motion text">
        <textarea rows={2} {...register('text')} />
      </Field>
      <div className="form inline">
        <Field label="Moved by">
          <input list="present-names" {...register('mover')} />
        </Field>
        <Field label="Seconded by">
          <input list="present-names" {...register('seconder')} />
        </Field>
      </div>
      <div className="form inline">
        <Field label="Threshold">
          <select {...register('threshold')}>
            <Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />
          </select>
        </Field>
        <Field label="How the room votes">
          <select {...register('method')}>
            <Options values={MOTION_METHODS} labels={MOTION_METHOD_LABELS} />
          </select>
        </Field>
      </div>
    </Form>
  );
}
