import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, DateSchema, IdSchema, TimestampSchema } from '../schema/common';
import type { Term } from './candidate';

/** A bill or measure the chapter takes a position on in advance (the LCV method). */
export const KeyVoteSchema = z.object({
  id: IdSchema,
  body: boundedText('The body', LIMITS.title).trim().min(1),
  bill: boundedText('The bill', LIMITS.name).trim().min(1),
  title: boundedText('The title', LIMITS.title),
  date: DateSchema,
  policyId: IdSchema.nullable(),
  position: z.enum(['yes', 'no']),
  rationale: boundedText('The rationale', LIMITS.paragraph),
  /** When the position was announced to the official, before the vote. */
  announcedAt: TimestampSchema.nullable(),
});
export type KeyVote = z.infer<typeof KeyVoteSchema>;

export const OFFICIAL_VOTE_VALUES = [
  'yes',
  'no',
  'absent',
  'present',
  'abstain',
  'not-applicable',
] as const;
export const OfficialVoteValueSchema = z.enum(OFFICIAL_VOTE_VALUES);
export type OfficialVoteValue = z.infer<typeof OfficialVoteValueSchema>;

/** How an official voted. Corrections are appended; the latest per key vote counts. */
export const OfficialVoteSchema = z.object({
  keyVoteId: IdSchema,
  officialId: IdSchema,
  vote: OfficialVoteValueSchema,
  note: boundedText('The note', LIMITS.notes),
  recordedAt: TimestampSchema,
});
export type OfficialVote = z.infer<typeof OfficialVoteSchema>;

export const ScorecardSettingsSchema = z.object({
  /** Absent, present and abstain count against (LCV) or are left out. */
  nonVotes: z.enum(['misaligned', 'excluded']),
});
export type ScorecardSettings = z.infer<typeof ScorecardSettingsSchema>;
export const DEFAULT_SCORECARD: ScorecardSettings = { nonVotes: 'misaligned' };

export type Verdict = 'aligned' | 'misaligned' | 'excluded' | 'unrecorded';

export type Tally = {
  aligned: number;
  misaligned: number;
  /** aligned + misaligned */
  scored: number;
  excluded: number;
  unrecorded: number;
  /** aligned ÷ scored (0–1), null when nothing was scored. */
  score: number | null;
  pct: number | null;
};

export type ScorecardRow = { keyVote: KeyVote; vote: OfficialVote | null; verdict: Verdict };

export type Scorecard = {
  officialId: string;
  rows: ScorecardRow[];
  /** All scored votes pooled — not the average of yearly scores. */
  lifetime: Tally;
  byYear: (Tally & { year: number })[];
  byTerm: (Tally & { termId: string; label: string })[];
};

const NON_VOTES: ReadonlySet<OfficialVoteValue> = new Set(['absent', 'present', 'abstain']);

export function verdictFor(
  keyVote: KeyVote,
  vote: OfficialVote | null,
  settings: ScorecardSettings,
): Verdict {
  if (!vote) return 'unrecorded';
  if (vote.vote === 'not-applicable') return 'excluded';
  if (NON_VOTES.has(vote.vote))
    return settings.nonVotes === 'misaligned' ? 'misaligned' : 'excluded';
  return vote.vote === keyVote.position ? 'aligned' : 'misaligned';
}

export function tally(rows: readonly ScorecardRow[]): Tally {
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const aligned = count('aligned');
  const misaligned = count('misaligned');
  const scored = aligned + misaligned;
  const score = scored > 0 ? aligned / scored : null;
  return {
    aligned,
    misaligned,
    scored,
    excluded: count('excluded'),
    unrecorded: count('unrecorded'),
    score,
    pct: score === null ? null : Math.round(score * 1000) / 10,
  };
}

const inTerm = (date: string, term: Term) =>
  date >= term.start && (term.end === null || date <= term.end);

export function scorecard(
  officialId: string,
  keyVotes: readonly KeyVote[],
  votes: readonly OfficialVote[],
  opts: { settings?: ScorecardSettings; terms?: readonly Term[] } = {},
): Scorecard {
  const settings = opts.settings ?? DEFAULT_SCORECARD;
  const latest = new Map<string, OfficialVote>();
  for (const v of votes) if (v.officialId === officialId) latest.set(v.keyVoteId, v);
  const rows = [...keyVotes]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((keyVote) => {
      const vote = latest.get(keyVote.id) ?? null;
      return { keyVote, vote, verdict: verdictFor(keyVote, vote, settings) };
    });
  const years = [...new Set(rows.map((r) => Number(r.keyVote.date.slice(0, 4))))].sort(
    (a, b) => a - b,
  );
  return {
    officialId,
    rows,
    lifetime: tally(rows),
    byYear: years.map((year) => ({
      year,
      ...tally(rows.filter((r) => Number(r.keyVote.date.slice(0, 4)) === year)),
    })),
    byTerm: (opts.terms ?? []).map((t) => ({
      termId: t.id,
      label: t.label,
      ...tally(rows.filter((r) => inTerm(r.keyVote.date, t))),
    })),
  };
}
