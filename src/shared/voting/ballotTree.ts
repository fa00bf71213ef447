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
 * are then neighbours, so one pass in ballot order finds each ballot's new nodes (the
 * ranks after what it shares with the ballot before it) while reading the ranks in
 * sequence. The nodes come out depth first; a stable split by depth then puts them level
 * by level, as the layout wants (the children of a node stay together and in order).
 */
export function buildBallotTree(set: PackedBallots): BallotTree {
  const { size, start, marks, count } = set;
  // Pass 1: how many nodes, and the longest ballot (the depth of the path kept below).
  let nodes = 0;
  let longest = 0;
  for (let b = 0; b < size; b++) {
    const length = (start[b + 1] as number) - (start[b] as number);
    nodes += length - (b > 0 ? sharedRanks(set, b) : 0);
    if (length > longest) longest = length;
  }
  // Pass 2: the nodes depth first, each with its depth, mark, ballots and parent.
  const depth = new Int32Array(nodes);
  const parent = new Int32Array(nodes);
  const mark = new Int32Array(nodes);
  const votes = new Int32Array(nodes);
  const path = new Int32Array(longest); // path[d]: node at depth d + 1 on the current ballot
  const perDepth = new Int32Array(longest + 1);
  let id = 0;
  for (let b = 0; b < size; b++) {
    const from = start[b] as number;
    const length = (start[b + 1] as number) - from;
    const shared = b > 0 ? sharedRanks(set, b) : 0;
    const c = count[b] as number;
    for (let d = 0; d < shared; d++) {
      const n = path[d] as number;
      votes[n] = (votes[n] as number) + c;
    }
    for (let d = shared; d < length; d++) {
      depth[id] = d;
      parent[id] = d === 0 ? -1 : (path[d - 1] as number);
      mark[id] = marks[from + d] as number;
      votes[id] = c;
      perDepth[d] = (perDepth[d] as number) + 1;
      path[d] = id++;
    }
  }
  // Level order: edge e leads to node e + 1; a node's children are the edges from
  // edgeStart[n], so they are counted per parent node and summed.
  const next = new Int32Array(longest);
  for (let d = 1; d < longest; d++) next[d] = (next[d - 1] as number) + (perDepth[d - 1] as number);
  const edges = new Int32Array(2 * nodes);
  const edgeStart = new Int32Array(nodes + 2);
  for (let n = 0; n < nodes; n++) {
    const d = depth[n] as number;
    const e = next[d] as number;
    next[d] = e + 1;
    depth[n] = e; // from here on: the node's edge number
    edges[2 * e] = mark[n] as number;
    edges[2 * e + 1] = votes[n] as number;
    const p = parent[n] as number;
    const from = p < 0 ? 0 : (depth[p] as number) + 1;
    edgeStart[from + 1] = (edgeStart[from + 1] as number) + 1;
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
