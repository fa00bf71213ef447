import type { RankedBallotInput } from '../../../src/shared/voting';

/**
 * Textbook elections with published results.
 */

/**
 * Wikipedia, "Instant-runoff voting", Tennessee capital example: 100 voters; Memphis leads
 * the first round with 42 but Knoxville wins.
 */
export const TENNESSEE = {
  candidates: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'],
  ballots: [
    { ranking: ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], count: 42 },
    { ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'], count: 26 },
    { ranking: ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis'], count: 15 },
    { ranking: ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis'], count: 17 },
  ] satisfies RankedBallotInput[],
};

/**
 * 2009 Burlington, Vermont mayoral election (IRV, plurality leader Wright loses to Kiss).
 * Published: round 1 Kiss 2,585, Wright 2,951, Montroll 2,063, Smith 1,306, Simpson 35,
 * write-in 36; Montroll 2,554 in round 2; final round Kiss 4,313, Wright 4,061 (8,374
 * active, so 602 of the 8,976 first-round ballots exhausted). Smith, Simpson and the
 * write-in were eliminated together after round 1.
 *
 * CONSTRUCTED: the real ballot-level data is not bundled, so these ballot groups were
 * built to reproduce exactly the published totals above. Kiss 2,981 / Wright 3,294 in
 * round 2 are from memory, not a checked source, and are not asserted as published.
 * "Write-in" is deliberately not a declared candidate: it enters as a write-in.
 */
export const BURLINGTON_2009 = {
  candidates: ['Kiss', 'Wright', 'Montroll', 'Smith', 'Simpson'],
  ballots: [
    { ranking: ['Kiss'], count: 2585 },
    { ranking: ['Wright'], count: 2951 },
    { ranking: ['Montroll', 'Kiss'], count: 1132 },
    { ranking: ['Montroll', 'Wright'], count: 767 },
    { ranking: ['Montroll'], count: 164 },
    { ranking: ['Smith', 'Kiss'], count: 380 },
    { ranking: ['Smith', 'Wright'], count: 330 },
    { ranking: ['Smith', 'Montroll', 'Kiss'], count: 200 },
    { ranking: ['Smith', 'Montroll'], count: 280 },
    { ranking: ['Smith'], count: 116 },
    { ranking: ['Simpson', 'Kiss'], count: 10 },
    { ranking: ['Simpson', 'Wright'], count: 5 },
    { ranking: ['Simpson', 'Montroll'], count: 8 },
    { ranking: ['Simpson'], count: 12 },
    { ranking: ['Write-in', 'Kiss'], count: 6 },
    { ranking: ['Write-in', 'Wright'], count: 8 },
    { ranking: ['Write-in', 'Montroll'], count: 3 },
    { ranking: ['Write-in'], count: 19 },
  ] satisfies RankedBallotInput[],
};

/**
 * Wikipedia, "Single transferable vote", the food example: 20 voters, 3 seats, Droop
 * quota 6. Chocolate's surplus of 6 moves at 0.5; Pears is eliminated; Oranges reaches
 * the quota; Hamburgers is eliminated; Strawberries takes the last seat.
 */
export const STV_FOOD = {
  seats: 3,
  candidates: ['Oranges', 'Pears', 'Chocolate', 'Strawberries', 'Hamburgers'],
  ballots: [
    { ranking: ['Oranges'], count: 4 },
    { ranking: ['Pears', 'Oranges'], count: 2 },
    { ranking: ['Chocolate', 'Strawberries'], count: 8 },
    { ranking: ['Chocolate', 'Hamburgers'], count: 4 },
    { ranking: ['Strawberries'], count: 1 },
    { ranking: ['Hamburgers'], count: 1 },
  ] satisfies RankedBallotInput[],
};

/** A valid motion ballot file (the example numbers). */
export const MOTION_FILE = {
  format: 'chapterhouse-ballots/1',
  title: 'Endorse the transit levy',
  method: 'motion',
  threshold: 'two-thirds-cast',
  counts: { yes: 21, no: 9, abstain: 3 },
  present: 33,
  quorum: 15,
};
