/**
 * Meetings: ten years of a chapter's meetings (500 meetings of 15 agenda items, 5,000 motions,
 * each motion a certified vote in the hash-chained vote log), and
 *
 * - the meeting list (`meetings.list`: every meeting's phase and minutes status, with outcomes
 *   folded from the vote log) on the open store, and cold (open the file, then list);
 * - one meeting's minutes (`generateMinutes` + Markdown, results read from the vote log),
 *
 * each next to readFile + JSON.parse of the same store file, measured in the same run.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOTION_PURPOSE } from '../src/shared/decisions';
import { listMeetings, minutesMarkdownOf } from '../src/main/services/meetings';
import { appendVoteEvents } from '../src/main/services/voteLog';
import { ChapterStore, DATA_FILE } from '../src/main/store/chapterStore';
import {
  agendaFromTemplate,
  STANDARD_ORDER_OF_BUSINESS,
  type MeetingEvent,
} from '../src/shared/meetings';
import type { StoredMeeting } from '../src/shared/meetings/stored';
import type { Member } from '../src/shared/schema/member';
import { emptyStore, type StoreData } from '../src/shared/schema/store';
import type { VoteEvent } from '../src/shared/voteLog/events';
import { printRow, timeMedian } from './lib';

const MEETINGS = 500;
const ITEMS = 15;
const MOTIONS_PER_MEETING = 10;
const MEMBERS = 60;
const MINUTE = 60_000;

export function buildStoreForProbe(): StoreData {
  return buildStore();
}

function buildStore(): StoreData {
  const base = emptyStore();
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `m-${i}`,
    name: `Member ${String(i).padStart(2, '0')}`,
    county: '39049',
    email: `member${i}@example.org`,
    phone: undefined,
    roles: [],
    joined: '2016-01-15',
    active: true,
    history: [],
  }));
  const meetings: StoredMeeting[] = [];
  const voteEvents: VoteEvent[] = [];
  const start = Date.parse('2016-01-07T23:00:00.000Z');
  for (let k = 0; k < MEETINGS; k++) {
    const t0 = start + k * 7.3 * 86_400_000;
    let t = t0;
    const at = (minutes = 1) => new Date((t += minutes * MINUTE)).toISOString();
    const template = {
      ...STANDARD_ORDER_OF_BUSINESS,
      items: [
        ...STANDARD_ORDER_OF_BUSINESS.items.slice(0, 6),
        ...Array.from({ length: ITEMS - 10 }, (_, i) => ({
          kind: 'new-business' as const,
          title: `Policy discussion ${i + 1}`,
          timeBoxMinutes: 10,
        })),
        ...STANDARD_ORDER_OF_BUSINESS.items.slice(6),
      ],
    };
    const agenda = agendaFromTemplate(template, () => randomUUID());
    const id = randomUUID();
    const events: MeetingEvent[] = [];
    const ev = (e: Record<string, unknown>) =>
      events.push({ id: randomUUID(), at: at(), ...e } as MeetingEvent);
    for (let i = 0; i < 30; i++)
      ev({ type: 'member-checked-in', memberId: `m-${(k + i) % MEMBERS}` });
    ev({ type: 'guests-set', count: k % 5 });
    ev({ type: 'meeting-started', chair: 'Member 00', secretary: 'Member 01' });
    let motions = 0;
    for (const [i, item] of agenda.entries()) {
      ev({ type: 'item-started', itemId: item.id });
      ev({ type: 'speaker-added', speakerId: `m-${(k + i) % MEMBERS}` });
      const entry = events.at(-1)!.id;
      ev({ type: 'speaker-started', entryId: entry });
      ev({ type: 'speaker-finished', entryId: entry });
      ev({ type: 'note-added', text: `Discussion of ${item.title}: several members spoke.` });
      if (i >= 4 && motions < MOTIONS_PER_MEETING) {
        const motionId = randomUUID();
        const madeAt = at();
        events.push({
          type: 'motion-made',
          id: motionId,
          at: madeAt,
          text: `That the chapter adopts proposal ${k}-${i}.`,
          mover: 'Member 02',
          seconder: 'Member 03',
          threshold: 'majority-cast',
          itemId: item.id,
        });
        const voteId = randomUUID();
        const vat = at(2);
        voteEvents.push(
          {
            type: 'vote-opened',
            voteId,
            at: madeAt,
            definition: {
              kind: 'motion',
              title: `Proposal ${k}-${i}`,
              text: `That the chapter adopts proposal ${k}-${i}.`,
              mover: 'Member 02',
              seconder: 'Member 03',
              method: 'show-of-hands',
              threshold: 'majority-cast',
              link: { meetingId: id, itemId: item.id, purpose: `${MOTION_PURPOSE}${motionId}` },
            },
          },
          {
            type: 'presence-frozen',
            voteId,
            at: vat,
            present: 30,
            members: MEMBERS,
            quorum: 31 - 0,
          },
          { type: 'counts-recorded', voteId, at: vat, yes: 20, no: 8, abstain: 2 },
          {
            type: 'certified',
            voteId,
            at: vat,
            outcome: 'adopted',
            winners: [],
            summary:
              'Adopted: 20 yes, 8 no, 2 abstain — majority of votes cast needed 15; quorum 31, 30 present.',
          },
        );
        motions++;
      }
    }
    ev({ type: 'meeting-adjourned' });
    meetings.push({
      id,
      title: `Chapter meeting ${k + 1}`,
      date: new Date(t0).toISOString().slice(0, 10),
      startTime: '19:00',
      place: 'Linden branch library',
      county: '39049',
      agenda,
      createdAt: new Date(t0 - 86_400_000).toISOString(),
      events,
      secretaryNotes: '',
      minutesDraft: null,
    });
  }
  const data: StoreData = {
    ...base,
    chapter: {
      id: 'bench-chapter',
      name: 'Bench Egalitarians',
      state: 'OH',
      counties: ['39049'],
      quorum: { kind: 'majority' },
      defaultThreshold: 'majority-cast',
      createdAt: new Date(start).toISOString(),
    },
    members,
    meetings,
  };
  return appendVoteEvents(data, voteEvents);
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'chapterhouse-bench-meetings-'));
  try {
    const data = buildStore();
    const motions = data.meetings.reduce(
      (n, m) => n + m.events.filter((e) => e.type === 'motion-made').length,
      0,
    );
    const created = await ChapterStore.open(
      dir,
      () => data,
      () => new Date(),
    );
    if (created.kind !== 'ok') throw new Error('could not create the bench store');
    const file = join(dir, DATA_FILE);
    const bytes = (await stat(file)).size;
    const size = `${MEETINGS} meetings × ${ITEMS} items, ${motions} motions, ${(bytes / 1e6).toFixed(1)} MB`;
    const parse = await timeMedian(async () => JSON.parse(await readFile(file, 'utf8')) as unknown);

    const open = created.store.data;
    const list = await timeMedian(() => listMeetings(open), 5);
    printRow({
      name: 'meeting list (open store)',
      size,
      figureMs: list,
      baselineName: 'readFile + JSON.parse',
      baselineMs: parse,
    });
    const cold = await timeMedian(async () => {
      const opened = await ChapterStore.open(
        dir,
        () => data,
        () => new Date(),
      );
      if (opened.kind !== 'ok') throw new Error('could not open');
      return listMeetings(opened.store.data);
    }, 3);
    printRow({
      name: 'meeting list (open the file, then list)',
      size,
      figureMs: cold,
      baselineName: 'readFile + JSON.parse',
      baselineMs: parse,
    });
    const middle = open.meetings[Math.floor(MEETINGS / 2)]!.id;
    const minutes = await timeMedian(() => minutesMarkdownOf(open, middle), 5);
    printRow({
      name: "one meeting's minutes (events + vote log → Markdown)",
      size,
      figureMs: minutes,
      baselineName: 'readFile + JSON.parse',
      baselineMs: parse,
    });
    // A live meeting appends one event per action (check-in, next item, speaker): validated and
    // written durably, while the other 499 meetings are reused as they are.
    const store = created.store;
    const live = store.data.meetings.at(-1)!.id;
    let n = 0;
    const append = await timeMedian(
      () =>
        store.update((d) => ({
          data: {
            ...d,
            meetings: d.meetings.map((m) =>
              m.id === live
                ? {
                    ...m,
                    events: [
                      ...m.events,
                      {
                        type: 'note-added' as const,
                        id: `bench-${n++}`,
                        at: new Date().toISOString(),
                        text: 'Noted.',
                      },
                    ],
                  }
                : m,
            ),
          },
        })),
      5,
    );
    printRow({
      name: 'one live-meeting event (validate + durable write)',
      size,
      figureMs: append,
      baselineName: 'readFile + JSON.parse',
      baselineMs: parse,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
