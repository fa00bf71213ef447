import type { BallotTree, PackedBallots } from './ballotSet';

/** The ballots as a tree of their rankings: the layout is described at `BallotTree` (ballotSet.ts). */

/** Numbers per edge: mark, ballots, and the child's children (from, to) or its one ballot. */
export const EDGE = 4;
/** Numbers per edge in `ranges`: first ballot, the one after the last, depth. */
export const RANGE = 3;

/** Node n's children: edges childStart(tree, n) … childEnd(tree, n) - 1 (none for a node of one ballot). */
export function childStart(tree: BallotTree, n: number): number {
  const from = n === 0 ? 0 : (tree.edges[EDGE * (n - 1) + 2] as number);
  return from < 0 ? 0 : from;
}

export function childEnd(tree: BallotTree, n: number): number {
  if (n === 0) return tree.rootEnd;
  return (tree.edges[EDGE * (n - 1) + 2] as number) < 0
    ? 0
    : (tree.edges[EDGE * (n - 1) + 3] as number);
}

/** Ballots (with counts) at node n. */
export function nodeVotes(tree: BallotTree, n: number): number {
  if (n > 0) return tree.edges[EDGE * (n - 1) + 1] as number;
  let sum = 0;
  for (let e = 0; e < tree.rootEnd; e++) sum += tree.edges[EDGE * e + 1] as number;
  return sum;
}

/**
 * When node n holds one ballot: the position in `marks` of the node's own mark, -1 when it
 * holds several (the ballot's ranks end at nodeBallotEnd).
 */
export function nodeMark(tree: BallotTree, n: number): number {
  const a = n === 0 ? 0 : (tree.edges[EDGE * (n - 1) + 2] as number);
  return a < 0 ? -a - 1 : -1;
}

/** Where the ranks of node n's one ballot end in `marks` (see nodeMark). */
export function nodeBallotEnd(tree: BallotTree, n: number): number {
  return tree.edges[EDGE * (n - 1) + 3] as number;
}

/**
 * Builds the tree of ballots in ranking order (ballotOrder.ts): ballots that share a path
 * are then neighbours, so each ballot's new nodes are the ranks after what it shares with
 * the ballot before it, found in one pass reading the ranks in sequence. A new node is
 * shared with the next ballot up to the ranks the two share; the first one that is not
 * holds this ballot alone, and ends the branch: its node records where the ballot's ranks
 * lie, which are the rest of the path. The nodes come depth first, and depth first order
 * restricted to one depth is level order (children of earlier nodes first, each node's
 * children together and in order): so a first pass counts the nodes at each depth, and
 * the second puts each new node straight at the next place of its depth. `shared`, when
 * given, holds for each ballot b how many first ranks it shares with ballot b - 1.
 */
