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
 * are then neighbours, so each ballot's new nodes are the ranks after what it shares with
 * the ballot before it, found in one pass reading the ranks in sequence. The nodes come
 * depth first, and depth first order restricted to one depth is level order (children of
 * earlier nodes first, each node's children together and in order): so a first pass
 * counts the nodes at each depth, and the second puts each new node straight at the next
 * place of its depth.
 */
export function buildBallotTree(set: PackedBallots): BallotTree {
  const { size, start, marks, count } = set;
  let longest = 0;
  for (let b = 0; b < size; b++) {
    longest = Math.max(longest, (start[b + 1] as number) - (start[b] as number));
  }
  const perDepth = new Int32Array(longest + 1);
  let nodes = 0;
  for (let b = 0; b < size; b++) {
    const length = (start[b + 1] as number) - (start[b] as number);
    for (let d = b > 0 ? sharedRanks(set, b) : 0; d < length; d++) {
      perDepth[d] = (perDepth[d] as number) + 1;
      nodes++;
    }
  }
  // next[d]: the edge the next new node at depth d gets; edge e leads to node e + 1.
  const next = new Int32Array(longest + 1);
  for (let d = 1; d <= longest; d++)
    next[d] = (next[d - 1] as number) + (perDepth[d - 1] as number);
  const edges = new Int32Array(2 * nodes);
  // Children per node first (at n + 1), then summed into where each node's edges start.
  const edgeStart = new Int32Array(nodes + 2);
  const path = new Int32Array(longest); // path[d]: edge of the node at depth d + 1 on the ballot
  for (let b = 0; b < size; b++) {
    const from = start[b] as number;
    const length = (start[b + 1] as number) - from;
    const shared = b > 0 ? sharedRanks(set, b) : 0;
    const c = count[b] as number;
    for (let d = 0; d < shared; d++) {
      const e = path[d] as number;
      edges[2 * e + 1] = (edges[2 * e + 1] as number) + c;
    }
    for (let d = shared; d < length; d++) {
      const e = next[d] as number;
      next[d] = e + 1;
      edges[2 * e] = marks[from + d] as number;
      edges[2 * e + 1] = c;
      const parentNode = d === 0 ? 0 : (path[d - 1] as number) + 1;
      edgeStart[parentNode + 1] = (edgeStart[parentNode + 1] as number) + 1;
      path[d] = e;
    }
  }
  for (let n = 0; n <= nodes; n++) {
    edgeStart[n + 1] = (edgeStart[n + 1] as number) + (edgeStart[n] as number);
  }
  return { edgeStart, edges };
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
