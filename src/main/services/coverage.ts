/**
 * The county coverage dashboard's data: the chapter's records and every voter list's
 * canvass results, folded by county (src/shared/outreach/coverage.ts). Voter data is only
 * read: a county list's results all belong to its county (its voter rows are not read); a
 * list that spans counties reads its rows once to learn each voter's county.
 */
import { PRESETS } from '../../shared/canvass/presets';
import type { VoterListMeta } from '../../shared/canvass/schema';
import { localDateOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { COUNTIES } from '../../shared/geo/counties';
import { stateByCode } from '../../shared/geo/states';
import { CanvassTally, coverageOf, type Coverage } from '../../shared/outreach/coverage';
import type { Session } from '../session';
import { readSettled } from './settled';
import { countyRef } from './voters/importer';
import { VoterStore } from './voters/store';

/** Where a list's voters live: one county for a county list, else voter ID → county FIPS. */
async function countiesOfVoters(
  store: VoterStore,
  meta: VoterListMeta,
): Promise<{ fips: string } | Map<string, string>> {
  if (meta.county && /^\d{5}$/.test(meta.county.fips)) return { fips: meta.county.fips };
  const preset = PRESETS[meta.preset];
  const resolved = new Map<string, string>();
  const byVoter = new Map<string, string>();
  for (const v of await store.readVoters(meta.id, meta.votersFile)) {
    let fips = resolved.get(v.county);
    if (fips === undefined) {
      fips = countyRef(preset, v.county)?.fips ?? '';
      resolved.set(v.county, fips);
    }
    if (fips) byVoter.set(v.id, fips);
  }
  return byVoter;
}

/** Every list's results, tallied by county. Door-level results of a spanning list are not placed. */
export async function tallyCanvass(dataDir: string): Promise<CanvassTally> {
  const store = new VoterStore(dataDir);
  const tally = new CanvassTally();
  for (const id of await store.listIds()) {
    const meta = await store.readMeta(id);
    if (!meta) continue;
    if (!(await store.hasResults(id))) continue;
    const where = await countiesOfVoters(store, meta);
    if (where instanceof Map) {
      await store.scanTallyEntries(id, (e) => {
        const fips = e.voterId ? where.get(e.voterId) : undefined;
        if (fips) tally.add(fips, id, e);
      });
    } else await store.scanTallyEntries(id, (e) => tally.add(where.fips, id, e));
  }
  return tally;
}

export async function countyCoverage(session: Session): Promise<Coverage> {
  const data = readSettled(session);
  const chapter = data.chapter;
  if (!chapter) throw new AppError('not-ready', 'Create the chapter first.');
  const state = stateByCode(chapter.state);
  if (!state) throw new AppError('not-ready', 'The chapter’s state is not known.');
  const tally = await tallyCanvass(session.dirFor(session.mode));
  return coverageOf({
    state: { code: state.code, name: state.name },
    counties: COUNTIES.filter((c) => c.state === state.code),
    members: data.members,
    volunteers: data.volunteers,
    shifts: data.shifts,
    flyerPrints: data.flyerPrints,
    canvass: tally.counts(),
    today: localDateOf(session.clock()),
  });
}
