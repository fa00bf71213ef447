/**
 * The sample chapter's volunteers and shifts: members and supporters with skills, languages
 * and counties (a Spanish speaker who drives in Pike County on weekends among them), last
 * weekend's canvass of the sample voter list's first turf with its attendance (its doors are
 * the sample results), a phone bank from home that called the same turf, and two shifts
 * coming up.
 */
import { localDateOf } from '../../../shared/dates';
import type { StoreData } from '../../../shared/schema/store';
import type { Volunteer } from '../../../shared/volunteers/schema';
import type { Shift, SignupStatus } from '../../../shared/volunteers/shifts';

const DAY = 86_400_000;
const FRANKLIN = '39049';
const DELAWARE = '39041';
const PIKE = '39131';
const ROSS = '39141';

/** The sample voter list (sample/canvass.ts imports Franklin County's Ohio file into it). */
const SAMPLE_LIST = 'oh-franklin';

type Extra = Partial<Omit<Volunteer, 'id' | 'addedAt'>>;

function volunteer(n: number, at: string, fields: Extra): Volunteer {
  return {
    memberId: undefined,
    name: undefined,
    email: undefined,
    phone: undefined,
    otherSkill: undefined,
    homeCounty: undefined,
    notes: undefined,
    skills: [],
    languages: [],
    travelCounties: [],
    availability: [],
    doNotContact: false,
    ...fields,
    id: `sample-volunteer-${n}`,
    addedAt: at,
  };
}

function signups(at: string, list: [number, ...SignupStatus[]][]): Shift['signups'] {
  return list.map(([n, ...statuses]) => ({
    volunteerId: `sample-volunteer-${n}`,
    status: statuses.at(-1) ?? 'signed-up',
    history: statuses.map((status) => ({ status, at })),
  }));
}

export function sampleVolunteering(now: Date): Pick<StoreData, 'volunteers' | 'shifts'> {
  const day = (offset: number) => localDateOf(new Date(now.getTime() + offset * DAY));
  const earlier = new Date(now.getTime() - 10 * DAY).toISOString();
  const volunteers = [
    volunteer(1, earlier, {
      memberId: 'sample-member-3',
      skills: ['canvassing', 'translation', 'driving'],
      languages: ['Spanish', 'English'],
      travelCounties: [PIKE, ROSS],
      availability: ['evening', 'weekend'],
    }),
    volunteer(2, earlier, {
      memberId: 'sample-member-8',
      skills: ['canvassing', 'phone-banking'],
      languages: ['Spanish', 'English'],
      availability: ['weekday', 'evening'],
    }),
    volunteer(3, earlier, {
      memberId: 'sample-member-1',
      skills: ['social-media', 'tabling'],
      languages: ['English', 'Igbo'],
      travelCounties: [DELAWARE],
      availability: ['weekend'],
    }),
    volunteer(4, earlier, {
      name: 'Lucía Fernández',
      email: 'lucia.fernandez@example.org',
      phone: '(740) 555-0199',
      skills: ['driving', 'phone-banking'],
      languages: ['Spanish'],
      homeCounty: PIKE,
      travelCounties: [ROSS],
      availability: ['weekend'],
      notes: 'Signed up at the Waverly farmers market. Has a minivan (6 seats).',
    }),
    volunteer(5, earlier, {
      name: 'Tom Becker',
      phone: '(740) 555-0123',
      skills: ['data-entry'],
      languages: ['English'],
      homeCounty: DELAWARE,
      availability: ['weekday'],
      doNotContact: true,
      notes: 'Asked not to be called; signs up at meetings.',
    }),
    volunteer(6, earlier, {
      memberId: 'sample-member-12',
      skills: ['driving', 'canvassing'],
      languages: ['Spanish', 'English'],
      travelCounties: [PIKE],
      availability: ['weekend'],
    }),
  ];
  const shifts: Shift[] = [
    {
      id: 'sample-shift-1',
      kind: 'canvass',
      title: 'Saturday canvass, Columbus 1-A',
      place: 'Linden branch library, 2223 Cleveland Ave',
      date: day(-1),
      start: '10:00',
      end: '13:00',
      county: FRANKLIN,
      capacity: 6,
      turf: { listId: SAMPLE_LIST, turfId: 'T001' },
      notes: 'Pairs walk together; bring water. Results are entered the same evening.',
      createdAt: earlier,
      signups: signups(earlier, [
        [1, 'signed-up', 'confirmed', 'attended'],
        [2, 'signed-up', 'attended'],
        [6, 'signed-up', 'confirmed', 'no-show'],
        [3, 'signed-up', 'withdrawn'],
      ]),
    },
    {
      id: 'sample-shift-2',
      kind: 'phone-bank',
      title: 'Evening phone bank',
      place: 'Chapter office, 40 N High St, Columbus',
      date: day(5),
      start: '18:00',
      end: '20:30',
      county: FRANKLIN,
      capacity: 8,
      notes: 'Scripts and call sheets are at the office; bring a charged phone.',
      createdAt: earlier,
      signups: signups(earlier, [
        [2, 'signed-up'],
        [4, 'signed-up', 'confirmed'],
      ]),
    },
    {
      id: 'sample-shift-4',
      kind: 'phone-bank',
      title: 'Phone bank from home, Columbus 1-A',
      place: 'From home (call sheets by email)',
      date: day(-2),
      start: '18:00',
      end: '20:00',
      county: FRANKLIN,
      capacity: 4,
      turf: { listId: SAMPLE_LIST, turfId: 'T001' },
      notes: 'Send the filled call sheet (CSV) back to the organiser.',
      createdAt: earlier,
      signups: signups(earlier, [
        [4, 'signed-up', 'confirmed', 'attended'],
        [5, 'signed-up', 'attended'],
      ]),
    },
    {
      id: 'sample-shift-3',
      kind: 'tabling',
      title: 'Farmers market table',
      place: 'Delaware farmers market, N Sandusky St',
      date: day(9),
      start: '09:00',
      end: '12:00',
      county: DELAWARE,
      capacity: 3,
      notes: undefined,
      createdAt: earlier,
      signups: signups(earlier, [
        [3, 'signed-up', 'confirmed'],
        [5, 'signed-up'],
      ]),
    },
  ];
  return { volunteers, shifts };
}
