import { z } from 'zod';
import { groupDigits } from './decimal';
import { parseOrThrow } from './errors';
import { RoundSchema } from './result';
import type { Round } from './result';

/**
 * Motions: yes / no / abstain against an exact threshold (Robert's Rules as software
 * should apply them). Abstentions are never votes cast. Quorum is checked against the
 * present count frozen at the moment of the vote; without quorum nothing is adopted.
 */

export const COUNTED_THRESHOLDS = [
  'majority-cast',
  'two-thirds-cast',
  'majority-present',
  'two-thirds-present',
  'majority-members',
  'two-thirds-members',
] as const;
export const CountedThresholdSchema = z.enum(COUNTED_THRESHOLDS);
export type CountedThreshold = z.infer<typeof CountedThresholdSchema>;

export const MotionThresholdSchema = z.enum([...COUNTED_THRESHOLDS, 'unanimous-consent']);
export type MotionThreshold = z.infer<typeof MotionThresholdSchema>;

/** A voice vote cannot show two-thirds or a share of the whole membership. */
export const VOICE_THRESHOLDS: readonly CountedThreshold[] = ['majority-cast', 'majority-present'];

const tally = z.number().int().min(0);

export const VoteCountsSchema = z.strictObject({
  yes: tally,
  no: tally,
  abstain: tally.default(0),
});
export type VoteCounts = z.infer<typeof VoteCountsSchema>;

export const RollCallEntrySchema = z.strictObject({
  name: z.string().min(1),
  vote: z.enum(['yes', 'no', 'abstain']),
});
export type RollCallEntry = z.infer<typeof RollCallEntrySchema>;

/** Ways of taking a counted vote; they differ in the record, not in the arithmetic. */
export const COUNTED_VOTES = [
  'counted',
  'show-of-hands',
  'standing',
  'paper-ballot',
  'roll-call',
] as const;
export const MotionVoteSchema = z.enum([...COUNTED_VOTES, 'voice', 'unanimous-consent']);
export type MotionVote = z.infer<typeof MotionVoteSchema>;

/** Numbers frozen at the moment of the vote. */
const frozen = {
  /** Members present (and entitled to vote). */
  present: z.number().int().min(1).optional(),
  /** The entire membership. */
  members: z.number().int().min(1).optional(),
  /** Minimum present for business; unset = not checked. */
  quorum: z.number().int().min(0).optional(),
};

export const MotionInputSchema = z
  .discriminatedUnion('vote', [
    z.strictObject({
      vote: z.enum(COUNTED_VOTES),
      threshold: CountedThresholdSchema,
      counts: VoteCountsSchema.optional(),
      /** Roll call: each member's vote by name; the counts follow from it. */
      rollCall: z.array(RollCallEntrySchema).optional(),
      ...frozen,
    }),
    z.strictObject({
      /** The chair declares the result; a division turns it into a counted vote. */
      vote: z.literal('voice'),
      threshold: CountedThresholdSchema,
      declared: z.enum(['adopted', 'failed']),
      ...frozen,
    }),
    z.strictObject({
      vote: z.literal('unanimous-consent'),
      threshold: z.literal('unanimous-consent').default('unanimous-consent'),
      /** Adopted when no objection is recorded. */
      objection: z.boolean().default(false),
      ...frozen,
    }),
  ])
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (m.threshold.endsWith('-present') && m.present === undefined) {
      issue('present', `threshold ${m.threshold} needs the number present`);
    }
    if (m.threshold.endsWith('-members') && m.members === undefined) {
      issue('members', `threshold ${m.threshold} needs the number of members`);
    }
    if (m.quorum !== undefined && m.present === undefined) {
      issue('present', 'a quorum is checked against the number present, which is missing');
    }
    if (m.vote === 'voice' && !VOICE_THRESHOLDS.includes(m.threshold)) {
      issue(
        'threshold',
        `a voice vote can only decide a majority of votes cast or of those present; ${m.threshold} needs a counted vote`,
      );
    }
    if (m.vote !== 'voice' && m.vote !== 'unanimous-consent') {
      if (m.counts === undefined && m.rollCall === undefined) {
        issue('counts', 'a counted vote needs its counts (yes, no, abstain)');
      }
      if (m.rollCall !== undefined) {
        const names = new Set<string>();
        m.rollCall.forEach((entry, i) => {
          if (names.has(entry.name)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rollCall', i, 'name'],
              message: `${entry.name} voted twice`,
            });
          }
          names.add(entry.name);
        });
        const fromRoll = tallyRollCall(m.rollCall);
        const c = m.counts;
        if (
          c &&
          (c.yes !== fromRoll.yes || c.no !== fromRoll.no || c.abstain !== fromRoll.abstain)
        ) {
          issue(
            'counts',
            `counts (${c.yes}/${c.no}/${c.abstain}) disagree with the roll call (${fromRoll.yes}/${fromRoll.no}/${fromRoll.abstain})`,
          );
        }
      }
    }
  });
