/**
 * Vote plans from a CSV file (a phone bank's sheet typed up, a partner's export): map the
 * columns, preview, then import, with the member import's kit (../csvImport). Every row that
 * cannot become a plan is reported with its line and each reason: a voter not in the
 * election's universe, a plan word not understood, ballot dates without a mail plan…
 * A voter named twice in the file is refused on the later line, never merged.
 */
import {
  PlanFieldSchema,
  type PlanField,
  type PlanImportPreview,
  type PlanImportProblem,
  type PlanMapping,
} from '../../../shared/contract/gotv';
import {
  VotePlanInputSchema,
  readPlanWord,
  readYesNo,
  type VotePlan,
} from '../../../shared/gotv/plans';
import { readCsvDate, readMappedCsv } from '../csvImport';

const HEADER_HINTS: Record<PlanField, RegExp> = {
  voterId: /^(state[ _]?)?voter[ _]?id$|^sos_voterid$|^ncid$|^id$/i,
  plan: /^(vote[ _]?)?plan$|^how( they( will)?)? vote$/i,
  needsRide: /^(needs?[ _]?(a[ _])?)?ride$/i,
  rideDate: /^ride[ _]?date$/i,
  rideTime: /^ride[ _]?time$|^pick[ _-]?up( time)?$/i,
  ballotRequested: /^(ballot[ _]?)?requested$/i,
  ballotReturned: /^(ballot[ _]?)?returned$/i,
};

/** A time written 10:30, 9:05, 2:30 pm or 14:30, as HH:MM; '' stays ''. */
function readTime(text: string): string | Error {
  const t = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!text.trim()) return '';
  if (!t) return new Error(`ride time "${text}" is not a time like 10:30 or 2:30 pm`);
  let hour = Number(t[1]);
  if (t[3]?.toLowerCase().startsWith('p') && hour < 12) hour += 12;
  if (t[3]?.toLowerCase().startsWith('a') && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${t[2]}`;
}

export interface PlanAnalysis {
  headers: string[];
  mapping: PlanMapping;
  plans: { line: number; plan: VotePlan }[];
  problems: PlanImportProblem[];
}

/** Reads the file against the universe (`inUniverse`); nothing is stored. */
export function analysePlanCsv(
  csv: string,
  mapping: PlanMapping | undefined,
  inUniverse: (voterId: string) => boolean,
): PlanAnalysis {
  const { headers, mapping: map, rows } = readMappedCsv(csv, mapping, HEADER_HINTS);
  const plans: PlanAnalysis['plans'] = [];
  const problems: PlanImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cell } of rows) {
    const found: PlanImportProblem[] = [];
    const voterId = cell('voterId');
    const read = {
      plan: readPlanWord(cell('plan')),
      needsRide: readYesNo(cell('needsRide')),
      rideDate: readCsvDate(cell('rideDate'), 'ride date'),
      rideTime: readTime(cell('rideTime')),
      ballotRequested: readCsvDate(cell('ballotRequested'), 'ballot requested'),
      ballotReturned: readCsvDate(cell('ballotReturned'), 'ballot returned'),
    };
    for (const [field, value] of Object.entries(read))
      if (value instanceof Error)
        found.push({ line, field: field as PlanField, reason: value.message });
    if (found.length) {
      problems.push(...found);
      continue;
    }
    const parsed = VotePlanInputSchema.safeParse({ voterId, ...read });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        found.push({ line, field: PlanFieldSchema.parse(issue.path[0]), reason: issue.message });
    else if (!inUniverse(voterId))
      found.push({
        line,
        field: 'voterId',
        reason: `${voterId} is not in this election’s universe`,
      });
    const earlier = seen.get(voterId);
    if (earlier !== undefined)
      found.push({ line, field: 'voterId', reason: `${voterId} is already on line ${earlier}` });
    if (found.length || !parsed.success) {
      problems.push(...found);
      continue;
    }
    seen.set(voterId, line);
    plans.push({ line, plan: parsed.data });
  }
  return { headers, mapping: map, plans, problems };
}

export function planPreviewOf(analysis: PlanAnalysis): PlanImportPreview {
  return {
    headers: analysis.headers,
    mapping: analysis.mapping,
    rows: analysis.plans.map(({ line, plan }) => ({ line, ...plan })),
    valid: analysis.plans.length,
    problems: analysis.problems,
  };
}
