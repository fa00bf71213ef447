import { z } from 'zod';
import { PointKindSchema } from '../../../../../shared/meetings';
import { Field } from '../../../ui/Field';
import { useSchemaForm } from '../../../ui/Form';
import { ItemOptions } from '../../../ui/Options';
import { EventForm } from './EventForm';
import { eventSchema } from './eventSchema';
import type { LivePanelProps } from './types';
import { shortcut } from './useChairKeys';

const FieldsSchema = z
  .object({ kind: PointKindSchema, rightId: z.string(), by: z.string(), text: z.string() })
  .refine((v) => v.kind !== 'secured-right' || v.rightId, {
    path: ['rightId'],
    message: 'Choose the Secured Right',
  });

/** A point of order or information, raised by someone present (about the item's policy). */
export function RaisePointForm({
  view,
  action,
  rights,
  policyId,
}: Pick<LivePanelProps, 'view' | 'action'> & {
  rights: { id: string; number: number; title: string }[];
  policyId: string | undefined;
}) {
  const schema = eventSchema(FieldsSchema, ({ kind, rightId, by, text }) => ({
    type: 'point-raised',
    kind,
    by,
    text,
    ...(kind === 'secured-right' && rightId ? { rightId } : {}),
    ...(policyId ? { policyId } : {}),
  }));
  const form = useSchemaForm(schema, { kind: 'order', rightId: '', by: '', text: '' });
  const { register } = form;
  const kind = form.watch('kind');
  return (
    <EventForm
      form={form}
      action={action}
      meetingId={view.meeting.id}
      aria-label="Raise a point"
      clear={['text', 'by']}
      submitLabel="Raise the point"
      primary={false}
    >
      <div className="form inline">
        <Field label="Point">
          <select aria-label="Kind of point" {...register('kind')} {...shortcut('point')}>
            <option value="order">Point of order</option>
            <option value="secured-right">Point of order: violates a Secured Right</option>
            <option value="information">Point of information</option>
          </select>
        </Field>
        {kind === 'secured-right' && (
          <Field label="Secured Right">
            <select {...register('rightId')}>
              <option value="">(choose)</option>
              <ItemOptions items={rights} label={(r) => `${r.number}. ${r.title}`} />
            </select>
          </Field>
        )}
        <Field label="Raised by">
          <input list="present-names" {...register('by')} />
        </Field>
      </div>
      <Field label="The point">
        <input {...register('text')} />
      </Field>
    </EventForm>
  );
}
