/**
 * Votes: every action appends events to the vote log; every view and result is folded
 * and recounted from those events on demand.
 */
import { randomUUID } from 'node:crypto';
import { quorumFor } from '../../shared/schema/chapter';
import { AppError } from '../../shared/errors';
import type { StoreData } from '../../shared/schema/store';
import { isSecret, type VoteDefinition } from '../../shared/votes/definition';
import { describeMarks, parseBallotEntry } from '../../shared/votes/entry';
import type { BallotMarks, Teller, VoteEvent } from '../../shared/votes/events';
import {
  agreedBallots,
  blockers,
  countVote,
  currentRound,
  foldVote,
  mismatches,
  toBallotFile,
  type VoteState,
} from '../../shared/votes/state';
import type { VerifyReport, VoteSummary, VoteView } from '../../shared/votes/view';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { updateSettled, updateSettledView } from './settled';
import { appendVoteEvents, checkChain } from './voteLog';

type Distribute<T> = T extends unknown ? Omit<T, 'voteId' | 'at'> : never;
export type NewEvent = Distribute<VoteEvent>;

function eventsOf(data: StoreData, id: string): VoteEvent[] {
  return data.votes.filter((r) => r.event.voteId === id).map((r) => r.event);
}

function stateOf(data: StoreData, id: string): VoteState {
  const state = foldVote(eventsOf(data, id));
  if (!state) throw new AppError('not-found', 'That vote does not exist.');
  return state;
}

export function viewOf(data: StoreData, id: string): VoteView {
  const state = stateOf(data, id);
  const chapterName = data.chapter?.name ?? '';
  const round = currentRound(state);
  const counted = countVote(state, chapterName);
  const entries = (teller: Teller) =>
    [...round.tellers[teller].entries()]
      .sort(([a], [b]) => a - b)
      .map(([number, marks]) => ({ number, marks, description: describeMarks(marks) }));
  return {
    id: state.id,
    definition: state.definition,
    openedAt: state.openedAt,
    secret: isSecret(state.definition),
    presence: state.presence,
    counts: state.counts,
    corrections: state.corrections,
    declared: state.declared,
    division: state.division,
    objections: state.objections,
    rollCall: [...state.rollCall.entries()].map(([memberId, v]) => ({ memberId, ...v })),
    round: round.round,
    rounds: state.rounds.length,
    tellers: { 1: entries(1), 2: entries(2) },
    mismatches: mismatches(state, round).map((m) => ({
      number: m.number,
      teller1: m.teller1 ? describeMarks(m.teller1) : null,
      teller2: m.teller2 ? describeMarks(m.teller2) : null,
    })),
    agreed: agreedBallots(state, round).length,
    reconciliation: round.reconciliation,
    lot: state.lot,
    blockers: blockers(state),
    result: counted.ok ? counted.result : null,
    resultProblem: counted.ok ? null : counted.reason,
    certified: state.certified,
    chapterName,
  };
}

export function listVotes(session: Session): VoteSummary[] {
  const data = session.current().data;
  const ids = [...new Set(data.votes.map((r) => r.event.voteId))];
  return ids
    .map((id) => {
      const state = stateOf(data, id);
      return {
        id,
        title: state.definition.title,
        kind: state.definition.kind,
        method: state.definition.method,
        openedAt: state.openedAt,
        status: state.certified ? ('certified' as const) : ('open' as const),
        summary: state.certified?.summary ?? null,
      };
    })
    .reverse();
}

export function getVote(session: Session, id: string): VoteView {
  return viewOf(session.current().data, id);
}

export function openVote(
  session: Session,
  definition: VoteDefinition,
  extra: NewEvent[] = [],
): Promise<{ id: string }> {
  const id = randomUUID();
  const at = session.clock().toISOString();
  return updateSettled(session, (data) => ({
    data: withVoteOpened(data, { id, at, definition, extra }),
    result: { id },
  }));
}

