/**
 * Which window may call which channel. The main window runs the whole app; the print
 * window (hidden, renders one document for printToPDF) and the projector window (shows a
 * vote or a meeting on the room's screen) only read what their routes show. So a print
 * or projector page that is somehow made to run other code still cannot change the
 * chapter, save files, open links or dialogs.
 *
 * The lists follow the `api.…` calls in src/renderer/src/print/ and
 * src/renderer/src/features/projector/; tests/unit/foundation/ipc.test.ts scans those
 * files so a new call cannot drift out of the list unnoticed. No electron import here.
 */
import type { Channel } from '../shared/contract';

export const WINDOW_KINDS = ['main', 'print', 'projector'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** Channels the print routes read (src/renderer/src/print/PrintRoute.tsx and its documents). */
export const PRINT_CHANNELS = [
  'app.status',
  'candidates.compare',
  'candidates.get',
  'candidates.keyVotes',
  'candidates.questionnaire',
  'canvass.packet',
  'canvass.callSheet',
  'gotvVoted.chaseSheet',
  'gotvVoted.ridesSheet',
  'gotvVoted.strikeSheet',
  'meetings.get',
  'meetings.minutesMarkdown',
  'outreach.flyerPrint',
  'outreach.coverage',
  'outreach.socialBasics',
  'platform.get',
  'print.signInSheet',
  'shifts.print',
  'votes.get',
] as const satisfies readonly Channel[];

/** Channels the projector views read (src/renderer/src/features/projector/). */
export const PROJECTOR_CHANNELS = [
  'gotvVoted.board',
  'meetings.get',
  'votes.get',
] as const satisfies readonly Channel[];

const LIMITED: Record<Exclude<WindowKind, 'main'>, ReadonlySet<string>> = {
  print: new Set(PRINT_CHANNELS),
  projector: new Set(PROJECTOR_CHANNELS),
};

/** Whether a window of this kind may call the channel; an unknown window may call nothing. */
export function mayCall(kind: WindowKind | undefined, channel: Channel): boolean {
  if (kind === undefined) return false;
  if (kind === 'main') return true;
  return LIMITED[kind].has(channel);
}

/** The part of Electron's WebContents the registry needs. */
export interface ContentsLike {
  id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

const kinds = new Map<number, WindowKind>();

/** Called by createSecureWindow for every window the app opens. */
export function rememberWindowKind(contents: ContentsLike, kind: WindowKind): void {
  const { id } = contents;
  kinds.set(id, kind);
  contents.once('destroyed', () => {
    if (kinds.get(id) === kind) kinds.delete(id);
  });
}

/** The kind of window a sender belongs to; undefined for anything the app did not open. */
export function windowKindOf(contentsId: number): WindowKind | undefined {
  return kinds.get(contentsId);
}
