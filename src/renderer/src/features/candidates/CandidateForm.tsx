import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { CandidateInputSchema } from '../../../../shared/contract/candidates';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm, type FormOptions } from '../../ui/Form';
import { useCounties } from '../../ui/useCounties';
import { JURISDICTION_LABELS } from './format';
import { Options } from '../../ui/Options';

type FormValues = z.input<typeof CandidateInputSchema>;
type Parsed = z.output<typeof CandidateInputSchema>;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Adds or edits a candidate (`candidates.add` / `candidates.update`), checked by CandidateInputSchema. */
export function CandidateForm<R>({
  initial,
  ...options
}: {
  /** The values to start from; a stored candidate will do (the schema keeps its input fields). */
  initial?: FormValues;
} & FormOptions<FormValues, Parsed, R>) {
  const chapter = useChapter();
  const { countyByFips, searchCounties } = useCounties();
  const counties = useMemo(
    () => searchCounties(chapter.state, ''),
    [chapter.state, searchCounties],
  );
  const form = useSchemaForm(
    CandidateInputSchema,
    initial ?? {
      name: '',
      office: '',
      jurisdiction: { kind: 'district', name: '' },
      electionDate: null,
      contact: {},
    },
  );
  const { register, control, setValue } = form;
  const kind = useWatch({ control, name: 'jurisdiction.kind' });
  return (
    <Form form={form} showError {...options}>
      <Field label="Name">
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="Office sought or held">
        <input {...register('office')} autoComplete="off" placeholder="City Council" />
      </Field>
      <div className="two-col">
        <Field label="Jurisdiction type">
          <select
            {...register('jurisdiction.kind', {
              onChange: () => setValue('jurisdiction.fips', undefined),
            })}
          >
            <Options labels={JURISDICTION_LABELS} />
          </select>
        </Field>
        {kind === 'county' ? (
          <Field label="County" name="jurisdiction.name">
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
          <Field label="District or place">
            <input {...register('jurisdiction.name')} autoComplete="off" placeholder="District 4" />
          </Field>
        )}
      </div>
      <Field label="Election date (optional)">
        <input
          type="date"
          {...register('electionDate', { setValueAs: (v: string) => (v ? v : null) })}
        />
      </Field>
      <fieldset>
        <legend>Contact</legend>
        <div className="two-col">
          <Field label="Email">
            <input type="email" {...register('contact.email')} autoComplete="off" />
          </Field>
          <Field label="Phone">
            <input type="tel" {...register('contact.phone')} autoComplete="off" />
          </Field>
          <Field label="Website">
            <input {...register('contact.website')} autoComplete="off" />
          </Field>
          <Field label="Mailing address">
            <input {...register('contact.address')} autoComplete="off" />
          </Field>
        </div>
      </fieldset>
    </Form>
  );
}
