import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../../shared/dates';
import { countyByFips } from '../../../../shared/geo/counties';
import { MemberInputSchema, ROLES } from '../../../../shared/schema/member';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';

type FormValues = z.input<typeof MemberInputSchema>;
type Parsed = z.output<typeof MemberInputSchema>;

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  chair: 'Chair',
  secretary: 'Secretary',
  teller: 'Teller',
};

export function MemberForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: FormValues;
  submitLabel: string;
  onSubmit: (member: Parsed) => Promise<void>;
  onCancel: () => void;
}) {
  const chapter = useChapter();
  const today = localToday();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, Parsed>({
    resolver: zodResolver(MemberInputSchema),
    defaultValues: initial ?? {
      name: '',
      county: chapter.counties[0],
      email: '',
      phone: '',
      roles: [],
      joined: today,
    },
  });
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <Field label="Name" error={errors.name?.message}>
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="County" error={errors.county?.message}>
        <select {...register('county', { setValueAs: (v: string) => (v ? v : undefined) })}>
          <option value="">Not recorded</option>
          {[...new Set([...chapter.counties, ...(initial?.county ? [initial.county] : [])])].map(
            (fips) => (
              <option key={fips} value={fips}>
                {countyByFips(fips)?.name ?? fips}
              </option>
            ),
          )}
        </select>
      </Field>
      <Field label="Email (optional)" error={errors.email?.message}>
        <input type="email" {...register('email')} autoComplete="off" />
      </Field>
      <Field label="Phone (optional)" error={errors.phone?.message}>
        <input type="tel" {...register('phone')} autoComplete="off" />
      </Field>
      <fieldset>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" value={role} {...register('roles')} /> {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <Field label="Joined" error={errors.joined?.message}>
        <input type="date" {...register('joined')} />
      </Field>
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
