import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ImportJob } from '../../src/shared/contract/canvass';
import { expect } from './fixtures';
import type { Harness } from './fixtures';

/** Creates a chapter straight through the API (for tests about later screens). */
export async function seedChapter(harness: Harness, name = 'Lakeside Egalitarians'): Promise<void> {
  const result = await harness.dispatch('chapter.create', {
    name,
    state: 'OH',
    counties: ['39035', '39093'],
    quorum: { kind: 'majority' },
    defaultThreshold: 'majority-cast',
  });
  expect(result.ok).toBe(true);
}

export async function addMemberViaApi(
  harness: Harness,
  name: string,
  roles: string[] = [],
): Promise<void> {
  const result = await harness.dispatch('members.add', {
    name,
    county: '39035',
    roles,
    joined: '2025-01-10',
  });
  expect(result.ok).toBe(true);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Calls a channel through the real dispatch and returns its value; an error fails the test. */
export async function apiOk<T = unknown>(
  harness: Pick<Harness, 'dispatch'>,
  channel: string,
  input?: unknown,
): Promise<T> {
  const result = await harness.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** axe finds nothing serious or critical on the page as it stands. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Adopts a policy through the platform's own channels: review, vote, certify. */
async function adoptPolicy(
  harness: Harness,
  areaId: string,
  title: string,
  summary: string,
): Promise<void> {
  const { id: policyId } = await apiOk<{ id: string }>(harness, 'platform.createPolicy', {
    areaId,
    title,
    summary,
    text: `${summary}. The full policy text.`,
    sponsors: ['Ana Ruiz'],
  });
  await apiOk(harness, 'platform.transition', { policyId, to: 'rights-review' });
  await apiOk(harness, 'platform.transition', { policyId, to: 'ready' });
  const { voteId } = await apiOk<{ voteId: string }>(harness, 'platform.putToVote', {
    subject: { type: 'policy-adoption', policyId },
    threshold: 'majority-cast',
    mover: 'Ana Ruiz',
  });
  await apiOk(harness, 'votes.freezePresence', { id: voteId, present: 5 });
  await apiOk(harness, 'votes.recordCounts', { id: voteId, yes: 5, no: 0, abstain: 0 });
  await apiOk(harness, 'votes.certify', { id: voteId });
}

/** A chapter whose five members adopt each policy given (area id, title, summary), in order. */
export async function seedAdoptedPlatform(
  harness: Harness,
  policies: readonly (readonly [string, string, string])[],
): Promise<void> {
  await seedChapter(harness);
  for (const name of ['Ana Ruiz', 'Bo Lee', 'Cy Diaz', 'Di Park', 'Ed Cole'])
    await addMemberViaApi(harness, name);
  for (const [areaId, title, summary] of policies)
    await adoptPolicy(harness, areaId, title, summary);
}

/**
 * Imports a voter file's text through the canvass import (as the Outreach screen does, the
 * file "chosen" in the dialog), waits for it, and cuts turfs; returns the list's ID.
 */
export async function importedVoterList(
  harness: Pick<Harness, 'dispatch' | 'openPaths'>,
  path: string,
  csv: string,
  doorsPerTurf: number,
): Promise<string> {
  await writeFile(path, csv);
  harness.openPaths.push(path);
  const { jobId } = await apiOk<{ jobId: string }>(harness, 'canvass.importStart', {
    preset: 'ohio',
    fileDate: '2026-09-01',
  });
  const job = () => apiOk<ImportJob>(harness, 'canvass.importProgress', { jobId });
  await expect.poll(async () => (await job()).state).toBe('done');
  const listId = (await job()).list?.id ?? '';
  await apiOk(harness, 'canvass.cutTurfs', { listId, doorsPerTurf });
  return listId;
}
