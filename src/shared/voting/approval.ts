import type { ApprovalBallot } from './ballots';
import { isBlank, orderWriteIns } from './ballots';
import { groupDigits } from './decimal';
import { parseOrThrow } from './errors';
import { ApprovalElectionInputSchema, electionResult } from './electionInput';
import type { ApprovalElectionInput } from './electionInput';
import { writeInWarning } from './irv';
import { resultOutcome, singleRound, topCandidates, topSummary } from './plurality';
import type { ElectionResult } from './result';
import { assertRules } from './ruleChecks';
import type { BallotRules } from './rules';
import { TieBreaker } from './tiebreak';

/**
 * Approval voting: each ballot approves any number of candidates, once each (a name
 * repeated on one ballot counts once); the `seats` most-approved win. A ballot approving
 * nobody is blank (an undervote). Tallies are approvals, so they need not add up to the
 * number of ballots.
 */
export function countApproval(input: ApprovalElectionInput): ElectionResult {
  const election = parseOrThrow(ApprovalElectionInputSchema, input, 'invalid election');
  assertRules({ method: 'approval', ...election });
  return countApprovalBallots(
    election.candidates,
    election.ballots,
    election.seats,
    election.rules,
  );
}

export function countApprovalBallots(
  candidates: readonly string[],
  ballots: readonly ApprovalBallot[],
  seats: number,
  rules: BallotRules,
): ElectionResult {
  const declared = new Set(candidates);
  const seenWriteIns = new Set<string>();
  for (const ballot of ballots) {
    for (const name of ballot.approve) {
      if (!isBlank(name) && !declared.has(name)) seenWriteIns.add(name);
    }
  }
  const writeIns = orderWriteIns(seenWriteIns);
  const names = [...candidates, ...writeIns];
  const index = new Map(names.map((n, i) => [n, i]));
  // Approvals of a withdrawn candidate are passed over; they are not in the tallies.
  const withdrawn = new Set(rules.withdrawn);
  const live = names.flatMap((n, i) => (withdrawn.has(n) ? [] : [i]));
  const tally = new Float64Array(names.length);
  let total = 0;
  let undervotes = 0;
  for (const ballot of ballots) {
    total += ballot.count;
    const approved = new Set(ballot.approve.filter((n) => !isBlank(n)));
    if (approved.size === 0) undervotes += ballot.count;
    for (const name of approved) {
      if (withdrawn.has(name)) continue;
      const c = index.get(name) as number;
      tally[c] = (tally[c] as number) + ballot.count;
    }
  }
  const set = { names, writeIns, total, valid: total - undervotes, undervotes };
  const ties = new TieBreaker(rules.tieBreak, names, groupDigits);
  const round = singleRound(names, tally, new Float64Array(4), null, live);
  const { winners, unresolved } = topCandidates(tally, seats, ties, round.ties);
  const winnerNames = winners.map((c) => names[c] as string);
  round.elected = winnerNames;
  const outcome = resultOutcome(set.valid, unresolved);
  return electionResult({
    method: 'approval',
    outcome,
    winners: winnerNames,
    seats,
    set,
    rules,
    ties,
    rounds: [round],
    summary: topSummary(
      'approval',
      'approvals',
      outcome,
      winnerNames,
      round,
      set.valid,
      undervotes,
    ),
    warnings: writeInWarning(writeIns),
  });
}
