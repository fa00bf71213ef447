import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../src/main/dispatch';
import {
  PRINT_CHANNELS,
  PROJECTOR_CHANNELS,
  rememberWindowKind,
  type WindowKind,
} from '../../../src/main/windowKinds';
import { CHANNELS, isChannel } from '../../../src/shared/contract';

type Event = { senderFrame: { url: string } | null; sender?: { id: number } };
type Handler = (event: Event, input: unknown) => unknown;

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

/** A fake WebContents registered as a window of the given kind; returns it and a way to destroy it. */
let nextId = 1000;
function windowOf(kind: WindowKind) {
  const listeners: (() => void)[] = [];
  const contents = {
    id: nextId++,
    once: (_event: 'destroyed', listener: () => void) => listeners.push(listener),
  };
  rememberWindowKind(contents, kind);
  return { sender: { id: contents.id }, destroy: () => listeners.forEach((l) => l()) };
}

const APP_URL = 'app://chapterhouse/index.html#/members';
const main = windowOf('main');

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
      const result = (await handler?.({ senderFrame: { url }, sender: main.sender }, {})) as {
        ok: boolean;
      };
      expect(result.ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a call whose sender frame is gone', async () => {
    registerIpc(dispatch, undefined);
    const result = (await handlers.get('app.status')?.(
      { senderFrame: null, sender: main.sender },
      undefined,
    )) as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('passes app:// senders in the main window to dispatch with the channel and input', async () => {
    registerIpc(dispatch, undefined);
    for (const channel of CHANNELS) {
      const input = { channel };
      const result = await handlers.get(channel)?.(
        { senderFrame: { url: APP_URL }, sender: main.sender },
        input,
      );
      expect(result).toEqual({ ok: true, value: 'dispatched' });
    }
    expect(calls).toEqual(CHANNELS.map((c) => [c, { channel: c }]));
  });

  it('accepts the dev server only when it is configured', async () => {
    registerIpc(dispatch, 'http://localhost:5173');
    const result = await handlers.get('app.status')?.(
      { senderFrame: { url: 'http://localhost:5173/' }, sender: main.sender },
      undefined,
    );
    expect(result).toEqual({ ok: true, value: 'dispatched' });
  });
});

describe('registerIpc: each kind of window reaches only its own channels', () => {
  const calls: unknown[] = [];
  const dispatch: Dispatch = (channel) => {
    calls.push(channel);
    return Promise.resolve({ ok: true, value: 'dispatched' });
  };
  const call = (sender: { id: number } | undefined, channel: string, url = APP_URL) =>
    handlers.get(channel)?.({ senderFrame: { url }, sender }, {}) as Promise<{
      ok: boolean;
      error?: { message: string };
    }>;

  beforeEach(() => {
    handlers.clear();
    calls.length = 0;
    registerIpc(dispatch, undefined);
  });

  it('a print window calling members.add is refused, with a clear error', async () => {
    const print = windowOf('print');
    const result = await call(print.sender, 'members.add', 'app://chapterhouse/#/print/x');
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Refused: the print window may not call members.add.' },
    });
    expect(calls).toEqual([]);
  });

  it('a print window may read app.status and the documents’ data', async () => {
    const print = windowOf('print');
    for (const channel of ['app.status', 'votes.get', 'print.signInSheet', 'canvass.packet']) {
      expect(await call(print.sender, channel)).toEqual({ ok: true, value: 'dispatched' });
    }
  });

  it('a print or projector window may call nothing outside its list', async () => {
    for (const [kind, allowed] of [
      ['print', PRINT_CHANNELS],
      ['projector', PROJECTOR_CHANNELS],
    ] as const) {
      const win = windowOf(kind);
      for (const channel of CHANNELS) {
        const result = await call(win.sender, channel);
        expect(result.ok, `${kind} → ${channel}`).toBe(
          (allowed as readonly string[]).includes(channel),
        );
      }
    }
  });

  it('a projector window reads votes and meetings, and may not print, save or change anything', async () => {
    const projector = windowOf('projector');
    expect((await call(projector.sender, 'votes.get')).ok).toBe(true);
    expect((await call(projector.sender, 'meetings.get')).ok).toBe(true);
    for (const channel of ['print.save', 'meetings.event', 'app.openExternal', 'app.status']) {
      expect((await call(projector.sender, channel)).ok, channel).toBe(false);
    }
  });

  it('a sender that is no window of the app, or a closed one, may call nothing', async () => {
    expect((await call(undefined, 'app.status')).ok).toBe(false);
    expect((await call({ id: 987_654 }, 'app.status')).ok).toBe(false);
    const closed = windowOf('main');
    expect((await call(closed.sender, 'app.status')).ok).toBe(true);
    closed.destroy();
    const refused = await call(closed.sender, 'app.status');
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/did not come from a Chapterhouse window/);
  });

  it('the lists name only real, read-only channels', () => {
    for (const channel of [...PRINT_CHANNELS, ...PROJECTOR_CHANNELS]) {
      expect(isChannel(channel), channel).toBe(true);
      // Reads only: no verbs that save, change, open or import.
      expect(channel).not.toMatch(
        /\.(add|create|update|remove|delete|save|set|import|export|open|record|event|motion|appeal|cast|certify)/i,
      );
    }
  });
});

