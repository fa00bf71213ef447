import { Controller, useWatch } from 'react-hook-form';
import { STATES } from '../../../../shared/geo/states';
import type { z } from 'zod';
import {
  ChapterInputSchema,
  formatFraction,
  QuorumRuleFormSchema,
  THRESHOLD_LABELS,
  THRESHOLDS,
  type ChapterInput,
} from '../../../../shared/schema/chapter';
import { CountyPicker } from '../../ui/CountyPicker';
import { Field, FieldError } from '../../ui/Field';
import { Form, useSchemaForm, type FormOptions } from '../../ui/Form';
import { Options } from '../../ui/Options';

/** The chapter's input, with a quorum fraction typed as people write it ("1/3", "25%"). */
const ChapterFormSchema = ChapterInputSchema.extend({ quorum: QuorumRuleFormSchema });

const EMPTY: ChapterInput = {
  name: '',
  state: '' as ChapterInput['state'],
  counties: [],
  quorum: { kind: 'majority' },
  defaultThreshold: 'majority-cast',
};

/** Chapter name, state, home counties and meeting defaults; used at first run and in Settings. */
export function ChapterForm<R>({
  initial,
  ...options
}: {
  /** The values to start from; a stored chapter will do (the schema keeps its input fields). */
  initial?: ChapterInput;
} & FormOptions<z.input<typeof ChapterFormSchema>, ChapterInput, R>) {
  const start = initial ?? EMPTY;
  const form = useSchemaForm(ChapterFormSchema, {
    ...start,
    quorum:
      start.quorum.kind === 'fraction'
        ? { kind: 'fraction', value: formatFraction(start.quorum.value) }
        : start.quorum,
  } satisfies z.input<typeof ChapterFormSchema>);
  const { register, control, setValue } = form;
  const state = useWatch({ control, name: 'state' });
  const quorumKind = useWatch({ control, name: 'quorum.kind' });

  return (
    <Form form={form} {...options}>
      <Field label="Chapter name">
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="State">
        <select {...register('state', { onChange: () => setValue('counties', []) })}>
          <option value="">Choose a state…</option>
          {STATES.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Controller
        control={control}
        name="counties"
        render={({ field, fieldState }) => (
          <CountyPicker
            state={state}
            value={field.value}
            onChange={field.onChange}
            invalid={Boolean(fieldState.error)}
          />
        )}
      />
      <FieldError name="counties" alert />

      <fieldset>
        <legend>Quorum</legend>
        <label className="check">
          <input type="radio" value="majority" {...register('quorum.kind')} /> A majority of active
          members
        </label>
        <label className="check">
          <input type="radio" value="number" {...register('quorum.kind')} /> A fixed number of
          members
        </label>
        <label className="check">
          <input type="radio" value="fraction" {...register('quorum.kind')} /> A fraction of active
          members
        </label>
        {quorumKind === 'number' && (
          <Field label="Members needed for quorum">
            <input
              type="number"
              min={1}
              step={1}
              {...register('quorum.value', { valueAsNumber: true })}
            />
          </Field>
        )}
        {quorumKind === 'fraction' && (
          <Field label="Fraction of active members" hint="Like 1/3, 0.25 or 25%.">
            <input inputMode="decimal" autoComplete="off" {...register('quorum.value')} />
          </Field>
        )}
      </fieldset>

      <Field label="Default threshold for motions">
        <select {...register('defaultThreshold')}>
          <Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />
        </select>
      </Field>
    </Form>
  );
}
