import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { VoteView, VerifyReport } from '../../../src/shared/voteLog/view';
import { recountBallotFile } from '../../../src/shared/voting/ballotFile';
import { CHAPTER, call, fakeHost, memberInput, tempDir } from '../foundation/helpers';

async function backend() {
  const dir = await tempDir();
  const host = fakeHost(join(dir, 'saved'));
  const { dispatch } = await startBackend(dir, host);
  await call(dispatch, 'chapter.create', CHAPTER);
  const ids: string[] = [];
  for (const name of ['Ann', 'Bob', 'Cy', 'Di', 'Ed']) {
    ids.push((await call<{ id: string }>(dispatch, 'members.add', memberInput(name))).id);
  }
  return { dir, host, dispatch, ids };
}

describe('votes: motions', () => {
  it('records a counted show of hands and certifies the plain sentence', async () => {
    const { dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'motion',
      title: 'Adopt the climate plank',
      method: 'show-of-hands',
      threshold: 'two-thirds-cast',
    });
    await call(dispatch, 'votes.freezePresence', { id, present: 5 });
    // Too many votes for those present is refused and changes nothing.
    const tooMany = await dispatch('votes.recordCounts', { id, yes: 6, no: 0, abstain: 0 });
    expect(tooMany.ok).toBe(false);
    await call(dispatch, 'votes.recordCounts', { id, yes: 3, no: 1, abstain: 1 });
    const view = await call<VoteView>(dispatch, 'votes.certify', { id });
    expect(view.certified?.outcome).toBe('adopted');
    expect(view.certified?.summary).toMatch(/^Adopted: 3 yes, 1 no, 1 abstain/);
    // Closed after certification.
    expect((await dispatch('votes.recordCounts', { id, yes: 0, no: 4, abstain: 0 })).ok).toBe(
      false,
    );
  });

  it('roll call records each present member by name', async () => {
    const { dispatch, ids } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'motion',
      title: 'Endorse the bond measure',
      method: 'roll-call',
      threshold: 'majority-present',
    });
    await call(dispatch, 'votes.freezePresence', { id, present: 4, presentIds: ids.slice(0, 4) });
    await call(dispatch, 'votes.rollCall', { id, memberId: ids[0], vote: 'yes' });
    await call(dispatch, 'votes.rollCall', { id, memberId: ids[1], vote: 'yes' });
    await call(dispatch, 'votes.rollCall', { id, memberId: ids[2], vote: 'no' });
    expect((await dispatch('votes.rollCall', { id, memberId: ids[4], vote: 'yes' })).ok).toBe(
      false,
    );
    const view = await call<VoteView>(dispatch, 'votes.get', { id });
    // 2 yes of 4 present is not a majority of those present.
    expect(view.result?.outcome).toBe('failed');
    expect(view.rollCall.map((r) => r.name)).toEqual(['Ann', 'Bob', 'Cy']);
  });
});

