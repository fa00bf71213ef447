import { pointStanding } from '../platform/points-of-order';
import type { MeetingEvent } from './events';
import { speakersQueue } from './queue';
import {
  type ActionItemRecord,
  type ElectionRecord,
  type MeetingState,
  type MotionRecord,
  type PointRecord,
} from './stateSchema';
import { spansElapsedMs, type TimeSpan } from './timers';

const AFTER_ADJOURNMENT: ReadonlySet<MeetingEvent['type']> = new Set([
  'note-added',
  'action-item-added',
  'vote-recorded',
]);

/**
 * Folds the meeting log into what screens show. `quorum` is the number of members needed;
 * `now` (default: the last event's time) closes the running item's span for elapsed times.
 */
export function meetingState(
  events: readonly MeetingEvent[],
  opts: { quorum: number; now?: string },
): MeetingState {
  const problems: { eventId: string; message: string }[] = [];
  const seen = new Set<string>();
  const accepted: MeetingEvent[] = [];
  const names: Record<string, string> = {};
  const present = new Map<string, { memberId: string; name: string | null; since: string }>();
  const attendance: {
    memberId: string;
    name: string | null;
    arrivedAt: string;
    leftAt: string | null;
  }[] = [];
  const spans = new Map<string, TimeSpan[]>();
  const motions = new Map<string, MotionRecord>();
  const points = new Map<string, PointRecord>();
  const elections = new Map<string, ElectionRecord>();
  const appeals = new Map<string, string>(); // appeal event id -> point id
  const notes: MeetingState['notes'] = [];
  const actionItems: ActionItemRecord[] = [];
  const quorumChanges: MeetingState['quorumChanges'] = [];
  let phase: MeetingState['phase'] = 'not-started';
  let startedAt: string | null = null;
  let adjournedAt: string | null = null;
  let chair: string | null = null;
  let secretary: string | null = null;
  let currentItemId: string | null = null;
  let guests = 0;
  let lastEventAt: string | null = null;

  const quorumNow = () => ({
    required: opts.quorum,
    present: present.size,
    met: present.size >= opts.quorum,
  });
  const trackQuorum = (at: string) => {
    const q = quorumNow();
    const last = quorumChanges[quorumChanges.length - 1];
    if (!last || last.met !== q.met) quorumChanges.push({ ...q, at });
  };
  const endItem = (at: string) => {
    if (!currentItemId) return;
    const open = spans.get(currentItemId)?.at(-1);
    if (open && !open.end) open.end = at;
    currentItemId = null;
  };

  for (const [seq, e] of events.entries()) {
    if (seen.has(e.id)) {
      problems.push({ eventId: e.id, message: 'Repeated event id; the repeat was ignored.' });
      continue;
    }
    seen.add(e.id);
    if (phase === 'adjourned' && !AFTER_ADJOURNMENT.has(e.type)) {
      problems.push({
        eventId: e.id,
        message: 'The meeting was already adjourned; this was ignored.',
      });
      continue;
    }
    accepted.push(e);
    lastEventAt = e.at;
    switch (e.type) {
      case 'meeting-started':
        phase = 'in-session';
        startedAt = e.at;
        chair = e.chair ?? null;
        secretary = e.secretary ?? null;
        break;
      case 'member-checked-in':
        if (e.name) names[e.memberId] = e.name;
        if (present.has(e.memberId)) break;
        present.set(e.memberId, { memberId: e.memberId, name: e.name ?? null, since: e.at });
        attendance.push({
          memberId: e.memberId,
          name: e.name ?? null,
          arrivedAt: e.at,
          leftAt: null,
        });
        trackQuorum(e.at);
        break;
      case 'member-checked-out': {
        if (!present.delete(e.memberId)) {
          problems.push({ eventId: e.id, message: 'That member was not checked in.' });
          break;
        }
        const stay = attendance.findLast((a) => a.memberId === e.memberId && !a.leftAt);
        if (stay) stay.leftAt = e.at;
        trackQuorum(e.at);
        break;
      }
      case 'guests-set':
        guests = e.count;
        break;
      case 'item-started':
        if (currentItemId === e.itemId) {
          problems.push({ eventId: e.id, message: 'That item is already running.' });
          break;
        }
        endItem(e.at);
        currentItemId = e.itemId;
        spans.set(e.itemId, [...(spans.get(e.itemId) ?? []), { start: e.at, end: null }]);
        break;
      case 'item-ended':
        if (currentItemId !== e.itemId)
          problems.push({ eventId: e.id, message: 'That item is not running.' });
        else endItem(e.at);
        break;
      case 'speaker-added':
        if (e.name) names[e.speakerId] = e.name;
        break;
      case 'point-raised':
        points.set(e.id, {
          id: e.id,
          kind: e.kind,
          rightId: e.rightId ?? null,
          policyId: e.policyId ?? null,
          raisedBy: e.by,
          raisedAt: e.at,
          text: e.text,
          itemId: currentItemId,
          ruling: null,
          appeal: null,
          appealId: null,
          summary: '',
          seq,
        });
        break;
      case 'point-ruled': {
        const point = points.get(e.pointId);
        if (!point || point.kind === 'information') {
          problems.push({
            eventId: e.id,
            message: 'There is no point of order with that id to rule on.',
          });
          break;
        }
        point.ruling = {
          ruling: e.ruling,
          at: e.at,
          ...(e.note !== undefined ? { note: e.note } : {}),
        };
        break;
      }
      case 'ruling-appealed': {
        const point = points.get(e.pointId);
        if (!point?.ruling) {
          problems.push({ eventId: e.id, message: 'Only a ruling of the chair can be appealed.' });
          break;
        }
        point.appeal = {
          by: e.by,
          at: e.at,
          vote: null,
          ...(e.seconder !== undefined ? { seconder: e.seconder } : {}),
        };
        point.appealId = e.id;
        appeals.set(e.id, point.id);
        break;
      }
      case 'motion-made':
        motions.set(e.id, {
          id: e.id,
          text: e.text,
          mover: e.mover,
          seconder: e.seconder,
          threshold: e.threshold,
          itemId: e.itemId ?? currentItemId,
          subject: e.subject ?? null,
          madeAt: e.at,
          result: null,
          presentAtVote: null,
          quorumMetAtVote: null,
          corrected: false,
          seq,
        });
        break;
      case 'election-opened':
        elections.set(e.id, {
          id: e.id,
          title: e.title,
          seats: e.seats,
          itemId: e.itemId ?? currentItemId,
          openedAt: e.at,
          result: null,
          seq,
        });
        break;
      case 'vote-recorded': {
        const result = {
          outcome: e.outcome,
          sentence: e.sentence,
          at: e.at,
          ...(e.threshold !== undefined ? { threshold: e.threshold } : {}),
          ...(e.voteId !== undefined ? { voteId: e.voteId } : {}),
        };
        const motion = motions.get(e.motionId);
        const point = points.get(appeals.get(e.motionId) ?? '');
        const election = elections.get(e.motionId);
        if (election) {
          election.result = { ...result, winners: e.winners ?? [] };
        } else if (motion) {
          motion.corrected = motion.corrected || motion.result !== null;
          motion.result = result;
          motion.presentAtVote = present.size;
          motion.quorumMetAtVote = present.size >= opts.quorum;
        } else if (point?.appeal) {
          point.appeal.vote = { outcome: e.outcome, sentence: e.sentence };
        } else {
          problems.push({ eventId: e.id, message: 'No motion or appeal with that id was made.' });
        }
        break;
      }
      case 'note-added':
        notes.push({ id: e.id, at: e.at, text: e.text, itemId: e.itemId ?? currentItemId, seq });
        break;
      case 'action-item-added':
        actionItems.push({
          id: e.id,
          at: e.at,
          what: e.what,
          who: e.who,
          due: e.due ?? null,
          itemId: e.itemId ?? currentItemId,
          seq,
        });
        break;
      case 'meeting-adjourned':
        endItem(e.at);
        phase = 'adjourned';
        adjournedAt = e.at;
        break;
      default:
        break;
    }
  }

  const now = opts.now ?? lastEventAt;
  const speakers = speakersQueue(accepted);
  const pointList = [...points.values()].map((p) => ({
    ...p,
    summary: p.kind === 'information' ? 'Point of information.' : pointStanding(p).summary,
  }));
  return {
    phase,
    startedAt,
    adjournedAt,
    chair,
    secretary,
    currentItemId,
    items: [...spans.entries()].map(([itemId, s]) => ({
      itemId,
      spans: s,
      elapsedMs: now ? spansElapsedMs(s, now) : 0,
      running: itemId === currentItemId,
    })),
    attendance,
    present: [...present.values()],
    guests,
    quorum: quorumNow(),
    quorumChanges,
    speakers,
    motions: [...motions.values()],
    pendingMotionIds: [...motions.values()].filter((m) => !m.result).map((m) => m.id),
    elections: [...elections.values()],
    floor: floorOf(motions.values(), elections.values()),
    points: pointList,
    notes,
    actionItems,
    names,
    problems: [...problems, ...speakers.problems],
    lastEventAt,
  };
}

