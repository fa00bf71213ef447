import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRoom } from '../../../src/main/services/gotv/countRoom';
import type { SavedFile } from '../../../src/shared/contract/app';
import { call } from '../foundation/helpers';
import { gotvSetup } from './setup';

describe('canvass.saveIdsCsv', () => {
  it('saves the results as the IDS.csv the count room reads: latest answers and exclusions hold', async () => {
    const { dispatch, host, dir, listId, voters } = await gotvSetup(300);
    const [a, b, c, d] = voters.map((v) => v.id) as [string, string, string, string];
    const answers = [
      { voterId: a, support: 1, at: '2026-10-01T10:00:00-04:00' },
      { voterId: b, support: 2, at: '2026-10-01T11:00:00-04:00' },
      { voterId: c, support: 1, at: '2026-10-01T12:00:00-04:00' },
      // c says 3 later (in another time zone's notation): c leaves.
      { voterId: c, support: 3, at: '2026-10-01T17:00:00Z' },
      { voterId: d, support: 2, at: '2026-10-01T12:00:00-04:00' },
      { voterId: d, code: 'MV', at: '2026-10-02T12:00:00-04:00' },
    ];
    await call(dispatch, 'canvass.recordResults', { listId, entries: answers });
    const saved = await call<SavedFile>(dispatch, 'canvass.saveIdsCsv', { listId });
    expect(saved).toEqual({ saved: true, fileName: `${listId}-ids.csv` });
    const path = host.saved.at(-1) as string;
    const text = await readFile(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('voter_id,support,code,at');
    expect(text.split('\r\n')).toContain(`${c},3,,2026-10-01T17:00:00.000Z`);

    const out = await countRoom({
      voters: join(dir, 'franklin.csv'),
      preset: 'ohio',
      county: null,
      ids: path,
      voted: [],
      votedPreset: 'auto',
      doorsPerTurf: 30,
      mode: 'odd-even',
    });
    expect(out.summary.universe).toBe(2);
    const strike = [...out.files].filter(([name]) => name.startsWith('strike-'));
    const ids = strike.flatMap(([, csv]) =>
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((r) => r.split(',')[9]),
    );
    expect(ids.sort()).toEqual([a, b].sort());
  });
});