/**
 * `data` with a new vote opened in its log (and `extra` events after the opening), for
 * callers that record more in the same write (a motion and its meeting's log).
 */
export function withVoteOpened(
  data: StoreData,
  vote: { id: string; at: string; definition: VoteDefinition; extra?: NewEvent[] },
): StoreData {
  if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  const events = [
    {
      type: 'vote-opened',
      voteId: vote.id,
      at: vote.at,
      definition: withRecordedSeed(vote.definition),
    } as VoteEvent,
    ...(vote.extra ?? []).map((e) => stamp(e, vote.id, vote.at)),
  ];
  return appendVoteEvents(data, events);
}

/**
 * A random tie-break needs its seed on record before the count, so anyone can re-run the
 * same draw; when the room did not draw one, the app draws it now and records it.
 */
function withRecordedSeed(definition: VoteDefinition): VoteDefinition {
  if (definition.kind !== 'election') return definition;
  const tieBreak = definition.rules.tieBreak;
  if (!tieBreak.method.endsWith('random') || tieBreak.seed) return definition;
  return {
    ...definition,
    rules: { ...definition.rules, tieBreak: { ...tieBreak, seed: randomUUID() } },
  };
}

/** Adds the vote id and, except on ballot events (secret), the time. */
function stamp(event: NewEvent, voteId: string, at: string): VoteEvent {
  const secretKinds = new Set(['ballot-entered', 'ballot-undone']);
  return (
    secretKinds.has(event.type) ? { ...event, voteId } : { ...event, voteId, at }
  ) as VoteEvent;
}

/**
 * Appends events to an open vote after `check` approves them against its current state.
 * A certified vote is closed: corrections after certification need a new vote. What a
 * certification decides is applied in the same write (src/main/services/settled.ts).
 */
function act(
  session: Session,
  id: string,
  build: (state: VoteState, data: StoreData) => NewEvent[],
): Promise<VoteView> {
  const at = session.clock().toISOString();
  return updateSettledView(
    session,
    (data) => {
      const state = stateOf(data, id);
      if (state.certified) throw new AppError('conflict', 'This vote is certified and closed.');
      return appendVoteEvents(
        data,
        build(state, data).map((e) => stamp(e, id, at)),
      );
    },
    (next) => viewOf(next, id),
  );
}

function requireMotion(state: VoteState, methods?: string[]) {
  const def = state.definition;
  if (def.kind !== 'motion' || (methods && !methods.includes(def.method))) {
    throw new AppError('conflict', 'That action does not apply to this vote.');
  }
  return def;
}

function requireElection(state: VoteState) {
  if (state.definition.kind !== 'election')
    throw new AppError('conflict', 'Ballots are entered for elections only.');
  return state.definition;
}

export function freezePresence(
  session: Session,
  id: string,
  present: number,
  presentIds?: string[],
) {
  return act(session, id, (state, data) => {
    const chapter = data.chapter;
    if (!chapter) throw new AppError('not-ready', 'Create the chapter first.');
    const active = data.members.filter((m) => m.active);
    if (presentIds) {
      const known = new Set(active.map((m) => m.id));
      const unknown = presentIds.find((p) => !known.has(p));
      if (unknown)
        throw new AppError('invalid-input', 'Someone marked present is not an active member.');
      if (isSecret(state.definition))
        throw new AppError('invalid-input', 'A secret vote records no names.');
    }
    if (
      state.definition.kind === 'motion' &&
      state.definition.method === 'roll-call' &&
      !presentIds
    ) {
      throw new AppError('invalid-input', 'A roll call needs the names of those present.');
    }
    return [
      {
        type: 'presence-frozen',
        present: presentIds ? presentIds.length : present,
        members: active.length,
        quorum: quorumFor(chapter.quorum, active.length),
        ...(presentIds ? { presentIds } : {}),
      },
    ];
  });
}

