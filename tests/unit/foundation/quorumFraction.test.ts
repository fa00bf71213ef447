import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChapterInputSchema,
  formatFraction,
  parseFraction,
  quorumFor,
  QuorumRuleFormSchema,
} from '../../../src/shared/schema/chapter';

describe('a quorum fraction as people write it', () => {
  it('reads 1/3, decimals and percentages', () => {
    expect(parseFraction('1/3')).toBe(1 / 3);
    expect(parseFraction(' 2 / 5 ')).toBe(0.4);
    expect(parseFraction('0.25')).toBe(0.25);
    expect(parseFraction('.25')).toBe(0.25);
    expect(parseFraction('0,25')).toBe(0.25);
    expect(parseFraction('25%')).toBe(0.25);
    expect(parseFraction('33.5 %')).toBe(0.335);
    expect(parseFraction('1')).toBe(1);
  });

  it('says what to fix in plain words', () => {
    expect(parseFraction('')).toEqual({ problem: 'Enter a fraction like 1/3, 0.25 or 25%' });
    expect(parseFraction('a third')).toEqual({
      problem: 'Enter a fraction like 1/3, 0.25 or 25%',
    });
    expect(parseFraction('1/0')).toEqual({ problem: 'The number under the line cannot be 0' });
    expect(parseFraction('25')).toEqual({
      problem: 'A fraction is at most 1: for 25 percent write 25%',
    });
  });

  it('the form schema turns the text into the stored number, with plain messages', () => {
    const parse = (value: unknown) => QuorumRuleFormSchema.safeParse({ kind: 'fraction', value });
    expect(parse('1/3')).toEqual({ success: true, data: { kind: 'fraction', value: 1 / 3 } });
    expect(parse(0.5)).toEqual({ success: true, data: { kind: 'fraction', value: 0.5 } });
    const message = (value: unknown) => parse(value).error?.issues.map((i) => i.message);
    expect(message('3/2')).toEqual(['The fraction is at most 1']);
    expect(message('0%')).toEqual(['The fraction must be above 0']);
    expect(message(Number.NaN)).toEqual(['Enter a fraction like 1/3, 0.25 or 25%']);
    for (const m of [message('x'), message(''), message(Number.NaN)])
      expect(m?.join(' ')).not.toMatch(/NaN|expected/);
    // What the form sends is what the channel takes.
    const out = QuorumRuleFormSchema.parse({ kind: 'fraction', value: '1/3' });
    expect(ChapterInputSchema.shape.quorum.parse(out)).toEqual(out);
    expect(quorumFor(out, 30)).toBe(10);
  });

  it('a whole number of members: no "expected number, received NaN"', () => {
    const r = QuorumRuleFormSchema.safeParse({ kind: 'number', value: Number.NaN });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Enter a whole number of members']);
  });

  it('shows a stored fraction back as it was typed, and reads it back to the same number', () => {
    expect(formatFraction(1 / 3)).toBe('1/3');
    expect(formatFraction(0.25)).toBe('1/4');
    expect(formatFraction(1)).toBe('1');
    expect(formatFraction(0.123)).toBe('0.123');
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((bottom) => fc.tuple(fc.integer({ min: 1, max: bottom }), fc.constant(bottom))),
        ([top, bottom]) => {
          const value = top / bottom;
          expect(parseFraction(formatFraction(value))).toBe(value);
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), (value) => {
        const back = parseFraction(formatFraction(value));
        expect(typeof back).toBe('number');
        expect(Math.abs((back as number) - value)).toBeLessThan(1e-9);
      }),
    );
  });
});