export function buildBallotTree(set: PackedBallots, shared?: Int32Array): BallotTree {
  const { size, start, marks, count } = set;
  const same = shared ?? sharedOf(set);
  let longest = 0;
  for (let b = 0; b < size; b++) {
    longest = Math.max(longest, (start[b + 1] as number) - (start[b] as number));
  }
  const perDepth = new Int32Array(longest + 1);
  let nodes = 0;
  for (let b = 0, shared = 0; b < size; b++) {
    const after = b + 1 < size ? (same[b + 1] as number) : 0;
    const until = newRanksUntil(set, b, shared, after);
    for (let d = shared; d < until; d++) perDepth[d] = (perDepth[d] as number) + 1;
    nodes += until - shared;
    shared = after;
  }
  // next[d]: the edge the next new node at depth d gets; edge e leads to node e + 1.
  const next = new Int32Array(longest + 1);
  for (let d = 1; d <= longest; d++)
    next[d] = (next[d - 1] as number) + (perDepth[d - 1] as number);
  const edges = new Int32Array(EDGE * nodes);
  // Children per node first (at n + 1), then summed into where each node's edges start.
  const childFrom = new Int32Array(nodes + 2);
  const path = new Int32Array(longest); // path[d]: edge of the node at depth d + 1 on the ballot
  const ranges = new Int32Array(RANGE * nodes);
  for (let b = 0, shared = 0; b < size; b++) {
    const from = start[b] as number;
    const after = b + 1 < size ? (same[b + 1] as number) : 0;
    const until = newRanksUntil(set, b, shared, after);
    const c = count[b] as number;
    // The ballot is counted at its deepest node only, and so is it among the distinct
    // ballots that end a node's range; the last pass adds children to parents.
    if (until === shared) {
      const e = path[until - 1] as number;
      edges[EDGE * e + 1] = (edges[EDGE * e + 1] as number) + c;
      ranges[RANGE * e + 1] = (ranges[RANGE * e + 1] as number) + 1;
    }
    for (let d = shared; d < until; d++) {
      const e = next[d] as number;
      next[d] = e + 1;
      edges[EDGE * e] = marks[from + d] as number;
      edges[EDGE * e + 1] = d === until - 1 ? c : 0;
      if (d >= after) {
        // This ballot alone: -(p + 1) for its mark's position p, and where its ranks end.
        edges[EDGE * e + 2] = -(from + d + 1);
        edges[EDGE * e + 3] = start[b + 1] as number;
      } else {
        ranges[RANGE * e] = b;
        ranges[RANGE * e + 1] = d === until - 1 ? 1 : 0;
        ranges[RANGE * e + 2] = d;
      }
      const parentNode = d === 0 ? 0 : (path[d - 1] as number) + 1;
      childFrom[parentNode + 1] = (childFrom[parentNode + 1] as number) + 1;
      path[d] = e;
    }
    shared = after;
  }
  for (let n = 0; n <= nodes; n++) {
    childFrom[n + 1] = (childFrom[n + 1] as number) + (childFrom[n] as number);
  }
  // Children come after their parent (level order): from the last edge back, each node's
  // children are complete when it adds up their ballots, and its distinct ballots (those
  // that end at it, counted above, and its children's), which end its range.
  for (let e = nodes - 1; e >= 0; e--) {
    if ((edges[EDGE * e + 2] as number) < 0) continue; // a node of one ballot
    const first = childFrom[e + 1] as number;
    const end = childFrom[e + 2] as number;
    edges[EDGE * e + 2] = first;
    edges[EDGE * e + 3] = end;
    let votes = edges[EDGE * e + 1] as number;
    let distinct = ranges[RANGE * e + 1] as number;
    for (let k = first; k < end; k++) {
      votes += edges[EDGE * k + 1] as number;
      distinct +=
        (edges[EDGE * k + 2] as number) < 0
          ? 1
          : (ranges[RANGE * k + 1] as number) - (ranges[RANGE * k] as number);
    }
    edges[EDGE * e + 1] = votes;
    ranges[RANGE * e + 1] = (ranges[RANGE * e] as number) + distinct;
  }
  return { edges, ranges, rootEnd: childFrom[1] as number };
}

/**
 * Ballot b's new ranks are `shared` … until - 1: those it shares with the next ballot
 * (`after` first ranks), then one more that holds it alone, unless it has no more.
 */
function newRanksUntil(set: PackedBallots, b: number, shared: number, after: number): number {
  const length = (set.start[b + 1] as number) - (set.start[b] as number);
  return Math.min(length, Math.max(shared, after) + 1);
}

/** For each ballot b ≥ 1, how many first ranks it shares with ballot b - 1. */
function sharedOf(set: PackedBallots): Int32Array {
  const same = new Int32Array(set.size);
  for (let b = 1; b < set.size; b++) same[b] = sharedRanks(set, b);
  return same;
}

/** How many first ranks ballot b shares with ballot b - 1. */
function sharedRanks(set: PackedBallots, b: number): number {
  const { start, marks } = set;
  const p = start[b] as number;
  const q = start[b - 1] as number;
  const limit = Math.min((start[b + 1] as number) - p, p - q);
  let d = 0;
  while (d < limit && marks[p + d] === marks[q + d]) d++;
  return d;
}
