/**
 * Motions from the floor and appeals from the chair's ruling, each opened as a vote linked to
 * the meeting and item; policy motions go through the platform's rules.
 */
import { AppError } from '../../../shared/errors';
import { meetingState, type MotionSubject } from '../../../shared/meetings';
import { indexVotes, minutesStatuses } from '../../../shared/decisions';
import type { z } from 'zod';
import type { ElectionDefinitionSchema, MotionMethod } from '../../../shared/voteLog/definition';
import type { CountedThreshold } from '../../../shared/voting/motion';
import type { Session } from '../../session';
import { openEndorsementVote } from '../candidates';
import { openLinked, startDecision } from '../decisions';
import { putToVote } from '../platform';
import { meetingOf, quorumOf, phaseOf } from './views';

export type MotionRequest = {
  meetingId: string;
  itemId?: string | undefined;
  text: string;
  mover: string;
  seconder?: string | undefined;
  threshold: CountedThreshold;
  method: MotionMethod;
  subject?: MotionSubject | undefined;
};

/** A motion from the floor, opened as a linked vote. Policy motions go through the platform rules. */
export async function makeMotion(
  session: Session,
  req: MotionRequest,
): Promise<{ voteId: string }> {
  const s = req.subject;
  if (s?.type === 'policy-adoption') {
    return putToVote(session, {
      ...req,
      subject: { type: 'policy-adoption', policyId: s.policyId },
    });
  }
  if (s?.type === 'amendment') {
    return putToVote(session, {
      ...req,
      subject: { type: 'amendment', amendmentId: s.amendmentId },
    });
  }
  if (s?.type === 'policy-status' && (s.to === 'tabled' || s.to === 'ready')) {
    return putToVote(session, {
      ...req,
      subject: { type: 'policy-status', policyId: s.policyId, to: s.to },
    });
  }
  if (s?.type === 'endorsement') {
    return openEndorsementVote(
      session,
      s.candidateId,
      { conditional: false, conditions: [], reviewDate: null, method: req.method },
      { meetingId: req.meetingId, itemId: req.itemId, mover: req.mover, seconder: req.seconder },
    );
  }
  if (s && s.type !== 'other' && s.type !== 'minutes-approval') {
    throw new AppError('invalid-input', 'Open that kind of motion from its own screen.');
  }
  const data = session.current().data;
  const meeting = meetingOf(data, req.meetingId);
  let title = req.text.length > 80 ? `${req.text.slice(0, 77)}…` : req.text;
  if (s?.type === 'minutes-approval') {
    const target = meetingOf(data, s.meetingId);
    if (target.id === meeting.id)
      throw new AppError('invalid-input', 'A meeting approves the minutes of an earlier one.');
    if (phaseOf(target) !== 'adjourned')
      throw new AppError('conflict', 'Only the minutes of an adjourned meeting can be approved.');
    if (minutesStatuses(data, indexVotes(data)).get(target.id) === 'approved')
      throw new AppError('conflict', 'Those minutes are already approved.');
    title = `Approve the minutes of ${target.title} (${target.date})`;
  }
  const { voteId } = await startDecision(session, {
    title,
    text: req.text,
    mover: req.mover,
    seconder: req.seconder,
    method: req.method,
    threshold: req.threshold,
    meetingId: req.meetingId,
    itemId: req.itemId,
    purpose: 'motion',
    subject: s,
  });
  return { voteId };
}

/** An appeal from the chair's ruling: the motion "to overturn the ruling", decided by majority. */
export async function appealRuling(
  session: Session,
  input: { id: string; pointId: string; by: string; seconder?: string | undefined },
): Promise<{ voteId: string }> {
  const data = session.current().data;
  const meeting = meetingOf(data, input.id);
  const state = meetingState(meeting.events, { quorum: quorumOf(data) });
  const point = state.points.find((p) => p.id === input.pointId);
  if (!point || point.kind === 'information')
    throw new AppError('not-found', 'There is no point of order with that id.');
  if (!point.ruling) throw new AppError('conflict', 'The chair has not ruled on this point yet.');
  if (point.appeal) throw new AppError('conflict', 'This ruling has already been appealed.');
  const ruled = point.ruling.ruling === 'well-taken' ? 'well taken' : 'not well taken';
  const { voteId } = await startDecision(session, {
    title: `Appeal: overturn the chair's ruling (${ruled})`,
    text: `That the ruling of the chair that the point of order raised by ${point.raisedBy} is ${ruled} be overturned.`,
    mover: input.by,
    seconder: input.seconder,
    method: 'show-of-hands',
    threshold: 'majority-cast',
    meetingId: meeting.id,
    ...(point.itemId ? { itemId: point.itemId } : {}),
    purpose: 'appeal',
    meetingEvent: (eventId, at) => ({
      type: 'ruling-appealed',
      id: eventId,
      at,
      pointId: point.id,
      by: input.by,
      ...(input.seconder ? { seconder: input.seconder } : {}),
    }),
  });
  return { voteId };
}

type ElectionInput = z.output<typeof ElectionDefinitionSchema>;

/** An election held in the meeting: its ballots are counted in the vote log, its result minuted. */
export async function openElection(
  session: Session,
  input: { meetingId: string; itemId?: string | undefined; definition: ElectionInput },
): Promise<{ voteId: string }> {
  const { link: _link, ...definition } = input.definition;
  const { voteId } = await openLinked(session, {
    definition,
    link: { purpose: 'election' },
    meetingId: input.meetingId,
    itemId: input.itemId,
    meetingEvent: (eventId, at) => ({
      type: 'election-opened',
      id: eventId,
      at,
      title: definition.title,
      seats: definition.seats,
      ...(input.itemId ? { itemId: input.itemId } : {}),
    }),
  });
  return { voteId };
}
