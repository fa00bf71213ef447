import { BallotReader, compileRankedBallots } from './ballots';
import { reasonIndex } from './ballotSet';
import type { RankedBallotSet } from './ballotSet';
import { exhaustedObject, identity, listNames, plural, sum, talliesRecord } from './count';
import { groupDigits } from './decimal';
import { parseOrThrow, VotingInputError } from './errors';
import { electionResult, RankedElectionInputSchema } from './electionInput';
import type { RankedElectionInput } from './electionInput';
import { writeInWarning } from './irv';
import { prepareRankedSet } from './prepare';
import { assertRules } from './ruleChecks';
import type { ElectionResult, Round, TieRecord } from './result';
import type { BallotRules } from './rules';
import { TieBreaker } from './tiebreak';

/**
 * Single-round counts of each ballot's first valid choice (ranking read under the ballot
 * rules, so a blank first rank or an overvote is handled the same way as in IRV).
 */

/**
 * First valid choice per candidate, plus ballots with none (by reason). Withdrawn
 * candidates are passed over; `live` lists the others.
 */
export function firstChoices(
  packed: RankedBallotSet,
  rules: BallotRules,
): { tally: Float64Array; exhaustedBy: Float64Array; live: number[] } {
  const { set, out } = prepareRankedSet(packed, rules);
  const reader = new BallotReader(set.overvotes, rules);
  const continuing = Uint8Array.from(out, (o) => 1 - o);
  const tally = new Float64Array(set.names.length);
  const exhaustedBy = new Float64Array(4);
  for (let b = 0; b < set.size; b++) {
    const c = reader.read(
      set.marks,
      set.start[b] as number,
      set.start[b + 1] as number,
      continuing,
    );
    const w = set.count[b] as number;
    if (c >= 0) tally[c] = (tally[c] as number) + w;
    else exhaustedBy[reasonIndex(c)] = (exhaustedBy[reasonIndex(c)] as number) + w;
  }
  const live: number[] = [];
  for (let c = 0; c < continuing.length; c++) if (continuing[c] === 1) live.push(c);
  return { tally, exhaustedBy, live };
}

/** Plurality: the `seats` candidates with the most first choices (at least one vote each). */
export function countPlurality(input: RankedElectionInput): ElectionResult {
  const election = parseOrThrow(RankedElectionInputSchema, input, 'invalid election');
  assertRules({ method: 'plurality', ...election });
  const set = compileRankedBallots(election.candidates, election.ballots);
  return countPluralitySet(set, election.seats, election.rules);
}

export function countPluralitySet(
  set: RankedBallotSet,
  seats: number,
  rules: BallotRules,
): ElectionResult {
  const { tally, exhaustedBy, live } = firstChoices(set, rules);
  const ties = new TieBreaker(rules.tieBreak, set.names, groupDigits);
  const round = singleRound(set.names, tally, exhaustedBy, null, live);
  const { winners, unresolved } = topCandidates(tally, seats, ties, round.ties);
  const names = winners.map((c) => set.names[c] as string);
  round.elected = names;
  const outcome = resultOutcome(round.active, unresolved);
  const warnings = writeInWarning(set.writeIns);
  if (outcome === 'elected' && names.length < seats) {
    warnings.push(
      `${seats - names.length} ${plural(seats - names.length, 'seat')} unfilled: not enough candidates received votes.`,
    );
  }
  return electionResult({
    method: 'plurality',
    outcome,
    winners: names,
    seats,
    set,
    rules,
    ties,
    rounds: [round],
    summary: topSummary('plurality', 'votes', outcome, names, round, set.valid, set.undervotes),
    warnings,
  });
}

/**
 * One ballot of an election by majority: elected if a candidate has more than half of the
 * votes for candidates (threshold floor(votes / 2) + 1), else `no-majority` and the room
 * holds another ballot, recorded as a separate count.
 */
export function countMajorityRound(input: RankedElectionInput): ElectionResult {
  const election = parseOrThrow(RankedElectionInputSchema, input, 'invalid election');
  if (election.seats !== 1) {
    throw new VotingInputError('invalid election', [
      { path: 'seats', message: 'a majority ballot fills one seat at a time' },
    ]);
  }
  assertRules({ method: 'majority', ...election });
  const set = compileRankedBallots(election.candidates, election.ballots);
  return countMajoritySet(set, election.rules);
}