describe('votes: paper ballots with double entry', () => {
  it('lists mismatches, blocks certification until resolved, and the export recounts the same', async () => {
    const { dispatch, host } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'election',
      title: 'Chair',
      method: 'irv',
      candidates: ['Ana Diaz', 'Ben Cole', 'Cam Fox'],
    });
    await call(dispatch, 'votes.freezePresence', { id, present: 5 });
    const stack = ['AD BC', '2 1', 'CF 2', '1', '3 1 2'];
    for (const [i, text] of stack.entries()) {
      await call(dispatch, 'votes.enterBallot', { id, teller: 1, text });
      await call(dispatch, 'votes.enterBallot', { id, teller: 2, text: i === 3 ? '2' : text });
    }
    // A typo, undone by the teller: the undo is an event, the ballot number is reused.
    await call(dispatch, 'votes.enterBallot', { id, teller: 2, text: '1 1' });
    let view = await call<VoteView>(dispatch, 'votes.undoBallot', { id, teller: 2 });
    expect(view.tellers[2]).toHaveLength(5);
    expect(view.mismatches).toEqual([
      { number: 4, teller1: '1. Ana Diaz', teller2: '1. Ben Cole' },
    ]);
    await call(dispatch, 'votes.reconcile', { id, issued: 5, spoiled: 0 });
    const refused = await dispatch('votes.certify', { id, expectedBallots: 5 });
    expect(refused.ok).toBe(false);
    view = await call<VoteView>(dispatch, 'votes.resolveMismatch', {
      id,
      number: 4,
      marks: { kind: 'ranking', ranking: ['Ana Diaz'] },
    });
    expect(view.blockers).toEqual([]);
    expect((await dispatch('votes.certify', { id, expectedBallots: 4 })).ok).toBe(false);
    view = await call<VoteView>(dispatch, 'votes.certify', { id, expectedBallots: 5 });
    expect(view.certified?.winners).toEqual(['Ana Diaz']);

    await call(dispatch, 'votes.exportBallotFile', { id });
    const file = JSON.parse(await readFile(host.saved.at(-1) ?? '', 'utf8')) as unknown;
    const recount = recountBallotFile(file);
    expect(recount.winners).toEqual(view.certified?.winners);
    expect(recount.summary).toBe(view.certified?.summary);

    // The rounds as RCTab's summary reports, named after the vote.
    await call(dispatch, 'votes.exportSummary', { id, format: 'csv' });
    const csvPath = host.saved.at(-1) ?? '';
    expect(csvPath).toMatch(/\.summary\.csv$/);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv).toMatch(/^Contest Information\r\nGenerated By,Chapterhouse /);
    expect(csv).toContain(`\r\nWinner(s),${view.certified?.winners.join(', ')}\r\n`);
    await call(dispatch, 'votes.exportSummary', { id, format: 'json' });
    const json = JSON.parse(await readFile(host.saved.at(-1) ?? '', 'utf8')) as {
      jsonFormatVersion: string;
      results: unknown[];
    };
    expect(json.jsonFormatVersion).toBe('1');
    expect(json.results).toHaveLength(recount.kind === 'election' ? recount.rounds.length : -1);
  });

  it('has no round summary for a motion', async () => {
    const { dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'motion',
      title: 'Approve the minutes',
      method: 'show-of-hands',
      threshold: 'majority-cast',
    });
    const reply = await dispatch('votes.exportSummary', { id, format: 'csv' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('votes: audit chain', () => {
  it('verifies a clean log, and names the record that was edited on disk', async () => {
    const { dir, dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'motion',
      title: 'Approve the minutes',
      method: 'show-of-hands',
      threshold: 'majority-cast',
    });
    await call(dispatch, 'votes.freezePresence', { id, present: 5 });
    await call(dispatch, 'votes.recordCounts', { id, yes: 4, no: 1, abstain: 0 });
    await call(dispatch, 'votes.certify', { id });
    const clean = await call<VerifyReport>(dispatch, 'votes.verify', undefined);
    expect(clean).toMatchObject({
      ok: true,
      records: 4,
      votes: 1,
      certifiedChecked: 1,
      problems: [],
    });

    // Someone edits the count in the file by hand; the app is relaunched.
    const path = join(dir, 'chapter.json');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"yes":4,', '"yes":1,'));
    const { dispatch: again } = await startBackend(dir, fakeHost(join(dir, 'saved')));
    const report = await call<VerifyReport>(again, 'votes.verify', undefined);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(
      /Record 3 \(counts-recorded\) was changed after it was written/,
    );
    expect(report.problems.join('\n')).toMatch(/recounting the events gives “Failed/);
  });

  it('secret ballot events carry no timestamp', async () => {
    const { dir, dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'election',
      title: 'Delegate',
      method: 'plurality',
      candidates: ['X Y', 'Z W'],
      doubleEntry: false,
    });
    await call(dispatch, 'votes.enterBallot', { id, teller: 1, text: '1' });
    const data = JSON.parse(await readFile(join(dir, 'chapter.json'), 'utf8')) as {
      votes: { event: Record<string, unknown> }[];
    };
    const ballot = data.votes.find((r) => r.event.type === 'ballot-entered');
    expect(ballot?.event).not.toHaveProperty('at');
    expect(Object.keys(ballot?.event ?? {}).sort()).toEqual([
      'marks',
      'number',
      'round',
      'teller',
      'type',
      'voteId',
    ]);
  });
});

describe('votes: ties', () => {
  it('records a random-draw seed when none was given, so the draw can be re-run', async () => {
    const { dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'election',
      title: 'Secretary',
      method: 'irv',
      candidates: ['Ann', 'Bob'],
    });
    const view = await call<VoteView>(dispatch, 'votes.get', { id });
    expect(view.definition.kind === 'election' && view.definition.rules.tieBreak.seed).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('a tie left to the room is decided by the lot recorded there', async () => {
    const { dispatch } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'votes.open', {
      kind: 'election',
      title: 'Treasurer',
      method: 'plurality',
      candidates: ['Ann Lee', 'Bob Ray'],
      doubleEntry: false,
      rules: { tieBreak: { method: 'stop' } },
    });
    await call(dispatch, 'votes.freezePresence', { id, present: 4 });
    for (const text of ['1', '2', '1', '2'])
      await call(dispatch, 'votes.enterBallot', { id, teller: 1, text });
    await call(dispatch, 'votes.reconcile', { id, issued: 4, spoiled: 0 });
    let view = await call<VoteView>(dispatch, 'votes.get', { id });
    expect(view.result?.outcome).toBe('tie-unresolved');
    view = await call<VoteView>(dispatch, 'votes.drawLot', { id, order: ['Bob Ray', 'Ann Lee'] });
    expect(view.result?.winners).toEqual(['Bob Ray']);
    expect(view.lot).toEqual(['Bob Ray', 'Ann Lee']);
    view = await call<VoteView>(dispatch, 'votes.certify', { id, expectedBallots: 4 });
    expect(view.certified?.winners).toEqual(['Bob Ray']);
  });
});

describe('votes: recounting a file', () => {
  const fixtures = join(import.meta.dirname, '../../fixtures/recount');

  it('recounts cast vote records the person chooses and exports their rounds', async () => {
    const { host, dispatch } = await backend();
    host.openPaths.push(join(fixtures, 'ward3.cvr.json')); // then none: the person cancels
    const recount = await call<{
      fileName: string;
      rulesFile: string;
      result: { winners: string[] };
    }>(dispatch, 'votes.recountFile', undefined);
    expect(recount).toMatchObject({
      fileName: 'ward3.cvr.json',
      rulesFile: 'ward3.cvr.rules.json',
    });
    expect(recount.result.winners).toEqual(['Bob Baker']);
    await call(dispatch, 'votes.exportRecountSummary', { format: 'csv' });
    expect(host.saved.at(-1)).toMatch(/ward3-cvr\.summary\.csv$/);
    expect(await readFile(host.saved.at(-1) ?? '', 'utf8')).toContain(
      '\r\nWinner(s),Bob Baker\r\n',
    );
    // Cancelling the choice changes nothing.
    expect(await call(dispatch, 'votes.recountFile', undefined)).toEqual({ opened: false });
  });

  it('names the file, the line and the reason when it cannot count it', async () => {
    const { dir, host, dispatch } = await backend();
    const path = join(dir, 'bad.csv');
    await writeFile(path, 'Choice 1,Count\nAna,x\n');
    await writeFile(
      join(dir, 'bad.rules.json'),
      '{"format":"chapterhouse-rules/1","method":"irv"}',
    );
    host.openPaths.push(path);
    expect(await dispatch('votes.recountFile', undefined)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'invalid cast vote record file bad.csv: line 2: column "Count": "x" is not a number of ballots (a whole number from 1 to 1,000,000,000)',
      },
    });
    expect(await dispatch('votes.exportRecountSummary', { format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
