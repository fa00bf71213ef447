import { orderRankedBallots } from './ballotOrder';
import type { RankedBallotSet } from './ballotSet';
import { exhaustedObject, listNames, plural, sum, talliesRecord } from './count';
import { formatUnits, fromUnits, mulDivFloor, UNITS_PER_VOTE } from './decimal';
import { electionResult } from './electionInput';
import type { RankedElectionInput } from './electionInput';
import { ballotPhrase, writeInWarning } from './irv';
import { RankedPiles } from './piles';
import { prepareRankedSet } from './prepare';
import { compileRankedInput } from './rankedObjects';
import { quotaPhrase, stvQuota } from './quota';
import type { ElectionResult, Round, TieRecord, Transfer } from './result';
import { assertRules } from './ruleChecks';
import type { BallotRules } from './rules';
import { TieBreaker } from './tiebreak';

/**
 * Single transferable vote, several seats (weighted inclusive Gregory method, "WIGM").
 *
 *  - Quota (quota.ts) from the votes counted for candidates in round 1: Droop by default.
 *  - Each round first elects every continuing candidate at or above the quota (none while
 *    the write-in pool is in the count: it is eliminated first). Then, if seats remain:
 *    when the continuing candidates are no more than the seats left they are all elected;
 *    else the largest untransferred surplus moves (or, with `surplusOrder: "together"`,
 *    every one); else the lowest candidate is eliminated and their ballots move on at
 *    their current values.
 *  - A surplus moves every ballot the elected candidate holds, at transfer value
 *    TV = surplus ÷ the candidate's votes, truncated to 4 decimals; each ballot's value
 *    becomes value × TV, truncated to 4 decimals. The candidate keeps exactly the quota;
 *    what truncation loses is the rounding residue, shown in every round.
 *  - All values are integers in units of 1/10000 vote (see decimal.ts).
 * Invariant, every round: sum(tallies) + exhausted + residue = valid ballots.
 */
export function countStv(input: RankedElectionInput): ElectionResult {
  const { election, packed } = compileRankedInput(input);
  assertRules({ method: 'stv', ...election });
  return countStvSet(orderRankedBallots(packed), election.seats, election.rules);
}

