import type { PackedBallots, RankedBallotSet } from './ballotSet';
import { listNames, plural } from './count';
import { groupDigits } from './decimal';
import { VotingInputError } from './errors';
import { electionResult } from './electionInput';
import type { RankedElectionInput } from './electionInput';
import { runIrvPass } from './irvPass';
import { preparePackedSet, prepareRankedSet } from './prepare';
import type { PreparedSet } from './prepare';
import { compileRankedInput } from './rankedObjects';
import type { ElectionResult, Round } from './result';
import { assertRules, IRV_SEATS_HINT, irvSeatsAllowed } from './ruleChecks';
import type { BallotRules } from './rules';
import { TieBreaker } from './tiebreak';

/**
 * Instant runoff. One seat: each round a candidate with at least floor(active / 2) + 1 of
 * the round's active ballots wins; otherwise the lowest is eliminated and each of their
 * ballots moves to its next continuing choice (irvPass.ts has the round in full). Several
 * seats without proportionality, by `rules.winnerMode`: `sequential` counts once per seat
 * from the first ranks again, earlier winners left out; `bottoms-up` eliminates until the
 * seats' number remain, or until everyone left holds `bottomsUpPercent` of the votes.
 */
export function countIrv(input: RankedElectionInput): ElectionResult {
  const { election, packed } = compileRankedInput(input);
  if (!irvSeatsAllowed(election.seats, election.rules)) {
    throw new VotingInputError('invalid election', [
      { path: 'seats', message: `irv fills one seat; use stv for more, ${IRV_SEATS_HINT}` },
    ]);
  }
  assertRules({ method: 'irv', ...election });
  return countIrvPacked(packed, election.rules, election.seats);
}

/** IRV on ballots in ranking order with their tree, moving whole branches (piles.ts). */
export function countIrvSet(set: RankedBallotSet, rules: BallotRules, seats = 1): ElectionResult {
  return irvCount(set.writeIns, prepareRankedSet(set, rules), rules, seats);
}

/**
 * IRV on ballots as packed, in any order, each held and read on by itself (RankedPiles
 * without a tree): the same result as countIrvSet, without putting the ballots in ranking
 * order first, which costs several times what the tree saves the count. What the ballot
 * file, the app and cast vote records use.
 */
export function countIrvPacked(set: PackedBallots, rules: BallotRules, seats = 1): ElectionResult {
  return irvCount(set.writeIns, preparePackedSet(set, rules), rules, seats);
}

/** The count of the prepared ballots (with their tree or without), its rounds and result. */
function irvCount(
  writeIns: readonly string[],
  prep: PreparedSet<PackedBallots>,
  rules: BallotRules,
  seats: number,
): ElectionResult {
  const names = prep.set.names;
  const ties = new TieBreaker(rules.tieBreak, names, groupDigits);
  const warnings = writeInWarning(writeIns, rules);
  const mode = rules.winnerMode;
  let outcome: ElectionResult['outcome'];
  let rounds: Round[] = [];
  const winners: number[] = [];

  if (mode === 'sequential') {
    outcome = 'no-votes';
    const out = prep.out.slice();
    for (let pass = 1; winners.length < seats; pass++) {
      if (pass > 1 && out.every((o) => o === 1)) break; // nobody left for this seat
      const run = runIrvPass(prep, rules, ties, {
        mode: 'majority',
        seats: 1,
        firstRound: rounds.length + 1,
        pass,
        out,
      });
      rounds = rounds.concat(run.rounds);
      if (run.outcome === 'no-votes') break;
      outcome = run.outcome;
      winners.push(...run.winners);
      if (run.outcome !== 'elected') break;
      for (const c of run.winners) out[c] = 1;
    }
  } else {
    const run = runIrvPass(prep, rules, ties, {
      mode: mode === 'bottoms-up' ? 'bottoms-up' : 'majority',
      seats,
      firstRound: 1,
      out: prep.out,
    });
    ({ outcome, rounds } = run);
    winners.push(...run.winners);
  }

  const winnerNames = winners.map((c) => names[c] as string);
  const filled = rules.bottomsUpPercent === undefined ? seats : Math.max(1, winners.length);
  if (outcome === 'elected' && winners.length < filled) {
    warnings.push(
      `${filled - winners.length} ${plural(filled - winners.length, 'seat')} unfilled: no ballot ranks another candidate still in the count.`,
    );
  }
  return electionResult({
    method: 'irv',
    outcome,
    winners: winnerNames,
    seats: filled,
    set: prep.set,
    rules,
    ties,
    rounds,
    summary: irvSummary(outcome, winnerNames, rounds, prep.set, rules, filled),
    warnings,
  });
}

