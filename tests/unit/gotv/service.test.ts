import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { MemberMatchView, UniverseView } from '../../../src/shared/contract/gotv';
import type { Election } from '../../../src/shared/gotv/election';
import { UNIVERSE_RULE } from '../../../src/shared/gotv/universe';
import { call, failure } from '../foundation/helpers';
import { answer, gotvSetup, matchMember } from './setup';

const universe = (s: Awaited<ReturnType<typeof gotvSetup>>) =>
  call<UniverseView>(s.dispatch, 'gotv.universe', { electionId: s.election.id });

describe('GOTV elections and universe over dispatch', () => {
  it('adds, changes, lists and removes elections; refuses an unknown voter list', async () => {
    const s = await gotvSetup(40);
    expect(await call<Election[]>(s.dispatch, 'gotv.elections')).toEqual([s.election]);
    const bad = await failure(s.dispatch, 'gotv.createElection', {
      ...s.election,
      id: undefined,
      createdAt: undefined,
      listId: 'oh-nowhere',
    });
    expect(bad.code).toBe('not-found');
    const renamed = await call<Election>(s.dispatch, 'gotv.updateElection', {
      id: s.election.id,
      patch: { name: 'November general' },
    });
    expect(renamed).toEqual({ ...s.election, name: 'November general' });
    const noCounty = await failure(s.dispatch, 'gotv.updateElection', {
      id: s.election.id,
      patch: { counties: [] },
    });
    expect(noCounty.code).toBe('invalid-input');
    const struck = s.voters[0]?.id ?? '';
    await call(s.dispatch, 'gotvVoted.strike', { electionId: s.election.id, voterId: struck });
    const votedLogs = async () =>
      (await readdir(s.dir, { recursive: true })).filter((f) => f.endsWith('.voted.ndjson'));
    expect(await votedLogs()).toHaveLength(1);
    await call(s.dispatch, 'gotv.removeElection', { id: s.election.id });
    expect(await votedLogs()).toEqual([]); // its voted log goes with it
    expect(await call(s.dispatch, 'gotv.elections')).toEqual([]);
    expect((await failure(s.dispatch, 'gotv.universe', { electionId: s.election.id })).code).toBe(
      'not-found',
    );
  });

  it('takes the latest answer, leaves out marked voters, adds matched members, counts', async () => {
    const s = await gotvSetup(80);
    const [a, b, c, d, e] = s.voters;
    if (!a || !b || !c || !d || !e) throw new Error('too few voters');
    await answer(s, [
      { voterId: a.id, support: 1 },
      { voterId: b.id, support: 2 },
      { voterId: c.id, support: 1 },
      { voterId: d.id, support: 4 },
    ]);
    // A 3 after a 1 takes c out; b is then marked Moved at the door.
    await answer(s, [{ voterId: c.id, support: 3 }]);
    await call(s.dispatch, 'canvass.markVoter', { listId: s.listId, voterId: b.id, reason: 'DNW' });
    await matchMember(s, 'Ada Member', e.id);
    await matchMember(s, 'Supporting Member', a.id);

    const u = await universe(s);
    expect(u.rule).toBe(UNIVERSE_RULE);
    expect(u.voters.map((v) => [v.id, v.reason, v.support])).toEqual([
      [a.id, 'supporter and member', 1],
      [e.id, 'member', null],
    ]);
    expect(u.voters[0]).toMatchObject({ lastName: a.lastName, precinct: a.precinct });
    expect(u.leftOut).toBe(1);
    expect(u.unlisted).toBe(0);
    expect(u.matchedMembers).toBe(2);
    const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(total(u.byCounty)).toBe(2);
    expect(total(u.byPrecinct)).toBe(2);
    expect(u.byPrecinct.find((p) => p.precinct === a.precinct)?.count).toBeGreaterThanOrEqual(1);
    expect(u.outsideCounties).toBe(0);

    // An election of another county: the same supporters live outside it.
    await call(s.dispatch, 'gotv.updateElection', {
      id: s.election.id,
      patch: { counties: ['39041'] },
    });
    const elsewhere = await universe(s);
    expect(elsewhere.voters).toEqual([]);
    expect(elsewhere.outsideCounties).toBe(2);
  });

  it('a member is matched to one voter; two members never share one', async () => {
    const s = await gotvSetup(30);
    const [a] = s.voters;
    if (!a) throw new Error('no voters');
    const first = await matchMember(s, 'First', a.id);
    await expect(matchMember(s, 'Second', a.id)).rejects.toThrow(/already matched/);
    const unknown = await failure(s.dispatch, 'gotv.matchMember', {
      electionId: s.election.id,
      memberId: first,
      voterId: 'OH-NOPE',
    });
    expect(unknown.code).toBe('not-found');
    // Changing the member's other fields keeps the match; clearing it takes the member out.
    await call(s.dispatch, 'members.update', { id: first, member: { phone: '555-0100' } });
    expect((await universe(s)).voters.map((v) => v.id)).toEqual([a.id]);
    await call(s.dispatch, 'gotv.matchMember', {
      electionId: s.election.id,
      memberId: first,
      voterId: null,
    });
    expect((await universe(s)).voters).toEqual([]);
  });

  it('proposes matches by name, narrowed by a typed address or voter ID; stores nothing', async () => {
    const s = await gotvSetup(40);
    const [a] = s.voters;
    if (!a) throw new Error('no voters');
    const name = `${a.firstName} ${a.lastName}`;
    const m = await call<{ id: string }>(s.dispatch, 'members.add', {
      name,
      county: '39049',
      roles: [],
      joined: '2025-01-15',
    });
    const matches = await call<MemberMatchView[]>(s.dispatch, 'gotv.memberMatches', {
      electionId: s.election.id,
    });
    const mine = matches.find((x) => x.memberId === m.id);
    expect(mine?.how).toBe('name');
    expect(mine?.candidates.map((v) => v.id)).toContain(a.id);
    const typed = await call<MemberMatchView[]>(s.dispatch, 'gotv.memberMatches', {
      electionId: s.election.id,
      hints: [{ memberId: m.id, voterId: a.id }],
    });
    expect(typed.find((x) => x.memberId === m.id)).toMatchObject({
      how: 'voter ID',
      candidates: [{ id: a.id }],
    });
    expect((await universe(s)).voters).toEqual([]);
  });
});
