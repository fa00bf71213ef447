/**
 * Volunteer CSV import (sign-up sheets typed up, web-form exports): map columns, preview,
 * then commit, with the member import's machinery (./csvImport). Every row that cannot
 * become a volunteer is reported with its line number and all its reasons. A row with the
 * email or phone of a volunteer or member on file, or of an earlier row, is flagged and
 * skipped unless the person chooses to add it anyway or to link it to the member it matches:
 * nothing is merged silently.
 */
import type {
  Duplicate,
  DuplicateChoice,
  VolunteerField,
  VolunteerImportPreview,
  VolunteerImportProblem,
  VolunteerMapping,
} from '../../../shared/contract/volunteers';
import { VolunteerFieldSchema } from '../../../shared/contract/volunteers';
import type { StoreData } from '../../../shared/schema/store';
import { contactIndex } from '../../../shared/volunteers/contact';
import {
  AVAILABILITY,
  SKILLS,
  VolunteerInputSchema,
  type Availability,
  type Skill,
} from '../../../shared/volunteers/schema';
import { readMappedCsv, resolveCounty } from '../csvImport';
import { addVolunteers, volunteerViews, type VolunteerFields } from './volunteers';

const HEADER_HINTS: Record<VolunteerField, RegExp> = {
  name: /^(full[ _]?)?name$|^volunteer$/i,
  email: /^e-?mail( address)?$/i,
  phone: /^(phone|telephone|mobile|cell)( number)?$/i,
  skills: /^(skills?|can help with|interests?)$/i,
  languages: /^(languages?( spoken)?|speaks)$/i,
  homeCounty: /^(home )?county$/i,
  travelCounties: /^(will )?travel( to| counties)?$|^other counties$/i,
  availability: /^(availability|available|when available)$/i,
  doNotContact: /^(do not contact|dnc|no contact)$/i,
  notes: /^(notes?|comments?)$/i,
};

type Report = (reason: string) => void;

/** The column a schema issue is about ("other skill" is written in the skills column). */
function columnOf(key: PropertyKey | undefined): VolunteerField {
  if (key === 'otherSkill') return 'skills';
  const field = VolunteerFieldSchema.safeParse(key);
  return field.success ? field.data : 'name';
}

const list = (value: string) =>
  value
    .split(/[;,/|]/)
    .map((s) => s.trim())
    .filter(Boolean);

const word = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');

const SKILL_WORDS: Readonly<Record<string, Skill>> = {
  canvass: 'canvassing',
  'door-knocking': 'canvassing',
  'phone-bank': 'phone-banking',
  phonebanking: 'phone-banking',
  calls: 'phone-banking',
  data: 'data-entry',
  translating: 'translation',
  interpreting: 'translation',
  driver: 'driving',
  drive: 'driving',
  rides: 'driving',
  social: 'social-media',
  table: 'tabling',
};

/** Known skills; anything else becomes "other", its words kept as the other skill. */
function readSkills(value: string): { skills: Skill[]; otherSkill: string } {
  const skills: Skill[] = [];
  const other: string[] = [];
  for (const item of list(value)) {
    const w = word(item);
    const skill = (SKILLS as readonly string[]).includes(w) ? (w as Skill) : SKILL_WORDS[w];
    if (skill && skill !== 'other') skills.push(skill);
    else {
      skills.push('other');
      if (skill !== 'other') other.push(item);
    }
  }
  return { skills, otherSkill: other.join(', ') };
}

const TIME_WORDS: Readonly<Record<string, Availability>> = {
  weekdays: 'weekday',
  daytime: 'weekday',
  evenings: 'evening',
  nights: 'evening',
  weekends: 'weekend',
  saturday: 'weekend',
  sunday: 'weekend',
};

function readAvailability(value: string, report: Report): Availability[] {
  return list(value).flatMap((item) => {
    const w = word(item);
    const time = (AVAILABILITY as readonly string[]).includes(w)
      ? (w as Availability)
      : TIME_WORDS[w];
    if (!time) report(`unknown availability "${item}" (use weekday, evening or weekend)`);
    return time ? [time] : [];
  });
}

function readFlag(value: string, report: Report): boolean {
  const v = value.toLowerCase();
  if (['', 'no', 'n', 'false', '0'].includes(v)) return false;
  if (['yes', 'y', 'true', '1', 'x'].includes(v)) return true;
  report(`do-not-contact "${value}" is not yes or no`);
  return false;
}

function readCounties(values: string[], state: string | undefined, report: Report): string[] {
  return values.flatMap((value) => {
    const fips = resolveCounty(value, state);
    if (fips instanceof Error) report(fips.message);
    return fips instanceof Error ? [] : [fips];
  });
}

