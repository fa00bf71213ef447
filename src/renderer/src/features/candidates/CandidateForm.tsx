import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { CandidateInputSchema } from '../../../../shared/contract/candidates';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { useCounties } from '../../ui/useCounties';
import { JURISDICTION_LABELS } from './format';

type FormValues = z.input<typeof CandidateInputSchema>;
type Parsed = z.output<typeof CandidateInputSchema>;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export function CandidateForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: FormValues;
  submitLabel: string;
  onSubmit: (input: Parsed) => Promise<void>;
  onCancel: () => void;
}) {
  const chapter = useChapter();
  const { countyByFips, searchCounties } = useCounties();
  const counties = useMemo(
    () => searchCounties(chapter.state, ''),
    [chapter.state, searchCounties],
  );
  const {
    register,
    control,
    setValue,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, Parsed>({
    resolver: zodResolver(CandidateInputSchema),
    defaultValues: initial ?? {
      name: '',
      office: '',
      jurisdiction: { kind: 'district', name: '' },
      electionDate: null,
      contact: {},
    },
  });
  const kind = useWatch({ control, name: 'jurisdiction.kind' });
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <Field label="Name" error={errors.name?.message}>
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="Office sought or held" error={errors.office?.message}>
        <input {...register('office')} autoComplete="off" placeholder="City Council" />
      </Field>
      <div className="two-col">
        <Field label="Jurisdiction type">
          <select
            {...register('jurisdiction.kind', {
              onChange: () => setValue('jurisdiction.fips', undefined),
            })}
          >
            {Object.entries(JURISDICTION_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'county' ? (
          <Field label="County" error={errors.jurisdiction?.name?.message}>
            <select
              {...register('jurisdiction.fips', {
                setValueAs: blank,
                onChange: (e: { target: { value: string } }) =>
                  setValue('jurisdiction.name', countyByFips(e.target.value)?.name ?? '', {
                    shouldValidate: true,
                  }),
              })}
            >
              <option value="">Choose a county</option>
              {counties.map((c) => (
                <option key={c.fips} value={c.fips}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field label="District or place" error={errors.jurisdiction?.name?.message}>
            <input {...register('jurisdiction.name')} autoComplete="off" placeholder="District 4" />
          </Field>
        )}
      </div>
      <Field label="Election date (optional)" error={errors.electionDate?.message}>
        <input
          type="date"
          {...register('electionDate', { setValueAs: (v: string) => (v ? v : null) })}
        />
      </Field>
      <fieldset>
        <legend>Contact</legend>
        <div className="two-col">
          <Field label="Email" error={errors.contact?.email?.message}>
            <input type="email" {...register('contact.email')} autoComplete="off" />
          </Field>
          <Field label="Phone" error={errors.contact?.phone?.message}>
            <input type="tel" {...register('contact.phone')} autoComplete="off" />
          </Field>
          <Field label="Website" error={errors.contact?.website?.message}>
            <input {...register('contact.website')} autoComplete="off" />
          </Field>
          <Field label="Mailing address" error={errors.contact?.address?.message}>
            <input {...register('contact.address')} autoComplete="off" />
          </Field>
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
