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
  // ---- Text, in characters ----
  /** Ids, slugs, codes, a voter's state ID, a vote's purpose tag. */
  id: 64,
  /** A person's or a thing's name: member, candidate, county, turf, option, a bill number, a phone number, a language. */
  name: 120,
  /** A title or a label: a motion's title, an agenda item, an office, a place, an email address. */
  title: 300,
  /** A short text: a reason, an address line, a web address, an endorsement condition. */
  short: 500,
  /** Notes typed at the door or in a meeting; a finding, a rationale, a question's prompt. */
  notes: 2_000,
  /** A paragraph: a Secured Right's text, a motion's text, an agenda item's description. */
  paragraph: 5_000,
  /** A long text: a policy, an amendment, a secretary's notes, anything the app builds from them. */
  long: 50_000,
  /** A meeting's minutes as Markdown (the whole meeting's record). */
  minutes: 200_000,
  /** An unsaved form kept as a draft (its values as JSON): the minutes, with room to spare. */
  draft: 400_000,
  /** A candidate's questionnaire form pasted or imported back. */
  formText: 2_000_000,
  /** A members CSV file to import (10 MB). */
  csvText: 10_000_000,
  /** A whole-chapter bundle, in characters. */
  bundleText: 50_000_000,

  // ---- Text that must fit its place on a printed page ----
  /** A flyer's headline, in each language. */
  flyerHeadline: 120,
  /** A flyer's call to action, in each language. */
  flyerCallToAction: 160,
  /** One platform highlight on a flyer, in each language. */
  flyerHighlight: 240,
  /** A flyer's contact line, in each language. */
  flyerContact: 200,
  /** A flyer's meeting or event line, in each language. */
  flyerEvent: 300,
  /** The "Paid for by …" disclaimer every flyer prints, in each language. */
  flyerDisclaimer: 300,
  /** The script printed on every walk packet. */
  packetScript: 1_500,

  // ---- Lists, in items ----
  /** Highlights on one flyer (it prints three or four). */
  flyerHighlights: 4,
  /** Languages noted for one county's outreach. */
  languages: 12,
  /** Candidates compared side by side (one printed column each). */
  compared: 20,
  /** Choices on one ballot: its candidates, the ranks or approvals keyed from one paper, a lot's order. */
  ballotChoices: 60,
  /** A list a person builds by hand (roles, tags, sponsors, conditions, a panel, custom questions). */
  shortList: 100,
  /** Items on one meeting's agenda. */
  agendaItems: 200,
  /** Places on one shift or event (its capacity), and so the people on its roster. */
  shiftPlaces: 1_000,
  /** Counties a chapter may cover (the largest state has 254). */
  counties: 300,
  /** A list that grows with use (a record's history, scores given, results entered at once). */
  list: 10_000,
  /** Ballots in one vote (paper ballots keyed by tellers). */
  ballotsPerVote: 100_000,
  /** Records in one of the chapter file's collections, or entries in one meeting's log. */
  collection: 100_000,
  /** Records in the vote log: every count, keyed ballot and correction of every vote. */
  voteLog: 1_000_000,
} as const;

/** The largest chapter.json the store will write; a write past it is refused. */
export const STORE_BUDGET_BYTES = 256 * 1024 * 1024;

/**
 * The largest file the store will read whole. Anything bigger takes the recovery path on
 * open (a JavaScript string cannot hold much more than 512 MiB of JSON anyway).
 */
export const STORE_READ_LIMIT_BYTES = 400 * 1024 * 1024;
