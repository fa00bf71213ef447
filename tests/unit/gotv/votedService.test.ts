import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVotedService } from '../../../src/main/services/gotv/voted';
import { createVotedStore } from '../../../src/main/services/gotv/votedStore';
import { createVoterService } from '../../../src/main/services/voters/service';
import { AppError } from '../../../src/shared/errors';
import { manualClock } from '../foundation/helpers';
import { gotvSetup } from './setup';

async function setup() {
  const b = { ...(await gotvSetup(400)), time: manualClock('2026-11-03T12:00:00Z') };
  const dataDir = join(b.dir, 'data');
  const voters = createVoterService(dataDir);
  const byId = await voters.votersById(b.listId);
  const ids = [...byId.keys()];
  const universe = new Set(ids.slice(0, 60));
  const service = () =>
    createVotedService({
      host: b.host,
      voters: () => voters,
      store: createVotedStore(() => dataDir),
      now: b.time.clock,
      elections: {
        election: (id) =>
          id === 'e1'
            ? Promise.resolve({ id, name: 'General 2026', date: '2026-11-03', listId: b.listId })
            : Promise.reject(new AppError('not-found', 'no such election')),
        universe: () => Promise.resolve(universe),
      },
    });
  return { ...b, dataDir, ids, byId, universe, service };
}

async function importFile(
  s: ReturnType<Awaited<ReturnType<typeof setup>>['service']>,
  b: Awaited<ReturnType<typeof setup>>,
  name: string,
  text: string,
  opts: { preset?: 'auto' | 'generic'; idColumn?: string } = {},
) {
  const path = join(b.dir, name);
  await writeFile(path, text);
  b.host.openPaths.push(path);
  const choice = await s.chooseFile();
  return {
    choice,
    result: await s.importFile({
      electionId: 'e1',
      token: choice.token as string,
      preset: opts.preset ?? 'auto',
      idColumn: opts.idColumn,
    }),
  };
}

describe('who has voted', () => {
  it('imports voted files with a diff each, kept in the history and across restarts', async () => {
    const b = await setup();
    const s = b.service();
    const [a, c, d] = b.ids as [string, string, string];
    const outsider = b.ids[300] as string;
    const nc = `ncid,county_desc,ballot_rtn_status\n${a},FRANKLIN,ACCEPTED\n${c},FRANKLIN,\nNOPE1,FRANKLIN,ACCEPTED\n${outsider},FRANKLIN,ACCEPTED\n`;
    const first = await importFile(s, b, 'absentee.csv', nc);
    expect(first.choice).toMatchObject({ fileName: 'absentee.csv', layout: 'north-carolina' });
    expect(first.result.import).toMatchObject({
      n: 1,
      file: 'absentee.csv',
      layout: 'north-carolina',
      rows: 4,
      ballots: 3,
      newlyVoted: 2,
      alreadyVoted: 0,
      notInVoterFile: 1,
      newlyInUniverse: 1,
    });
    expect(first.result.newlyVoted.map((v) => v.id)).toEqual([a]);

    // A generic file with a chosen column: a is known already, d is new.
    const generic = `County,Registrant\nX,${a}\nX,${d}\nX,${d}\n`;
    const second = await importFile(s, b, 'early.csv', generic, {
      preset: 'generic',
      idColumn: 'Registrant',
    });
    expect(second.choice.problem).toMatch(/no voter ID column/);
    expect(second.result.import).toMatchObject({ n: 2, newlyVoted: 1, alreadyVoted: 1 });

    const state = await b.service().state('e1');
    expect(state.imports.map((i) => i.n)).toEqual([2, 1]);
    expect(state).toMatchObject({ voted: 3, universe: 60, universeVoted: 2, damagedLines: 0 });
  });

  it('refuses a bad file with its line and records nothing', async () => {
    const b = await setup();
    const s = b.service();
    const bad = `voter_id\n${b.ids[0]}\n\n"unclosed\n`;
    await expect(importFile(s, b, 'bad.csv', `name\nx\n`)).rejects.toThrow(
      /bad\.csv was not imported \(line 1: no voter ID column/,
    );
    await expect(importFile(s, b, 'bad2.csv', bad)).rejects.toThrow(/not imported/);
    expect((await s.state('e1')).voted).toBe(0);
  });

  it('strikes off by ID, refuses a second strike, undoes only strike-offs; a torn line is skipped', async () => {
    const b = await setup();
    const s = b.service();
    const [a, c] = b.ids as [string, string];
    const struck = await s.strike('e1', a, 'Pat');
    expect(struck.vote).toMatchObject({ how: 'strike', by: 'Pat' });
    await expect(s.strike('e1', a, 'Lee')).rejects.toThrow(/already voted \(struck off\)/);
    await importFile(s, b, 'v.csv', `voter_id\n${c}\n`);
    await expect(s.undo('e1', c)).rejects.toThrow(/only strike-offs can be undone/);
    expect((await s.undo('e1', a)).vote).toBeNull();
    await expect(s.undo('e1', a)).rejects.toThrow(/not struck off/);
    await expect(s.strike('e1', 'NOBODY', '')).rejects.toThrow(/no voter NOBODY/);

    await s.strike('e1', a, 'Pat');
    await appendFile(join(b.dataDir, 'gotv', 'e1.voted.ndjson'), '{"k":"strike","id":');
    const fresh = b.service();
    const state = await fresh.state('e1');
    expect(state).toMatchObject({ voted: 2, damagedLines: 1 });
    expect(state.strikes.map((v) => v.id)).toEqual([a]);
  });

  it('finds voters by ID or by name, universe voters first', async () => {
    const b = await setup();
    const s = b.service();
    const v = b.byId.get(b.ids[5] as string);
    if (!v) throw new Error('no voter');
    expect((await s.search('e1', v.id)).map((x) => x.id)).toEqual([v.id]);
    const found = await s.search('e1', `${v.lastName.toLowerCase()}, ${v.firstName.slice(0, 2)}`);
    expect(found.map((x) => x.id)).toContain(v.id);
    expect(found[0]?.inUniverse).toBe(true);
    for (const x of found) expect(x.name.toLowerCase()).toContain(v.lastName.toLowerCase());
  });

  it('the board: voted of the universe by precinct and by hour of the day', async () => {
    const b = await setup();
    const s = b.service();
    const [a, c, d] = b.ids as [string, string, string];
    await importFile(s, b, 'early.csv', `voter_id\n${a}\n`);
    b.time.set('2026-11-03T09:15:00');
    await s.strike('e1', c, '');
    b.time.set('2026-11-03T09:45:00');
    await s.strike('e1', d, '');
    b.time.set('2026-11-03T14:05:00');
    await s.strike('e1', b.ids[3] as string, '');
    const board = await s.board('e1');
    expect(board.total).toEqual({ universe: 60, voted: 4, remaining: 56 });
    expect(board.byHour).toMatchObject({ early: 1, before: 0, after: 0 });
    expect(board.byHour.hours[9]).toBe(2);
    expect(board.byHour.hours[14]).toBe(1);
    const sum = board.byPrecinct.reduce((n, p) => n + p.universe, 0);
    expect(sum).toBe(60);
    expect(board.at).toBe(new Date('2026-11-03T14:05:00').toISOString());
  });
});
