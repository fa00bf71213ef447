/**
 * channel → zod-parsed input → service → zod-checked output. The same function serves
 * Electron's ipcMain and the e2e test bridge, so tests exercise the real path. No
 * electron import here.
 */
import { z } from 'zod';
import { contract, isChannel, type Channel } from '../shared/contract';
import { AppError, toApiIssues, type Envelope } from '../shared/errors';
import { allHandlers } from './handlers';
import type { Host } from './host';
import { sweepVoterLeftovers } from './services/voters/sweep';
import { refuseKeptOnChapterLaptop } from './sync/readOnly';
import { Session } from './session';
import { syncHub } from './sync/syncHub';

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
  const table = allHandlers({ session, host }) as Record<Channel, (input: unknown) => unknown>;
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `Unknown channel ${typeof channel === 'string' ? channel : '(not a channel name)'}`,
        },
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
      await refuseKeptOnChapterLaptop(session, channel);
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
  await sweepVoterLeftovers(dataDir);
  // Sync picks up where it was left; nothing starts if it was never turned on.
  await syncHub(session).resume();
  return { session, dispatch: createDispatch(session, host) };
}