export function countMajoritySet(set: RankedBallotSet, rules: BallotRules): ElectionResult {
  const { tally, exhaustedBy, live } = firstChoices(set, rules);
  const ties = new TieBreaker(rules.tieBreak, set.names, groupDigits);
  const active = sum(tally);
  const threshold = Math.floor(active / 2) + 1;
  const round = singleRound(set.names, tally, exhaustedBy, threshold, live);
  let leader = -1;
  for (let c = 0; c < tally.length; c++) {
    if (leader < 0 || (tally[c] as number) > (tally[leader] as number)) leader = c;
  }
  const winners: string[] = [];
  let outcome: ElectionResult['outcome'] = 'no-majority';
  if (active === 0) outcome = 'no-votes';
  else if ((tally[leader] as number) >= threshold) {
    outcome = 'elected';
    winners.push(set.names[leader] as string);
    round.elected = [...winners];
  }
  const standings = Object.entries(round.tallies)
    .sort((a, b) => b[1] - a[1])
    .map(([name, v]) => `${name} ${groupDigits(v)}`)
    .join(', ');
  const votes = `${groupDigits(active)} ${plural(active, 'vote')}`;
  const blank = set.undervotes > 0 ? `; ${groupDigits(set.undervotes)} blank` : '';
  const spoilt =
    round.exhausted > 0 ? `; ${groupDigits(round.exhausted)} without a valid choice` : '';
  const summary =
    outcome === 'elected'
      ? `Elected: ${winners[0]} — ${groupDigits(tally[leader] as number)} of ${votes}, majority needed ${groupDigits(threshold)}${spoilt}${blank}.`
      : outcome === 'no-majority'
        ? `No majority: ${standings} of ${votes}; ${groupDigits(threshold)} needed — hold another ballot${spoilt}${blank}.`
        : `No votes for any candidate: nobody elected${blank}.`;
  return electionResult({
    method: 'majority',
    outcome,
    winners,
    seats: 1,
    set,
    rules,
    ties,
    rounds: [round],
    summary,
    warnings: writeInWarning(set.writeIns),
  });
}

/** The one round of a single-round count; `live` lists the candidates shown (not withdrawn). */
export function singleRound(
  names: readonly string[],
  tally: Float64Array,
  exhaustedBy: Float64Array,
  threshold: number | null,
  live: readonly number[] = names.map((_, i) => i),
): Round {
  return {
    round: 1,
    tallies: talliesRecord(names, live, tally, identity),
    active: sum(tally),
    exhausted: sum(exhaustedBy),
    exhaustedBy: exhaustedObject(exhaustedBy, identity),
    threshold,
    elected: [],
    eliminated: [],
    ties: [],
  };
}

/**
 * The `seats` highest tallies (zero never wins a seat). A tie across the last seat goes
 * to the tie-break rule; there is no earlier round to look at.
 */
export function topCandidates(
  tally: Float64Array,
  seats: number,
  ties: TieBreaker,
  records: TieRecord[],
): { winners: number[]; unresolved: boolean } {
  const left: number[] = [];
  for (let c = 0; c < tally.length; c++) if ((tally[c] as number) > 0) left.push(c);
  left.sort((a, b) => (tally[b] as number) - (tally[a] as number) || a - b);
  const winners: number[] = [];
  while (winners.length < seats && left.length > 0) {
    const top = tally[left[0] as number] as number;
    const tied = left.filter((c) => tally[c] === top);
    if (tied.length <= seats - winners.length) {
      winners.push(...tied);
      left.splice(0, tied.length);
      continue;
    }
    const decision = ties.decide(tied, 'highest', 'election', []);
    records.push(decision.record);
    if (decision.chosen === null) return { winners, unresolved: true };
    winners.push(decision.chosen);
    left.splice(left.indexOf(decision.chosen), 1);
  }
  return { winners, unresolved: false };
}

export function resultOutcome(active: number, unresolved: boolean): ElectionResult['outcome'] {
  if (active === 0) return 'no-votes';
  return unresolved ? 'tie-unresolved' : 'elected';
}

export function topSummary(
  method: 'plurality' | 'approval',
  unit: string,
  outcome: ElectionResult['outcome'],
  winners: string[],
  round: Round,
  valid: number,
  undervotes: number,
): string {
  const blank = undervotes > 0 ? `, ${groupDigits(undervotes)} blank` : '';
  const ballots = `${groupDigits(valid)} valid ${plural(valid, 'ballot')}${blank}`;
  if (outcome === 'no-votes') return `No votes for any candidate: nobody elected (${ballots}).`;
  const counts = winners.map((n) => `${n} ${groupDigits(round.tallies[n] ?? 0)}`).join(', ');
  if (outcome === 'tie-unresolved') {
    const tie = round.ties[round.ties.length - 1];
    const soFar = winners.length > 0 ? `; elected so far: ${counts}` : '';
    return `Tie unresolved: ${listNames(tie?.tied ?? [])} tied for a seat at ${groupDigits(round.tallies[tie?.tied[0] ?? ''] ?? 0)} ${unit} and the tie-break rule cannot decide (${tie?.detail ?? ''}); decide by lot in the room, record the order, and recount${soFar}.`;
  }
  return `Elected: ${counts} ${unit} — ${method}; ${ballots}.`;
}
