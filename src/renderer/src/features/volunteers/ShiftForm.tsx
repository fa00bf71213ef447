import { z } from 'zod';
import { localToday } from '../../../../shared/dates';
import {
  SHIFT_KIND_LABELS,
  ShiftFieldsSchema,
  ShiftInputSchema,
  type Shift,
  type ShiftKind,
} from '../../../../shared/volunteers/shifts';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { firstSegment, Form, parsedAs, useSchemaForm, type FormOptions } from '../../ui/Form';
import { Options } from '../../ui/Options';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { CountyOptions } from './CountyOptions';

type Parsed = z.output<typeof ShiftInputSchema>;

/** The kinds of shift with a turf: what the choice is called, and what is counted. */
const HAS_TURF: Partial<Record<ShiftKind, { label: string; hint: string; none: string }>> = {
  canvass: { label: 'Turf', hint: 'Its doors are counted for the shift', none: 'No turf' },
  'phone-bank': {
    label: 'Call list (a turf’s call sheet)',
    hint: 'Its calls are counted for the shift',
    none: 'No call list',
  },
};

/** The form's fields: the turf is one choice, "list/turf" ('' for none). */
const FieldsSchema = ShiftFieldsSchema.extend({ turf: z.string() });
type Fields = z.input<typeof FieldsSchema>;

const ShiftFormSchema = FieldsSchema.transform(
  parsedAs(
    ShiftInputSchema,
    ({ turf, ...f }: z.output<typeof FieldsSchema>) => {
      const [listId, turfId] = turf.split('/');
      return {
        ...f,
        // Only a canvass shift walks a turf and only a phone bank calls one: one chosen
        // before the kind changed to another is dropped.
        turf: HAS_TURF[f.kind] && listId && turfId ? { listId, turfId } : undefined,
      };
    },
    firstSegment,
  ),
);

/** The form's values for a shift on file. */
export function shiftFields(s: Shift): Fields {
  return {
    kind: s.kind,
    title: s.title,
    place: s.place,
    date: s.date,
    start: s.start,
    end: s.end,
    county: s.county ?? '',
    capacity: s.capacity,
    turf: s.turf ? `${s.turf.listId}/${s.turf.turfId}` : '',
    notes: s.notes ?? '',
  };
}

/** Every cut turf of every voter list, for the turf choice. */
async function loadTurfs() {
  const lists = await api.canvass.lists();
  return Promise.all(
    lists.map(async (list) => ({
      list,
      turfs: (await api.canvass.turfs({ listId: list.id }))?.turfs ?? [],
    })),
  );
}

/** Adds or edits a shift or event (`shifts.add` / `shifts.update`). */
export function ShiftForm<R>({
  initial,
  ...options
}: { initial?: Fields } & FormOptions<Fields, Parsed, R>) {
  const chapter = useChapter();
  const turfs = useAsync(loadTurfs);
  const form = useSchemaForm(
    ShiftFormSchema,
    initial ?? {
      kind: 'canvass',
      title: '',
      place: '',
      date: localToday(),
      start: '10:00',
      end: '13:00',
      county: chapter.counties[0] ?? '',
      capacity: 10,
      turf: '',
      notes: '',
    },
  );
  const { register, watch } = form;
  // The turfs first: a select shows its value only once its option is there.
  if (!turfs.value) return <Notice kind="error">{turfs.error}</Notice>;
  const anyTurf = turfs.value.some((t) => t.turfs.length > 0);
  const withTurf = HAS_TURF[watch('kind')];
  return (
    <Form form={form} showError {...options}>
      <div className="two-col">
        <Field label="Kind">
          <select {...register('kind')}>
            <Options labels={SHIFT_KIND_LABELS} />
          </select>
        </Field>
        <Field label="Title">
          <input {...register('title')} autoComplete="off" />
        </Field>
      </div>
      <Field label="Place" hint="Where volunteers meet: an address or a room">
        <input {...register('place')} autoComplete="off" />
      </Field>
      <div className="two-col">
        <Field label="Date">
          <input type="date" {...register('date')} />
        </Field>
        <Field label="County">
          <select {...register('county')}>
            <option value="">Not one county</option>
            <CountyOptions state={chapter.state} />
          </select>
        </Field>
        <Field label="Starts">
          <input type="time" {...register('start')} />
        </Field>
        <Field label="Ends">
          <input type="time" {...register('end')} />
        </Field>
        <Field label="Capacity" hint="How many volunteers it takes">
          <input type="number" min={1} {...register('capacity', { valueAsNumber: true })} />
        </Field>
        {withTurf && (
          <Field
            label={withTurf.label}
            hint={anyTurf ? withTurf.hint : 'Cut turfs under Outreach › Canvassing'}
          >
            <select {...register('turf')}>
              <option value="">{withTurf.none}</option>
              {turfs.value.map(({ list, turfs: cut }) => (
                <optgroup key={list.id} label={list.name}>
                  {cut.map((t) => (
                    <option key={t.id} value={`${list.id}/${t.id}`}>
                      {t.id}: {t.doors} doors
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        )}
      </div>
      <Field label="Notes (optional)" hint="What to bring, who leads, where to park">
        <textarea rows={3} {...register('notes')} />
      </Field>
    </Form>
  );
}
