import { describe, expect, it } from 'vitest';
import { countStv, droopQuota } from '../../../src/shared/voting';
import { STV_FOOD } from './fixtures';

describe('STV: published example', () => {
  it('food example: Chocolate, Oranges, Strawberries', () => {
    const result = countStv(STV_FOOD);
    expect(result.outcome).toBe('elected');
    expect(result.winners).toEqual(['Chocolate', 'Oranges', 'Strawberries']);
    expect(result.quota).toBe(6);
    const [r1, r2, r3, r4] = result.rounds;
    expect(result.rounds).toHaveLength(4);
    expect(r1?.tallies).toEqual({
      Oranges: 4,
      Pears: 2,
      Chocolate: 12,
      Strawberries: 1,
      Hamburgers: 1,
    });
    expect(r1?.elected).toEqual(['Chocolate']);
    // Chocolate's 12 ballots move on at 6 / 12 = 0.5.
    expect(r1?.transfer).toEqual({
      kind: 'surplus',
      from: ['Chocolate'],
      surplus: 6,
      transferValue: 0.5,
      to: { Oranges: 0, Pears: 0, Strawberries: 4, Hamburgers: 2 },
      exhausted: 0,
      residue: 0,
    });
    expect(r2?.tallies).toEqual({
      Oranges: 4,
      Pears: 2,
      Chocolate: 6,
      Strawberries: 5,
      Hamburgers: 3,
    });
    expect(r2?.eliminated).toEqual(['Pears']);
    expect(r3?.tallies).toMatchObject({ Oranges: 6, Strawberries: 5, Hamburgers: 3 });
    expect(r3?.elected).toEqual(['Oranges']);
    expect(r3?.eliminated).toEqual(['Hamburgers']);
    // Hamburgers: 1 whole ballot + 4 half-ballots, none with a further choice.
    expect(r3?.transfer).toMatchObject({ exhausted: 3, to: { Strawberries: 0 } });
    expect(r4?.tallies).toEqual({ Oranges: 6, Chocolate: 6, Strawberries: 5 });
    expect(r4?.exhausted).toBe(3);
    expect(r4?.elected).toEqual(['Strawberries']);
    expect(result.summary).toBe(
      'Elected: Chocolate, Oranges and Strawberries — single transferable vote, 3 seats, Droop quota 6; 4 rounds; 20 valid ballots, 3.0000 exhausted, 0.0000 rounding residue.',
    );
  });
});

describe('STV: fractional arithmetic', () => {
  it('truncates to 4 decimals and shows the rounding residue', () => {
    // 10 valid, 2 seats → quota 4. A's surplus 3 of 7 moves at 0.4285 (3/7 truncated).
    const result = countStv({
      seats: 2,
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A', 'B'], count: 7 },
        { ranking: ['C'], count: 2 },
        { ranking: ['B'], count: 1 },
      ],
    });
    expect(result.quota).toBe(4);
    const [r1, r2, r3] = result.rounds;
    expect(r1?.transfer).toEqual({
      kind: 'surplus',
      from: ['A'],
      surplus: 3,
      transferValue: 0.4285,
      to: { B: 2.9995, C: 0 },
      exhausted: 0,
      residue: 0.0005,
    });
    expect(r2?.tallies).toEqual({ A: 4, B: 3.9995, C: 2 });
    expect(r2?.residue).toBe(0.0005);
    expect(r2?.eliminated).toEqual(['C']);
    expect(r3?.tallies).toEqual({ A: 4, B: 3.9995 });
    expect(r3?.exhausted).toBe(2);
    expect(r3?.elected).toEqual(['B']);
    expect(result.winners).toEqual(['A', 'B']);
    // 4 + 3.9995 + 2 + 0.0005 = 10 valid ballots, exactly (in units of 1/10000).
    for (const r of result.rounds) {
      const units = Object.values(r.tallies).reduce((s, v) => s + Math.round(v * 1e4), 0);
      expect(units + Math.round(r.exhausted * 1e4) + Math.round((r.residue ?? 0) * 1e4)).toBe(
        10 * 1e4,
      );
    }
  });

  it('a second-level transfer multiplies the ballot value by the new transfer value', () => {
    // quota floor(12/3)+1 = 5. A 9: surplus 4 at 0.4444 to B; B 2 + 3.9996 = 5.9996 ≥ 5:
    // surplus 0.9996 at 0.1666 → each A ballot moves on at 0.4444 × 0.1666 = 0.0740.
    const result = countStv({
      seats: 2,
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A', 'B', 'C'], count: 9 },
        { ranking: ['B', 'C'], count: 2 },
        { ranking: ['C'], count: 1 },
      ],
    });
    expect(result.rounds[0]?.transfer).toMatchObject({ transferValue: 0.4444, to: { B: 3.9996 } });
    // Both A and B reach the quota: all seats filled, no further transfer needed.
    expect(result.winners).toEqual(['A', 'B']);
    expect(result.rounds).toHaveLength(2);
    expect(result.rounds[1]?.elected).toEqual(['B']);
  });

  it('the Droop quota', () => {
    expect(droopQuota(20, 3)).toBe(6);
    expect(droopQuota(100, 1)).toBe(51);
    expect(droopQuota(101, 1)).toBe(51);
    expect(droopQuota(0, 2)).toBe(1);
  });
});

describe('STV: filling the last seats', () => {
  it('elects the remaining candidates once they equal the seats left', () => {
    const result = countStv({
      seats: 2,
      candidates: ['A', 'B', 'C', 'D'],
      ballots: [
        { ranking: ['A'], count: 4 },
        { ranking: ['B'], count: 4 },
        { ranking: ['C'], count: 3 },
        { ranking: ['D'], count: 2 },
      ],
    });
    // Quota 5: nobody reaches it; D then C are eliminated; A and B fill the two seats.
    expect(result.rounds.map((r) => r.eliminated)).toEqual([['D'], ['C'], []]);
    expect(result.rounds[2]?.elected).toEqual(['A', 'B']);
    expect(result.rounds[2]?.tallies).toEqual({ A: 4, B: 4 });
    expect(result.winners).toEqual(['A', 'B']);
  });

  it('more seats than candidates: everyone elected, with a warning', () => {
    const result = countStv({ seats: 3, candidates: ['A', 'B'], ballots: [{ ranking: ['A'] }] });
    expect(result.winners).toEqual(['A', 'B']);
    expect(result.warnings).toContain('Only 2 candidates for 3 seats.');
    expect(result.summary).toMatch(/^Elected: A and B \(1 seat unfilled\)/);
  });

  it('no valid ballots', () => {
    const result = countStv({ seats: 2, candidates: ['A', 'B', 'C'], ballots: [{ ranking: [] }] });
    expect(result.outcome).toBe('no-votes');
    expect(result.winners).toEqual([]);
  });
});
