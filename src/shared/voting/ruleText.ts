import { listNames } from './count';
import { groupDigits } from './decimal';
import { quotaPhrase } from './quota';
import type { ElectionResult } from './result';

/**
 * The rules a count applied, one plain line each, for whoever checks the result: the
 * recount's text report and the app's result view (screen, projector and paper) show the
 * same lines. Only what the method uses is listed; a rule left at its default that the
 * reader needs anyway (how ballots are read, how ties are broken) is listed too.
 */
export function ruleLines(result: ElectionResult): string[] {
  const { rules, method } = result;
  const ranked = method !== 'approval';
  const lines: string[] = [];
  if (ranked) {
    const duplicate =
      rules.duplicate === 'exhaust'
        ? 'a repeated name exhausts the ballot (a name inside an earlier overvote counts as ranked)'
        : 'a repeated name is skipped';
    const skipped =
      rules.maxSkippedRanks === 'unlimited'
        ? 'any number of blank ranks skipped'
        : `${rules.maxSkippedRanks} blank ${rules.maxSkippedRanks === 1 ? 'rank' : 'ranks'} in a row allowed`;
    lines.push(`Ballots: overvote ${rules.overvote}; ${skipped}; ${duplicate}.`);
  }
  const tie = rules.tieBreak;
  lines.push(
    `Ties: ${tie.method}` +
      (tie.seed === undefined ? '' : ` (seed "${tie.seed}")`) +
      (tie.lot === undefined ? '' : ` (lot ${tie.lot.join(' > ')})`) +
      '.',
  );
  if (rules.withdrawn.length > 0) {
    lines.push(`Withdrawn: ${listNames(rules.withdrawn)} — marks for them are skipped.`);
  }
  if (rules.writeIns === 'pool' && (method === 'irv' || method === 'stv')) {
    lines.push(`Write-ins: pooled as "${rules.writeInLabel}", eliminated first.`);
  }
  if (method === 'irv') lines.push(irvLine(result));
  if (method === 'stv') {
    const votes = result.rounds[0]?.active ?? 0;
    const order =
      rules.surplusOrder === 'together'
        ? 'surpluses of candidates elected together move together'
        : 'the largest surplus moves first';
    lines.push(
      `Count: ${quotaPhrase(rules.quota, result.quota ?? 0)}, from the ${groupDigits(votes)} votes counted in round 1; ${order}.`,
    );
  }
  return lines;
}

function irvLine({ rules, seats }: ElectionResult): string {
  if (rules.winnerMode === 'bottoms-up') {
    return rules.bottomsUpPercent === undefined
      ? `Count: bottoms-up — the lowest is eliminated until ${seats} remain, who are elected.`
      : `Count: bottoms-up — the lowest is eliminated until everyone left holds ${rules.bottomsUpPercent}% of the round's votes.`;
  }
  const parts = [
    rules.firstRoundThreshold
      ? 'threshold set in round 1 and kept (with two left, the higher wins)'
      : 'threshold a majority of each round’s active votes',
  ];
  if (rules.continueUntilTwo) parts.push('counting on until two remain');
  if (rules.batchElimination) parts.push('batch elimination');
  const sequential =
    rules.winnerMode === 'sequential'
      ? `sequential — one count per seat (${seats}), earlier winners left out; `
      : '';
  return `Count: ${sequential}${parts.join('; ')}.`;
}