interface Analysis {
  headers: string[];
  mapping: VolunteerMapping;
  rows: { line: number; fields: VolunteerFields; duplicates: Duplicate[] }[];
  problems: VolunteerImportProblem[];
}

/** Who is already on file, by contact details: volunteers, and members not yet volunteers. */
function peopleOnFile(data: StoreData) {
  const index = contactIndex<Omit<Duplicate, 'by'>>();
  const linked = new Set(data.volunteers.map((v) => v.memberId));
  for (const v of volunteerViews(data)) index.add(v, { kind: 'volunteer', name: v.name });
  for (const m of data.members)
    if (!linked.has(m.id)) index.add(m, { kind: 'member', name: m.name, memberId: m.id });
  return index;
}

export function analyseVolunteerCsv(
  csv: string,
  mapping: VolunteerMapping | undefined,
  data: StoreData,
): Analysis {
  const { headers, mapping: map, rows } = readMappedCsv(csv, mapping, HEADER_HINTS);
  const state = data.chapter?.state;
  const onFile = peopleOnFile(data);
  const analysis: Analysis = { headers, mapping: map, rows: [], problems: [] };
  for (const { line, cell } of rows) {
    const found: VolunteerImportProblem[] = [];
    const report =
      (field: VolunteerField): Report =>
      (reason) =>
        found.push({ line, field, reason });
    const [homeCounty] = readCounties(
      list(cell('homeCounty')).slice(0, 1),
      state,
      report('homeCounty'),
    );
    const parsed = VolunteerInputSchema.safeParse({
      name: cell('name'),
      email: cell('email'),
      phone: cell('phone'),
      ...readSkills(cell('skills')),
      languages: list(cell('languages')),
      homeCounty,
      travelCounties: readCounties(list(cell('travelCounties')), state, report('travelCounties')),
      availability: readAvailability(cell('availability'), report('availability')),
      doNotContact: readFlag(cell('doNotContact'), report('doNotContact')),
      notes: cell('notes'),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) report(columnOf(issue.path[0]))(issue.message);
    if (found.length > 0 || !parsed.success) {
      analysis.problems.push(...found);
      continue;
    }
    const fields = parsed.data;
    const duplicates = onFile.find(fields).map(({ by, owner }) => ({ by, ...owner }));
    onFile.add(fields, { kind: 'line', name: fields.name ?? '', line });
    analysis.rows.push({ line, fields, duplicates });
  }
  return analysis;
}

export function previewOf(analysis: Analysis): VolunteerImportPreview {
  return {
    headers: analysis.headers,
    mapping: analysis.mapping,
    rows: analysis.rows.map(({ line, fields, duplicates }) => ({
      line,
      name: fields.name ?? '',
      email: fields.email,
      phone: fields.phone,
      skills: fields.skills,
      languages: fields.languages,
      homeCounty: fields.homeCounty,
      travelCounties: fields.travelCounties,
      availability: fields.availability,
      doNotContact: fields.doNotContact,
      duplicates,
    })),
    valid: analysis.rows.length,
    problems: analysis.problems,
  };
}

/**
 * Adds the rows: unflagged rows, flagged rows the person chose to add, and rows linked to
 * the member they match. A link that cannot be made is reported on its line.
 */
export function commitVolunteerCsv(
  data: StoreData,
  analysis: Analysis,
  choices: readonly DuplicateChoice[],
  now: Date,
) {
  const chosen = new Map(choices.map((c) => [c.line, c.choice]));
  const problems = [...analysis.problems];
  const skippedDuplicates: number[] = [];
  const inputs: VolunteerFields[] = [];
  const linkedBy = new Map<string, number>();
  for (const { line, fields, duplicates } of analysis.rows) {
    const choice = chosen.get(line);
    if (duplicates.length > 0 && !choice) {
      skippedDuplicates.push(line);
    } else if (choice === 'link') {
      const members = [...new Set(duplicates.flatMap((d) => (d.memberId ? [d.memberId] : [])))];
      const [memberId] = members;
      const earlier = memberId ? linkedBy.get(memberId) : undefined;
      if (members.length !== 1 || !memberId || earlier) {
        const reason = earlier
          ? `line ${earlier} is already linked to the same member`
          : 'it matches no single member to link to';
        problems.push({ line, field: 'name', reason });
        continue;
      }
      linkedBy.set(memberId, line);
      inputs.push(VolunteerInputSchema.parse({ ...fields, memberId }));
    } else inputs.push(fields);
  }
  const { data: next, added } = addVolunteers(data, inputs, now);
  problems.sort((a, b) => a.line - b.line);
  return {
    data: next,
    result: {
      added: added.length - linkedBy.size,
      linked: linkedBy.size,
      skippedDuplicates,
      problems,
    },
  };
}