/** The latest motion or election still waiting for its result (what the room is deciding now). */
function floorOf(
  motions: Iterable<MotionRecord>,
  elections: Iterable<ElectionRecord>,
): MeetingState['floor'] {
  const open = [
    ...[...motions].map((m) => ({
      kind: 'motion' as const,
      id: m.id,
      seq: m.seq,
      done: !!m.result,
    })),
    ...[...elections].map((e) => ({
      kind: 'election' as const,
      id: e.id,
      seq: e.seq,
      done: !!e.result,
    })),
  ].filter((x) => !x.done);
  const last = open.sort((a, b) => a.seq - b.seq).at(-1);
  return last ? { kind: last.kind, id: last.id } : null;
}

/**
 * The item "next" should start (one keystroke): the one after the running item in agenda order,
 * or, between items, the first item not yet taken up. Null at the end of the agenda.
 */
export function nextItemId(
  agenda: readonly { id: string }[],
  state: Pick<MeetingState, 'currentItemId' | 'items'>,
): string | null {
  if (state.currentItemId) {
    const at = agenda.findIndex((a) => a.id === state.currentItemId);
    return at >= 0 ? (agenda[at + 1]?.id ?? null) : null;
  }
  const taken = new Set(state.items.map((i) => i.itemId));
  return agenda.find((a) => !taken.has(a.id))?.id ?? null;
}
