import { z } from 'zod';
import {
  VolunteerFieldsSchema,
  VolunteerInputSchema,
  type Volunteer,
} from '../../../../shared/volunteers/schema';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { ContactFields } from '../../ui/ContactFields';
import { Checklist, Field } from '../../ui/Field';
import { firstSegment, Form, parsedAs, useSchemaForm, type FormOptions } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { AvailabilityChecks, SkillChecks } from './Choices';
import { CountyOptions } from './CountyOptions';

type Parsed = z.output<typeof VolunteerInputSchema>;

/** The form's fields: languages are typed as one comma-separated line. */
const FieldsSchema = VolunteerFieldsSchema.extend({ languages: z.string() });
type Fields = z.input<typeof FieldsSchema>;

const VolunteerFormSchema = FieldsSchema.transform(
  parsedAs(
    VolunteerInputSchema,
    (f: z.output<typeof FieldsSchema>) => ({
      ...f,
      languages: f.languages
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    }),
    firstSegment,
  ),
);

const EMPTY: Fields = {
  memberId: '',
  name: '',
  email: '',
  phone: '',
  skills: [],
  otherSkill: '',
  languages: '',
  homeCounty: '',
  travelCounties: [],
  availability: [],
  doNotContact: false,
  notes: '',
};

/** The form's values for a volunteer on file (a member's: without the member's details). */
export function fieldsOf(v: Volunteer): Fields {
  return {
    memberId: v.memberId ?? '',
    name: v.memberId ? '' : (v.name ?? ''),
    email: v.memberId ? '' : (v.email ?? ''),
    phone: v.memberId ? '' : (v.phone ?? ''),
    skills: v.skills,
    otherSkill: v.otherSkill ?? '',
    languages: v.languages.join(', '),
    homeCounty: v.homeCounty ?? '',
    travelCounties: v.travelCounties,
    availability: v.availability,
    doNotContact: v.doNotContact,
    notes: v.notes ?? '',
  };
}

/**
 * Adds or edits a volunteer (`volunteers.add` / `volunteers.update`): a member (whose
 * contact details stay on their member record) or a supporter with their own.
 */
export function VolunteerForm<R>({
  initial,
  ...options
}: { initial?: Fields } & FormOptions<Fields, Parsed, R>) {
  const chapter = useChapter();
  const { searchCounties } = useCounties();
  const members = useAsync(() => api.members.list());
  // A member has one volunteer record: those who have one are not offered again.
  const volunteers = useAsync(() => api.volunteers.list({ includeDoNotContact: true }));
  const form = useSchemaForm(VolunteerFormSchema, initial ?? EMPTY);
  const { register, watch } = form;
  const memberId = watch('memberId');
  const member = members.value?.find((m) => m.id === memberId);
  const counties = searchCounties(chapter.state, '').map((c) => ({ value: c.fips, label: c.name }));
  // The member list first: a select shows its value only once its option is there.
  if (!members.value || !volunteers.value)
    return <Notice kind="error">{members.error ?? volunteers.error}</Notice>;
  const linked = new Set(volunteers.value.map((v) => v.memberId));
  return (
    <Form form={form} showError {...options}>
      <Field label="Member" hint="A member’s name, email and phone come from their member record.">
        <select {...register('memberId')}>
          <option value="">Not a member (a supporter)</option>
          {members.value
            .filter((m) => m.id === initial?.memberId || (m.active && !linked.has(m.id)))
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      </Field>
      {memberId ? (
        <p className="muted">
          Contact: {[member?.phone, member?.email].filter(Boolean).join(' · ') || 'none on record'}{' '}
          (from the member record).
        </p>
      ) : (
        <div className="two-col">
          <Field label="Name">
            <input {...register('name')} autoComplete="off" />
          </Field>
          <ContactFields />
        </div>
      )}
      <SkillChecks legend="Skills" />
      <Field label="Other skill (optional)">
        <input {...register('otherSkill')} />
      </Field>
      <Field label="Languages" hint="Separate them with commas: Spanish, English">
        <input {...register('languages')} />
      </Field>
      <Field label="Home county">
        <select {...register('homeCounty')}>
          <option value="">{member ? 'As on the member record' : 'Not recorded'}</option>
          <CountyOptions state={chapter.state} />
        </select>
      </Field>
      <Checklist
        name="travelCounties"
        legend="Will travel to"
        options={counties}
        gridClassName="choice-grid county-choices"
      />
      <AvailabilityChecks legend="Available" />
      <label className="check">
        <input type="checkbox" {...register('doNotContact')} /> Do not contact (no calls, texts or
        emails)
      </label>
      <Field label="Notes (optional)">
        <textarea rows={3} {...register('notes')} />
      </Field>
    </Form>
  );
}
