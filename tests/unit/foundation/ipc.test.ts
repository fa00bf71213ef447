import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../src/main/dispatch';
import { CHANNELS } from '../../../src/shared/contract';

type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => unknown;

const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
  },
}));

const { registerIpc } = await import('../../../src/main/ipc');

describe('registerIpc', () => {
  const calls: [unknown, unknown][] = [];
  const dispatch: Dispatch = (channel, input) => {
    calls.push([channel, input]);
    return Promise.resolve({ ok: true, value: 'dispatched' });
  };

  beforeEach(() => {
    handlers.clear();
    calls.length = 0;
  });

  it('registers exactly one handler per contract channel', () => {
    registerIpc(dispatch, undefined);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it.each([
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'file:///opt/chapterhouse/index.html',
    'app://evil/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a call from a frame at %j without dispatching', async (url) => {
    registerIpc(dispatch, undefined);
    for (const channel of CHANNELS) {
      const handler = handlers.get(channel);
      const result = (await handler?.({ senderFrame: { url } }, {})) as { ok: boolean };
      expect(result.ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a call whose sender frame is gone', async () => {
    registerIpc(dispatch, undefined);
    const result = (await handlers.get('app.status')?.({ senderFrame: null }, undefined)) as {
      ok: boolean;
    };
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('passes app:// senders to dispatch with the channel and input', async () => {
    registerIpc(dispatch, undefined);
    for (const channel of CHANNELS) {
      const input = { channel };
      const result = await handlers.get(channel)?.(
        { senderFrame: { url: 'app://chapterhouse/index.html#/members' } },
        input,
      );
      expect(result).toEqual({ ok: true, value: 'dispatched' });
    }
    expect(calls).toEqual(CHANNELS.map((c) => [c, { channel: c }]));
  });

  it('accepts the dev server only when it is configured', async () => {
    registerIpc(dispatch, 'http://localhost:5173');
    const result = await handlers.get('app.status')?.(
      { senderFrame: { url: 'http://localhost:5173/' } },
      undefined,
    );
    expect(result).toEqual({ ok: true, value: 'dispatched' });
  });
});
