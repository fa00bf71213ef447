import { z } from 'zod';
import type { ElectionMethod } from '../../../../shared/voting/result';
import type { TIE_BREAK_METHODS } from '../../../../shared/voting/rules';
import {
  DUPLICATE_RULES,
  OVERVOTE_RULES,
  QUOTA_RULES,
  SURPLUS_ORDERS,
  TieBreakMethodSchema,
  WINNER_MODES,
  WRITE_IN_RULES,
  type BallotRulesInput,
} from '../../../../shared/voting/rules';

/**
 * The new-vote form's ballot-rule fields, flat (one value per control), and how they
 * become the election's `rules`: only the rules the chosen method applies are sent, so a
 * choice left behind on a hidden field never becomes a rule the count would refuse.
 */

export const RuleFieldsSchema = z.object({
  overvote: z.enum(OVERVOTE_RULES),
  maxSkipped: z.string().regex(/^(unlimited|\d+)$/, 'A number, or unlimited'),
  duplicate: z.enum(DUPLICATE_RULES),
  tieBreak: TieBreakMethodSchema,
  seed: z.string(),
  withdrawn: z.string(),
  writeIns: z.enum(WRITE_IN_RULES),
  writeInLabel: z.string(),
  batchElimination: z.boolean(),
  continueUntilTwo: z.boolean(),
  firstRoundThreshold: z.boolean(),
  winnerMode: z.enum(WINNER_MODES),
  bottomsUpPercent: z.string().regex(/^\s*\d*\s*$/, 'A whole percentage, or empty'),
  quota: z.enum(QUOTA_RULES),
  surplusOrder: z.enum(SURPLUS_ORDERS),
});
export type RuleFields = z.infer<typeof RuleFieldsSchema>;

export const RULE_FIELD_DEFAULTS: RuleFields = {
  overvote: 'exhaust',
  maxSkipped: 'unlimited',
  duplicate: 'skip',
  tieBreak: 'previous-round-then-random',
  seed: '',
  withdrawn: '',
  writeIns: 'candidates',
  writeInLabel: 'Write-in',
  batchElimination: false,
  continueUntilTwo: false,
  firstRoundThreshold: false,
  winnerMode: 'standard',
  bottomsUpPercent: '',
  quota: 'droop',
  surplusOrder: 'largest-first',
};

/** Where an issue under the definition's `rules` shows: the last path key that is a field. */
const FIELD_OF_RULE: Record<string, keyof RuleFields> = {
  overvote: 'overvote',
  maxSkippedRanks: 'maxSkipped',
  duplicate: 'duplicate',
  tieBreak: 'tieBreak',
  seed: 'seed',
  withdrawn: 'withdrawn',
  writeIns: 'writeIns',
  writeInLabel: 'writeInLabel',
  batchElimination: 'batchElimination',
  continueUntilTwo: 'continueUntilTwo',
  firstRoundThreshold: 'firstRoundThreshold',
  winnerMode: 'winnerMode',
  bottomsUpPercent: 'bottomsUpPercent',
  quota: 'quota',
  surplusOrder: 'surplusOrder',
};
export function ruleFieldOf(rulePath: readonly string[]): keyof RuleFields {
  for (const key of [...rulePath].reverse()) {
    const field = FIELD_OF_RULE[key];
    if (field) return field;
  }
  return 'tieBreak';
}

/** Which of the rule fields the form shows for a method (and the choices made so far). */
export function shownRules(
  method: ElectionMethod,
  f: Pick<RuleFields, 'winnerMode' | 'writeIns'>,
  allowWriteIns: boolean,
) {
  const irv = method === 'irv';
  const stv = method === 'stv';
  const bottomsUp = irv && f.winnerMode === 'bottoms-up';
  const pool = allowWriteIns && (irv || stv);
  return {
    ranked: method !== 'approval',
    writeIns: pool,
    writeInLabel: pool && f.writeIns === 'pool',
    winnerMode: irv,
    bottomsUpPercent: bottomsUp,
    majorityOptions: irv && !bottomsUp,
    stv,
  };
}

