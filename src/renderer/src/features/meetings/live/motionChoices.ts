import type { MeetingView } from '../../../../../shared/contract/meetings';
import type { MotionSubject } from '../../../../../shared/meetings';
import type { Threshold } from '../../../../../shared/schema/chapter';
import type { api } from '../../../api';

type Platform = Awaited<ReturnType<typeof api.platform.get>>['platform'];
type Candidates = Awaited<ReturnType<typeof api.candidates.list>>['candidates'];

/** What else the chair can put to the meeting: the platform, the candidates, the endorsement threshold. */
export interface MotionSources {
  platform: Platform | undefined;
  candidates: Candidates | undefined;
  endorsementThreshold: Threshold | undefined;
}

/** A motion the chair can pick: its words, what it decides, and the threshold it needs. */
export interface MotionChoice {
  value: string;
  label: string;
  subject: MotionSubject | undefined;
  text: string;
  threshold: Threshold;
}

export const FLOOR_MOTION: MotionChoice = {
  value: 'other',
  label: 'A motion from the floor',
  subject: undefined,
  text: '',
  threshold: 'majority-cast',
};

/**
 * The motions on offer for the item under discussion: one from the floor; for a linked policy
 * its adoption, tabling and proposed amendments; the adoption of any other policy ready for a
 * vote; the endorsement of a candidate who can be put to one; and approving earlier minutes.
 */
export function motionChoices(
  view: MeetingView,
  currentItemId: string | null,
  { platform, candidates, endorsementThreshold }: MotionSources,
): MotionChoice[] {
  const link = view.meeting.agenda.find((a) => a.id === currentItemId)?.link;
  const policy =
    link?.type === 'policy' ? platform?.policies.find((p) => p.id === link.policyId) : undefined;
  const amendments = policy
    ? (platform?.amendments ?? []).filter(
        (a) => a.policyId === policy.id && a.status === 'proposed',
      )
    : [];
  const choices: MotionChoice[] = [FLOOR_MOTION];
  if (policy?.status === 'ready') choices.push(adoption(policy));
  if (policy && (policy.status === 'ready' || policy.status === 'tabled')) {
    const tabling = policy.status === 'ready';
    choices.push({
      value: 'table',
      label: tabling
        ? `Lay “${policy.title}” on the table`
        : `Take “${policy.title}” from the table`,
      subject: { type: 'policy-status', policyId: policy.id, to: tabling ? 'tabled' : 'ready' },
      text: `That the policy “${policy.title}” be ${tabling ? 'laid on' : 'taken from'} the table.`,
      threshold: 'majority-cast',
    });
  }
  for (const a of amendments)
    choices.push({
      value: `amend:${a.id}`,
      label: `Amendment by ${a.proposedBy} to “${policy?.title ?? ''}”`,
      subject: { type: 'amendment', policyId: a.policyId, amendmentId: a.id },
      text: `That the amendment proposed by ${a.proposedBy} be adopted.`,
      threshold: 'majority-cast',
    });
  for (const p of platform?.policies ?? [])
    if (p.status === 'ready' && p.id !== policy?.id) choices.push(adoption(p));
  for (const { candidate: c, openDecision } of candidates ?? [])
    if (!openDecision && (c.status === 'interviewed' || c.status === 'under-review'))
      choices.push({
        value: `endorse:${c.id}`,
        label: `Endorse ${c.name} (${c.office})`,
        subject: { type: 'endorsement', candidateId: c.id },
        text: `That the chapter endorse ${c.name} (${c.office}, ${c.jurisdiction.name}).`,
        threshold: endorsementThreshold ?? 'two-thirds-cast',
      });
  for (const pm of view.pendingMinutes)
    choices.push({
      value: `minutes:${pm.id}`,
      label: `Approve the minutes of ${pm.title} (${pm.date})`,
      subject: { type: 'minutes-approval', meetingId: pm.id },
      text: `That the minutes of ${pm.title} (${pm.date}) be approved as drafted.`,
      threshold: 'majority-cast',
    });
  return choices;
}

function adoption(policy: { id: string; title: string }): MotionChoice {
  return {
    value: `adopt:${policy.id}`,
    label: `Adopt the policy “${policy.title}”`,
    subject: { type: 'policy-adoption', policyId: policy.id },
    text: `That the chapter adopts the policy “${policy.title}”.`,
    threshold: 'two-thirds-cast',
  };
}
