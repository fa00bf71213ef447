/**
 * Turfs and walk-sheet packets: the turf list the renderer shows, a packet's print data
 * (with the chapter's script, organiser and flyer), and a turf saved as CSV.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import type {
  CanvassSettings,
  PacketData,
  PacketParamsSchema,
  TurfList,
} from '../../../shared/contract/canvass';
import { walkListToCsv } from '../../../shared/canvass/export';
import type { TurfSet } from '../../../shared/canvass/schema';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { Host } from '../../host';
import { writeFileDurable } from '../../store/durable';
import type { VoterService } from '../voters/service';

export function toTurfList(set: TurfSet, stale: boolean): TurfList {
  return {
    cutAt: set.cutAt,
    options: set.options,
    stale,
    turfs: set.turfs.map(({ householdKeys: _keys, ...t }) => t),
  };
}

export function packetId(listId: string, turfId: string, remaining: boolean): string {
  return `${listId.toUpperCase()}-${turfId}${remaining ? '-R' : ''}`;
}

/** A turf's walk list: every door, or only the doors not yet done. */
function walkListOf(service: VoterService, listId: string, turfId: string, remaining: boolean) {
  return remaining ? service.remainingDoors(listId, turfId) : service.turfWalkList(listId, turfId);
}

/** What a walk packet and a call sheet both print: the chapter, the county, who to call. */
export async function sheetFacts(
  data: StoreData,
  service: VoterService,
  settings: CanvassSettings,
  params: { listId: string; date: string; today: string },
) {
  if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  const meta = await service.getList(params.listId);
  const fips = meta.county?.fips ?? null;
  const profile = fips ? data.countyProfiles.find((p) => p.fips === fips) : undefined;
  return {
    chapterName: data.chapter.name,
    sample: data.sample,
    state: meta.state,
    county: meta.county?.name ?? '',
    countyFips: fips,
    date: params.date || params.today,
    organiserName: settings.organiserName || profile?.contact.name || '',
    organiserPhone: settings.organiserPhone || profile?.contact.phone || '',
    fileDate: meta.fileDate.slice(0, 10),
  };
}

export async function packetData(
  data: StoreData,
  service: VoterService,
  settings: CanvassSettings,
  params: z.output<typeof PacketParamsSchema> & { today: string },
): Promise<PacketData> {
  const facts = await sheetFacts(data, service, settings, params);
  const walkList = await walkListOf(service, params.listId, params.turfId, params.remaining);
  const fips = facts.countyFips;
  const flyer =
    (fips ? data.flyers.find((f) => f.countyFips === fips) : undefined) ??
    (data.flyers.length === 1 ? data.flyers[0] : undefined);
  return {
    ...facts,
    packetId: packetId(params.listId, params.turfId, params.remaining),
    remaining: params.remaining,
    canvasser: params.canvasser,
    script: settings.script,
    walkList,
    flyerId: flyer?.id ?? null,
  };
}

export async function saveTurfCsv(
  host: Host,
  service: VoterService,
  { listId, turfId, remaining }: { listId: string; turfId: string; remaining: boolean },
) {
  await service.getList(listId);
  const csv = walkListToCsv(await walkListOf(service, listId, turfId, remaining));
  const path = await host.chooseSavePath({
    title: 'Save the turf as CSV',
    defaultName: `${packetId(listId, turfId, remaining).toLowerCase()}-walk-order.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, csv);
  return { saved: true, fileName: basename(path) };
}
