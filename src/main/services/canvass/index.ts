/**
 * The app side of canvassing: one voter service per open data folder (the real chapter or
 * the sample), import jobs the renderer polls and can cancel, the packet's print data,
 * call sheets and their filled CSVs, the canvass settings (scripts, organiser) kept beside the voter files, and CSV saving.
 * No electron: the Host asks the person for files.
 */
import type { z } from 'zod';
import type {
  CallSheetData,
  CallSheetParamsSchema,
  CanvassSettings,
  CanvassSettingsPatch,
  PacketData,
  PacketParamsSchema,
  TurfList,
} from '../../../shared/contract/canvass';
import type { WalkMode } from '../../../shared/canvass/schema';
import { localDateOf } from '../../../shared/dates';
import type { Host } from '../../host';
import type { Session } from '../../session';
import { sheetPlans } from '../gotv/shiftPlans';
import { createVoterService, type VoterService } from '../voters/service';
import { callSheetData, callsPreview, importCalls, saveCallCsv } from './calls';
import { saveIdsCsv } from './idsExport';
import { createVoterImports } from './imports';
import { packetData, saveTurfCsv, toTurfList } from './packets';
import { readCanvassSettings, saveCanvassSettings } from './settings';

export function createCanvassApp(session: Session, host: Host) {
  let current: { dir: string; service: VoterService } | null = null;

  function dir(): string {
    session.current(); // refuse while the recovery screen is up
    return session.dirFor(session.mode);
  }

  /**
   * The voter service of the open folder, made afresh whenever the folder changes (real ↔
   * sample), so a discarded and re-created sample never reads a cached list.
   */
  function voters(): VoterService {
    const d = dir();
    if (!current || current.dir !== d) {
      current = { dir: d, service: createVoterService(d, { now: session.clock }) };
    }
    return current.service;
  }

  return {
    voters,
    settings: (): Promise<CanvassSettings> => readCanvassSettings(dir()),

    /** Saves the settings the patch names; the others keep their saved values. */
    saveSettings: (patch: CanvassSettingsPatch): Promise<CanvassSettings> =>
      saveCanvassSettings(dir(), patch),

    ...createVoterImports(host, voters, dir),

    async cutTurfs(listId: string, doorsPerTurf: number, mode: WalkMode): Promise<TurfList> {
      const set = await voters().cutTurfs(listId, { doorsPerTurf, mode });
      return toTurfList(set, false);
    },

    async turfs(listId: string): Promise<TurfList | null> {
      const service = voters();
      const set = await service.getTurfs(listId);
      if (!set) return null;
      return toTurfList(set, (await service.getList(listId)).turfsStale);
    },

    async packet(params: z.output<typeof PacketParamsSchema>): Promise<PacketData> {
      const data = session.current().data;
      const service = voters();
      const today = localDateOf(session.clock());
      const packet = await packetData(data, service, await readCanvassSettings(dir()), {
        ...params,
        today,
      });
      return { ...packet, gotv: await sheetPlans(data, dir(), params.electionId, packet.walkList) };
    },

    saveCsv: (listId: string, turfId: string, remaining: boolean) =>
      saveTurfCsv(host, voters(), { listId, turfId, remaining }),

    async callSheet(params: z.output<typeof CallSheetParamsSchema>): Promise<CallSheetData> {
      const today = localDateOf(session.clock());
      const settings = await readCanvassSettings(dir());
      const data = session.current().data;
      const sheet = await callSheetData(data, voters(), settings, { ...params, today });
      return { ...sheet, gotv: await sheetPlans(data, dir(), params.electionId, sheet.callList) };
    },

    /** The list's results as the count room's IDS.csv (`voter_id,support,code,at`). */
    saveIdsCsv: (listId: string) => saveIdsCsv(host, voters(), listId),

    saveCallCsv: (listId: string, turfId: string) =>
      saveCallCsv(host, voters(), { listId, turfId }),
    callsPreview: (input: Parameters<typeof callsPreview>[1]) => callsPreview(voters(), input),
    importCalls: (input: Parameters<typeof importCalls>[1]) => importCalls(voters(), input),
  };
}

export type CanvassApp = ReturnType<typeof createCanvassApp>;

const apps = new WeakMap<Session, CanvassApp>();

/**
 * The session's one canvass app, shared by the canvass and GOTV handlers so both read the
 * same cached voter list (and see each other's chapter marks at once).
 */
export function canvassAppOf(session: Session, host: Host): CanvassApp {
  let app = apps.get(session);
  if (!app) apps.set(session, (app = createCanvassApp(session, host)));
  return app;
}
