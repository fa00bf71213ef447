import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { PacketData, TurfList } from '../../../src/shared/contract/canvass';
import type { VoterListMeta } from '../../../src/shared/canvass/schema';
import type { CanvassStats } from '../../../src/shared/canvass/results';
import { call, fakeHost, tempDir } from '../foundation/helpers';
import { listDir } from '../foundation/helpers';

describe('sample chapter canvassing', () => {
  it('imports a small voter list through the real importer, cut into turfs with a few results', async () => {
    const dir = await tempDir('canvass-sample-');
    const { dispatch } = await startBackend(join(dir, 'data'), fakeHost(join(dir, 'saved')));
    await call(dispatch, 'sample.open');
    const lists = await call<VoterListMeta[]>(dispatch, 'canvass.lists');
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list).toMatchObject({ id: 'oh-franklin', voters: 200, fileDate: '2026-01-05' });
    expect(list?.imports[0]?.summary.skippedCount).toBe(0);
    // The generated file is not left behind; the voter data is apart from chapter.json.
    expect(
      (await listDir(join(dir, 'data', 'sample', 'voters'))).some((f) => f.endsWith('.csv')),
    ).toBe(false);
    const turfs = await call<TurfList>(dispatch, 'canvass.turfs', { listId: 'oh-franklin' });
    expect(turfs.turfs.length).toBeGreaterThan(2);
    const stats = await call<CanvassStats>(dispatch, 'canvass.stats', {
      listId: 'oh-franklin',
      turfId: 'T001',
    });
    expect(stats.doorsKnocked).toBe(12);
    expect(stats.contacts).toBe(3);
    const packet = await call<PacketData>(dispatch, 'canvass.packet', {
      listId: 'oh-franklin',
      turfId: 'T001',
    });
    expect(packet.organiserPhone).toBe('(614) 555-0142');
    expect(packet.county).toBe('Franklin');
    // The real chapter has no voter lists.
    await call(dispatch, 'sample.close');
    expect(await call(dispatch, 'canvass.lists')).toEqual([]);
    // Results entered in the sample are gone with it; a new sample starts over.
    await call(dispatch, 'sample.open');
    await call(dispatch, 'canvass.recordResults', {
      listId: 'oh-franklin',
      entries: [{ voterId: packet.walkList.households[20]?.occupants[0]?.id, code: 'NH' }],
    });
    await call(dispatch, 'sample.discard');
    await call(dispatch, 'sample.open');
    const fresh = await call<CanvassStats>(dispatch, 'canvass.stats', {
      listId: 'oh-franklin',
      turfId: 'T001',
    });
    expect(fresh.doorsKnocked).toBe(12);
  });
});
