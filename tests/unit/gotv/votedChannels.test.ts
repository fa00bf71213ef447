import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  Board,
  ChaseSheetData,
  RidesSheetData,
  StrikeSheetData,
  VotedFileChoice,
  VotedImportResult,
  VoterBrief,
} from '../../../src/shared/contract/gotvVoted';
import type { Voter } from '../../../src/shared/canvass/schema';
import { call, failure } from '../foundation/helpers';
import { answer, gotvSetup } from './setup';

describe('gotvVoted channels', () => {
  it('voted file, strike-off, strike and chase lists and the board, over dispatch', async () => {
    const s = await gotvSetup(200);
    const electionId = s.election.id;
    const supporters = s.voters.slice(0, 30);
    await answer(
      s,
      supporters.map((v) => ({ voterId: v.id, support: 1 })),
    );
    const [early, atPolls] = supporters as [(typeof supporters)[0], (typeof supporters)[0]];
    const file = join(s.dir, 'early.csv');
    await writeFile(file, `SOS_VOTERID,DATE_RETURNED\n${early.id},10/20/2026\n`);
    s.host.openPaths.push(file);
    const choice = await call<VotedFileChoice>(s.dispatch, 'gotvVoted.chooseFile');
    expect(choice.layout).toBe('ohio');
    const imported = await call<VotedImportResult>(s.dispatch, 'gotvVoted.import', {
      electionId,
      token: choice.token,
    });
    expect(imported.import).toMatchObject({ newlyVoted: 1, newlyInUniverse: 1 });
    expect(imported.newlyVoted[0]?.id).toBe(early.id);

    const struck = await call<VoterBrief>(s.dispatch, 'gotvVoted.strike', {
      electionId,
      voterId: ` ${atPolls.id} `,
      by: 'Pat',
    });
    expect(struck.vote?.how).toBe('strike');

    const board = await call<Board>(s.dispatch, 'gotvVoted.board', { electionId });
    expect(board.total).toEqual({ universe: 30, voted: 2, remaining: 28 });

    const strike = await call<StrikeSheetData>(s.dispatch, 'gotvVoted.strikeSheet', {
      electionId,
    });
    const listed = strike.precincts.flatMap((p) => p.voters.map((v) => v.id));
    expect(listed).toHaveLength(28);
    expect(listed).not.toContain(early.id);
    const full = await call<StrikeSheetData>(s.dispatch, 'gotvVoted.strikeSheet', {
      electionId,
      remaining: false,
    });
    const all = full.precincts.flatMap((p) => p.voters);
    expect(all).toHaveLength(30);
    expect(
      all
        .filter((v) => v.voted)
        .map((v) => v.id)
        .sort(),
    ).toEqual([early.id, atPolls.id].sort());

    const chase = await call<ChaseSheetData>(s.dispatch, 'gotvVoted.chaseSheet', {
      electionId,
      doorsPerTurf: 5,
    });
    const chased = chase.turfs.flatMap((t) => t.households.flatMap((h) => h.voters));
    expect(chased).toHaveLength(28);
    expect(chase.turfs.every((t) => t.doors <= 5)).toBe(true);

    // Rides still to give, by time: the voter who has voted is off the list; no time goes last.
    const [, , r1, r2, r3] = supporters as [Voter, Voter, Voter, Voter, Voter];
    await call(s.dispatch, 'gotv.savePlans', {
      electionId,
      plans: [
        { voterId: r1.id, plan: 'election-day', needsRide: true },
        {
          voterId: r2.id,
          plan: 'election-day',
          needsRide: true,
          rideDate: '2026-11-03',
          rideTime: '09:30',
        },
        {
          voterId: r3.id,
          plan: 'early',
          needsRide: true,
          rideDate: '2026-11-01',
          rideTime: '16:00',
        },
        {
          voterId: atPolls.id,
          plan: 'election-day',
          needsRide: true,
          rideDate: '2026-11-03',
          rideTime: '08:00',
        },
      ],
    });
    const rides = await call<RidesSheetData>(s.dispatch, 'gotvVoted.ridesSheet', { electionId });
    expect(rides.rides.map((r) => [r.id, r.when])).toEqual([
      [r3.id, '2026-11-01 16:00'],
      [r2.id, '2026-11-03 09:30'],
      [r1.id, ''],
    ]);
    expect(rides.rides[1]?.plan).toBe('Election day · Needs a ride 2026-11-03 09:30');

    expect((await failure(s.dispatch, 'gotvVoted.board', { electionId: 'nope' })).code).toBe(
      'not-found',
    );
    expect(
      (await failure(s.dispatch, 'gotvVoted.strikeSheet', { electionId, precinct: 'ZZZ' })).message,
    ).toMatch(/No one in the universe votes in precinct ZZZ/);
  });
});
