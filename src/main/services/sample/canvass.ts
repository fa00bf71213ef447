/**
 * The sample chapter's voter list: 200 invented Franklin County voters in the Ohio
 * statewide layout, written to a file and read through the real importer (so the sample
 * shows exactly what an import gives), cut into turfs, with a few results entered.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OHIO_COLUMNS } from '../../../shared/canvass/presets';
import type { Session } from '../../session';
import { createVoterService } from '../voters/service';
import { writeFileDurable } from '../../store/durable';

const SAMPLE_VOTERS = 200;
const ELECTIONS = [
  'PRIMARY-03/19/2024',
  'GENERAL-11/05/2024',
  'GENERAL-11/07/2023',
  'GENERAL-11/08/2022',
  'GENERAL-11/03/2020',
];
const STREETS = ['OAK ST', 'N HIGH ST', 'MAPLE AVE', 'PARSONS AVE', 'CLEVELAND AVE', 'LINDEN PL'];
const LAST = ['RIVERA', 'BAKER', 'OKAFOR', 'NGUYEN', 'SCHMIDT', 'HADDAD', 'BROOKS', 'KOWALSKI'];
const FIRST = ['ANA', 'JAMES', 'MEI', 'DESHAWN', 'SOFIA', 'OMAR', 'LINDA', 'TOMAS', 'GRACE', 'LEO'];

/** The sample file's lines (deterministic: the sample looks the same every time). */
export function sampleVoterLines(count = SAMPLE_VOTERS): string[] {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const q = (s: string) => `"${s}"`;
  // A phone column after the official layout, as a chapter's vendor phone match adds one.
  const lines = [[...OHIO_COLUMNS, ...ELECTIONS, 'PHONE_NUMBER'].map(q).join(',')];
  let written = 0;
  let door = 0;
  while (written < count) {
    const street = STREETS[Math.floor(door / 20) % STREETS.length] ?? 'OAK ST';
    const house = 100 + (door % 20) * 3 + (door % 2 === 0 ? 0 : 1);
    const building = door % 20 === 7;
    const units = building ? 6 : 1;
    for (let u = 1; u <= units && written < count; u++) {
      const size = 1 + Math.floor(rand() * 3);
      const family = pick(LAST);
      for (let v = 0; v < size && written < count; v++) {
        written++;
        const row: Record<string, string> = {
          SOS_VOTERID: `OHSAMPLE${String(written).padStart(6, '0')}`,
          COUNTY_NUMBER: '25',
          LAST_NAME: family,
          FIRST_NAME: pick(FIRST),
          MIDDLE_NAME: pick(['', 'A', 'J', 'MARIE']),
          DATE_OF_BIRTH: `${1940 + Math.floor(rand() * 64)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
          REGISTRATION_DATE: '2016-05-01',
          VOTER_STATUS: 'ACTIVE',
          PARTY_AFFILIATION: pick(['', '', 'D', 'R', 'G']),
          RESIDENTIAL_ADDRESS1: `${house} ${street}`,
          RESIDENTIAL_SECONDARY_ADDR: building ? `APT ${u}` : '',
          RESIDENTIAL_CITY: 'COLUMBUS',
          RESIDENTIAL_STATE: 'OH',
          RESIDENTIAL_ZIP: '43215',
          PRECINCT_NAME: `COLUMBUS ${1 + Math.floor(door / 40)}-A`,
          PRECINCT_CODE: `25AA${1 + Math.floor(door / 40)}`,
        };
        const history = ELECTIONS.map((e) =>
          rand() < 0.6 ? (e.startsWith('PRIMARY') ? pick(['D', 'R']) : 'X') : '',
        );
        // Fictional 555-01xx numbers, for about two voters in three.
        const phone = rand() < 0.68 ? `614-555-01${String(written % 100).padStart(2, '0')}` : '';
        lines.push([...OHIO_COLUMNS.map((c) => row[c] ?? ''), ...history, phone].map(q).join(','));
      }
    }
    door++;
  }
  return lines;
}

/** Imports the sample voter list with its turfs and results; returns the list's ID. */
export async function seedSampleCanvass(session: Session): Promise<string> {
  const dir = session.dirFor('sample');
  const service = createVoterService(dir, { now: session.clock });
  await mkdir(join(dir, 'voters'), { recursive: true });
  const file = join(dir, 'voters', 'sample-franklin-voters.csv');
  await writeFile(file, `${sampleVoterLines().join('\r\n')}\r\n`);
  try {
    const r = await service.importList({ path: file, preset: 'ohio', fileDate: '2026-01-05' });
    if (!r.ok) throw new Error(`The sample voter list could not be imported: ${r.error.message}`);
    const set = await service.cutTurfs(r.list.id, { doorsPerTurf: 25 });
    const first = set.turfs[0];
    if (first) {
      const walk = await service.turfWalkList(r.list.id, first.id);
      const entries = walk.households.slice(0, 12).map((h, i) => {
        const voterId = h.occupants[0]?.id ?? null;
        const turfId = first.id;
        if (i % 4 === 1) return { voterId, turfId, support: 1 + (i % 5), volunteer: i === 5 };
        return { voterId, turfId, code: i % 4 === 3 ? ('CB' as const) : ('NH' as const) };
      });
      await service.recordResults(r.list.id, entries);
      // The phone bank from home (two days ago) called the turf's doors not knocked yet.
      const calls = (await service.callList(r.list.id, first.id)).households
        .filter((h) => !walk.households.slice(0, 12).some((k) => k.key === h.key))
        .slice(0, 8)
        .flatMap((h) => h.occupants.slice(0, 1))
        .map((v, i) => ({
          voterId: v.id,
          turfId: first.id,
          mode: 'phone' as const,
          canvasser: 'Lucía Fernández',
          ...(i % 3 === 0 ? { code: 'NH' as const } : { support: 1 + (i % 4), yardSign: i === 4 }),
        }));
      await service.recordResults(r.list.id, calls);
    }
    await writeFileDurable(
      join(dir, 'voters', 'canvass-settings.json'),
      `${JSON.stringify(
        {
          script:
            'Hi, I’m a volunteer with the Franklin County chapter. We’re talking with neighbours about the election on November 3. What matters most to you this year?',
          callScript:
            'Hi, may I speak with [name]? I’m a volunteer with the Franklin County chapter, calling neighbours about the election on November 3. Do you have a minute? How are you leaning this year, from strong support to strong oppose?',
          organiserName: 'Amara Okafor',
          organiserPhone: '(614) 555-0142',
        },
        null,
        2,
      )}\n`,
    );
    return r.list.id;
  } finally {
    await rm(file, { force: true });
  }
}