/** What a person should check about write-ins: their spellings, or which names were pooled. */
export function writeInWarning(
  writeIns: readonly string[],
  rules?: Pick<BallotRules, 'writeIns' | 'writeInLabel'>,
): string[] {
  if (writeIns.length === 0) return [];
  const names = `${writeIns.length} write-in ${plural(writeIns.length, 'name')}`;
  if (rules?.writeIns === 'pool') {
    return [
      `${names} pooled as "${rules.writeInLabel}" and eliminated first: ${writeIns.join(', ')}.`,
    ];
  }
  return [`${names} counted as candidates: ${writeIns.join(', ')} — check spellings.`];
}

function irvSummary(
  outcome: ElectionResult['outcome'],
  winners: string[],
  rounds: Round[],
  set: PackedBallots,
  rules: BallotRules,
  seats: number,
): string {
  const last = rounds[rounds.length - 1] as Round;
  const ballots = ballotPhrase(set.valid, set.undervotes, last.exhausted);
  const roundCount = `${rounds.length} ${plural(rounds.length, 'round')}`;
  if (outcome === 'no-votes') return `No votes for any candidate: nobody elected (${ballots}).`;
  if (outcome === 'tie-unresolved') {
    const tie = last.ties[last.ties.length - 1];
    const soFar = winners.length > 0 ? ` Elected so far: ${listNames(winners)}.` : '';
    return `Tie unresolved in round ${last.round}: ${listNames(tie?.tied ?? [])} tied for ${tie?.purpose ?? 'elimination'} and the tie-break rule cannot decide (${tie?.detail ?? ''}); decide by lot in the room, record the order, and recount.${soFar}`;
  }
  if (rules.winnerMode === 'sequential') {
    const passes = last.pass ?? 1;
    return `Elected: ${listNames(winners)} — sequential instant runoff, ${seats} ${plural(seats, 'seat')}, one count per seat (${passes} ${plural(passes, 'count')}, ${roundCount}); ${ballots} in the last count.`;
  }
  if (rules.winnerMode === 'bottoms-up') {
    const until =
      rules.bottomsUpPercent === undefined
        ? `${seats} ${plural(seats, 'seat')}`
        : `until everyone left holds ${rules.bottomsUpPercent}% of the votes`;
    return `Elected: ${listNames(winners)} — bottoms-up instant runoff, ${until}; ${roundCount}; ${ballots}.`;
  }
  const winner = winners[0] as string;
  return `Elected: ${winner} — instant runoff, ${roundCount}; ${groupDigits(last.tallies[winner] ?? 0)} of ${groupDigits(last.active)} active votes in the final round (threshold ${groupDigits(last.threshold ?? 0)}); ${ballots}.`;
}

export function ballotPhrase(
  valid: number,
  undervotes: number,
  exhausted: number | string,
): string {
  const blank = undervotes > 0 ? `, ${groupDigits(undervotes)} blank` : '';
  const ex = typeof exhausted === 'string' ? exhausted : groupDigits(exhausted);
  return `${groupDigits(valid)} valid ${valid === 1 ? 'ballot' : 'ballots'}${blank}, ${ex} exhausted`;
}
