import { compileRankedBallots } from './ballots';
import type { RankedBallotSet } from './ballotSet';
import { exhaustedObject, identity, listNames, sum, talliesRecord } from './count';
import { groupDigits } from './decimal';
import { parseOrThrow, VotingInputError } from './errors';
import { electionResult, RankedElectionInputSchema } from './electionInput';
import type { RankedElectionInput } from './electionInput';
import type { ElectionResult, Round } from './result';
import { RankedPiles } from './piles';
import type { BallotRules } from './rules';
import { TieBreaker } from './tiebreak';

/**
 * Instant runoff (single winner). Each round: a candidate with at least
 * floor(active / 2) + 1 of the round's active ballots wins; otherwise the lowest is
 * eliminated and each of their ballots moves to its next continuing choice.
 */
export function countIrv(input: RankedElectionInput): ElectionResult {
  const election = parseOrThrow(RankedElectionInputSchema, input, 'invalid election');
  if (election.seats !== 1) {
    throw new VotingInputError('invalid election', [
      { path: 'seats', message: 'irv fills one seat; use stv for more' },
    ]);
  }
  const set = compileRankedBallots(election.candidates, election.ballots);
  return countIrvSet(set, election.rules);
}

export function countIrvSet(set: RankedBallotSet, rules: BallotRules): ElectionResult {
  const names = set.names;
  const nCand = names.length;
  const piles = new RankedPiles(set, rules, false);
  const { tally, exhaustedBy, continuing } = piles;

  const ties = new TieBreaker(rules.tieBreak, names, groupDigits);
  const history: Float64Array[] = [];
  const rounds: Round[] = [];
  let outcome: ElectionResult['outcome'] = 'elected';
  const winners: string[] = [];

  for (let r = 1; ; r++) {
    const live: number[] = [];
    for (let c = 0; c < nCand; c++) if (continuing[c] === 1) live.push(c);
    let active = 0;
    for (const c of live) active += tally[c] as number;
    const threshold = Math.floor(active / 2) + 1;
    const round: Round = {
      round: r,
      tallies: talliesRecord(names, live, tally, identity),
      active,
      exhausted: sum(exhaustedBy),
      exhaustedBy: exhaustedObject(exhaustedBy, identity),
      threshold,
      elected: [],
      eliminated: [],
      ties: [],
    };
    rounds.push(round);

    if (active === 0) {
      outcome = 'no-votes';
      break;
    }
    let leader = live[0] as number;
    for (const c of live) if ((tally[c] as number) > (tally[leader] as number)) leader = c;
    if ((tally[leader] as number) >= threshold) {
      round.elected.push(names[leader] as string);
      winners.push(names[leader] as string);
      break;
    }

    const out = chooseEliminated(live, tally, rules.batchElimination);
    let batch = out.length > 1;
    if (out.length === 0) {
      const low = Math.min(...live.map((c) => tally[c] as number));
      const tied = live.filter((c) => tally[c] === low);
      if (tied.length === 1) {
        out.push(tied[0] as number);
      } else {
        const decision = ties.decide(tied, 'lowest', 'elimination', history);
        round.ties.push(decision.record);
        if (decision.chosen === null) {
          outcome = 'tie-unresolved';
          break;
        }
        out.push(decision.chosen);
      }
      batch = false;
    }

    history.push(tally.slice());
    round.eliminated = out.map((c) => names[c] as string);
    for (const c of out) continuing[c] = 0;
    const received = new Float64Array(nCand);
    const exhausted = piles.transfer(out, received);
    for (const c of out) tally[c] = 0;
    round.transfer = {
      kind: 'elimination',
      from: round.eliminated,
      ...(batch ? { batch: true } : {}),
      to: talliesRecord(
        names,
        live.filter((c) => continuing[c] === 1),
        received,
        identity,
      ),
      exhausted,
    };
  }

  return electionResult({
    method: 'irv',
    outcome,
    winners,
    seats: 1,
    set,
    rules,
    ties,
    rounds,
    summary: irvSummary(outcome, winners, rounds, set),
    warnings: writeInWarning(set.writeIns),
  });
}

/**
 * Candidates to eliminate together without a tie-break, or [] for a normal elimination.
 * Always safe: every candidate with no votes at all, when they are the lowest (nothing
 * moves, so their order cannot matter). With batch elimination: the largest group of
 * lowest candidates whose combined votes are fewer than the next-lowest's.
 */
function chooseEliminated(live: number[], tally: Float64Array, batch: boolean): number[] {
  const sorted = [...live].sort((a, b) => (tally[a] as number) - (tally[b] as number));
  let group: number[] = [];
  if (batch) {
    let running = 0;
    for (let k = 0; k < sorted.length - 1; k++) {
      running += tally[sorted[k] as number] as number;
      if (running < (tally[sorted[k + 1] as number] as number)) group = sorted.slice(0, k + 1);
    }
  }
  const zeros = sorted.filter((c) => tally[c] === 0);
  if (zeros.length > group.length && zeros.length < sorted.length) group = zeros;
  return group.length > 1 ? group : [];
}

export function writeInWarning(writeIns: readonly string[]): string[] {
  if (writeIns.length === 0) return [];
  return [
    `${writeIns.length} write-in ${writeIns.length === 1 ? 'name' : 'names'} counted as candidates: ${writeIns.join(', ')} — check spellings.`,
  ];
}

function irvSummary(
  outcome: ElectionResult['outcome'],
  winners: string[],
  rounds: Round[],
  set: RankedBallotSet,
): string {
  const last = rounds[rounds.length - 1] as Round;
  const ballots = ballotPhrase(set.valid, set.undervotes, last.exhausted);
  if (outcome === 'no-votes') return `No votes for any candidate: nobody elected (${ballots}).`;
  if (outcome === 'tie-unresolved') {
    const tie = last.ties[last.ties.length - 1];
    return `Tie unresolved in round ${last.round}: ${listNames(tie?.tied ?? [])} tied for elimination and the tie-break rule cannot decide (${tie?.detail ?? ''}); decide by lot in the room, record the order, and recount.`;
  }
  const winner = winners[0] as string;
  return `Elected: ${winner} — instant runoff, ${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'}; ${groupDigits(last.tallies[winner] ?? 0)} of ${groupDigits(last.active)} active votes in the final round (threshold ${groupDigits(last.threshold ?? 0)}); ${ballots}.`;
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