export function recordCounts(
  session: Session,
  id: string,
  counts: { yes: number; no: number; abstain: number; note?: string | undefined },
) {
  return act(session, id, (state) => {
    const def = requireMotion(state);
    if (
      def.method === 'roll-call' ||
      def.method === 'unanimous-consent' ||
      (def.method === 'voice' && !state.division)
    ) {
      throw new AppError('conflict', 'This vote is not decided by counts.');
    }
    if (state.presence && counts.yes + counts.no + counts.abstain > state.presence.present) {
      throw new AppError(
        'invalid-input',
        `${counts.yes + counts.no + counts.abstain} votes counted but only ${state.presence.present} present. Recount, or freeze the presence again.`,
      );
    }
    return [{ type: 'counts-recorded', ...counts }];
  });
}

export function declareVoice(session: Session, id: string, declared: 'adopted' | 'failed') {
  return act(session, id, (state) => {
    requireMotion(state, ['voice']);
    if (state.division)
      throw new AppError('conflict', 'A division was requested: record the counts.');
    return [{ type: 'voice-declared', declared }];
  });
}

export function requestDivision(session: Session, id: string) {
  return act(session, id, (state) => {
    requireMotion(state, ['voice']);
    return [{ type: 'division-requested' }];
  });
}

export function recordObjection(session: Session, id: string, by?: string) {
  return act(session, id, (state) => {
    requireMotion(state, ['unanimous-consent']);
    return [{ type: 'objection-recorded', ...(by ? { by } : {}) }];
  });
}

export function rollCallVote(
  session: Session,
  id: string,
  memberId: string,
  vote: 'yes' | 'no' | 'abstain',
) {
  return act(session, id, (state, data) => {
    requireMotion(state, ['roll-call']);
    if (!state.presence?.presentIds?.includes(memberId)) {
      throw new AppError('invalid-input', 'Only members marked present vote in the roll call.');
    }
    const member = data.members.find((m) => m.id === memberId);
    if (!member) throw new AppError('not-found', 'That member does not exist.');
    return [{ type: 'roll-call-vote', memberId, name: member.name, vote }];
  });
}

export function enterBallot(session: Session, id: string, teller: Teller, text: string) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    if (teller === 2 && !def.doubleEntry)
      throw new AppError('conflict', 'This vote is keyed by one teller.');
    const parsed = parseBallotEntry(text, def.candidates, def.method, def.allowWriteIns);
    if (!parsed.ok) throw new AppError('invalid-input', parsed.error);
    const round = currentRound(state);
    const numbers = [...round.tellers[teller].keys()];
    const number = (numbers.length ? Math.max(...numbers) : 0) + 1;
    return [{ type: 'ballot-entered', teller, round: round.round, number, marks: parsed.marks }];
  });
}

export function undoBallot(session: Session, id: string, teller: Teller) {
  return act(session, id, (state) => {
    requireElection(state);
    const round = currentRound(state);
    const numbers = [...round.tellers[teller].keys()];
    if (numbers.length === 0) throw new AppError('conflict', 'This teller has no ballot to undo.');
    return [{ type: 'ballot-undone', teller, round: round.round, number: Math.max(...numbers) }];
  });
}

export function resolveMismatch(session: Session, id: string, number: number, marks: BallotMarks) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    if ((def.method === 'approval') !== (marks.kind === 'approve')) {
      throw new AppError('invalid-input', 'Those marks do not fit this election method.');
    }
    if (!mismatches(state).some((m) => m.number === number)) {
      throw new AppError('conflict', `Ballot ${number} is not in the list of mismatches.`);
    }
    return [{ type: 'ballot-resolved', round: currentRound(state).round, number, marks }];
  });
}

export function reconcile(
  session: Session,
  id: string,
  r: { issued: number; spoiled: number; note?: string | undefined },
) {
  return act(session, id, (state) => {
    requireElection(state);
    if (r.spoiled > r.issued)
      throw new AppError('invalid-input', 'More ballots spoiled than issued.');
    return [{ type: 'ballots-reconciled', round: currentRound(state).round, ...r }];
  });
}