/** Whether the form asks for the number of seats. */
export function seatsShown(
  method: ElectionMethod,
  f: Pick<RuleFields, 'winnerMode' | 'bottomsUpPercent'>,
) {
  if (method === 'irv') {
    return (
      f.winnerMode === 'sequential' || (f.winnerMode === 'bottoms-up' && !f.bottomsUpPercent.trim())
    );
  }
  return method === 'stv' || method === 'approval' || method === 'plurality';
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** The election's `rules` from the form's fields. */
export function rulesOf(
  f: RuleFields,
  method: ElectionMethod,
  allowWriteIns: boolean,
): BallotRulesInput {
  const shown = shownRules(method, f, allowWriteIns);
  const seed = f.seed.trim();
  const percent = f.bottomsUpPercent.trim();
  return {
    overvote: f.overvote,
    maxSkippedRanks: f.maxSkipped === 'unlimited' ? 'unlimited' : Number(f.maxSkipped),
    duplicate: f.duplicate,
    tieBreak: { method: f.tieBreak, ...(seed ? { seed } : {}) },
    withdrawn: lines(f.withdrawn),
    ...(shown.writeIns ? { writeIns: f.writeIns } : {}),
    ...(shown.writeInLabel ? { writeInLabel: f.writeInLabel.trim() } : {}),
    ...(shown.winnerMode ? { winnerMode: f.winnerMode } : {}),
    ...(shown.bottomsUpPercent && percent ? { bottomsUpPercent: Number(percent) } : {}),
    ...(shown.majorityOptions
      ? {
          batchElimination: f.batchElimination,
          continueUntilTwo: f.continueUntilTwo,
          firstRoundThreshold: f.firstRoundThreshold,
        }
      : {}),
    ...(shown.stv ? { quota: f.quota, surplusOrder: f.surplusOrder } : {}),
  };
}

export const TIE_LABELS: Record<(typeof TIE_BREAK_METHODS)[number], string> = {
  'previous-round-then-random': 'Previous round, then a seeded random draw',
  random: 'Seeded random draw',
  'previous-round-then-lot': 'Previous round, then lots drawn in the room',
  lot: 'Lots drawn in the room',
  'previous-round-then-stop': 'Previous round, then stop and let the room decide',
  stop: 'Stop and let the room decide',
};

export const OVERVOTE_LABELS: Record<(typeof OVERVOTE_RULES)[number], string> = {
  exhaust: 'The ballot stops counting',
  skip: 'Skip to the next rank',
  'exhaust-if-multiple-continuing': 'Stop only if both are still in the count',
};

export const DUPLICATE_LABELS: Record<(typeof DUPLICATE_RULES)[number], string> = {
  skip: 'Skip the repeat',
  exhaust: 'The ballot stops counting',
};

export const WRITE_IN_LABELS: Record<(typeof WRITE_IN_RULES)[number], string> = {
  candidates: 'Each name counted as a candidate',
  pool: 'All pooled as one, eliminated first',
};

export const WINNER_MODE_LABELS: Record<(typeof WINNER_MODES)[number], string> = {
  standard: 'One seat, by majority',
  sequential: 'Sequential: one count per seat',
  'bottoms-up': 'Bottoms-up: eliminate down to the seats',
};

export const QUOTA_LABELS: Record<(typeof QUOTA_RULES)[number], string> = {
  droop: 'Droop, whole votes: ⌊votes ÷ (seats + 1)⌋ + 1',
  'droop-exact': 'Droop, exact: votes ÷ (seats + 1) + 0.0001',
  hare: 'Hare: ⌈votes ÷ seats⌉',
};

export const SURPLUS_LABELS: Record<(typeof SURPLUS_ORDERS)[number], string> = {
  'largest-first': 'The largest first, one a round',
  together: 'All of a round’s winners together',
};
