/**
 * Turf cutting. A door is a household, and a household is never split: turfs are lists
 * of households. Rules, in order:
 * 1. No turf has more than `doorsPerTurf` (N) doors.
 * 2. Precincts stay together: each precinct is cut on its own into k = ⌈doors / N⌉ turfs
 *    of about doors / k (balanced, so 120 doors make 40 + 40 + 40, not 50 + 50 + 20).
 *    A whole small precinct joins the previous precinct's last turf when that turf is
 *    less than `fillThreshold` full and both fit in N, so a 6-door precinct does not
 *    become a packet of its own.
 * 3. Streets stay together: a new turf starts at a street boundary once the current one
 *    is at least `fillThreshold` (80%) of the balanced size; a street that would not fit
 *    is split, preferably where the walk changes side (odd → even). A precinct's short
 *    last turf is folded into the one before it, or the two share their doors evenly.
 * Households are walked in `mode` order within each turf.
 */
import { naturalCompare } from './address';
import { CutOptionsSchema, type CutOptionsInput, type Household, type Turf } from './schema';
import { parseNormalisedHouseNumber, streetRuns, walkOrder } from './walkOrder';

class OpenTurf {
  readonly households: Household[] = [];
  get size(): number {
    return this.households.length;
  }
  add(items: readonly Household[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const h = items[i];
      if (h) this.households.push(h);
    }
  }
}

function toTurf(open: OpenTurf, n: number): Turf {
  const precincts = [...new Set(open.households.map((h) => h.precinct))];
  const streets = [...new Set(open.households.map((h) => h.street))];
  let voters = 0;
  for (const h of open.households) voters += h.voterIds.length;
  return {
    id: `T${String(n).padStart(3, '0')}`,
    precincts,
    streets,
    householdKeys: open.households.map((h) => h.key),
    doors: open.size,
    voters,
  };
}

function isOdd(h: Household | undefined): boolean | null {
  const p = h ? parseNormalisedHouseNumber(h.houseNumber) : null;
  return p ? p.num % 2 === 1 : null;
}

/** Where to end a partial street: the last side change that keeps the turf ≥ min doors, else the balanced fill. */
function splitPoint(
  items: readonly Household[],
  from: number,
  fill: number,
  max: number,
  min: number,
): number {
  for (let p = from + max; p > from + Math.max(min, 1) - 1; p--) {
    if (p >= items.length) continue;
    const before = isOdd(items[p - 1]);
    if (before !== null && before !== isOdd(items[p])) return p;
  }
  return from + fill;
}

export function cutTurfs(households: readonly Household[], options: CutOptionsInput = {}): Turf[] {
  const { doorsPerTurf: max, mode, fillThreshold } = CutOptionsSchema.parse(options);
  const byPrecinct = new Map<string, Household[]>();
  for (const h of households) {
    const list = byPrecinct.get(h.precinct);
    if (list) list.push(h);
    else byPrecinct.set(h.precinct, [h]);
  }
  const precincts = [...byPrecinct.keys()].sort(naturalCompare);
  const closed: OpenTurf[] = [];
  let cur = new OpenTurf();
  const close = (): void => {
    if (cur.size > 0) closed.push(cur);
    cur = new OpenTurf();
  };

  for (const precinct of precincts) {
    const ordered = walkOrder(byPrecinct.get(precinct) ?? [], mode);
    const doors = ordered.length;
    if (cur.size > 0) {
      if (cur.size < fillThreshold * max && cur.size + doors <= max) {
        cur.add(ordered, 0, doors);
        continue;
      }
      close();
    }
    const firstOfPrecinct = closed.length;
    const target = Math.ceil(doors / Math.ceil(doors / max));
    for (const [start, end] of streetRuns(ordered)) {
      let i = start;
      while (i < end) {
        const len = end - i;
        if (cur.size + len <= target) {
          cur.add(ordered, i, end);
          i = end;
        } else if (cur.size >= fillThreshold * target) {
          close();
        } else if (cur.size + len <= max) {
          cur.add(ordered, i, end);
          i = end;
        } else {
          const fill = target - cur.size;
          const minPart = Math.ceil(fillThreshold * target) - cur.size;
          const cut = Math.min(splitPoint(ordered, i, fill, max - cur.size, minPart), end);
          cur.add(ordered, i, cut);
          i = cut;
          close();
        }
      }
    }
    // A short last turf: fold it into the one before (same precinct) or share the doors evenly.
    const prev = closed[closed.length - 1];
    if (
      prev &&
      closed.length > firstOfPrecinct &&
      cur.size > 0 &&
      cur.size < fillThreshold * target
    ) {
      if (prev.size + cur.size <= max) {
        prev.households.push(...cur.households);
        closed.pop();
        cur = prev;
      } else {
        const moved = prev.households.splice(Math.ceil((prev.size + cur.size) / 2));
        cur.households.unshift(...moved);
      }
    }
  }
  close();
  return closed.map((t, i) => toTurf(t, i + 1));
}