export function countStvSet(
  set: RankedBallotSet,
  seats: number,
  rules: BallotRules,
): ElectionResult {
  const prep = prepareRankedSet(set, rules);
  const { pool } = prep;
  const names = prep.set.names;
  const nCand = names.length;
  const piles = new RankedPiles(prep.set, rules, true, prep.out);
  const { tally, exhaustedBy, continuing } = piles;
  const isElected = new Uint8Array(nCand);
  let residue = 0;

  // Round 1: every ballot still counting is worth one vote.
  const firstVotes = Math.round(fromUnits(sum(tally)));
  const quota = stvQuota(firstVotes, seats, rules.quota);
  const quotaVotes = fromUnits(quota);
  const ties = new TieBreaker(rules.tieBreak, names, formatUnits);
  const history: Float64Array[] = [];
  const rounds: Round[] = [];
  const winners: number[] = [];
  const pending: number[] = []; // elected, surplus not yet transferred
  let outcome: ElectionResult['outcome'] = 'elected';
  const warnings = writeInWarning(set.writeIns, rules);
  const running = nCand - prep.out.reduce((n, o) => n + o, 0) - (pool >= 0 ? 1 : 0);
  if (running < seats) {
    warnings.push(`Only ${running} ${plural(running, 'candidate')} for ${seats} seats.`);
  }

  const elect = (c: number, round: Round): void => {
    continuing[c] = 0;
    isElected[c] = 1;
    winners.push(c);
    round.elected.push(names[c] as string);
  };

  for (let r = 1; ; r++) {
    const inCount: number[] = [];
    const live: number[] = [];
    for (let c = 0; c < nCand; c++) {
      if (continuing[c] === 1) live.push(c);
      if (continuing[c] === 1 || isElected[c] === 1) inCount.push(c);
    }
    const round: Round = {
      round: r,
      tallies: talliesRecord(names, inCount, tally, fromUnits),
      active: fromUnits(inCount.reduce((s, c) => s + (tally[c] as number), 0)),
      exhausted: fromUnits(sum(exhaustedBy)),
      exhaustedBy: exhaustedObject(exhaustedBy, fromUnits),
      residue: fromUnits(residue),
      threshold: quotaVotes,
      elected: [],
      eliminated: [],
      ties: [],
    };
    rounds.push(round);
    const snapshot = tally.slice();
    // Only possible in round 1 (blank or spoilt ballots only): afterwards an elected
    // candidate holds a quota, and eliminating the lowest never empties the others.
    if (round.active === 0) {
      outcome = 'no-votes';
      break;
    }
    const received = new Float64Array(nCand);
    const receivers = (): Record<string, number> =>
      talliesRecord(
        names,
        live.filter((c) => continuing[c] === 1),
        received,
        fromUnits,
      );

    let out: number[];
    if (pool >= 0 && continuing[pool] === 1) {
      out = [pool]; // undeclared write-ins go first, before anyone is elected
    } else {
      // 1. Everyone at or above the quota is elected, highest first.
      const reached = live
        .filter((c) => (tally[c] as number) >= quota)
        .sort((a, b) => (tally[b] as number) - (tally[a] as number) || a - b);
      // With a Droop quota no more than the open seats can reach it; kept as a guard.
      const open = seats - winners.length;
      if (reached.length > open) {
        const picked = pickHighest(reached, open, tally, ties, history, round.ties);
        if (picked === null) {
          outcome = 'tie-unresolved';
          break;
        }
        reached.splice(0, reached.length, ...picked);
      }
      for (const c of reached) {
        elect(c, round);
        pending.push(c);
      }

      // 2. All seats filled.
      if (winners.length === seats) break;
      const stillLive = live.filter((c) => continuing[c] === 1);

      // 3. No more continuing candidates than seats left: they are all elected.
      if (stillLive.length <= seats - winners.length) {
        [...stillLive]
          .sort((a, b) => (tally[b] as number) - (tally[a] as number) || a - b)
          .forEach((c) => elect(c, round));
        break;
      }

      // 4. Surpluses: the largest first, or all together.
      for (let i = pending.length - 1; i >= 0; i--) {
        if ((tally[pending[i] as number] as number) <= quota) pending.splice(i, 1);
      }
      if (pending.length > 0) {
        let from = pending;
        if (rules.surplusOrder === 'largest-first') {
          const top = Math.max(...pending.map((c) => tally[c] as number));
          const tied = pending.filter((c) => tally[c] === top);
          from = [tied[0] as number];
          if (tied.length > 1) {
            const decision = ties.decide(tied, 'highest', 'transfer-order', history);
            round.ties.push(decision.record);
            if (decision.chosen === null) {
              outcome = 'tie-unresolved';
              break;
            }
            from = [decision.chosen];
          }
        }
        const moved = transferSurpluses(piles, from, quota, received, names);
        residue += moved.residue;
        for (const c of from) pending.splice(pending.indexOf(c), 1);
        round.transfer = { ...moved.transfer, to: receivers() };
        history.push(snapshot);
        continue;
      }

      // 5. Nobody to elect and no surplus: the lowest is eliminated.
      const low = Math.min(...stillLive.map((c) => tally[c] as number));
      const lowest = stillLive.filter((c) => tally[c] === low);
      if (
        lowest.length > 1 &&
        low === 0 &&
        stillLive.length - lowest.length >= seats - winners.length
      ) {
        out = lowest; // nothing moves, so the order cannot matter
      } else if (lowest.length > 1) {
        const decision = ties.decide(lowest, 'lowest', 'elimination', history);
        round.ties.push(decision.record);
        if (decision.chosen === null) {
          outcome = 'tie-unresolved';
          break;
        }
        out = [decision.chosen];
      } else {
        out = lowest;
      }
    }
    round.eliminated = out.map((c) => names[c] as string);
    for (const c of out) continuing[c] = 0;
    const exhaustedNow = piles.transfer(out, received);
    for (const c of out) tally[c] = 0;
    round.transfer = {
      kind: 'elimination',
      from: round.eliminated,
      ...(out.length > 1 ? { batch: true } : {}),
      to: receivers(),
      exhausted: fromUnits(exhaustedNow),
    };
    history.push(snapshot);
  }

  piles.release();
  const winnerNames = winners.map((c) => names[c] as string);
  return electionResult({
    method: 'stv',
    outcome,
    winners: winnerNames,
    seats,
    set: prep.set,
    rules,
    ties,
    rounds,
    quota: quotaVotes,
    summary: stvSummary(
      outcome,
      winnerNames,
      seats,
      rules,
      quota,
      rounds,
      prep.set,
      exhaustedBy,
      residue,
    ),
    warnings,
  });
}

