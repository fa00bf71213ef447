/**
 * What a person sees when Chapterhouse cannot open its data folder, and what they can do
 * about it. No electron import: index.ts shows the failure in a native message box (a
 * window that works even when the renderer cannot load) and gives the loop its dialogs.
 *
 * Only what throws out of locking the folder or starting the backend comes here. A
 * damaged, too large or newer chapter file is not a failed start: the session opens the
 * in-app recovery screen for it.
 */
import { AppError } from '../shared/errors';

export type StartFailureKind = 'locked' | 'read-only' | 'disk-full' | 'other';
export type StartAction = 'choose-folder' | 'retry' | 'quit';

export interface StartFailure {
  kind: StartFailureKind;
  title: string;
  /** What happened and what can be done, in plain words. */
  message: string;
  /** The error's own words, for whoever helps the person. */
  detail: string;
  /** In the order the buttons appear. */
  actions: { action: StartAction; label: string }[];
  /** The button Enter presses. */
  defaultAction: StartAction;
}

const ACTIONS: StartFailure['actions'] = [
  { action: 'choose-folder', label: 'Choose another folder…' },
  { action: 'retry', label: 'Try again' },
  { action: 'quit', label: 'Quit' },
];

const READ_ONLY_ERRNOS = new Set(['EROFS', 'EACCES', 'EPERM']);
const DISK_FULL_ERRNOS = new Set(['ENOSPC', 'EDQUOT']);

/** The AppError code or errno of an error or of any error it wraps (`cause`). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function kindOf(error: unknown): StartFailureKind {
  const codes = codesOf(error);
  const appCode = error instanceof AppError ? error.code : undefined;
  if (appCode === 'locked') return 'locked';
  if (appCode === 'read-only' || codes.some((c) => READ_ONLY_ERRNOS.has(c))) return 'read-only';
  if (appCode === 'disk-full' || codes.some((c) => DISK_FULL_ERRNOS.has(c))) return 'disk-full';
  return 'other';
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

export function classifyStartFailure(error: unknown, dataDir: string): StartFailure {
  const detail = messageOf(error);
  const kind = kindOf(error);
  const common = { kind, detail, actions: ACTIONS };
  switch (kind) {
    case 'locked':
      return {
        ...common,
        title: 'Chapterhouse is already open',
        message:
          `The chapter in ${dataDir} is already open in another Chapterhouse, on this ` +
          'computer or on another one sharing the folder. Close it there, then choose ' +
          '“Try again”. Or choose another folder.',
        defaultAction: 'retry',
      };
    case 'read-only':
      return {
        ...common,
        title: 'Chapterhouse cannot write to the data folder',
        message:
          `Chapterhouse keeps the chapter in ${dataDir}, but it is not allowed to write ` +
          'there: the folder or its drive is read-only, or it belongs to another user. If it ' +
          'is on a USB stick, check the stick’s lock switch and choose “Try again”. Or choose ' +
          'another folder.',
        defaultAction: 'choose-folder',
      };
    case 'disk-full':
      return {
        ...common,
        title: 'The disk is full',
        message:
          `There is no room left on the drive that holds ${dataDir}. Free some space ` +
          '(empty the trash, remove large files), then choose “Try again”. Or choose a ' +
          'folder on another drive.',
        defaultAction: 'retry',
      };
    default:
      return {
        ...common,
        title: 'Chapterhouse could not start',
        message:
          `Chapterhouse could not open the chapter in ${dataDir}: ${detail}\n\n` +
          'Choose “Try again”, or choose another folder.',
        defaultAction: 'retry',
      };
  }
}

/** Options for Electron's dialog.showMessageBox (structurally; no electron import here). */
export function messageBoxOptions(failure: StartFailure) {
  const buttons = failure.actions.map((a) => a.label);
  const indexOf = (action: StartAction) => failure.actions.findIndex((a) => a.action === action);
  return {
    type: 'error' as const,
    title: failure.title,
    message: failure.title,
    detail:
      failure.kind === 'other'
        ? failure.message
        : `${failure.message}\n\nWhat the system said: ${failure.detail}`,
    buttons,
    defaultId: indexOf(failure.defaultAction),
    cancelId: indexOf('quit'),
    noLink: true,
  };
}

/** The action of the button the person pressed (closing the box counts as Quit). */
export function actionAt(failure: StartFailure, response: number): StartAction {
  return failure.actions[response]?.action ?? 'quit';
}

export interface StartLoopDeps<T> {
  /** Locks the folder and starts the backend; undoes its own work if it fails. */
  start: (dataDir: string) => Promise<T>;
  /** Shows the failure and returns what the person chose. */
  ask: (failure: StartFailure) => Promise<StartAction>;
  /** A directory dialog; null when the person cancels. */
  chooseFolder: (current: string) => Promise<string | null>;
}

/**
 * Starts on `dataDir`; on a failure asks the person, then retries the whole start (with
 * the folder they chose, if they chose one). Null when they chose Quit.
 */
export async function startWithRecovery<T>(
  dataDir: string,
  deps: StartLoopDeps<T>,
): Promise<{ dataDir: string; started: T } | null> {
  let dir = dataDir;
  for (;;) {
    try {
      return { dataDir: dir, started: await deps.start(dir) };
    } catch (error) {
      const failure = classifyStartFailure(error, dir);
      for (;;) {
        const action = await deps.ask(failure);
        if (action === 'quit') return null;
        if (action === 'retry') break;
        const chosen = await deps.chooseFolder(dir);
        if (chosen) {
          dir = chosen;
          break;
        }
        // Cancelled the folder dialog: the same question again.
      }
    }
  }
}

export interface OpenFolderDeps<B> {
  makeDir: (dir: string) => Promise<unknown>;
  lock: (dir: string) => Promise<() => Promise<void>>;
  backend: (dir: string) => Promise<B>;
}

/**
 * One attempt at a start: make sure the folder exists (as the store would), take its lock,
 * start the backend. If the backend fails the lock is released, so "Try again" and
 * another instance can take it.
 */
export async function openDataFolder<B>(
  dir: string,
  deps: OpenFolderDeps<B>,
): Promise<{ backend: B; releaseLock: () => Promise<void> }> {
  await deps.makeDir(dir);
  const releaseLock = await deps.lock(dir);
  try {
    return { backend: await deps.backend(dir), releaseLock };
  } catch (error) {
    await releaseLock().catch(() => undefined);
    throw error;
  }
}
