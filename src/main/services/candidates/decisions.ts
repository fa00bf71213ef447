/**
 * Decisions about a candidate are votes: an endorsement (or conditional endorsement) put to
 * the members, an accountability motion drafted from the triggers and placed on the next
 * meeting's agenda, and setting aside a vote that will never be certified. What a certified
 * vote decides is applied in the write that certifies it (src/shared/decisions/candidates.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  agendaItemForMotion,
  CANDIDATE_STATUS_LABELS,
  type Candidate,
  type CandidateDecision,
  type DecisionAction,
  type MotionAction,
} from '../../../shared/candidates';
import { AppError } from '../../../shared/errors';
import { THRESHOLD_LABELS } from '../../../shared/schema/chapter';
import type { StoreData } from '../../../shared/schema/store';
import type { MotionMethod } from '../../../shared/voteLog/definition';
import type { Session } from '../../session';
import { placeOnNextMeetingAgenda } from '../meetings/nextMeeting';
import { openLinked } from '../decisions';
import { readSettled } from '../settled';
import { withVoteOpened } from '../votes';
import { accountabilityOf, candidateOf, candidateSettingsOf, change } from './lookups';

function requireNoOpenDecision(data: StoreData, candidate: Candidate) {
  const open = data.candidateDecisions.find(
    (d) => d.candidateId === candidate.id && d.settledAt === null,
  );
  if (open) {
    throw new AppError(
      'conflict',
      `A vote about ${candidate.name} is still open; certify it first (Votes).`,
    );
  }
}

/** Who moved an endorsement in a meeting, and where (it is then recorded as the meeting's motion). */
export type InMeeting = {
  meetingId: string;
  itemId?: string | undefined;
  mover: string;
  seconder?: string | undefined;
};

/**
 * Puts a candidate's endorsement (or conditional endorsement) to a vote: outside a meeting, or
 * moved in one (the vote then links to the meeting and item and takes its presence from the
 * check-in).
 */
export async function openEndorsementVote(
  session: Session,
  id: string,
  input: {
    conditional: boolean;
    conditions: string[];
    reviewDate: string | null;
    method: MotionMethod;
  },
  meeting?: InMeeting,
): Promise<{ voteId: string }> {
  const check = (data: StoreData) => {
    const candidate = candidateOf(data, id);
    if (candidate.status !== 'interviewed' && candidate.status !== 'under-review') {
      throw new AppError(
        'conflict',
        `${candidate.name} is ${CANDIDATE_STATUS_LABELS[candidate.status].toLowerCase()}: only an interviewed candidate (or one under review) can be put to an endorsement vote.`,
      );
    }
    requireNoOpenDecision(data, candidate);
  };
  const data = readSettled(session);
  const candidate = candidateOf(data, id);
  const settings = candidateSettingsOf(data);
  const conditions = input.conditional ? input.conditions : [];
  if (input.conditional && (conditions.length === 0 || !input.reviewDate)) {
    throw new AppError(
      'invalid-input',
      'A conditional endorsement needs written conditions and a review date.',
    );
  }
  if (input.method === 'voice' || input.method === 'unanimous-consent') {
    throw new AppError(
      'invalid-input',
      `An endorsement is decided at "${THRESHOLD_LABELS[settings.endorsementThreshold]}", which takes a counted vote.`,
    );
  }
  const who = `${candidate.name} (${candidate.office}, ${candidate.jurisdiction.name})`;
  const text = input.conditional
    ? `That the chapter endorse ${who} on these conditions, to be reviewed on ${input.reviewDate}: ${conditions.map((c, i) => `(${i + 1}) ${c}`).join('; ')}.`
    : `That the chapter endorse ${who}.`;
  const action = input.conditional ? 'conditional-endorse' : 'endorse';
  const threshold = settings.endorsementThreshold;
  const { voteId } = await openLinked(session, {
    definition: {
      kind: 'motion',
      title: `${input.conditional ? 'Conditionally endorse' : 'Endorse'} ${candidate.name}`,
      text,
      method: input.method,
      threshold,
      ...(meeting ? { mover: meeting.mover } : {}),
      ...(meeting?.seconder ? { seconder: meeting.seconder } : {}),
    },
    link: { candidateId: candidate.id, purpose: action },
    meetingId: meeting?.meetingId,
    itemId: meeting?.itemId,
    check,
    meetingEvent: (eventId, at) => ({
      type: 'motion-made',
      id: eventId,
      at,
      text,
      mover: meeting?.mover ?? '',
      seconder: meeting?.seconder ?? null,
      threshold,
      ...(meeting?.itemId ? { itemId: meeting.itemId } : {}),
      subject: { type: 'endorsement', candidateId: candidate.id },
    }),
    record: (next, voteId, at) => {
      const decision: CandidateDecision = {
        id: randomUUID(),
        candidateId: candidate.id,
        voteId,
        action,
        openedAt: at,
        conditions,
        reviewDate: input.conditional ? input.reviewDate : null,
        motion: null,
        triggers: [],
        meetingId: meeting?.meetingId ?? null,
        itemId: meeting?.itemId ?? null,
        settledAt: null,
        note: null,
      };
      return { ...next, candidateDecisions: [...next.candidateDecisions, decision] };
    },
  });
  return { voteId };
}

