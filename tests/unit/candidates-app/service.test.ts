import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type {
  CandidateDetail,
  CandidatesOverview,
  ComparisonView,
  KeyVotesView,
} from '../../../src/shared/contract/candidates';
import type {
  Candidate,
  Interview,
  StoredKeyVote,
  StoredQuestionnaire,
} from '../../../src/shared/candidates';
import type { SavedFile } from '../../../src/shared/contract/app';
import { PLATFORM_V2 } from '../candidates/fixtures';
import { CHAPTER, call, fakeHost, manualClock, memberInput, tempDir } from '../foundation/helpers';

async function backend() {
  const dir = await tempDir();
  const host = fakeHost(join(dir, 'saved'));
  const clock = manualClock('2026-03-01T12:00:00.000Z');
  const { dispatch, session } = await startBackend(dir, host, clock.clock);
  await call(dispatch, 'chapter.create', CHAPTER);
  const members: string[] = [];
  for (const name of ['Ann', 'Bob', 'Cy', 'Di', 'Ed'])
    members.push((await call<{ id: string }>(dispatch, 'members.add', memberInput(name))).id);
  // The platform's storage is another feature's; a version is written as it would leave it.
  await session.current().update((data) => ({
    data: { ...data, platform: { ...data.platform, versions: [PLATFORM_V2] } },
  }));
  const file = () => readFile(join(dir, 'chapter.json'), 'utf8');
  return { dir, host, dispatch, session, members, clock, file };
}

type Backend = Awaited<ReturnType<typeof backend>>;