export function openRound(session: Session, id: string) {
  return act(session, id, (state, data) => {
    const def = requireElection(state);
    if (def.method !== 'majority')
      throw new AppError('conflict', 'Only the majority method votes again.');
    const counted = countVote(state, data.chapter?.name);
    if (!counted.ok || counted.result.outcome !== 'no-majority') {
      throw new AppError('conflict', 'Another ballot is taken only when nobody has a majority.');
    }
    return [{ type: 'round-opened', round: currentRound(state).round + 1 }];
  });
}

export function drawLot(session: Session, id: string, order: string[]) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    const unknown = order.find((n) => !def.candidates.includes(n));
    if (unknown) throw new AppError('invalid-input', `"${unknown}" is not a candidate.`);
    return [{ type: 'lot-drawn', order }];
  });
}

export function certify(session: Session, id: string, expectedBallots?: number) {
  return act(session, id, (state, data) => {
    const open = blockers(state);
    if (open.length) throw new AppError('conflict', `Not ready to certify: ${open.join(' ')}`);
    if (state.definition.kind === 'election') {
      const agreed = agreedBallots(state).length;
      if (expectedBallots === undefined) {
        throw new AppError(
          'invalid-input',
          'Confirm how many ballots you expect before the result is shown.',
        );
      }
      if (expectedBallots !== agreed) {
        throw new AppError(
          'conflict',
          `You expected ${expectedBallots} ballots but ${agreed} are entered. Find the difference before certifying.`,
        );
      }
    }
    const counted = countVote(state, data.chapter?.name);
    if (!counted.ok) throw new AppError('conflict', counted.reason);
    const { outcome, winners, summary } = counted.result;
    return [
      {
        type: 'certified',
        outcome,
        winners,
        summary,
        ...(expectedBallots !== undefined ? { expectedBallots } : {}),
      },
    ];
  });
}

/** Checks the chain and recomputes every certified result from the events before it. */
export function verifyVotes(session: Session): VerifyReport {
  const data = session.current().data;
  const problems = checkChain(data.votes);
  const ids = [...new Set(data.votes.map((r) => r.event.voteId))];
  let certifiedChecked = 0;
  for (const id of ids) {
    const events = eventsOf(data, id);
    const cut = events.findIndex((e) => e.type === 'certified');
    if (cut < 0) continue;
    const before = foldVote(events.slice(0, cut));
    const certified = events[cut];
    if (!before || certified?.type !== 'certified') continue;
    certifiedChecked += 1;
    const counted = countVote(before, data.chapter?.name);
    const title = before.definition.title;
    if (!counted.ok) {
      problems.push(`“${title}”: the result can no longer be computed: ${counted.reason}`);
    } else if (
      counted.result.outcome !== certified.outcome ||
      counted.result.summary !== certified.summary ||
      counted.result.winners.join('\n') !== certified.winners.join('\n')
    ) {
      problems.push(
        `“${title}”: recounting the events gives “${counted.result.summary}” but “${certified.summary}” was certified.`,
      );
    }
  }
  return {
    ok: problems.length === 0,
    records: data.votes.length,
    votes: ids.length,
    certifiedChecked,
    problems,
  };
}

export async function exportBallotFile(session: Session, host: Host, id: string) {
  const data = session.current().data;
  const state = stateOf(data, id);
  const file = {
    ...toBallotFile(state, data.chapter?.name),
    exported: session.clock().toISOString(),
  };
  const slug =
    state.definition.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'vote';
  const path = await host.chooseSavePath({
    title: 'Export the ballot file',
    defaultName: `${slug}.ballots.json`,
    filters: [{ name: 'Ballot file', extensions: ['json'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, `${JSON.stringify(file, null, 2)}\n`);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}
