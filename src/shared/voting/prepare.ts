import { orderRankedBallots } from './ballotOrder';
import { MARK_DUPLICATE, OVERVOTE_BASE } from './ballotSet';
import type { PackedBallots, RankedBallotSet } from './ballotSet';
import { narrowMarksOf } from './narrowMarks';
import type { BallotRules } from './rules';

/**
 * The ballots as a count reads them under the rules that change what a mark means, applied
 * once before counting whatever packed them (the ballot file, a teller's entry, a CVR):
 *
 *  - `writeIns: "pool"`: every write-in name becomes one candidate, `writeInLabel`, which
 *    the count eliminates first (as certified tabulators treat undeclared write-ins). Two
 *    write-ins on one ballot are then the same candidate twice: the second is a repeat.
 *  - `duplicate: "exhaust"`: a name inside an earlier overvote counts as already ranked,
 *    and so does an overvote holding a name ranked earlier (RCTab's repeated ranking).
 *  - `withdrawn`: those candidates are out of the count from the start, so every mark for
 *    them is passed over like a mark for an eliminated candidate.
 *
 * Without those rules the set is returned as it is.
 */
export interface PreparedSet<S extends PackedBallots = RankedBallotSet> {
  set: S;
  /** 1 for a candidate out of the count before round 1 (withdrawn). */
  out: Uint8Array;
  /** Index of the write-in pool in `set.names`, or -1. */
  pool: number;
  /** The write-in names the pool holds, in count order. */
  pooled: string[];
}

export function prepareRankedSet(set: RankedBallotSet, rules: BallotRules): PreparedSet {
  const prep = preparePackedSet(set, rules);
  // Recoded ballots are put in ranking order again (a new tree); else the set is as it was.
  return { ...prep, set: prep.set === set ? set : orderRankedBallots(prep.set) };
}

/** The same for packed ballots in any order, which stay in the order given. */
export function preparePackedSet(
  set: PackedBallots,
  rules: BallotRules,
): PreparedSet<PackedBallots> {
  const pooling = rules.writeIns === 'pool' && set.writeIns.length > 0;
  const declared = set.names.length - set.writeIns.length;
  const dupExhausts = rules.duplicate === 'exhaust' && set.overvotes.length > 0;
  let prepared = set;
  if (pooling || dupExhausts) {
    const map = Int32Array.from(set.names, (_, c) => (pooling && c >= declared ? declared : c));
    const names = pooling ? [...set.names.slice(0, declared), rules.writeInLabel] : set.names;
    prepared = recode(set, map, names, pooling ? [rules.writeInLabel] : set.writeIns, dupExhausts);
  }
  const out = new Uint8Array(prepared.names.length);
  const index = new Map(prepared.names.map((n, i) => [n, i]));
  for (const name of rules.withdrawn) {
    const c = index.get(name);
    if (c !== undefined && c < declared) out[c] = 1;
  }
  return {
    set: prepared,
    out,
    pool: pooling ? declared : -1,
    pooled: pooling ? set.writeIns : [],
  };
}

/**
 * The ballots with candidate c renumbered map[c] and repeats found again: a single mark
 * for a candidate already marked alone on the ballot is a repeat; with `overvoteRepeats`,
 * so is one for a candidate inside an earlier overvote, or an overvote holding a
 * candidate marked earlier. An overvote whose names now all mean one candidate is a
 * single mark. Same ballots, same ranks: only the codes change.
 */
function recode(
  set: PackedBallots,
  map: Int32Array,
  names: string[],
  writeIns: string[],
  overvoteRepeats: boolean,
): PackedBallots {
  const marks = new Int32Array(set.marks.length);
  const overvotes: Int32Array[] = [];
  const overvoteCode = new Map<string, number>();
  // Per candidate: the last ballot that marked it alone / inside an overvote.
  const alone = new Int32Array(names.length).fill(-1);
  const inGroup = new Int32Array(names.length).fill(-1);
  for (let b = 0; b < set.size; b++) {
    for (let p = set.start[b] as number; p < (set.start[b + 1] as number); p++) {
      const m = set.marks[p] as number;
      let code = m;
      if (m >= 0) {
        code = single(map[m] as number, b);
      } else if (m <= OVERVOTE_BASE) {
        const members = set.overvotes[OVERVOTE_BASE - m] as Int32Array;
        const group = [...new Set(Array.from(members, (c) => map[c] as number))].sort(
          (x, y) => x - y,
        );
        if (group.length === 1) {
          code = single(group[0] as number, b);
        } else {
          const repeat = overvoteRepeats && group.some((c) => alone[c] === b || inGroup[c] === b);
          for (const c of group) inGroup[c] = b;
          if (repeat) code = MARK_DUPLICATE;
          else {
            const key = group.join(',');
            let k = overvoteCode.get(key);
            if (k === undefined) {
              k = overvotes.length;
              overvotes.push(Int32Array.from(group));
              overvoteCode.set(key, k);
            }
            code = OVERVOTE_BASE - k;
          }
        }
      }
      marks[p] = code; // a blank or a repeat keeps its code
    }
  }
  // Not `...set`: a tree of the ballots as they were does not fit the new codes.
  const { size, start, count, total, valid, undervotes } = set;
  const narrowMarks = narrowMarksOf(names.length, overvotes.length, marks);
  return {
    names,
    writeIns,
    size,
    marks,
    narrowMarks,
    start,
    count,
    overvotes,
    total,
    valid,
    undervotes,
  };

  function single(c: number, b: number): number {
    const repeat = alone[c] === b || (overvoteRepeats && inGroup[c] === b);
    alone[c] = b;
    return repeat ? MARK_DUPLICATE : c;
  }
}