/**
 * Every `api.<group>.<verb>` the print and projector code calls must be on its list, or the
 * window would be refused at run time. Scans the routes' own folders, and the renderer
 * modules they import components or hooks from (a module imported only for its
 * UPPER_CASE constants is not scanned: constants call nothing).
 */
describe('the allowlists cover what the print and projector code calls', () => {
  const renderer = 'src/renderer/src';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const resolveImport = (from: string, spec: string): string | null => {
    const base = join(from, '..', spec);
    for (const candidate of [
      `${base}.ts`,
      `${base}.tsx`,
      join(base, 'index.ts'),
      join(base, 'index.tsx'),
    ]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // try the next
      }
    }
    return null;
  };
  const stripComments = (source: string) =>
    source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  function callsFrom(roots: string[]): Map<string, string[]> {
    const seen = new Set<string>();
    const queue = roots.flatMap(walk);
    const calls = new Map<string, string[]>();
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (file === join(renderer, 'api.ts')) continue; // the bridge itself
      const source = stripComments(readFileSync(file, 'utf8'));
      expect(source, `${file} reaches the api dynamically`).not.toMatch(/\bapi\s*\[/);
      for (const match of source.matchAll(/\bapi\.(\w+)\.(\w+)/g)) {
        const channel = `${match[1]}.${match[2]}`;
        calls.set(channel, [...(calls.get(channel) ?? []), file]);
      }
      for (const m of source.matchAll(/^import\s+(?!type\b)([^'"]*?)\s+from\s+'(\.[^']+)'/gm)) {
        const names = (m[1] ?? '')
          .replace(/[{}]/g, '')
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        const onlyConstants =
          names.length > 0 && names.every((n) => /^(type\s+)?[A-Z][A-Z0-9_]*$/.test(n));
        const target = resolveImport(file, m[2] ?? '');
        if (target && !onlyConstants) queue.push(target);
      }
    }
    return calls;
  }

  it('print routes', () => {
    const calls = callsFrom([join(renderer, 'print')]);
    expect(calls.size).toBeGreaterThan(5);
    for (const [channel, files] of calls) {
      expect(
        PRINT_CHANNELS as readonly string[],
        `${channel} (called in ${files.join(', ')})`,
      ).toContain(channel);
    }
  });

  it('projector views', () => {
    const calls = callsFrom([join(renderer, 'features/projector')]);
    expect([...calls.keys()].sort()).toEqual(['gotvVoted.board', 'meetings.get', 'votes.get']);
    for (const channel of calls.keys()) {
      expect(PROJECTOR_CHANNELS as readonly string[], channel).toContain(channel);
    }
  });
});
