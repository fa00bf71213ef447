import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { CandidatesOverview } from '../../../src/shared/contract/candidates';
import type { StoredQuestionnaire } from '../../../src/shared/candidates';
import { CHAPTER, call, fakeHost, memberInput, tempDir } from '../foundation/helpers';
import { seedPlatform } from './platformSeed';

it('a questionnaire is built from a platform adopted through the platform channels', async () => {
  const dir = await tempDir();
  const { dispatch } = await startBackend(dir, fakeHost(join(dir, 'saved')));
  await call(dispatch, 'chapter.create', CHAPTER);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox'])
    await call(dispatch, 'members.add', memberInput(name));
  await seedPlatform(dispatch);
  const overview = await call<CandidatesOverview>(dispatch, 'candidates.list');
  const latest = overview.platformVersions[0]!;
  expect(latest.policies).toHaveLength(6);
  expect(latest.rights).toHaveLength(2);
  const q = await call<StoredQuestionnaire>(dispatch, 'candidates.createQuestionnaire', {
    platformVersion: latest.number,
    weights: {},
    mustMatch: [],
    stances: {},
    rightsMustMatch: true,
    wordLimit: 100,
    custom: [],
  });
  expect(q.questions.filter((x) => x.type === 'scale')).toHaveLength(6);
  expect(q.questions.filter((x) => x.type === 'pledge')).toHaveLength(2);
});
