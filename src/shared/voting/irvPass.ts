import { exhaustedObject, identity, sum, talliesRecord } from './count';
import type { BallotTree, PackedBallots } from './ballotSet';
import { RankedPiles } from './piles';
import type { PreparedSet } from './prepare';
import type { ElectionResult, Round } from './result';
import type { BallotRules } from './rules';
import type { TieBreaker } from './tiebreak';

/**
 * One instant-runoff count over the ballots, round by round: what `irv` runs once for one
 * seat, once per seat for sequential IRV, and once for a bottoms-up count.
 *
 * Each round, in order:
 *  1. while the write-in pool is in the count, nobody is elected and the pool goes first;
 *  2. majority: a candidate at or above the threshold (⌊active / 2⌋ + 1, or round 1's
 *     with `firstRoundThreshold`) is elected; with `firstRoundThreshold` and two (or one)
 *     left below it, the higher is. The count ends there, unless `continueUntilTwo` keeps
 *     eliminating (the winner staying in) until two remain;
 *     bottoms-up: when no more remain than the seats, or (with a percentage) when every
 *     one left holds that share of the round's votes, all left are elected;
 *  3. otherwise the lowest is eliminated (ties by the tie-break rule; candidates with no
 *     votes together, and with batch elimination every group that cannot catch up, as long
 *     as enough candidates remain) and their ballots move to their next continuing choice.
 */
export interface PassOptions {
  mode: 'majority' | 'bottoms-up';
  /** Bottoms-up: seats to fill (when there is no percentage). */
  seats: number;
  /** Number of this pass's first round in the whole count. */
  firstRound: number;
  /** Sequential IRV: the pass's number, recorded on each round. */
  pass?: number;
  /** 1 for a candidate out of the count from the start. */
  out: Uint8Array;
}

export interface PassResult {
  outcome: ElectionResult['outcome'];
  rounds: Round[];
  /** Candidate indices, in order of election. */
  winners: number[];
}

/** The ballots are counted on their tree when they have one (see RankedPiles). */
export function runIrvPass(
  prep: PreparedSet<PackedBallots & { tree?: BallotTree }>,
  rules: BallotRules,
  ties: TieBreaker,
  opts: PassOptions,
): PassResult {
  const { set, pool } = prep;
  const names = set.names;
  const piles = new RankedPiles(set, rules, false, opts.out);
  const { tally, exhaustedBy, continuing } = piles;
  const majority = opts.mode === 'majority';
  const percent = majority ? undefined : rules.bottomsUpPercent;
  // Candidates that must stay in the count after an elimination.
  const keep = majority ? (rules.continueUntilTwo ? 2 : 1) : percent === undefined ? opts.seats : 1;
  const history: Float64Array[] = [];
  const rounds: Round[] = [];
  const winners: number[] = [];
  let outcome: ElectionResult['outcome'] = 'elected';
  const byVotes = (a: number, b: number) => (tally[b] as number) - (tally[a] as number) || a - b;

  for (let r = opts.firstRound; ; r++) {
    const live: number[] = [];
    for (let c = 0; c < names.length; c++) if (continuing[c] === 1) live.push(c);
    let active = 0;
    for (const c of live) active += tally[c] as number;
    const threshold = majority
      ? rules.firstRoundThreshold && rounds[0]
        ? (rounds[0].threshold as number)
        : Math.floor(active / 2) + 1
      : percent === undefined
        ? null
        : (active * percent) / 100;
    const round: Round = {
      round: r,
      ...(opts.pass === undefined ? {} : { pass: opts.pass }),
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
    const elect = (c: number): void => {
      winners.push(c);
      round.elected.push(names[c] as string);
    };

    const poolIn = pool >= 0 && continuing[pool] === 1;
    if (!poolIn && majority) {
      if (winners.length === 0) {
        const top = [...live].sort(byVotes);
        const leader = top[0] as number;
        if ((tally[leader] as number) >= (threshold as number)) elect(leader);
        else if (rules.firstRoundThreshold && live.length <= 2) {
          const tied = top.filter((c) => tally[c] === tally[leader]);
          let chosen: number | null = leader;
          if (tied.length > 1) {
            const decision = ties.decide(tied, 'highest', 'election', history);
            round.ties.push(decision.record);
            chosen = decision.chosen;
          }
          if (chosen === null) {
            outcome = 'tie-unresolved';
            break;
          }
          elect(chosen);
        }
      }
      if (winners.length > 0 && !(rules.continueUntilTwo && live.length > 2)) break;
    } else if (!poolIn) {
      const allMeet =
        percent === undefined
          ? live.length <= opts.seats
          : live.every((c) => (tally[c] as number) * 100 >= percent * active);
      if (allMeet) {
        [...live].sort(byVotes).forEach(elect);
        break;
      }
    }

    let out = poolIn ? [pool] : chooseEliminated(live, tally, rules.batchElimination, keep);
    const batch = !poolIn && out.length > 1;
    if (out.length === 0) {
      const low = Math.min(...live.map((c) => tally[c] as number));
      const tied = live.filter((c) => tally[c] === low);
      if (tied.length === 1) out = tied;
      else {
        const decision = ties.decide(tied, 'lowest', 'elimination', history);
        round.ties.push(decision.record);
        if (decision.chosen === null) {
          outcome = 'tie-unresolved';
          break;
        }
        out = [decision.chosen];
      }
    }

    history.push(tally.slice());
    round.eliminated = out.map((c) => names[c] as string);
    for (const c of out) continuing[c] = 0;
    const received = new Float64Array(names.length);
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
  piles.release();
  return { outcome, rounds, winners };
}

/**
 * Candidates to eliminate together without a tie-break, or [] for a normal elimination;
 * at least `keep` candidates stay. Always safe: every candidate with no votes at all, when
 * they are the lowest (nothing moves, so their order cannot matter). With batch
 * elimination: the largest group of lowest candidates whose combined votes are fewer than
 * the next-lowest's.
 */
function chooseEliminated(
  live: number[],
  tally: Float64Array,
  batch: boolean,
  keep: number,
): number[] {
  const sorted = [...live].sort((a, b) => (tally[a] as number) - (tally[b] as number));
  const most = sorted.length - keep;
  let group: number[] = [];
  if (batch) {
    let running = 0;
    for (let k = 0; k < sorted.length - 1 && k < most; k++) {
      running += tally[sorted[k] as number] as number;
      if (running < (tally[sorted[k + 1] as number] as number)) group = sorted.slice(0, k + 1);
    }
  }
  const zeros = sorted.filter((c) => tally[c] === 0);
  if (zeros.length > group.length && zeros.length <= most) group = zeros;
  return group.length > 1 ? group : [];
}
