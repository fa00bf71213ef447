import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { CandidateDetail, CandidatesOverview } from '../../../src/shared/contract/candidates';
import { call, fakeHost, tempDir } from '../foundation/helpers';

it('the sample chapter shows two candidates and an endorsed official with key votes', async () => {
  const dir = await tempDir();
  const { dispatch } = await startBackend(dir, fakeHost(join(dir, 'saved')));
  await call(dispatch, 'sample.open');
  const overview = await call<CandidatesOverview>(dispatch, 'candidates.list');
  expect(overview.candidates.map((c) => [c.candidate.name, c.candidate.status])).toEqual([
    ['Graham Pierce', 'questionnaire-sent'],
    ['Marisol Ortega', 'endorsed'],
  ]);
  const marisol = overview.candidates.find((c) => c.candidate.name === 'Marisol Ortega')!;
  // Both answered a questionnaire built from the sample platform and were interviewed.
  expect(overview.questionnaires).toHaveLength(1);
  expect(overview.questionnaires[0]!.responses).toBe(2);
  expect(marisol.alignmentPct).toBe(100);
  const detail = await call<CandidateDetail>(dispatch, 'candidates.get', {
    id: marisol.candidate.id,
  });
  expect(detail.candidate.endorsement?.vote.sentence).toMatch(/^Adopted: 14 yes, 2 no/);
  expect(detail.accountability.scorecard.lifetime.pct).toBe(75);
  expect(detail.accountability.triggers.map((t) => t.kind)).toContain('below-bar');
  const verify = await call<{ ok: boolean }>(dispatch, 'votes.verify');
  expect(verify.ok).toBe(true);
});
