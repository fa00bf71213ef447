/**
 * The sample chapter's platform and meetings, made through the real services so that every
 * decision is a certified vote in the log: three Secured Rights, policies in the seed's areas
 * (one adopted at a past meeting), that meeting with its minutes, and the next meeting planned.
 */
import type { Session } from '../../session';
import { appendEvent, createMeeting, makeMotion, setAgenda } from '../meetings';
import { addFinding, createPolicy, getPlatform, proposeRight, transition } from '../platform';
import { certify, freezePresence, getVote, recordCounts } from '../votes';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The same session seen through a clock the seed moves by hand (for dated history). */
function at(session: Session, clock: { now: number }): Session {
  return Object.create(session, { clock: { value: () => new Date(clock.now) } }) as Session;
}

async function decide(s: Session, voteId: string, yes: number, no: number, abstain = 0) {
  const vote = getVote(s, voteId);
  if (!vote.presence) await freezePresence(s, voteId, yes + no + abstain);
  await recordCounts(s, voteId, { yes, no, abstain });
  await certify(s, voteId);
}

const RIGHTS = [
  ['Equal protection', 'Every person is equal before the law and in the policies of this chapter.'],
  [
    'Due process',
    'No one loses liberty, property or a public benefit without fair notice and a hearing.',
  ],
  ['Freedom of conscience', 'No policy may punish belief, speech or peaceful assembly.'],
] as const;

