import { Controller, useWatch } from 'react-hook-form';
import { STATES } from '../../../../shared/geo/states';
import {
  ChapterInputSchema,
  THRESHOLD_LABELS,
  THRESHOLDS,
  type ChapterInput,
} from '../../../../shared/schema/chapter';
import { CountyPicker } from '../../ui/CountyPicker';
import { Field, FieldError } from '../../ui/Field';
import { Form, useSchemaForm, type FormOptions } from '../../ui/Form';
import { Options } from '../../ui/Options';

const EMPTY: ChapterInput = {
  name: '',
  state: '' as ChapterInput['state'],
  counties: [],
  quorum: { kind: 'majority' },
  defaultThreshold: 'majority-cast',
};

/** The number a fixed or fractional quorum needs: what it is called and what may be typed. */
const QUORUM_VALUE = {
  number: { label: 'Members needed for quorum', bounds: { min: 1, step: 1 } },
  fraction: {
    label: 'Fraction of active members (for example 0.25)',
    bounds: { min: 0.01, max: 1, step: 0.01 },
  },
} as const;

/** Chapter name, state, home counties and meeting defaults; used at first run and in Settings. */
export function ChapterForm<R>({
  initial,
  ...options
}: {
  /** The values to start from; a stored chapter will do (the schema keeps its input fields). */
  initial?: ChapterInput;
} & FormOptions<ChapterInput, ChapterInput, R>) {
  const form = useSchemaForm(ChapterInputSchema, initial ?? EMPTY);
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
        {quorumKind !== 'majority' && (
          <Field label={QUORUM_VALUE[quorumKind].label}>
            <input
              type="number"
              {...QUORUM_VALUE[quorumKind].bounds}
              {...register('quorum.value', { valueAsNumber: true })}
            />
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
