/**
 * Member CSV import: map columns, preview, then commit. Every row that cannot become a
 * member is reported with its line number and every problem it has (field and reason), so one
 * round of fixing the file is enough; nothing is dropped silently.
 */
import {
  MemberFieldSchema,
  type ColumnMapping,
  type ImportProblem,
  type MemberField,
  type MemberImportPreview,
} from '../../shared/contract/members';
import { MemberInputSchema, ROLES, type MemberInput } from '../../shared/schema/member';
import type { StoreData } from '../../shared/schema/store';
import { readCsvDate, readMappedCsv, resolveCounty } from './csvImport';

const HEADER_HINTS: Record<MemberField, RegExp> = {
  name: /^(full[ _]?)?name$|^member$/i,
  county: /^county( fips| code)?$/i,
  email: /^e-?mail( address)?$/i,
  phone: /^(phone|telephone|mobile|cell)( number)?$/i,
  roles: /^roles?$/i,
  joined: /^(joined|join(ed)? date|member since|date joined)$/i,
};

function resolveDate(value: string, today: string): string | Error {
  return value ? readCsvDate(value, 'joined date') : today;
}

function resolveRoles(value: string): string[] | Error {
  const roles = value
    .split(/[;,/|]/)
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  return unknown.length
    ? new Error(`unknown role "${unknown[0]}" (use ${ROLES.join(', ')})`)
    : roles;
}

interface Analysis {
  headers: string[];
  mapping: ColumnMapping;
  members: { line: number; member: MemberInput }[];
  problems: ImportProblem[];
}

export function analyseMemberCsv(
  csv: string,
  mapping: ColumnMapping | undefined,
  data: StoreData,
  today: string,
): Analysis {
  const { headers, mapping: map, rows } = readMappedCsv(csv, mapping, HEADER_HINTS);
  const state = data.chapter?.state;
  const seen = new Set(data.members.map((m) => m.name.toLowerCase()));
  const members: Analysis['members'] = [];
  const problems: Analysis['problems'] = [];
  for (const { line, cell } of rows) {
    const countyRaw = cell('county');
    const county = countyRaw ? resolveCounty(countyRaw, state) : undefined;
    const joined = resolveDate(cell('joined'), today);
    const roles = resolveRoles(cell('roles'));
    const found: ImportProblem[] = [];
    const resolved = { county, joined, roles };
    for (const [field, value] of Object.entries(resolved))
      if (value instanceof Error)
        found.push({ line, field: field as MemberField, reason: value.message });
    // The other fields are checked too, a failed one standing in as valid so it is not reported twice.
    const parsed = MemberInputSchema.safeParse({
      name: cell('name'),
      county: county instanceof Error ? undefined : county,
      email: cell('email'),
      phone: cell('phone'),
      roles: roles instanceof Error ? [] : roles,
      joined: joined instanceof Error ? today : joined,
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        found.push({ line, field: MemberFieldSchema.parse(issue.path[0]), reason: issue.message });
    const key = parsed.data?.name.toLowerCase() ?? cell('name').toLowerCase();
    if (key && seen.has(key))
      found.push({
        line,
        field: 'name',
        reason: `${cell('name')} is already a member (or appears twice in the file)`,
      });
    if (found.length || !parsed.success) {
      problems.push(...found);
      continue;
    }
    seen.add(key);
    members.push({ line, member: parsed.data });
  }
  return { headers, mapping: map, members, problems };
}

export function previewOf(analysis: Analysis): MemberImportPreview {
  return {
    headers: analysis.headers,
    mapping: analysis.mapping,
    rows: analysis.members.map(({ line, member }) => ({
      line,
      name: member.name,
      county: member.county,
      email: member.email,
      roles: member.roles ?? [],
      joined: member.joined,
    })),
    valid: analysis.members.length,
    problems: analysis.problems,
  };
}