/**
 * Moves the surplus of each of `from` (elected, holding more than the quota) at its own
 * transfer value; each keeps exactly the quota. Returns the transfer record (less `to`,
 * which the caller fills from `received`) and the rounding residue it left.
 */
function transferSurpluses(
  piles: RankedPiles,
  from: readonly number[],
  quota: number,
  received: Float64Array,
  names: readonly string[],
): { transfer: Omit<Transfer, 'to'>; residue: number } {
  const { tally } = piles;
  let surplus = 0;
  let exhausted = 0;
  let residue = 0;
  const values: Record<string, number> = {};
  for (const c of from) {
    const total = tally[c] as number;
    const own = total - quota;
    const tv = mulDivFloor(own, UNITS_PER_VOTE, total);
    const before = sum(received);
    const lost = piles.transfer([c], received, tv);
    residue += own - (sum(received) - before) - lost;
    exhausted += lost;
    surplus += own;
    tally[c] = quota;
    values[names[c] as string] = fromUnits(tv);
  }
  const one = from.length === 1;
  return {
    transfer: {
      kind: 'surplus',
      from: from.map((c) => names[c] as string),
      surplus: fromUnits(surplus),
      ...(one ? { transferValue: Object.values(values)[0] } : { transferValues: values }),
      exhausted: fromUnits(exhausted),
      residue: fromUnits(residue),
    },
    residue,
  };
}

/** `k` of `cands` (all at or above the quota) by votes, ties by the tie-break rule. */
function pickHighest(
  cands: number[],
  k: number,
  tally: Float64Array,
  ties: TieBreaker,
  history: Float64Array[],
  records: TieRecord[],
): number[] | null {
  const left = [...cands];
  const picked: number[] = [];
  while (picked.length < k) {
    const top = Math.max(...left.map((c) => tally[c] as number));
    const tied = left.filter((c) => tally[c] === top);
    let chosen = tied[0] as number;
    if (tied.length > 1 && tied.length > k - picked.length) {
      const decision = ties.decide(tied, 'highest', 'election', history);
      records.push(decision.record);
      if (decision.chosen === null) return null;
      chosen = decision.chosen;
    }
    picked.push(chosen);
    left.splice(left.indexOf(chosen), 1);
  }
  return picked;
}

function stvSummary(
  outcome: ElectionResult['outcome'],
  winners: string[],
  seats: number,
  rules: BallotRules,
  quota: number,
  rounds: Round[],
  set: RankedBallotSet,
  exhaustedBy: Float64Array,
  residue: number,
): string {
  const ballots = ballotPhrase(set.valid, set.undervotes, formatUnits(sum(exhaustedBy)));
  if (outcome === 'no-votes') return `No votes for any candidate: nobody elected (${ballots}).`;
  const last = rounds[rounds.length - 1] as Round;
  const together = rules.surplusOrder === 'together' ? ', surpluses moved together' : '';
  const method = `single transferable vote, ${seats} ${plural(seats, 'seat')}, ${quotaPhrase(rules.quota, fromUnits(quota))}${together}`;
  const tail = `${rounds.length} ${plural(rounds.length, 'round')}; ${ballots}, ${formatUnits(residue)} rounding residue`;
  if (outcome === 'tie-unresolved') {
    const tie = last.ties[last.ties.length - 1];
    const soFar = winners.length > 0 ? ` Elected so far: ${listNames(winners)}.` : '';
    return `Tie unresolved in round ${last.round}: ${listNames(tie?.tied ?? [])} tied (${tie?.purpose ?? ''}) and the tie-break rule cannot decide (${tie?.detail ?? ''}); decide by lot in the room, record the order, and recount.${soFar}`;
  }
  const unfilled =
    winners.length < seats
      ? ` (${seats - winners.length} ${plural(seats - winners.length, 'seat')} unfilled)`
      : '';
  return `Elected: ${listNames(winners)}${unfilled} — ${method}; ${tail}.`;
}
