import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { UniverseView } from '../../../src/shared/contract/gotv';
import type { Board } from '../../../src/shared/contract/gotvVoted';
import type { Election } from '../../../src/shared/gotv/election';
import type { VotePlanEntry } from '../../../src/shared/gotv/plans';
import { call, fakeHost, tempDir } from '../foundation/helpers';

describe('sample chapter: get out the vote', () => {
  it('has an election two weeks out with a universe, vote plans and a strike-off', async () => {
    const dir = await tempDir();
    const now = new Date('2026-12-03T15:00:00Z');
    const { dispatch } = await startBackend(dir, fakeHost(join(dir, 'saved')), () => now);
    await call(dispatch, 'sample.open');
    const [election, ...others] = await call<Election[]>(dispatch, 'gotv.elections');
    expect(others).toEqual([]);
    expect(election).toMatchObject({ name: 'General election', date: '2026-12-17' });
    const electionId = election!.id;
    const universe = await call<UniverseView>(dispatch, 'gotv.universe', { electionId });
    expect(universe.voters.length).toBeGreaterThanOrEqual(3);
    const plans = await call<VotePlanEntry[]>(dispatch, 'gotv.plans', { electionId });
    expect(plans.map((p) => p.plan).sort()).toEqual(['early', 'election-day', 'mail']);
    expect(plans.filter((p) => p.needsRide)).toHaveLength(1);
    const board = await call<Board>(dispatch, 'gotvVoted.board', { electionId });
    expect(board.total.voted).toBe(1);
  });
});
