/**
 * How a vote is written: opened (alone, or inside a larger write such as a motion and its
 * meeting's log), then events appended only while it is open and only after they are checked
 * against its current state. Every write is settled (src/main/services/settled.ts), so what
 * a certification decides is applied in the same write.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { VoteDefinition } from '../../../shared/voteLog/definition';
import type { VoteEvent } from '../../../shared/voteLog/events';
import type { VoteState } from '../../../shared/voteLog/state';
import type { VoteView } from '../../../shared/voteLog/view';
import type { Session } from '../../session';
import { updateSettled, updateSettledView } from '../settled';
import { appendVoteEvents } from '../voteLog';
import { stateOf, viewOf } from './views';

type Distribute<T> = T extends unknown ? Omit<T, 'voteId' | 'at'> : never;

export type NewEvent = Distribute<VoteEvent>;

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
export function act(
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
