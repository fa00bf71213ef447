/**
 * `npm run sync-server -- --port N --data DIR --tokens FILE [--host ADDRESS]`: the chapter
 * sync server, a plain Node process (no Electron) that many chapters can share. It relays
 * and stores each chapter's documents (DIR/<chapter id>/), lets in the devices listed in
 * FILE (one JSON line per device, as Settings → Devices shows it on the chapter laptop) and
 * those the chapter laptop has paired since, and shuts out revoked ones at once.
 *
 * It speaks plain ws:// on 127.0.0.1 by default: put it behind a TLS proxy (Caddy, nginx) on
 * a small VPS and give the laptops the wss:// address (docs/sync-server.md).
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ServerStore } from '../main/sync/serverStore';
import { SyncServer } from '../main/sync/server';

const USAGE = 'usage: sync-server --port N --data DIR --tokens FILE [--host ADDRESS]';

async function main(argv: string[]): Promise<number> {
  let values: { port?: string; data?: string; tokens?: string; host?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        tokens: { type: 'string' },
        host: { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}; ${USAGE}`);
  }
  const port = Number(values.port);
  if (!values.data || !values.tokens || !Number.isInteger(port) || port < 0 || port > 65535) {
    return fail(USAGE);
  }
  await mkdir(values.data, { recursive: true, mode: 0o700 });
  const store = await ServerStore.open(values.data, values.tokens);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  const server = await SyncServer.listen({ host: values.host ?? '127.0.0.1', port }, store, log);
  const { address, port: bound } = server.address;
  log(`Chapterhouse sync server listening on ws://${address}:${bound}/sync`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sync-server: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
