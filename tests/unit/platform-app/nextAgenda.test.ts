import { describe, expect, it } from 'vitest';
import { meetingFromTemplate, placeOnNextMeetingAgenda } from '../../../src/main/services/meetings';
import { StoreSchema, emptyStore, type StoreData } from '../../../src/shared/schema/store';

const now = new Date('2026-03-01T12:00:00.000Z');
const recall = {
  kind: 'new-business' as const,
  title: 'Recall motion: Jane Doe',
  timeBoxMinutes: 20,
  link: { type: 'candidate' as const, candidateId: 'cand-1' },
  description: 'Scorecard fell below the bar',
};

function withMeetings(...dates: string[]): StoreData {
  const data = emptyStore();
  return {
    ...data,
    meetings: dates.map((date, i) =>
      meetingFromTemplate({ title: `M${i}`, date, now: new Date(now.getTime() + i) }),
    ),
  };
}

describe('placeOnNextMeetingAgenda', () => {
  it('creates a draft "Next meeting" a week later from the template when there is none', () => {
    const { data, meetingId, itemId } = placeOnNextMeetingAgenda(emptyStore(), recall, now);
    expect(StoreSchema.safeParse(data).success).toBe(true);
    const meeting = data.meetings.find((m) => m.id === meetingId)!;
    expect(meeting.title).toBe('Next meeting');
    expect(meeting.date).toBe('2026-03-08');
    const at = meeting.agenda.findIndex((a) => a.id === itemId);
    expect(meeting.agenda[at - 1]?.kind).toBe('new-business');
    expect(meeting.agenda[at]).toMatchObject({ title: recall.title, link: recall.link });
    expect(meeting.agenda.at(-1)?.kind).toBe('adjournment');
  });

  it('uses the earliest meeting dated today or later that has not started', () => {
    const base = withMeetings('2026-02-20', '2026-03-15', '2026-03-01', '2026-03-05');
    const started = {
      ...base.meetings[2]!,
      events: [{ type: 'meeting-started' as const, id: 'e1', at: now.toISOString() }],
    };
    const data = { ...base, meetings: base.meetings.with(2, started) };
    const out = placeOnNextMeetingAgenda(data, recall, now);
    expect(out.meetingId).toBe(data.meetings[3]!.id);
    expect(out.data.meetings).toHaveLength(4);
    expect(data.meetings[3]!.agenda.some((a) => a.id === out.itemId)).toBe(false);
  });

  it('refuses an empty title', () => {
    expect(() => placeOnNextMeetingAgenda(emptyStore(), { ...recall, title: ' ' }, now)).toThrow(
      /title/,
    );
  });
});
