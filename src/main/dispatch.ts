/**
 * channel → zod-parsed input → service → zod-checked output. The same function serves
 * Electron's ipcMain and the e2e test bridge, so tests exercise the real path. No
 * electron import here.
 */
import { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type Output,
  type ParsedInput,
} from '../shared/contract';
import { AppError, toApiIssues, type Envelope } from '../shared/errors';
import type { Host } from './host';
import { Session } from './session';
import { createChapter, updateChapter } from './services/chapter';
import {
  addMember,
  deactivateMember,
  listMembers,
  reactivateMember,
  updateMember,
  addMembers,
} from './services/members';
import { analyseMemberCsv, previewOf } from './services/memberImport';
import { applyBundle, exportBundle, previewBundle } from './services/bundle';
import { backups, restoreBackup, startFresh } from './services/recovery';
import { discardSample, openSample } from './services/sample';
import { savePdf, signInSheet } from './services/print';

type Handlers = {
  [K in Channel]: (input: ParsedInput<K>) => Promise<Output<K>> | Output<K>;
};

function today(session: Session): string {
  return session.clock().toISOString().slice(0, 10);
}

function handlers(session: Session, host: Host): Handlers {
  return {
    'app.status': () => session.status(),
    // The host opens http(s) only, after the person confirms.
    'app.openExternal': async ({ url }) => ({ opened: await host.openExternal(url) }), // eng-disable OPEN_EXTERNAL_JS_CHECK
    'chapter.create': (input) => createChapter(session, input),
    'chapter.update': (input) => updateChapter(session, input),
    'bundle.export': () => exportBundle(session, host),
    'bundle.preview': ({ text }) => previewBundle(session, text),
    'bundle.apply': ({ text }) => applyBundle(session, text),
    'recovery.backups': () => backups(session),
    'recovery.restore': ({ id }) => restoreBackup(session, id),
    'recovery.startFresh': () => startFresh(session),
    'sample.open': () => openSample(session),
    'sample.close': () => session.open('real'),
    'sample.discard': () => discardSample(session),
    'members.list': () => listMembers(session),
    'members.add': (input) => addMember(session, input),
    'members.update': ({ id, member }) => updateMember(session, id, member),
    'members.deactivate': ({ id, reason }) => deactivateMember(session, id, reason),
    'members.reactivate': ({ id }) => reactivateMember(session, id),
    'members.importPreview': ({ csv, mapping }) =>
      previewOf(analyseMemberCsv(csv, mapping, session.current().data, today(session))),
    'members.importCommit': ({ csv, mapping }) =>
      session.current().update((data) => {
        const analysis = analyseMemberCsv(csv, mapping, data, today(session));
        const { data: next, added } = addMembers(
          data,
          analysis.members.map((m) => m.member),
        );
        return { data: next, result: { added: added.length, problems: analysis.problems } };
      }),
    'print.signInSheet': (input) => signInSheet(session, input),
    'print.save': (input) => savePdf(session, host, input),
  };
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

function toError(error: unknown): Envelope<never> {
  if (error instanceof AppError) return { ok: false, error: error.toJSON() };
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Some fields are not valid.',
        issues: toApiIssues(error.issues),
      },
    };
  }
  console.error(error);
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Something went wrong: ${(error as Error)?.message ?? String(error)}`,
    },
  };
}

export function createDispatch(session: Session, host: Host): Dispatch {
  const table = handlers(session, host) as Record<Channel, (input: unknown) => unknown>;
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'invalid-input', message: `Unknown channel ${String(channel)}` },
      };
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Some fields are not valid.',
          issues: toApiIssues(parsed.error.issues),
        },
      };
    }
    try {
      const value: unknown = await table[channel](parsed.data);
      return { ok: true, value: spec.output.parse(value) };
    } catch (error) {
      return toError(error);
    }
  };
}

/** Opens the data folder and returns the dispatcher the app (or a test) talks to. */
export async function startBackend(dataDir: string, host: Host, clock?: () => Date) {
  const session = new Session(dataDir, clock);
  await session.open('real');
  return { session, dispatch: createDispatch(session, host) };
}
