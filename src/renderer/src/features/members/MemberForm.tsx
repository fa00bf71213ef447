import type { z } from 'zod';
import { localToday } from '../../../../shared/dates';
import { MemberInputSchema, ROLES } from '../../../../shared/schema/member';
import { useChapter } from '../../appStatus';
import { ContactFields } from '../../ui/ContactFields';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm, type FormOptions } from '../../ui/Form';
import { useCounties } from '../../ui/useCounties';

type FormValues = z.input<typeof MemberInputSchema>;
type Parsed = z.output<typeof MemberInputSchema>;

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  chair: 'Chair',
  secretary: 'Secretary',
  teller: 'Teller',
};

/** Adds or edits a member (`members.add` / `members.update`), checked by MemberInputSchema. */
export function MemberForm<R>({
  initial,
  ...options
}: { initial?: FormValues } & FormOptions<FormValues, Parsed, R>) {
  const chapter = useChapter();
  const { countyByFips } = useCounties();
  const form = useSchemaForm(
    MemberInputSchema,
    initial ?? {
      name: '',
      county: chapter.counties[0],
      email: '',
      phone: '',
      roles: [],
      joined: localToday(),
    },
  );
  const { register } = form;
  const counties = new Set([...chapter.counties, ...(initial?.county ? [initial.county] : [])]);
  return (
    <Form form={form} showError {...options}>
      <Field label="Name">
        <input {...register('name')} autoComplete="off" />
      </Field>
      <Field label="County">
        <select {...register('county', { setValueAs: (v: string) => (v ? v : undefined) })}>
          <option value="">Not recorded</option>
          {[...counties].map((fips) => (
            <option key={fips} value={fips}>
              {countyByFips(fips)?.name ?? fips}
            </option>
          ))}
        </select>
      </Field>
      <ContactFields />
      <fieldset>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" value={role} {...register('roles')} /> {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <Field label="Joined">
        <input type="date" {...register('joined')} />
      </Field>
    </Form>
  );
}
