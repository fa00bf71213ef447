import { formatUnits, groupDigits, UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';

/**
 * The STV quota, from V = the votes counted for candidates in round 1 (ballots that count
 * for nobody from the start, such as a first-rank overvote that exhausts, are not in V)
 * and S seats, as RCTab computes its winning threshold:
 *
 *  - `droop`: ⌊V / (S + 1)⌋ + 1 whole votes (RCTab's default);
 *  - `droop-exact`: V / (S + 1) truncated to four decimals, plus 0.0001 (RCTab's
 *    non-integer threshold: just more than the Hagenbach-Bischoff quota);
 *  - `hare`: ⌈V / S⌉ whole votes (RCTab's Hare quota).
 */

export function droopQuota(votes: number, seats: number): number {
  return Math.floor(votes / (seats + 1)) + 1;
}

/** The quota in units of 1/10000 vote. */
export function stvQuota(votes: number, seats: number, rule: BallotRules['quota']): number {
  switch (rule) {
    case 'droop':
      return droopQuota(votes, seats) * UNITS_PER_VOTE;
    case 'droop-exact':
      return Math.floor((votes * UNITS_PER_VOTE) / (seats + 1)) + 1;
    case 'hare':
      return Math.ceil(votes / seats) * UNITS_PER_VOTE;
  }
}

const QUOTA_NAME: Record<BallotRules['quota'], string> = {
  droop: 'Droop quota',
  'droop-exact': 'exact Droop quota',
  hare: 'Hare quota',
};

/** "Droop quota 6", "exact Droop quota 5.0001": the quota (in votes) as reports name it. */
export function quotaPhrase(rule: BallotRules['quota'], votes: number): string {
  const value =
    rule === 'droop-exact' ? formatUnits(Math.round(votes * UNITS_PER_VOTE)) : groupDigits(votes);
  return `${QUOTA_NAME[rule]} ${value}`;
}
