import type { BallotTree, PackedBallots } from './ballotSet';

/** The ballots as a tree of their rankings: the layout is described at `BallotTree` (ballotSet.ts). */

/** Ballots (with counts) at node n. */
export function nodeVotes(tree: BallotTree, n: number): number {
  if (n > 0) return tree.edges[2 * (n - 1) + 1] as number;
  let sum = 0;
  for (let e = tree.edgeStart[0] as number; e < (tree.edgeStart[1] as number); e++) {
    sum += tree.edges[2 * e + 1] as number;
  }
  return sum;
}

/**
 * Builds the tree of ballots in ranking order (ballotOrder.ts): ballots that share a path
 * are then neighbours, so each level is one pass over the ballots, splitting each node's
 * run of ballots by the mark at that rank.
 */
export function buildBallotTree(set: PackedBallots): BallotTree {
  const { size, start, marks, count } = set;
  // A tree has at most one edge per mark, and one node more than edges.
  const edges = new Int32Array(2 * marks.length);
  const edgeStart = new Int32Array(marks.length + 2);
  let ranges = Int32Array.of(0, size);
  let node = 0;
  let edge = 0;
  for (let rank = 0; ranges.length > 0; rank++) {
    const next = new Int32Array(2 * Math.min(size, edges.length / 2 - edge));
    let nextLength = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      const hi = ranges[r + 1] as number;
      edgeStart[node++] = edge;
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
        edges[2 * edge] = m;
        edges[2 * edge + 1] = votes;
        edge++;
        next[nextLength++] = b;
        next[nextLength++] = e;
        b = e;
      }
    }
    ranges = next.subarray(0, nextLength);
  }
  edgeStart[node] = edge;
  return { edgeStart: edgeStart.slice(0, node + 1), edges: edges.slice(0, 2 * edge) };
}