const candidateInput = (name: string) => ({
  name,
  office: 'City Council',
  jurisdiction: { kind: 'district', name: 'District 4' },
  electionDate: '2026-11-03',
  contact: { email: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
});

async function questionnaire(b: Backend) {
  return call<StoredQuestionnaire>(b.dispatch, 'candidates.createQuestionnaire', {
    platformVersion: 2,
    weights: { 'p-climate': 'core', 'p-parole': 'minor' },
    mustMatch: ['p-wage'],
    stances: {},
    rightsMustMatch: true,
    wordLimit: 50,
    custom: [
      {
        type: 'record',
        prompt: 'Cite a vote you cast for working people.',
        areaId: 'career-economy',
        weight: 'standard',
        mustMatch: false,
        stance: 'strongly-support',
        expected: 'yes',
        wordLimit: null,
      },
    ],
  });
}

const fullSupport = {
  'right:r-equal': { type: 'pledge', value: 'yes', comment: '' },
  'right:r-speech': { type: 'pledge', value: 'yes', comment: '' },
  'policy:p-climate': { type: 'scale', value: 'strongly-support', comment: 'Yes.' },
  'policy:p-meals': { type: 'scale', value: 'support', comment: '' },
  'policy:p-clinic': { type: 'scale', value: 'strongly-support', comment: '' },
  'policy:p-wage': { type: 'scale', value: 'strongly-support', comment: '' },
  'policy:p-peace': { type: 'scale', value: 'neutral', comment: '' },
  'custom:1': { type: 'record', text: 'I voted for the wage ordinance in 2024.' },
};

async function endorse(b: Backend, id: string) {
  const { voteId } = await call<{ voteId: string }>(b.dispatch, 'candidates.openEndorsementVote', {
    id,
    conditional: false,
    conditions: [],
    reviewDate: null,
    method: 'show-of-hands',
  });
  await call(b.dispatch, 'votes.freezePresence', { id: voteId, present: 5 });
  await call(b.dispatch, 'votes.recordCounts', { id: voteId, yes: 4, no: 1, abstain: 0 });
  await call(b.dispatch, 'votes.certify', { id: voteId });
  return voteId;
}

describe('candidates service', () => {
  it('builds a questionnaire pinned to a stored platform version and refuses an unknown one', async () => {
    const b = await backend();
    const q = await questionnaire(b);
    expect(q.platformVersion).toBe(2);
    expect(q.questions.map((x) => x.id)).toContain('custom:1');
    expect(q.policyTitles['p-wage']).toBe('Living wage');
    const before = await b.file();
    const bad = await b.dispatch('candidates.createQuestionnaire', {
      ...{ platformVersion: 9, weights: {}, mustMatch: [], stances: {} },
      ...{ rightsMustMatch: true, wordLimit: null, custom: [] },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/Platform version 9 does not exist/);
    const stray = await b.dispatch('candidates.createQuestionnaire', {
      ...{ platformVersion: 2, weights: { 'p-nope': 'core' }, mustMatch: [], stances: {} },
      ...{ rightsMustMatch: true, wordLimit: null, custom: [] },
    });
    expect(stray.ok).toBe(false);
    expect(await b.file()).toBe(before);
  });

  it('saves answers, scores with panel means, and compares candidates side by side', async () => {
    const b = await backend();
    const q = await questionnaire(b);
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    const bo = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Bo Diaz'));
    await call(b.dispatch, 'candidates.saveResponse', {
      candidateId: ann.id,
      questionnaireId: q.id,
      answers: fullSupport,
    });
    const { warnings } = await call<{ warnings: string[] }>(b.dispatch, 'candidates.saveResponse', {
      candidateId: bo.id,
      questionnaireId: q.id,
      answers: {
        'right:r-equal': { type: 'pledge', value: 'yes', comment: '' },
        'policy:p-wage': { type: 'scale', value: 'oppose', comment: 'word '.repeat(60) },
      },
    });
    expect(warnings[0]).toMatch(/60 words; the limit is 50/);

    const interview = await call<Interview>(b.dispatch, 'candidates.savePanel', {
      candidateId: ann.id,
      questionnaireId: q.id,
      date: '2026-03-01',
      panelistIds: b.members.slice(0, 3),
    });
    for (const [i, score] of [2, 2, 0].entries()) {
      await call(b.dispatch, 'candidates.scoreAnswers', {
        interviewId: interview.id,
        panelistId: b.members[i],
        scores: [{ questionId: 'custom:1', score, note: `note ${i}` }],
      });
    }
    // A member off the panel cannot score.
    expect(
      (
        await b.dispatch('candidates.scoreAnswers', {
          interviewId: interview.id,
          panelistId: b.members[4],
          scores: [{ questionId: 'custom:1', score: 1, note: '' }],
        })
      ).ok,
    ).toBe(false);

    const detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    const summary = detail.interviews[0]!.summaries.find((s) => s.questionId === 'custom:1')!;
    expect(summary.mean).toBeCloseTo(4 / 3);
    expect(summary.spread).toBe(2);
    expect(summary.disagreement).toBe(true);
    const alignment = detail.responses[0]!.alignment!;
    expect(alignment.coveragePct).toBe(88.9);
    expect(alignment.mustMatchFailures).toEqual([]);

    const cmp = await call<ComparisonView>(b.dispatch, 'candidates.compare', {
      questionnaireId: q.id,
      candidateIds: [ann.id, bo.id],
    });
    const [a, bCol] = cmp.comparison.columns;
    expect(a!.mustMatchFailures).toEqual([]);
    expect(bCol!.mustMatchFailures.map((f) => f.questionId)).toEqual([
      'right:r-speech',
      'policy:p-wage',
    ]);
    expect(cmp.comparison.groups[0]!.title).toBe('Secured Rights');

    // The chapter setting "non-answers score 0" lowers Bo's alignment.
    const excluded = bCol!.alignmentPct;
    await b.session.current().update((data) => ({
      data: { ...data, settings: { ...data.settings, questionnaireNonAnswers: 'zero' } },
    }));
    const zero = await call<ComparisonView>(b.dispatch, 'candidates.compare', {
      questionnaireId: q.id,
      candidateIds: [bo.id],
    });
    expect(zero.comparison.columns[0]!.alignmentPct!).toBeLessThan(excluded!);
  });

  it('exports the Markdown form and imports it back; a bad form reports lines and changes nothing', async () => {
    const b = await backend();
    const q = await questionnaire(b);
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    const saved = await call<SavedFile>(b.dispatch, 'candidates.exportForm', {
      questionnaireId: q.id,
      candidateId: ann.id,
    });
    expect(saved.saved).toBe(true);
    const form = await readFile(b.host.saved.at(-1)!, 'utf8');
    const filled = form.replace(
      /(\[policy:p-climate\][\s\S]*?)- \[ \] Strongly support/,
      '$1- [x] Strongly support',
    );
    const ok = await call<{ ok: boolean; answered: number; candidateName: string }>(
      b.dispatch,
      'candidates.importForm',
      { questionnaireId: q.id, text: filled },
    );
    expect(ok).toMatchObject({ ok: true, answered: 1, candidateName: 'Rosa Parks' });

    const before = await b.file();
    const broken = filled.replace('- [ ] Support', '- [x] Maybe');
    const bad = await call<{ ok: boolean; errors: { line: number; message: string }[] }>(
      b.dispatch,
      'candidates.importForm',
      { questionnaireId: q.id, text: broken },
    );
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]!.line).toBeGreaterThan(10);
    expect(bad.errors[0]!.message).toMatch(/"Maybe" is not one of/);
    const stranger = await call<{ ok: boolean; errors: { line: number; message: string }[] }>(
      b.dispatch,
      'candidates.importForm',
      { questionnaireId: q.id, text: filled.replace(`candidate: ${ann.id}`, 'candidate: nobody') },
    );
    expect(stranger.errors[0]!.message).toMatch(/not on record/);
    expect(await b.file()).toBe(before);
  });

  it('endorses only by a certified vote at the chapter threshold; status follows the vote', async () => {
    const b = await backend();
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    // Not interviewed yet: refused.
    expect(
      (
        await b.dispatch('candidates.openEndorsementVote', {
          ...{ id: ann.id, conditional: false, conditions: [], reviewDate: null },
          method: 'show-of-hands',
        })
      ).ok,
    ).toBe(false);
    // Endorsing by a status change is refused: it takes a vote.
    await call(b.dispatch, 'candidates.setStatus', { id: ann.id, to: 'interviewed', reason: '' });
    const direct = await b.dispatch('candidates.setStatus', {
      id: ann.id,
      to: 'endorsed',
      reason: '',
    });
    expect(direct.ok).toBe(false);
    // Conditional without conditions: refused.
    expect(
      (
        await b.dispatch('candidates.openEndorsementVote', {
          ...{ id: ann.id, conditional: true, conditions: [], reviewDate: '2026-09-01' },
          method: 'show-of-hands',
        })
      ).ok,
    ).toBe(false);
    const { voteId } = await call<{ voteId: string }>(
      b.dispatch,
      'candidates.openEndorsementVote',
      {
        ...{ id: ann.id, conditional: true, conditions: ['Co-sponsor the clinic ordinance'] },
        ...{ reviewDate: '2026-09-01', method: 'show-of-hands' },
      },
    );
    const vote = await call<{ definition: { threshold: string; link: { candidateId: string } } }>(
      b.dispatch,
      'votes.get',
      { id: voteId },
    );
    expect(vote.definition.threshold).toBe('two-thirds-cast');
    expect(vote.definition.link.candidateId).toBe(ann.id);
    let detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(detail.candidate.status).toBe('interviewed');
    await call(b.dispatch, 'votes.freezePresence', { id: voteId, present: 5 });
    await call(b.dispatch, 'votes.recordCounts', { id: voteId, yes: 4, no: 1, abstain: 0 });
    await call(b.dispatch, 'votes.certify', { id: voteId });
    detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(detail.candidate.status).toBe('conditionally-endorsed');
    expect(detail.candidate.endorsement?.vote.voteId).toBe(voteId);
    expect(detail.candidate.endorsement?.conditions[0]?.text).toBe(
      'Co-sponsor the clinic ordinance',
    );
    expect(detail.decisions[0]?.settledAt).not.toBeNull();
  });

  it('a failed endorsement vote leaves the candidate not endorsed', async () => {
    const b = await backend();
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    await call(b.dispatch, 'candidates.setStatus', { id: ann.id, to: 'interviewed', reason: '' });
    const { voteId } = await call<{ voteId: string }>(
      b.dispatch,
      'candidates.openEndorsementVote',
      { id: ann.id, conditional: false, conditions: [], reviewDate: null, method: 'show-of-hands' },
    );
    await call(b.dispatch, 'votes.freezePresence', { id: voteId, present: 5 });
    // 3 of 5 is a majority but not two-thirds.
    await call(b.dispatch, 'votes.recordCounts', { id: voteId, yes: 3, no: 2, abstain: 0 });
    await call(b.dispatch, 'votes.certify', { id: voteId });
    const overview = await call<CandidatesOverview>(b.dispatch, 'candidates.list');
    expect(overview.candidates[0]!.candidate.status).toBe('not-endorsed');
  });

  it('key votes score the official; a misaligned core vote places a motion on the next agenda', async () => {
    const b = await backend();
    const q = await questionnaire(b);
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    await call(b.dispatch, 'candidates.saveResponse', {
      candidateId: ann.id,
      questionnaireId: q.id,
      answers: fullSupport,
    });
    await call(b.dispatch, 'candidates.setStatus', { id: ann.id, to: 'interviewed', reason: '' });
    // No trigger before endorsement.
    expect((await b.dispatch('candidates.placeMotion', { id: ann.id })).ok).toBe(false);
    await endorse(b, ann.id);
    await call(b.dispatch, 'candidates.addTerm', {
      id: ann.id,
      label: '2027–2030',
      start: '2027-01-01',
      end: null,
    });
    const votes: [string, string, 'yes' | 'no', string][] = [
      ['HB 1', '2027-02-01', 'yes', 'yes'],
      ['HB 2', '2027-03-01', 'yes', 'yes'],
      ['HB 3', '2027-04-01', 'no', 'no'],
      ['HB 4', '2027-05-01', 'yes', 'absent'],
      ['HB 5', '2028-01-10', 'yes', 'no'],
    ];
    for (const [bill, date, position, vote] of votes) {
      const kv = await call<StoredKeyVote>(b.dispatch, 'candidates.addKeyVote', {
        body: 'City Council',
        bill,
        title: '',
        date,
        policyId: bill === 'HB 5' ? 'p-climate' : null,
        position,
        rationale: 'Platform.',
        officialIds: [ann.id],
        announced: true,
      });
      await call(b.dispatch, 'candidates.recordOfficialVote', {
        keyVoteId: kv.id,
        officialId: ann.id,
        vote,
        note: '',
      });
    }
    const view = await call<KeyVotesView>(b.dispatch, 'candidates.keyVotes');
    expect(view.keyVotes).toHaveLength(5);
    const detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    const card = detail.accountability.scorecard;
    // Absent counts against by default: 3 of 5.
    expect(card.lifetime.pct).toBe(60);
    expect(card.byYear.map((y) => [y.year, y.pct])).toEqual([
      [2027, 75],
      [2028, 0],
    ]);
    expect(card.byTerm[0]?.scored).toBe(5);
    expect(detail.accountability.triggers.map((t) => t.kind)).toEqual([
      'below-bar',
      'misaligned-key-vote',
    ]);

    const placed = await call<{ voteId: string; meetingId: string; itemId: string }>(
      b.dispatch,
      'candidates.placeMotion',
      { id: ann.id },
    );
    const data = b.session.current().data;
    const meeting = data.meetings.find((m) => m.id === placed.meetingId)!;
    const item = meeting.agenda.find((i) => i.id === placed.itemId)!;
    expect(item.title).toBe('Accountability: Rosa Parks — review of endorsement');
    expect(item.description).toMatch(/below the chapter's bar of 80%/);
    expect(item.link).toEqual({ type: 'vote', voteId: placed.voteId });
    const vote = await call<{ definition: { link: Record<string, string>; threshold: string } }>(
      b.dispatch,
      'votes.get',
      { id: placed.voteId },
    );
    expect(vote.definition.link).toMatchObject({
      candidateId: ann.id,
      meetingId: placed.meetingId,
      itemId: placed.itemId,
      purpose: 'review',
    });
    // One open motion at a time.
    expect((await b.dispatch('candidates.placeMotion', { id: ann.id })).ok).toBe(false);
    await call(b.dispatch, 'votes.freezePresence', { id: placed.voteId, present: 5 });
    await call(b.dispatch, 'votes.recordCounts', { id: placed.voteId, yes: 5, no: 0, abstain: 0 });
    await call(b.dispatch, 'votes.certify', { id: placed.voteId });
    const after = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(after.candidate.status).toBe('under-review');
  });

  it('refuses an official vote from someone the key vote does not score, changing nothing', async () => {
    const b = await backend();
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    const bo = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Bo Diaz'));
    const kv = await call<StoredKeyVote>(b.dispatch, 'candidates.addKeyVote', {
      ...{ body: 'Council', bill: 'Ord 7', title: '', date: '2027-01-01', policyId: null },
      ...{ position: 'yes', rationale: '', officialIds: [ann.id], announced: false },
    });
    const before = await b.file();
    const r = await b.dispatch('candidates.recordOfficialVote', {
      keyVoteId: kv.id,
      officialId: bo.id,
      vote: 'yes',
      note: '',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Bo Diaz is not scored on Ord 7.');
    expect(await b.file()).toBe(before);
  });

  it('a breached condition of a conditional endorsement is a trigger', async () => {
    const b = await backend();
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    await call(b.dispatch, 'candidates.setStatus', { id: ann.id, to: 'interviewed', reason: '' });
    const { voteId } = await call<{ voteId: string }>(
      b.dispatch,
      'candidates.openEndorsementVote',
      {
        ...{ id: ann.id, conditional: true, conditions: ['Hold two town halls a year'] },
        ...{ reviewDate: '2027-01-15', method: 'roll-call' },
      },
    );
    await call(b.dispatch, 'votes.freezePresence', {
      id: voteId,
      present: 3,
      presentIds: b.members.slice(0, 3),
    });
    for (const m of b.members.slice(0, 3))
      await call(b.dispatch, 'votes.rollCall', { id: voteId, memberId: m, vote: 'yes' });
    await call(b.dispatch, 'votes.certify', { id: voteId });
    let detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(detail.candidate.status).toBe('conditionally-endorsed');
    const conditionId = detail.candidate.endorsement!.conditions[0]!.id;
    expect(
      (
        await b.dispatch('candidates.reportCondition', {
          ...{ id: ann.id, conditionId: 'nope', breached: true, note: '', by: 'Ann' },
        })
      ).ok,
    ).toBe(false);
    await call(b.dispatch, 'candidates.reportCondition', {
      ...{ id: ann.id, conditionId, breached: true, note: 'None held in 2027', by: 'Ann' },
    });
    detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(detail.accountability.triggers).toEqual([
      expect.objectContaining({
        kind: 'condition-breached',
        condition: 'Hold two town halls a year',
      }),
    ]);
    expect(detail.accountability.motion?.text).toMatch(/"Hold two town halls a year" was breached/);
  });

  it('sets aside an uncertified decision so another can be opened; never a settled one', async () => {
    const b = await backend();
    const ann = await call<Candidate>(b.dispatch, 'candidates.add', candidateInput('Rosa Parks'));
    await call(b.dispatch, 'candidates.setStatus', { id: ann.id, to: 'interviewed', reason: '' });
    const open = {
      ...{ id: ann.id, conditional: false, conditions: [], reviewDate: null },
      method: 'show-of-hands',
    };
    await call(b.dispatch, 'candidates.openEndorsementVote', open);
    expect((await b.dispatch('candidates.openEndorsementVote', open)).ok).toBe(false);
    let detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    const decisionId = detail.decisions[0]!.id;
    expect(
      (
        await b.dispatch('candidates.setAsideDecision', {
          ...{ id: ann.id, decisionId, reason: '' },
        })
      ).ok,
    ).toBe(false);
    await call(b.dispatch, 'candidates.setAsideDecision', {
      ...{ id: ann.id, decisionId, reason: 'The meeting ran out of time' },
    });
    const { voteId } = await call<{ voteId: string }>(
      b.dispatch,
      'candidates.openEndorsementVote',
      open,
    );
    await call(b.dispatch, 'votes.freezePresence', { id: voteId, present: 3 });
    await call(b.dispatch, 'votes.recordCounts', { id: voteId, yes: 3, no: 0, abstain: 0 });
    await call(b.dispatch, 'votes.certify', { id: voteId });
    detail = await call<CandidateDetail>(b.dispatch, 'candidates.get', { id: ann.id });
    expect(detail.candidate.status).toBe('endorsed');
    expect(detail.decisions[0]!.note).toBe(
      'Set aside without a result: The meeting ran out of time',
    );
    const settled = detail.decisions[1]!.id;
    expect(
      (
        await b.dispatch('candidates.setAsideDecision', {
          ...{ id: ann.id, decisionId: settled, reason: 'Changed our minds' },
        })
      ).ok,
    ).toBe(false);
  });
});
