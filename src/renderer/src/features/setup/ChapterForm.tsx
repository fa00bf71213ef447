import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { STATES } from '../../../../shared/geo/states';
import {
  ChapterInputSchema,
  THRESHOLD_LABELS,
  THRESHOLDS,
  type ChapterInput,
} from '../../../../shared/schema/chapter';
import { CountyPicker } from '../../ui/CountyPicker';
import { Field } from '../../ui/Field';

const EMPTY: ChapterInput = {
  name: '',
  state: '' as ChapterInput['state'],
  counties: [],
  quorum: { kind: 'majority' },
  defaultThreshold: 'majority-cast',
};

/** Chapter name, state, home counties and meeting defaults; used at first run and in Settings. */
export function ChapterForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial?: ChapterInput;
  submitLabel: string;
  onSubmit: (input: ChapterInput) => Promise<void>;
}) {
  const {
    register,
    control,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ChapterInput>({
    resolver: zodResolver(ChapterInputSchema),
    defaultValues: initial ?? EMPTY,
  });
  const state = useWatch({ control, name: 'state' });
  const quorumKind = useWatch({ control, name: 'quorum.kind' });
  const quorumError = (errors.quorum as { value?: { message?: string } } | undefined)?.value
    ?.message;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      <Field label="Chapter name" error={errors.name?.message}>
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="State" error={errors.state?.message}>
        <select
          {...register('state', {
            onChange: () => setValue('counties', []),
          })}
        >
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
        render={({ field }) => (
          <CountyPicker
            state={state}
            value={field.value}
            onChange={field.onChange}
            invalid={Boolean(errors.counties)}
          />
        )}
      />
      {errors.counties && (
        <span className="field-error" role="alert">
          {errors.counties.message}
        </span>
      )}

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
          <Field label="Members needed for quorum" error={quorumError}>
            <input
              type="number"
              min={1}
              step={1}
              {...register('quorum.value', { valueAsNumber: true })}
            />
          </Field>
        )}
        {quorumKind === 'fraction' && (
          <Field label="Fraction of active members (for example 0.25)" error={quorumError}>
            <input
              type="number"
              min={0.01}
              max={1}
              step={0.01}
              {...register('quorum.value', { valueAsNumber: true })}
            />
          </Field>
        )}
      </fieldset>

      <Field label="Default threshold for motions" error={errors.defaultThreshold?.message}>
        <select {...register('defaultThreshold')}>
          {THRESHOLDS.map((t) => (
            <option key={t} value={t}>
              {THRESHOLD_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="primary" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
