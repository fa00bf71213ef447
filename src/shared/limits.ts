/**
 * Every text and list the app accepts is bounded here, in one table, so that no accepted
 * call can grow the chapter file past what the app can open again (see STORE_BUDGET_BYTES).
 * Schemas take their bounds from this table rather than from numbers of their own; a test
 * walks every schema in the contract and the store and fails on an unbounded string or list.
 *
 * The figures are generous for real use (a chapter of a few thousand members, years of
 * meetings) and small enough that their product stays far below the budget.
 */
export const LIMITS = {
  /** Ids, slugs, codes. */
  id: 64,
  /** A person's or a thing's name: member, candidate, county, turf, option. */
  name: 120,
  /** A title or a label: a motion's title, an agenda item, a question. */
  title: 300,
  /** A short text: a reason, an address line, a phone number. */
  short: 500,
  /** A paragraph: a comment, an answer note, a flyer block. */
  paragraph: 5_000,
  /** A long text: a policy, minutes, a questionnaire answer. */
  long: 50_000,
  /** Notes typed at the door or in a meeting. */
  notes: 2_000,
  /** A list a person builds by hand (options, roles, tags, choices). */
  shortList: 100,
  /** A list the chapter accumulates (members, meetings, events of one meeting). */
  list: 10_000,
  /** Counties a chapter may cover (the largest state has 254). */
  counties: 300,
  /** Ballots in one vote (paper ballots keyed by tellers). */
  ballotsPerVote: 100_000,
  /** Records in one of the chapter file's collections. */
  collection: 100_000,
  /** A whole-chapter bundle or a pasted file, in characters. */
  bundleText: 50_000_000,
} as const;

/** The largest chapter.json the store will write; a write past it is refused. */
export const STORE_BUDGET_BYTES = 256 * 1024 * 1024;

/**
 * The largest file the store will read whole. Anything bigger takes the recovery path on
 * open (a JavaScript string cannot hold much more than 512 MiB of JSON anyway).
 */
export const STORE_READ_LIMIT_BYTES = 400 * 1024 * 1024;
