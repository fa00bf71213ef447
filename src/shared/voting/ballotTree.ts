import type { BallotTree, PackedBallots } from './ballotSet';

/** The ballots as a tree of their rankings: the layout is described at `BallotTree` (ballotSet.ts). */

/** Numbers per edge: mark, ballots, and the child's children (from, to) or its one ballot. */
export const EDGE = 4;

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
 * are then neighbours, so each level is one pass over the ballots, splitting each node's
 * run of ballots by the mark at that rank. A run of one ballot is not split further: its
 * node records where that ballot's ranks lie, which are the rest of the path.
 */
export function buildBallotTree(set: PackedBallots): BallotTree {
  const { size, start, marks, count } = set;
  // Grown as needed: runs of one ballot end their branch, so there are far fewer edges
  // than marks.
  let edges = new Int32Array(EDGE * Math.min(marks.length, 2 * size + 16));
  // This level's runs of ballots (one per node of several ballots, in node order) and the
  // nodes they belong to; the next level's.
  let ranges = new Int32Array(3 * size + 3);
  let next = new Int32Array(3 * size + 3);
  ranges[1] = size;
  let rangesLength = 3;
  let rootEnd = 0;
  let edge = 0;
  for (let rank = 0; rangesLength > 0; rank++) {
    let nextLength = 0;
    for (let r = 0; r < rangesLength; r += 3) {
      const hi = ranges[r + 1] as number;
      const node = ranges[r + 2] as number;
      const from = edge;
      let b = ranges[r] as number;
      while (b < hi) {
        const p = (start[b] as number) + rank;
        if (p >= (start[b + 1] as number)) {
          b++; // this ballot ends at the node
          continue;
        }
        const m = marks[p] as number;
        let votes = 0;
        let e = b;
        for (; e < hi; e++) {
          const q = (start[e] as number) + rank;
          if (q >= (start[e + 1] as number) || marks[q] !== m) break;
          votes += count[e] as number;
        }
        if (EDGE * (edge + 1) > edges.length) {
          const grown = new Int32Array(edges.length * 2);
          grown.set(edges);
          edges = grown;
        }
        edges[EDGE * edge] = m;
        edges[EDGE * edge + 1] = votes;
        if (e - b === 1) {
          // One ballot: no children in the tree; the rest of the path is its own ranks.
          edges[EDGE * edge + 2] = -(p + 1);
          edges[EDGE * edge + 3] = start[b + 1] as number;
        } else {
          next[nextLength++] = b;
          next[nextLength++] = e;
          next[nextLength++] = edge + 1;
        }
        edge++;
        b = e;
      }
      if (node === 0) rootEnd = edge;
      else {
        edges[EDGE * (node - 1) + 2] = from;
        edges[EDGE * (node - 1) + 3] = edge;
      }
    }
    [ranges, next] = [next, ranges];
    rangesLength = nextLength;
  }
  return { edges: edges.slice(0, EDGE * edge), rootEnd };
}
