/**
 * A vote's state, folded from its events. Nothing here is stored: results come from
 * building the vote's ballot file and recounting it with the same code as the CLI, so
 * the app and `npm run recount` cannot disagree.
 */
import { BALLOT_FILE_FORMAT, recountBallotFile, type RecountResult } from '../voting/ballotFile';
import { VotingInputError } from '../voting/errors';
import type { VoteDefinition } from './definition';
import { sameMarks } from './entry';
import type { BallotMarks, Teller, VoteEvent } from './events';
import { presenceProblem } from './presence';

export interface RoundState {
  round: number;
  /** Each teller's live entries by ballot number (undone entries removed). */
  tellers: Record<Teller, Map<number, BallotMarks>>;
  resolved: Map<number, BallotMarks>;
  reconciliation: { issued: number; spoiled: number; note?: string | undefined } | null;
}

export interface VoteState {
  id: string;
  definition: VoteDefinition;
  openedAt: string;
  presence: {
    present: number;
    members: number;
    quorum: number;
    presentIds?: string[] | undefined;
  } | null;
  counts: { yes: number; no: number; abstain: number } | null;
  /** Counts superseded by a later count, kept for the record. */
  corrections: number;
  declared: 'adopted' | 'failed' | null;
  division: boolean;
  objections: number;
  rollCall: Map<string, { name: string; vote: 'yes' | 'no' | 'abstain' }>;
  rounds: RoundState[];
  lot: string[] | null;
  certified: {
    at: string;
    outcome: string;
    winners: string[];
    summary: string;
    expectedBallots?: number | undefined;
  } | null;
}

function newRound(round: number): RoundState {
  return {
    round,
    tellers: { 1: new Map(), 2: new Map() },
    resolved: new Map(),
    reconciliation: null,
  };
}

export function foldVote(events: readonly VoteEvent[]): VoteState | null {
  let state: VoteState | null = null;
  for (const e of events) {
    if (e.type === 'vote-opened') {
      state = {
        id: e.voteId,
        definition: e.definition,
        openedAt: e.at,
        presence: null,
        counts: null,
        corrections: 0,
        declared: null,
        division: false,
        objections: 0,
        rollCall: new Map(),
        rounds: [newRound(1)],
        lot: null,
        certified: null,
      };
      continue;
    }
    if (!state) continue;
    const round = 'round' in e ? state.rounds.find((r) => r.round === e.round) : undefined;
    switch (e.type) {
      case 'presence-frozen':
        state.presence = {
          present: e.present,
          members: e.members,
          quorum: e.quorum,
          presentIds: e.presentIds,
        };
        break;
      case 'counts-recorded':
        if (state.counts) state.corrections += 1;
        state.counts = { yes: e.yes, no: e.no, abstain: e.abstain };
        break;
      case 'voice-declared':
        state.declared = e.declared;
        break;
      case 'division-requested':
        state.division = true;
        state.declared = null;
        break;
      case 'objection-recorded':
        state.objections += 1;
        break;
      case 'roll-call-vote':
        state.rollCall.set(e.memberId, { name: e.name, vote: e.vote });
        break;
      case 'ballot-entered':
        round?.tellers[e.teller].set(e.number, e.marks);
        break;
      case 'ballot-undone':
        round?.tellers[e.teller].delete(e.number);
        break;
      case 'ballot-resolved':
        round?.resolved.set(e.number, e.marks);
        break;
      case 'ballots-reconciled':
        if (round) round.reconciliation = { issued: e.issued, spoiled: e.spoiled, note: e.note };
        break;
      case 'round-opened':
        if (!state.rounds.some((r) => r.round === e.round)) state.rounds.push(newRound(e.round));
        break;
      case 'lot-drawn':
        state.lot = e.order;
        break;
      case 'certified':
        state.certified = {
          at: e.at,
          outcome: e.outcome,
          winners: e.winners,
          summary: e.summary,
          expectedBallots: e.expectedBallots,
        };
        break;
    }
  }
  return state;
}

export function currentRound(state: VoteState): RoundState {
  return state.rounds[state.rounds.length - 1] ?? newRound(1);
}

export interface Mismatch {
  number: number;
  teller1: BallotMarks | null;
  teller2: BallotMarks | null;
}

function usesDoubleEntry(state: VoteState): boolean {
  return state.definition.kind === 'election' && state.definition.doubleEntry;
}

/** Ballot numbers where the two tellers' keying differs and nobody has re-read the paper. */
export function mismatches(state: VoteState, round = currentRound(state)): Mismatch[] {
  if (!usesDoubleEntry(state)) return [];
  const numbers = new Set([...round.tellers[1].keys(), ...round.tellers[2].keys()]);
  const out: Mismatch[] = [];
  for (const number of [...numbers].sort((a, b) => a - b)) {
    if (round.resolved.has(number)) continue;
    const a = round.tellers[1].get(number) ?? null;
    const b = round.tellers[2].get(number) ?? null;
    if (!a || !b || !sameMarks(a, b)) out.push({ number, teller1: a, teller2: b });
  }
  return out;
}

