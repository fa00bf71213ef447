/**
 * County coverage: for each county of the chapter's state, how much the chapter has done
 * there. Pure: main gathers the records and the canvass tally, this folds them into rows.
 *
 * Definitions (shown on the dashboard too):
 * - **Members**: active members whose county it is. **Volunteers**: volunteers who live
 *   there (their home county, else their member record's county).
 * - **Shifts held**: shifts in the county, dated today or earlier, with at least one
 *   volunteer marked attended.
 * - **Doors knocked** and **conversations**: canvass results (src/shared/canvass/results.ts):
 *   households with any entry, and entries that hold a conversation (`isContact`).
 * - **Supporters identified**: voters whose latest support answer is 1 or 2.
 * - **Flyer PDFs saved**: flyer PDFs saved for a flyer made for the county.
 * - **Last activity**: the latest of those (a result, a held shift, a saved flyer).
 * Records with no county, or a county outside the state, are counted apart (`unplaced`), so
 * the totals are always the sum of the county rows.
 */
import { z } from 'zod';
import { dateOf, localDateOf } from '../dates';
import type { Member } from '../schema/member';
import { volunteerView, type Volunteer } from '../volunteers/schema';
import type { Shift } from '../volunteers/shifts';
import type { FlyerPrint } from './flyerPrints';
import type { TallyEntry } from './tallyEntry';

export const COVERAGE_MEASURES = [
  'members',
  'volunteers',
  'shiftsHeld',
  'doorsKnocked',
  'conversations',
  'supporters',
  'flyersPrinted',
] as const;
export const CoverageMeasureSchema = z.enum(COVERAGE_MEASURES);
export type CoverageMeasure = z.infer<typeof CoverageMeasureSchema>;

export const MEASURE_LABELS: Readonly<Record<CoverageMeasure, string>> = {
  members: 'Members',
  volunteers: 'Volunteers',
  shiftsHeld: 'Shifts held',
  doorsKnocked: 'Doors knocked',
  conversations: 'Conversations',
  supporters: 'Supporters identified',
  flyersPrinted: 'Flyer PDFs saved',
};

const count = z.number().int().nonnegative();
const MeasuresSchema = z.object({
  members: count,
  volunteers: count,
  shiftsHeld: count,
  doorsKnocked: count,
  conversations: count,
  supporters: count,
  flyersPrinted: count,
});
export type Measures = z.infer<typeof MeasuresSchema>;

export const CountyCoverageSchema = MeasuresSchema.extend({
  fips: z.string(),
  name: z.string(),
  /** Local date (YYYY-MM-DD) of the latest activity; null when there was none. */
  lastActivity: z.string().nullable(),
});
export type CountyCoverage = z.infer<typeof CountyCoverageSchema>;

