/**
 * Vote plans on disk: `<dataDir>/gotv/<electionId>.plans.ndjson`, append-only, the latest
 * entry of a voter winning (an empty plan clears one). Per voter and possibly tens of
 * thousands of lines, so they live beside the voter data as results do, never in the
 * chapter file (which holds only the small election records); a grid save appends only the
 * rows that changed.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, issuePath } from '../../../shared/errors';
import type { Election } from '../../../shared/gotv/election';
import {
  latestPlans,
  VotePlanEntrySchema,
  VotePlanInputSchema,
  type VotePlanEntry,
  type VotePlanInput,
} from '../../../shared/gotv/plans';
import { appendJsonLines, readJsonLines } from '../../store/ndjson';

/** A plan line is a few hundred bytes; a longer one is damaged. */
const MAX_PLAN_LINE_BYTES = 64 * 1024;

/** The plans file of an election (the id is the chapter file's own UUID). */
function plansPath(dir: string, electionId: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(electionId))
    throw new AppError('invalid-input', 'Not an election id.');
  return join(dir, 'gotv', `${electionId}.plans.ndjson`);
}

/**
 * Each voter's current plan for the election, by voter ID. `dir` is the open data folder
 * (`session.dirFor(session.mode)`). The rides list is the plans with `needsRide`, by
 * `rideDate` then `rideTime`; chase lists show `plan`.
 */
export async function readVotePlans(
  dir: string,
  electionId: string,
): Promise<Map<string, VotePlanEntry>> {
  const { entries } = await readJsonLines(
    plansPath(dir, electionId),
    VotePlanEntrySchema,
    MAX_PLAN_LINE_BYTES,
  );
  return latestPlans(entries);
}

/**
 * Stores plans for voters of the election's universe (`inUniverse`); any input that is not
 * a valid plan of a universe voter refuses the whole batch, naming each.
 */
export async function saveVotePlans(
  dir: string,
  election: Election,
  inputs: readonly VotePlanInput[],
  inUniverse: (voterId: string) => boolean,
  at: string,
): Promise<number> {
  const issues: { path: string; message: string }[] = [];
  const entries: VotePlanEntry[] = [];
  inputs.forEach((input, i) => {
    const parsed = VotePlanInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ path: issuePath([i, ...issue.path]), message: issue.message });
    } else if (!inUniverse(parsed.data.voterId)) {
      issues.push({
        path: `[${i}].voterId`,
        message: `${parsed.data.voterId} is not in this election’s universe`,
      });
    } else entries.push({ ...parsed.data, at });
  });
  if (issues.length)
    throw new AppError(
      'invalid-input',
      `${inputs.length - entries.length} of ${inputs.length} plans could not be saved; nothing was saved.`,
      issues,
    );
  await appendJsonLines(plansPath(dir, election.id), entries);
  return entries.length;
}

/** Removes an election's plans (with the election). */
export async function removeVotePlans(dir: string, electionId: string): Promise<void> {
  await rm(plansPath(dir, electionId), { force: true });
}