export type MotionInput = z.input<typeof MotionInputSchema>;

export const MotionResultSchema = z.object({
  kind: z.literal('motion'),
  method: z.literal('motion'),
  outcome: z.enum(['adopted', 'failed', 'no-quorum']),
  /** Always empty: present so every result has the same top-level shape. */
  winners: z.array(z.string()),
  /** One plain sentence for the minutes. */
  summary: z.string(),
  vote: MotionVoteSchema,
  threshold: MotionThresholdSchema,
  /** Null for a voice vote or unanimous consent: nothing was counted. */
  counts: VoteCountsSchema.nullable(),
  present: z.number().nullable(),
  members: z.number().nullable(),
  quorum: z.number().nullable(),
  /** Null when no quorum was recorded. */
  quorumMet: z.boolean().nullable(),
  /**
   * Smallest yes count that adopts, the base staying the same: yes + no for the `-cast`
   * thresholds (votes moving from no to yes), else the number present or the membership.
   * adopted ⇔ quorum met and yes ≥ needed. Null when nothing was counted.
   */
  needed: z.number().nullable(),
  declared: z.enum(['adopted', 'failed']).optional(),
  objection: z.boolean().optional(),
  warnings: z.array(z.string()),
  /** One round with tallies yes / no / abstain for a counted vote; none otherwise. */
  rounds: z.array(RoundSchema),
});
export type MotionResult = z.infer<typeof MotionResultSchema>;

export function tallyRollCall(entries: readonly RollCallEntry[]): VoteCounts {
  const counts = { yes: 0, no: 0, abstain: 0 };
  for (const entry of entries) counts[entry.vote] += 1;
  return counts;
}

/** The threshold table, exactly as written (integers only, no fractions). */
export function meetsThreshold(
  threshold: CountedThreshold,
  counts: Pick<VoteCounts, 'yes' | 'no'>,
  present: number | undefined,
  members: number | undefined,
): boolean {
  const { yes, no } = counts;
  switch (threshold) {
    case 'majority-cast':
      return yes > no;
    case 'two-thirds-cast':
      return yes >= 2 * no && yes > 0;
    case 'majority-present':
      return 2 * yes > need(present, threshold);
    case 'two-thirds-present':
      return 3 * yes >= 2 * need(present, threshold);
    case 'majority-members':
      return 2 * yes > need(members, threshold);
    case 'two-thirds-members':
      return 3 * yes >= 2 * need(members, threshold);
  }
}

/** The smallest yes that meets the threshold with the same base (see `needed` above). */
export function neededYes(
  threshold: CountedThreshold,
  counts: Pick<VoteCounts, 'yes' | 'no'>,
  present: number | undefined,
  members: number | undefined,
): number {
  const cast = counts.yes + counts.no;
  switch (threshold) {
    case 'majority-cast':
      return Math.floor(cast / 2) + 1;
    case 'two-thirds-cast':
      return Math.max(1, Math.ceil((2 * cast) / 3));
    case 'majority-present':
      return Math.floor(need(present, threshold) / 2) + 1;
    case 'two-thirds-present':
      return Math.ceil((2 * need(present, threshold)) / 3);
    case 'majority-members':
      return Math.floor(need(members, threshold) / 2) + 1;
    case 'two-thirds-members':
      return Math.ceil((2 * need(members, threshold)) / 3);
  }
}

function need(value: number | undefined, threshold: CountedThreshold): number {
  if (value === undefined) throw new RangeError(`threshold ${threshold} needs its base number`);
  return value;
}

const THRESHOLD_PHRASE: Record<CountedThreshold, (members: number | undefined) => string> = {
  'majority-cast': () => 'majority of votes cast',
  'two-thirds-cast': () => 'two-thirds of votes cast',
  'majority-present': () => 'majority of those present',
  'two-thirds-present': () => 'two-thirds of those present',
  'majority-members': (m) => `majority of the entire membership (${groupDigits(m ?? 0)})`,
  'two-thirds-members': (m) => `two-thirds of the entire membership (${groupDigits(m ?? 0)})`,
};

const VOTE_LABEL: Partial<Record<MotionVote, string>> = {
  standing: ' (standing vote)',
  'paper-ballot': ' (paper ballot)',
  'roll-call': ' (roll call)',
};

