import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf } from '../schema/common';
import { MotionThresholdSchema, type MotionThreshold } from '../voting/motion';
import type { AgendaItem } from '../meetings/agenda';
import { breachedConditions, type Candidate } from './candidate';
import type { Questionnaire } from './questions';
import type { Scorecard, Tally } from './scorecard';

export const DEFAULT_SCORE_BAR = 0.8;

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('below-bar'),
    basis: boundedText('The basis', LIMITS.title),
    score: z.number(),
    bar: z.number(),
    aligned: z.int(),
    scored: z.int(),
  }),
  z.object({
    kind: z.literal('misaligned-key-vote'),
    keyVoteId: IdSchema,
    bill: boundedText('The bill', LIMITS.name),
    body: boundedText('The body', LIMITS.title),
    date: boundedText('The date', LIMITS.id),
    policyId: IdSchema,
    policyTitle: boundedText('The policy', LIMITS.title),
    core: z.boolean(),
    mustMatch: z.boolean(),
    vote: boundedText('The vote', LIMITS.id),
    position: boundedText('The position', LIMITS.id),
  }),
  z.object({
    kind: z.literal('condition-breached'),
    conditionId: IdSchema,
    condition: boundedText('The condition', LIMITS.short),
    note: boundedText('The note', LIMITS.notes),
    at: boundedText('The time', LIMITS.id),
  }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

export const MotionActionSchema = z.enum(['review', 'withdraw-endorsement', 'replace']);
export type MotionAction = z.infer<typeof MotionActionSchema>;

export const DraftedMotionSchema = z.object({
  candidateId: IdSchema,
  action: MotionActionSchema,
  text: boundedText('The motion', LIMITS.long),
  // A reason quotes a condition and its note, or a key vote and its policy.
  reasons: listOf(boundedText('A reason', LIMITS.paragraph), LIMITS.list, 'reasons'),
  threshold: MotionThresholdSchema,
});
export type DraftedMotion = z.infer<typeof DraftedMotionSchema>;

export type ScoreBasis =
  { kind: 'lifetime' } | { kind: 'term'; termId: string } | { kind: 'year'; year: number };

export type TriggerInput = {
  candidate: Candidate;
  scorecard: Scorecard;
  /** The questionnaire the official was endorsed on: it says which policies are core or must-match. */
  questionnaire: Questionnaire | null;
  /** The threshold the chapter's rules set for this kind of motion. */
  threshold: MotionThreshold;
  bar?: number;
  basis?: ScoreBasis;
  action?: MotionAction;
  /** Policy titles by id, for the motion text. */
  policyTitles?: Readonly<Record<string, string>>;
};

const ENDORSED: ReadonlySet<Candidate['status']> = new Set([
  'endorsed',
  'conditionally-endorsed',
  'under-review',
]);

function basisTally(
  card: Scorecard,
  basis: ScoreBasis,
): { tally: Tally | undefined; label: string } {
  if (basis.kind === 'lifetime') return { tally: card.lifetime, label: 'lifetime score' };
  if (basis.kind === 'year')
    return { tally: card.byYear.find((y) => y.year === basis.year), label: `${basis.year} score` };
  const term = card.byTerm.find((t) => t.termId === basis.termId);
  return { tally: term, label: term ? `score for ${term.label}` : 'term score' };
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

function reason(t: Trigger): string {
  switch (t.kind) {
    case 'below-bar':
      return `the ${t.basis} is ${percent(t.score)} (${t.aligned} of ${t.scored} scored votes aligned), below the chapter's bar of ${percent(t.bar)}`;
    case 'misaligned-key-vote': {
      const kind = [t.core ? 'core' : null, t.mustMatch ? 'must-match' : null]
        .filter(Boolean)
        .join(', ');
      return `on ${t.bill} (${t.body}, ${t.date}) the vote was "${t.vote}" where the chapter's position was "${t.position}", against the ${kind} policy "${t.policyTitle}"`;
    }
    case 'condition-breached':
      return `the endorsement condition "${t.condition}" was breached${t.note ? `: ${t.note}` : ''}`;
  }
}

function motionText(
  candidate: Candidate,
  action: MotionAction,
  reasons: readonly string[],
): string {
  const who = `${candidate.name} (${candidate.office}, ${candidate.jurisdiction.name})`;
  const verb =
    action === 'review'
      ? `place its endorsement of ${who} under review`
      : action === 'withdraw-endorsement'
        ? `withdraw its endorsement of ${who}`
        : `withdraw its endorsement of ${who} and seek a replacement candidate for ${candidate.office}, ${candidate.jurisdiction.name}`;
  return `That the chapter ${verb}, because ${reasons.join('; and ')}.`;
}

/**
 * Checks an endorsed official against the chapter's accountability triggers and drafts the
 * motion to put on the next agenda. Nothing is decided here: the members vote on the motion.
 */
export function evaluateTriggers(input: TriggerInput): {
  triggers: Trigger[];
  motion: DraftedMotion | null;
} {
  const bar = input.bar ?? DEFAULT_SCORE_BAR;
  const triggers: Trigger[] = [];
  const { tally, label } = basisTally(input.scorecard, input.basis ?? { kind: 'lifetime' });
  if (tally && tally.score !== null && tally.score < bar) {
    triggers.push({
      kind: 'below-bar',
      basis: label,
      score: tally.score,
      bar,
      aligned: tally.aligned,
      scored: tally.scored,
    });
  }
  const flags = new Map<string, { core: boolean; mustMatch: boolean }>();
  for (const q of input.questionnaire?.questions ?? []) {
    if (q.source.kind === 'policy' && q.type !== 'open') {
      flags.set(q.source.policyId, { core: q.weight === 'core', mustMatch: q.mustMatch });
    }
  }
  for (const row of input.scorecard.rows) {
    const policyId = row.keyVote.policyId;
    const flag = policyId ? flags.get(policyId) : undefined;
    if (row.verdict !== 'misaligned' || !policyId || !flag || !(flag.core || flag.mustMatch))
      continue;
    triggers.push({
      kind: 'misaligned-key-vote',
      keyVoteId: row.keyVote.id,
      bill: row.keyVote.bill,
      body: row.keyVote.body,
      date: row.keyVote.date,
      policyId,
      policyTitle: input.policyTitles?.[policyId] ?? policyId,
      core: flag.core,
      mustMatch: flag.mustMatch,
      vote: row.vote?.vote ?? 'unrecorded',
      position: row.keyVote.position,
    });
  }
  for (const { condition, report } of breachedConditions(input.candidate)) {
    triggers.push({
      kind: 'condition-breached',
      conditionId: condition.id,
      condition: condition.text,
      note: report.note,
      at: report.at,
    });
  }
  if (
    triggers.length === 0 ||
    !ENDORSED.has(input.candidate.status) ||
    !input.candidate.endorsement
  ) {
    return { triggers, motion: null };
  }
  // A review is the fair first step; an official already under review faces withdrawal.
  const action =
    input.action ?? (input.candidate.status === 'under-review' ? 'withdraw-endorsement' : 'review');
  const reasons = triggers.map(reason);
  return {
    triggers,
    motion: {
      candidateId: input.candidate.id,
      action,
      text: motionText(input.candidate, action, reasons),
      reasons,
      threshold: input.threshold,
    },
  };
}

/** The drafted motion as an item for the next meeting's agenda (the agenda gives its id). */
export function agendaItemForMotion(
  motion: DraftedMotion,
  candidateName: string,
  timeBoxMinutes = 15,
): Omit<AgendaItem, 'id'> {
  const what = {
    review: 'review of endorsement',
    'withdraw-endorsement': 'withdrawal of endorsement',
    replace: 'replacement',
  }[motion.action];
  return {
    kind: 'old-business',
    title: `Accountability: ${candidateName} — ${what}`,
    timeBoxMinutes,
    link: { type: 'candidate', candidateId: motion.candidateId },
    description: motion.text,
  };
}