export async function seedSampleMeetings(session: Session): Promise<void> {
  const start = session.clock().getTime();
  const clock = { now: start - 60 * DAY };
  const past = at(session, clock);
  const members = session.current().data.members.filter((m) => m.active);
  const names = members.map((m) => m.name);
  const chair = names[0] ?? 'Chair';
  const secretary = names[1] ?? 'Secretary';

  // Secured Rights, each adopted by two-thirds at the founding meeting.
  for (const [title, text] of RIGHTS) {
    clock.now += 5 * MINUTE;
    const { voteId } = await proposeRight(past, {
      change: 'adopt',
      title,
      text,
      mover: chair,
      method: 'show-of-hands',
    });
    clock.now += 5 * MINUTE;
    await decide(past, voteId, 15, 1, 1);
  }
  const rights = getPlatform(past).platform.rights;

  const policy = async (
    areaId: string,
    title: string,
    summary: string,
    text: string,
    sponsors: string[],
  ) => (await createPolicy(past, { areaId, title, summary, text, sponsors })).id;
  const review = async (
    policyId: string,
    finding: 'no-conflict' | 'needs-discussion' = 'no-conflict',
  ) => {
    await transition(past, { policyId, to: 'rights-review' });
    for (const [i, r] of rights.entries()) {
      await addFinding(past, {
        policyId,
        rightId: r.id,
        finding: i === 1 ? finding : 'no-conflict',
        note:
          i === 1 && finding !== 'no-conflict'
            ? 'Who decides eligibility, and is there an appeal?'
            : '',
        by: names[3] ?? chair,
      });
    }
  };

  clock.now = start - 30 * DAY;
  const meals = await policy(
    'education',
    'Free school meals',
    'Breakfast and lunch for every public-school pupil, without means testing.',
    'Every public school in the county serves a free breakfast and lunch to every pupil who wants one.\n\nNo family is asked to prove its income, so no child is marked out at the lunch line.',
    [chair, names[2] ?? chair],
  );
  await review(meals);
  await transition(past, { policyId: meals, to: 'ready' });
  const clinics = await policy(
    'healthcare',
    'Clinic hours for working people',
    'Public clinics open evenings and Saturdays.',
    'County-funded clinics keep at least two evenings a week and Saturday mornings open, so that people who work days can be seen without losing pay.',
    [names[4] ?? chair],
  );
  await review(clinics);
  await transition(past, { policyId: clinics, to: 'ready' });
  const apprenticeships = await policy(
    'career-economy',
    'Apprenticeships at a living wage',
    'Paid apprenticeships in the building trades for young people and career changers.',
    'The county partners with the trades to fund apprenticeships paid at a living wage from the first day.',
    [names[5] ?? chair],
  );
  await review(apprenticeships, 'needs-discussion');
  await policy(
    'climate',
    'Community solar on public roofs',
    'Solar panels on schools and libraries, with the savings shared by low-income households.',
    '',
    [names[6] ?? chair],
  );

  // The past meeting, run through the live-meeting services.
  // 18:40 on the laptop's clock two weeks ago; the meeting is called to order around 19:00.
  const meetingDay = new Date(start - 14 * DAY);
  meetingDay.setHours(18, 40, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${meetingDay.getFullYear()}-${pad(meetingDay.getMonth() + 1)}-${pad(meetingDay.getDate())}`;
  clock.now = meetingDay.getTime();
  const { id } = await createMeeting(past, {
    title: 'Monthly chapter meeting',
    date,
    startTime: '19:00',
    place: 'Linden branch library, meeting room',
    county: session.current().data.chapter?.counties[0] ?? null,
    template: 'standard',
  });
  const meeting = session.current().data.meetings.find((m) => m.id === id)!;
  const agenda = meeting.agenda.map((a) =>
    a.kind === 'new-business'
      ? { ...a, title: 'Free school meals', link: { type: 'policy' as const, policyId: meals } }
      : a,
  );
  await setAgenda(past, id, agenda);
  const item = (kind: string) => agenda.find((a) => a.kind === kind)!.id;
  const step = async (minutes: number, event: Parameters<typeof appendEvent>[2]) => {
    clock.now += minutes * MINUTE;
    await appendEvent(past, id, event);
  };
  for (const m of members.slice(0, 17))
    await step(1, { type: 'member-checked-in', memberId: m.id });
  await step(0, { type: 'guests-set', count: 3 });
  await step(2, { type: 'meeting-started', chair, secretary });
  await step(0, { type: 'item-started', itemId: item('call-to-order') });
  await step(2, { type: 'item-started', itemId: item('attendance') });
  await step(4, { type: 'item-started', itemId: item('reports') });
  await step(12, {
    type: 'note-added',
    text: 'Treasurer: $1,240 in the account after the spring fundraiser.',
  });
  await step(3, { type: 'item-started', itemId: item('new-business') });
  const speakers = members.slice(2, 6);
  for (const m of speakers) await step(0, { type: 'speaker-added', speakerId: m.id, name: m.name });
  await step(1, {
    type: 'point-raised',
    kind: 'secured-right',
    by: names[7] ?? chair,
    rightId: rights[1]!.id,
    policyId: meals,
    text: 'Asking families to prove income would deny due process.',
  });
  await step(1, {
    type: 'point-ruled',
    pointId: session
      .current()
      .data.meetings.find((m) => m.id === id)!
      .events.at(-1)!.id,
    ruling: 'not-well-taken',
    note: 'The policy already rules out means testing, so no one is asked to prove income.',
  });
  clock.now += 20 * MINUTE;
  const { voteId } = await makeMotion(past, {
    meetingId: id,
    itemId: item('new-business'),
    text: 'That the chapter adopts the policy “Free school meals”.',
    mover: names[2] ?? chair,
    seconder: names[4] ?? chair,
    threshold: 'two-thirds-cast',
    method: 'show-of-hands',
    subject: { type: 'policy-adoption', policyId: meals },
  });
  clock.now += 3 * MINUTE;
  await decide(past, voteId, 14, 2, 1);
  await step(1, {
    type: 'action-item-added',
    what: 'Write to the school board asking for a hearing on free meals',
    who: names[2] ?? chair,
    itemId: item('new-business'),
  });
  await step(2, { type: 'item-started', itemId: item('outreach-planning') });
  await step(12, {
    type: 'note-added',
    text: 'Canvass of the Linden neighbourhood set for the second Saturday.',
  });
  await step(3, { type: 'item-started', itemId: item('adjournment') });
  await step(1, { type: 'meeting-adjourned' });

  // The next meeting, planned, with the clinic-hours policy on the agenda.
  const next = new Date(start + 14 * DAY).toISOString().slice(0, 10);
  const { id: nextId } = await createMeeting(session, {
    title: 'Monthly chapter meeting',
    date: next,
    startTime: '19:00',
    place: 'Linden branch library, meeting room',
    county: session.current().data.chapter?.counties[0] ?? null,
    template: 'standard',
  });
  const nextMeeting = session.current().data.meetings.find((m) => m.id === nextId)!;
  await setAgenda(
    session,
    nextId,
    nextMeeting.agenda.map((a) =>
      a.kind === 'new-business'
        ? {
            ...a,
            title: 'Clinic hours for working people',
            link: { type: 'policy' as const, policyId: clinics },
          }
        : a,
    ),
  );
}
