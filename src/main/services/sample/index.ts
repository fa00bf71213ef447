/**
 * "Explore with a sample chapter": a clearly marked chapter in its own folder, so a
 * newcomer sees the app working in one click and can throw it away without risk.
 * Each capability adds its own sample data here.
 */
import type { Member } from '../../../shared/schema/member';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { updateSettled } from '../settled';
import { seedSampleVotes } from './votes';
import { sampleCandidates, seedSampleCandidates } from './candidates';
import { SAMPLE_DISCLAIMER, sampleCountyProfiles, sampleFlyers } from './outreach';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { seedSampleMeetings } from './meetings';
import { seedSampleCanvass } from './canvass';
import { seedSampleGotv } from './gotv';
import { sampleVolunteering } from './volunteers';
import { PlatformStoreSchema } from '../../../shared/platform/stored';

const NAMES = [
  'Amara Okafor',
  'Ben Whitaker',
  'Carmen Delgado',
  'Dev Patel',
  'Elena Sokolova',
  'Farid Haddad',
  'Grace Kim',
  'Hector Ramirez',
  'Imani Brooks',
  'Jonah Feldman',
  'Keiko Tanaka',
  'Luis Moreno',
  'Maya Johnson',
  'Noah Schmidt',
  'Olivia Chen',
  'Priya Raman',
  'Quinn Murphy',
  'Rosa Alvarez',
  'Samuel Osei',
  'Tara Nguyen',
  'Uma Shah',
  'Victor Lindqvist',
  'Wen Li',
  'Yusuf Demir',
];

export function sampleStore(now: Date): StoreData {
  const franklin = '39049';
  const delaware = '39041';
  const members: Member[] = NAMES.map((name, i) => ({
    id: `sample-member-${i + 1}`,
    name,
    county: i % 3 === 2 ? delaware : franklin,
    email: `${name.split(' ')[0]?.toLowerCase()}@example.org`,
    phone: undefined,
    roles: i === 0 ? ['chair'] : i === 1 ? ['secretary'] : i === 2 || i === 3 ? ['teller'] : [],
    joined: `202${3 + (i % 3)}-0${1 + (i % 9)}-15`,
    active: i !== NAMES.length - 1,
    deactivation:
      i === NAMES.length - 1 ? { reason: 'Moved out of state', at: now.toISOString() } : undefined,
    history:
      i === NAMES.length - 1
        ? [{ at: now.toISOString(), change: 'deactivated', reason: 'Moved out of state' }]
        : [],
  }));
  return {
    schemaVersion: 1,
    sample: true,
    chapter: {
      id: 'sample-chapter',
      name: 'Sample — Central Ohio Egalitarians',
      state: 'OH',
      counties: [franklin, delaware],
      quorum: { kind: 'majority' },
      defaultThreshold: 'majority-cast',
      createdAt: now.toISOString(),
    },
    members,
    votes: [],
    countyProfiles: sampleCountyProfiles(now, franklin),
    flyers: sampleFlyers(now, franklin),
    /** The half-sheet was printed three times for Franklin County. */
    flyerPrints: [
      { flyerId: 'sample-flyer-1', countyFips: franklin, saves: 3, lastAt: now.toISOString() },
    ],
    settings: { ...DEFAULT_SETTINGS, flyerDisclaimer: SAMPLE_DISCLAIMER },
    platform: PlatformStoreSchema.parse({}),
    meetings: [],
    gotvElections: [],
    ...sampleCandidates(now),
    ...sampleVolunteering(now),
  };
}

export async function openSample(session: Session) {
  const status = await session.open('sample');
  if (status.state === 'first-run') {
    await updateSettled(session, () => ({ data: sampleStore(session.clock()) }));
    await seedSampleVotes(session);
    await seedSampleMeetings(session);
    await seedSampleCandidates(session);
    await seedSampleGotv(session, await seedSampleCanvass(session));
  }
  return session.status();
}

export async function discardSample(session: Session) {
  const status = await session.open('real');
  await session.discardSample();
  return status;
}
