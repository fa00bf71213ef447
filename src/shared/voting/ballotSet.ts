/**
 * The compiled form of ranked ballots that packing, ordering, the ballot tree and every
 * ranked count share: mark and exhaustion codes, the packed set and its tree. Types and
 * constants only, so ballots.ts, ballotOrder.ts and ballotTree.ts all build on it without
 * importing one another in a circle.
 */

/** Mark codes in `RankedBallotSet.marks`: ≥ 0 is a candidate index. */
export const MARK_BLANK = -1;
/** A candidate already ranked earlier on the same ballot. */
export const MARK_DUPLICATE = -2;
/** Overvote k is stored as OVERVOTE_BASE - k; `overvotes[k]` lists its candidates. */
export const OVERVOTE_BASE = -3;

/** What reading a ballot returns when it has no next choice (candidate indices are ≥ 0). */
export const EXHAUSTED_NO_MORE = -1;
export const EXHAUSTED_OVERVOTE = -2;
export const EXHAUSTED_SKIPPED = -3;
export const EXHAUSTED_DUPLICATE = -4;
/** Index into a by-reason array for an exhaustion code. */
export function reasonIndex(code: number): number {
  return -code - 1;
}

/**
 * Ranked ballots packed into typed arrays so a count over a million ballots touches flat
 * memory: ballot b's ranks are marks[start[b]] … marks[start[b+1] - 1], trailing blanks
 * removed. Blank ballots (undervotes) are only counted, never stored. Ballots are in
 * ranking order with identical ones merged (`orderRankedBallots`).
 */
export interface RankedBallotSet {
  /** Declared candidates, then write-ins sorted by name. */
  names: string[];
  writeIns: string[];
  /** Number of stored (non-blank) ballot entries. */
  size: number;
  marks: Int32Array;
  /** The same marks one byte each, when they fit (narrowMarks.ts): what counts read. */
  narrowMarks?: Int8Array;
  start: Int32Array;
  count: Int32Array;
  /** The same ballots as a tree of their rankings (ballotTree.ts), for ranked counts. */
  tree: BallotTree;
  overvotes: Int32Array[];
  /** Ballots (with counts): all, with at least one mark, blank. */
  total: number;
  valid: number;
  undervotes: number;
}

/** Packed ballots before `orderRankedBallots` orders them and merges identical ones. */
export type PackedBallots = Omit<RankedBallotSet, 'tree'>;

/**
 * The ballots as a tree of their rankings, for counts that move many ballots at once.
 * A node stands for every ballot that begins with the ranks on its path from the root
 * (node 0: every ballot). Its children are the different marks found at the next rank,
 * down to a node that holds a single distinct ballot: that node has no children, and
 * records where the ballot's own ranks, the rest of its path, lie in `marks`.
 *
 * Layout, level by level: edge e leads to node e + 1, and takes four numbers in `edges`,
 * side by side: its mark (4e), its ballots with counts (4e + 1), then for a node of several
 * ballots where its children's edges start and end (4e + 2, 4e + 3), or for a node of one
 * ballot -(p + 1) for the position p of this mark in `marks`, and where the ballot's ranks
 * end. The root's children are edges 0 … rootEnd - 1. So a count that reads a node's
 * children finds, in the same place, everything it needs to read on. Ballots that end at
 * a node (of several) are its ballots less its children's.
 *
 * `ranges`, three numbers per edge, for a node of several ballots: the ballots under it,
 * which lie side by side in ranking order (b0 … b1 - 1), and the rank its mark is at
 * (its depth, from 0). A count reads the ballots of a small node one by one from there
 * rather than walking its branch (piles.ts). Zero for a node of one ballot.
 */
export interface BallotTree {
  edges: Int32Array;
  ranges: Int32Array;
  rootEnd: number;
}