export const CoverageSchema = z.object({
  state: z.string(),
  stateName: z.string(),
  /** Every county of the state, by name. */
  counties: z.array(CountyCoverageSchema),
  totals: MeasuresSchema.extend({ lastActivity: z.string().nullable() }),
  /** Records that name no county of the state (not in any row or total). */
  unplaced: MeasuresSchema,
  /** Names of the counties with no activity of any kind, in table order. */
  noActivity: z.array(z.string()),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** One county's canvass figures, as CanvassTally gathers them. */
export interface CanvassCounts {
  doorsKnocked: number;
  conversations: number;
  supporters: number;
  /** Latest result time (ms since the epoch), or -Infinity. */
  lastMs: number;
}

/**
 * Canvass results folded by county, one entry at a time (a list's results file is read as
 * a stream; nothing here holds the entries). Voters and doors are keyed by list, so the
 * same voter ID in two lists is two people.
 */
export class CanvassTally {
  /** Per list: doors by county, and each voter's latest support answer with its county. */
  private readonly lists = new Map<
    string,
    {
      doors: Map<string, Set<string>>;
      support: Map<string, { at: string; support: number; fips: string }>;
    }
  >();
  private readonly conversations = new Map<string, number>();
  private readonly last = new Map<string, number>();

  add(fips: string, listId: string, e: TallyEntry): void {
    let list = this.lists.get(listId);
    if (!list) this.lists.set(listId, (list = { doors: new Map(), support: new Map() }));
    let doors = list.doors.get(fips);
    if (!doors) list.doors.set(fips, (doors = new Set()));
    doors.add(e.householdKey);
    const at = Date.parse(e.at);
    if (!(at <= (this.last.get(fips) ?? -Infinity))) this.last.set(fips, at);
    if (!e.contact) return;
    this.conversations.set(fips, (this.conversations.get(fips) ?? 0) + 1);
    if (e.support === null) return;
    // Latest by the stored time, as the canvass statistics take it (computeStats).
    const who = e.voterId ?? `door:${e.householdKey}`;
    const prev = list.support.get(who);
    if (!prev || prev.at <= e.at) list.support.set(who, { at: e.at, support: e.support, fips });
  }

  counts(): Map<string, CanvassCounts> {
    const out = new Map<string, CanvassCounts>();
    const of = (fips: string): CanvassCounts => {
      let c = out.get(fips);
      if (!c) {
        c = {
          doorsKnocked: 0,
          conversations: this.conversations.get(fips) ?? 0,
          supporters: 0,
          lastMs: this.last.get(fips) ?? -Infinity,
        };
        out.set(fips, c);
      }
      return c;
    };
    for (const { doors, support } of this.lists.values()) {
      for (const [fips, keys] of doors) of(fips).doorsKnocked += keys.size;
      for (const s of support.values()) if (s.support <= 2) of(s.fips).supporters++;
    }
    return out;
  }
}

export interface CoverageInput {
  state: { code: string; name: string };
  /** The state's counties (fips, name). */
  counties: readonly { fips: string; name: string }[];
  members: readonly Member[];
  volunteers: readonly Volunteer[];
  shifts: readonly Shift[];
  flyerPrints: readonly FlyerPrint[];
  canvass: ReadonlyMap<string, CanvassCounts>;
  /** Today's local date: later shifts are not held yet. */
  today: string;
}

const zero = (): Measures => ({
  members: 0,
  volunteers: 0,
  shiftsHeld: 0,
  doorsKnocked: 0,
  conversations: 0,
  supporters: 0,
  flyersPrinted: 0,
});

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null || a >= b ? a : b;

/** Whether a county row shows any activity at all. */
export function hasActivity(row: Measures): boolean {
  return COVERAGE_MEASURES.some((m) => row[m] > 0);
}

export function coverageOf(input: CoverageInput): Coverage {
  const rows = new Map<string, CountyCoverage>(
    input.counties.map((c) => [
      c.fips,
      { fips: c.fips, name: c.name, ...zero(), lastActivity: null },
    ]),
  );
  const unplaced = zero();
  const bump = (fips: string | undefined, measure: CoverageMeasure, by = 1, date?: string) => {
    const row = fips === undefined ? undefined : rows.get(fips);
    if (!row) {
      unplaced[measure] += by;
      return;
    }
    row[measure] += by;
    if (date !== undefined) row.lastActivity = later(row.lastActivity, date);
  };
  for (const m of input.members) if (m.active) bump(m.county, 'members');
  const people = new Map(input.members.map((m) => [m.id, m]));
  for (const v of input.volunteers) bump(volunteerView(v, people).livesIn, 'volunteers');
  for (const s of input.shifts) {
    const held = s.date <= input.today && s.signups.some((x) => x.status === 'attended');
    if (held) bump(s.county, 'shiftsHeld', 1, s.date);
  }
  for (const p of input.flyerPrints)
    bump(p.countyFips ?? undefined, 'flyersPrinted', p.saves, dateOf(p.lastAt));
  for (const [fips, c] of input.canvass) {
    const date = c.lastMs === -Infinity ? undefined : localDateOf(new Date(c.lastMs));
    bump(fips, 'doorsKnocked', c.doorsKnocked, date);
    bump(fips, 'conversations', c.conversations);
    bump(fips, 'supporters', c.supporters);
  }
  const counties = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
  const totals = { ...zero(), lastActivity: null as string | null };
  for (const row of counties) {
    for (const m of COVERAGE_MEASURES) totals[m] += row[m];
    totals.lastActivity = later(totals.lastActivity, row.lastActivity);
  }
  return {
    state: input.state.code,
    stateName: input.state.name,
    counties,
    totals,
    unplaced,
    noActivity: counties.filter((r) => !hasActivity(r)).map((r) => r.name),
  };
}
