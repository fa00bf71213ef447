/**
 * What an import killed part-way leaves in `voters/`: a temp file of voter rows that was
 * never renamed, or a renamed rows file that no list's metadata points at (the metadata
 * is the commit point; see store.ts). Both are unreachable voter data — private data
 * that must not linger — so each start removes them.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { VoterStore } from './store';

const ROWS = /^([a-z0-9][a-z0-9-]{0,63})\.voters\.\d+\.ndjson$/;

/** Removes crashed imports' leftovers from `<dataDir>/voters/`; returns their names. */
export async function sweepVoterLeftovers(dataDir: string): Promise<string[]> {
  const store = new VoterStore(dataDir);
  let names: string[];
  try {
    names = await readdir(store.dir);
  } catch {
    return [];
  }
  // Which rows file each list's metadata names; a list with damaged metadata keeps all its
  // rows (the damage is reported where the list is opened).
  const named = new Map<string, { keepAll: true } | string | null>();
  const rowsFileOf = async (id: string) => {
    if (!named.has(id)) {
      const meta = await store.readMeta(id).then(
        (m) => m?.votersFile ?? null,
        () => ({ keepAll: true }) as const,
      );
      named.set(id, meta);
    }
    return named.get(id);
  };
  const leftovers: string[] = [];
  for (const name of names) {
    const rows = ROWS.exec(name);
    if (name.startsWith('.') && name.endsWith('.tmp')) leftovers.push(name);
    else if (rows) {
      const current = await rowsFileOf(rows[1] ?? '');
      const keep = current !== null && (typeof current === 'object' || current === name);
      if (!keep) leftovers.push(name);
    }
  }
  await Promise.all(leftovers.map((n) => rm(join(store.dir, n), { force: true })));
  return leftovers;
}
