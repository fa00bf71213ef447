import { describe, expect, it } from 'vitest';
import {
  RULE_FIELD_DEFAULTS,
  ruleFieldOf,
  rulesOf,
  seatsShown,
} from '../../../src/renderer/src/features/votes/electionRules';
import { VoteDefinitionSchema } from '../../../src/shared/voteLog/definition';
import type { ElectionMethod } from '../../../src/shared/voting/result';

/** The new-vote form's rule fields become an election definition `votes.open` accepts. */

const election = (method: ElectionMethod, seats: number, rules: ReturnType<typeof rulesOf>) =>
  VoteDefinitionSchema.safeParse({
    kind: 'election',
    title: 'Test',
    method,
    seats,
    candidates: ['Ana', 'Ben', 'Cy'],
    allowWriteIns: true,
    rules,
  });

describe('the new-vote form’s ballot rules', () => {
  const chosen = {
    ...RULE_FIELD_DEFAULTS,
    withdrawn: ' Cy \n\n',
    writeIns: 'pool' as const,
    writeInLabel: ' Others ',
    continueUntilTwo: true,
    quota: 'hare' as const,
    surplusOrder: 'together' as const,
  };

  it('sends only the rules the method applies, so a hidden choice is never refused', () => {
    for (const method of ['plurality', 'majority', 'irv', 'stv', 'approval'] as const) {
      const rules = rulesOf(chosen, method, true);
      expect(rules.withdrawn).toEqual(['Cy']);
      expect('quota' in rules).toBe(method === 'stv');
      expect('continueUntilTwo' in rules).toBe(method === 'irv');
      expect(rules.writeIns === 'pool').toBe(method === 'irv' || method === 'stv');
      const seats = method === 'stv' || method === 'approval' || method === 'plurality' ? 2 : 1;
      expect(election(method, seats, rules).success).toBe(true);
    }
    expect(rulesOf(chosen, 'stv', true)).toMatchObject({ writeInLabel: 'Others', quota: 'hare' });
    expect('writeIns' in rulesOf(chosen, 'irv', false)).toBe(false);
  });

  it('bottoms-up: a percentage replaces the seats; IRV options do not apply', () => {
    const f = { ...chosen, winnerMode: 'bottoms-up' as const, bottomsUpPercent: ' 20 ' };
    expect(seatsShown('irv', f)).toBe(false);
    const rules = rulesOf(f, 'irv', false);
    expect(rules).toMatchObject({ winnerMode: 'bottoms-up', bottomsUpPercent: 20 });
    expect('continueUntilTwo' in rules).toBe(false);
    expect(election('irv', 1, rules).success).toBe(true);
    expect(seatsShown('irv', { ...f, bottomsUpPercent: '' })).toBe(true);
    expect(seatsShown('irv', { ...f, winnerMode: 'standard' })).toBe(false);
  });

  it('a definition’s rule issue shows on the field that sets it', () => {
    const result = election('irv', 1, rulesOf({ ...chosen, withdrawn: 'Zoe' }, 'irv', false));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toBe('"Zoe" is not a declared candidate');
    expect(ruleFieldOf((issue?.path ?? []).slice(1).map(String))).toBe('withdrawn');
    expect(ruleFieldOf(['tieBreak', 'seed'])).toBe('seed');
  });
});