/** Evaluates a motion. Throws VotingInputError (naming the field) on invalid input. */
export function evaluateMotion(input: MotionInput): MotionResult {
  const m = parseOrThrow(MotionInputSchema, input, 'invalid motion');
  const present = m.present ?? null;
  const members = m.members ?? null;
  const quorum = m.quorum ?? null;
  const quorumMet = quorum === null ? null : (m.present ?? 0) >= quorum;
  const attendance =
    quorum !== null
      ? `; quorum ${groupDigits(quorum)}, ${groupDigits(present ?? 0)} present`
      : present !== null
        ? `; ${groupDigits(present)} present`
        : '';
  const warnings: string[] = [];
  if (present !== null && members !== null && present > members) {
    warnings.push(`${present} present is more than the ${members} members.`);
  }
  const noQuorum = quorumMet === false;
  const noQuorumText = `No quorum: ${groupDigits(present ?? 0)} present, quorum ${groupDigits(quorum ?? 0)}`;
  // One builder so every result lists its fields in the same order.
  const result = (
    outcome: MotionResult['outcome'],
    summary: string,
    rest: Pick<MotionResult, 'threshold' | 'counts' | 'needed' | 'rounds'> &
      Partial<Pick<MotionResult, 'declared' | 'objection'>>,
  ): MotionResult => ({
    kind: 'motion',
    method: 'motion',
    outcome,
    winners: [],
    summary,
    vote: m.vote,
    threshold: rest.threshold,
    counts: rest.counts,
    needed: rest.needed,
    present,
    members,
    quorum,
    quorumMet,
    ...(rest.declared === undefined ? {} : { declared: rest.declared }),
    ...(rest.objection === undefined ? {} : { objection: rest.objection }),
    warnings,
    rounds: rest.rounds,
  });

  if (m.vote === 'unanimous-consent') {
    const summary = noQuorum
      ? `${noQuorumText} — nothing can be adopted by unanimous consent.`
      : m.objection
        ? `Not adopted by unanimous consent: an objection was recorded — put the question to a vote${attendance}.`
        : `Adopted by unanimous consent: no objection${attendance}.`;
    return result(noQuorum ? 'no-quorum' : m.objection ? 'failed' : 'adopted', summary, {
      threshold: 'unanimous-consent',
      counts: null,
      needed: null,
      objection: m.objection,
      rounds: [],
    });
  }

  const phrase = THRESHOLD_PHRASE[m.threshold](m.members);
  if (m.vote === 'voice') {
    const declared = m.declared === 'adopted' ? 'Adopted' : 'Failed';
    const summary = noQuorum
      ? `${noQuorumText} — the voice vote (declared ${m.declared}) adopts nothing.`
      : `${declared} by voice vote (the chair's declaration, no count) — ${phrase}${attendance}.`;
    return result(noQuorum ? 'no-quorum' : m.declared, summary, {
      threshold: m.threshold,
      counts: null,
      needed: null,
      declared: m.declared,
      rounds: [],
    });
  }

  const counts = m.counts ?? tallyRollCall(m.rollCall ?? []);
  const cast = counts.yes + counts.no;
  const counted = cast + counts.abstain;
  if (present !== null && counted > present) {
    warnings.push(
      `${groupDigits(counted)} votes and abstentions recorded but only ${groupDigits(present)} present.`,
    );
  }
  const needed = neededYes(m.threshold, counts, m.present, m.members);
  const adopted = meetsThreshold(m.threshold, counts, m.present, m.members);
  const numbers = `${groupDigits(counts.yes)} yes, ${groupDigits(counts.no)} no, ${groupDigits(counts.abstain)} abstain`;
  const label = VOTE_LABEL[m.vote] ?? '';
  const summary = noQuorum
    ? `${noQuorumText} — the vote${label} (${numbers}) adopts nothing.`
    : `${adopted ? 'Adopted' : 'Failed'}${label}: ${numbers} — ${phrase} needed ${groupDigits(needed)}${attendance}.`;
  const round: Round = {
    round: 1,
    tallies: { yes: counts.yes, no: counts.no, abstain: counts.abstain },
    active: cast,
    exhausted: 0,
    exhaustedBy: { overvote: 0, skipped: 0, noMoreChoices: 0, duplicate: 0 },
    threshold: needed,
    elected: [],
    eliminated: [],
    ties: [],
  };
  return result(noQuorum ? 'no-quorum' : adopted ? 'adopted' : 'failed', summary, {
    threshold: m.threshold,
    counts,
    needed,
    rounds: [round],
  });
}
