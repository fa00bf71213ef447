import type { z } from 'zod';
import { formatPath, VotingInputError } from './errors';
import type { BallotRules } from './rules';

/**
 * Checks of the ballot rules against the rest of an election: the method, the seats and
 * the declared candidates. A rule that the method would not apply is an error, never a
 * silent no-op (a chapter that asks for a Hare quota on an IRV count must hear that it
 * cannot have one). The ballot file, a count's input and the app's vote form all use these.
 */

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

interface ElectionShape {
  method: string;
  seats: number;
  candidates: readonly string[];
  rules: BallotRules;
}

/** Whether irv may fill `seats` under `rules` (more than one needs a multi-seat winnerMode). */
export function irvSeatsAllowed(seats: number, rules: BallotRules): boolean {
  return seats === 1 || rules.winnerMode !== 'standard';
}

/** The hint after "irv fills one seat" when it cannot fill more. */
export const IRV_SEATS_HINT = 'or rules.winnerMode "sequential" or "bottoms-up"';

export function ruleIssues(e: ElectionShape): RuleIssue[] {
  const { method, rules } = e;
  const issues: RuleIssue[] = [];
  const add = (key: string, message: string): void => {
    issues.push({ path: ['rules', key], message });
  };
  const declared = new Set(e.candidates);
  rules.withdrawn.forEach((name, i) => {
    if (!declared.has(name)) {
      issues.push({
        path: ['rules', 'withdrawn', i],
        message: `"${name}" is not a declared candidate`,
      });
    }
  });

  const irv = method === 'irv';
  const stv = method === 'stv';
  if (rules.writeIns === 'pool') {
    if (!irv && !stv)
      add('writeIns', 'write-ins are pooled only by irv and stv (the pool is eliminated first)');
    if (declared.has(rules.writeInLabel)) {
      add(
        'writeInLabel',
        `"${rules.writeInLabel}" is a declared candidate; name the write-in pool otherwise`,
      );
    }
  }
  const bottomsUp = rules.winnerMode === 'bottoms-up';
  for (const key of ['continueUntilTwo', 'firstRoundThreshold'] as const) {
    if (rules[key] && (!irv || bottomsUp)) {
      add(key, `${key} applies to irv counted by majority (winnerMode "standard" or "sequential")`);
    }
  }
  if (rules.winnerMode !== 'standard' && !irv) {
    add(
      'winnerMode',
      `winnerMode "${rules.winnerMode}" applies to irv; stv fills several seats proportionally`,
    );
  }
  if (bottomsUp && rules.batchElimination) {
    add('batchElimination', 'batch elimination does not apply to bottoms-up counts');
  }
  if (rules.quota !== 'droop' && !stv) add('quota', 'a quota applies to stv only');
  if (rules.surplusOrder !== 'largest-first' && !stv) {
    add('surplusOrder', 'surpluses are transferred by stv only');
  }
  if (rules.bottomsUpPercent !== undefined && e.seats !== 1) {
    issues.push({
      path: ['seats'],
      message: 'with bottomsUpPercent the percentage decides how many are elected; leave seats out',
    });
  }
  return issues;
}

/** The issues, added to a zod refinement (paths relative to the election object). */
export function addRuleIssues(e: ElectionShape, ctx: z.RefinementCtx): void {
  for (const issue of ruleIssues(e)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}

/** For the count functions called directly: throws VotingInputError on the first problems. */
export function assertRules(e: ElectionShape): void {
  const issues = ruleIssues(e);
  if (issues.length) {
    throw new VotingInputError(
      'invalid election',
      issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
}