/** The ballots both tellers agree on (or that were resolved), by number. */
export function agreedBallots(
  state: VoteState,
  round = currentRound(state),
): { number: number; marks: BallotMarks }[] {
  const out: { number: number; marks: BallotMarks }[] = [];
  const first = round.tellers[1];
  const numbers = usesDoubleEntry(state)
    ? new Set([...first.keys(), ...round.tellers[2].keys(), ...round.resolved.keys()])
    : new Set([...first.keys(), ...round.resolved.keys()]);
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const resolved = round.resolved.get(number);
    const a = first.get(number);
    const b = round.tellers[2].get(number);
    if (resolved) out.push({ number, marks: resolved });
    else if (!usesDoubleEntry(state) && a) out.push({ number, marks: a });
    else if (a && b && sameMarks(a, b)) out.push({ number, marks: a });
  }
  return out;
}

/** The vote as a `chapterhouse-ballots/1` file: what is exported and what is counted. */
export function toBallotFile(state: VoteState, chapterName?: string): Record<string, unknown> {
  const def = state.definition;
  const meta = {
    format: BALLOT_FILE_FORMAT,
    title: def.title,
    id: state.id,
    ...(chapterName ? { chapter: chapterName } : {}),
    ...(state.certified?.expectedBallots !== undefined
      ? { expectedBallots: state.certified.expectedBallots }
      : {}),
  };
  const presence = state.presence
    ? {
        present: state.presence.present,
        members: state.presence.members,
        quorum: state.presence.quorum,
      }
    : {};
  if (def.kind === 'motion') {
    if (def.method === 'unanimous-consent') {
      return {
        ...meta,
        method: 'motion',
        threshold: 'unanimous-consent',
        objection: state.objections > 0,
        ...presence,
      };
    }
    if (def.method === 'voice' && !state.division) {
      return {
        ...meta,
        method: 'motion',
        vote: 'voice',
        threshold: def.threshold,
        ...(state.declared ? { declared: state.declared } : {}),
        ...presence,
      };
    }
    if (def.method === 'roll-call') {
      const rollCall = [...state.rollCall.values()].map(({ name, vote }) => ({ name, vote }));
      return {
        ...meta,
        method: 'motion',
        vote: 'roll-call',
        threshold: def.threshold,
        rollCall,
        ...presence,
      };
    }
    return {
      ...meta,
      method: 'motion',
      vote: def.method === 'voice' ? 'show-of-hands' : def.method,
      threshold: def.threshold,
      ...(state.counts ? { counts: state.counts } : {}),
      ...presence,
    };
  }
  const ballots = agreedBallots(state).map(({ number, marks }) =>
    marks.kind === 'approve'
      ? { approve: marks.approve, id: number }
      : { ranking: marks.ranking, id: number },
  );
  // Lots drawn in the room decide whatever the earlier rounds did not.
  const tieBreak = state.lot
    ? {
        ...def.rules.tieBreak,
        method: def.rules.tieBreak.method.startsWith('previous-round')
          ? ('previous-round-then-lot' as const)
          : ('lot' as const),
        lot: state.lot,
      }
    : def.rules.tieBreak;
  return {
    ...meta,
    method: def.method,
    seats: def.seats,
    candidates: def.candidates,
    ballots,
    rules: { ...def.rules, tieBreak },
  };
}

export type Counted = { ok: true; result: RecountResult } | { ok: false; reason: string };

/** The result, recomputed from the events; or why there is none yet. */
export function countVote(state: VoteState, chapterName?: string): Counted {
  try {
    return { ok: true, result: recountBallotFile(toBallotFile(state, chapterName)) };
  } catch (error) {
    if (error instanceof VotingInputError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** What still stands between this vote and a certified result, in plain words. */
export function blockers(state: VoteState): string[] {
  const def = state.definition;
  const out: string[] = [];
  if (!state.presence) out.push('Freeze the number present before the vote.');
  const beyond = state.presence && presenceProblem(state.presence.present, state.presence.members);
  if (beyond) out.push(beyond);
  if (def.kind === 'motion') {
    const counted =
      def.method !== 'voice' && def.method !== 'unanimous-consent' && def.method !== 'roll-call';
    if ((counted || (def.method === 'voice' && state.division)) && !state.counts)
      out.push('Record the counts.');
    if (def.method === 'voice' && !state.division && !state.declared)
      out.push('The chair declares the result.');
    if (def.method === 'roll-call' && state.rollCall.size === 0) out.push('Record the roll call.');
    return out;
  }
  const round = currentRound(state);
  const open = mismatches(state, round);
  if (open.length)
    out.push(
      `Resolve ${open.length} mismatch${open.length === 1 ? '' : 'es'} between the tellers.`,
    );
  const agreed = agreedBallots(state, round).length;
  if (agreed === 0) out.push('Enter the ballots.');
  if (!round.reconciliation) {
    out.push('Reconcile: ballots issued and spoiled.');
  } else {
    const expected = round.reconciliation.issued - round.reconciliation.spoiled;
    const note = round.reconciliation.note?.trim();
    if (expected !== agreed && !note) {
      out.push(
        `${expected} ballots were issued and not spoiled but ${agreed} were entered: write a note to proceed.`,
      );
    }
    if (state.presence && agreed > state.presence.present && !note) {
      out.push(
        `${agreed} ballots but only ${state.presence.present} present: write a note to proceed.`,
      );
    }
  }
  return out;
}