/**
 * Drafts the accountability motion from the triggers, places it on the next meeting's agenda and
 * opens it as a vote linked to the candidate, the meeting and the item. Opening it now fixes the
 * drafted text and the threshold in the vote log; the chair takes presence and the count when
 * the item comes up, and the candidate's status follows the certified result.
 */
export function placeMotion(
  session: Session,
  id: string,
  action?: MotionAction,
): Promise<{ voteId: string; meetingId: string; itemId: string }> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    requireNoOpenDecision(data, candidate);
    const { triggers, motion } = accountabilityOf(data, candidate, action);
    if (!motion) {
      throw new AppError(
        'conflict',
        triggers.length === 0
          ? `Nothing calls for a motion about ${candidate.name}: no trigger is met.`
          : `${candidate.name} is not an endorsed official, so there is no endorsement to review.`,
      );
    }
    // The item links to the vote it decides, so the chair opens the count from the agenda; the
    // vote links back to the candidate, the meeting and the item.
    const voteId = randomUUID();
    const item = agendaItemForMotion(motion, candidate.name);
    const placed = placeOnNextMeetingAgenda(
      data,
      {
        kind: item.kind,
        title: item.title,
        timeBoxMinutes: item.timeBoxMinutes,
        link: { type: 'vote', voteId },
        description: item.description,
      },
      now,
    );
    const at = now.toISOString();
    const decisionAction: DecisionAction = motion.action;
    const titles: Record<MotionAction, string> = {
      review: `Place the endorsement of ${candidate.name} under review`,
      'withdraw-endorsement': `Withdraw the endorsement of ${candidate.name}`,
      replace: `Withdraw the endorsement of ${candidate.name} and seek a replacement`,
    };
    const next = withVoteOpened(placed.data, {
      id: voteId,
      at,
      definition: {
        kind: 'motion',
        title: titles[motion.action],
        text: motion.text,
        method: 'show-of-hands',
        threshold: motion.threshold === 'unanimous-consent' ? 'majority-cast' : motion.threshold,
        link: {
          candidateId: candidate.id,
          meetingId: placed.meetingId,
          itemId: placed.itemId,
          purpose: motion.action,
        },
      },
    });
    const decision: CandidateDecision = {
      id: randomUUID(),
      candidateId: candidate.id,
      voteId,
      action: decisionAction,
      openedAt: at,
      conditions: [],
      reviewDate: null,
      motion,
      triggers,
      meetingId: placed.meetingId,
      itemId: placed.itemId,
      settledAt: null,
      note: null,
    };
    return {
      data: { ...next, candidateDecisions: [...next.candidateDecisions, decision] },
      result: { voteId, meetingId: placed.meetingId, itemId: placed.itemId },
    };
  });
}

/**
 * A vote that will never be certified (the meeting moved on, the motion was dropped) would block
 * every later decision about the candidate. Setting it aside records why; the vote itself stays
 * in the log as it is, and a certified result is never set aside.
 */
export function setAsideDecision(
  session: Session,
  id: string,
  decisionId: string,
  reason: string,
): Promise<Candidate> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    const decision = data.candidateDecisions.find(
      (d) => d.id === decisionId && d.candidateId === id,
    );
    if (!decision) throw new AppError('not-found', 'That decision does not exist.');
    if (decision.settledAt !== null)
      throw new AppError('conflict', 'That decision is already settled by its vote.');
    const updated: CandidateDecision = {
      ...decision,
      settledAt: now.toISOString(),
      note: `Set aside without a result: ${reason}`,
    };
    return {
      data: {
        ...data,
        candidateDecisions: data.candidateDecisions.map((d) => (d === decision ? updated : d)),
      },
      result: candidate,
    };
  });
}
