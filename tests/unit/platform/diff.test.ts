import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendmentDiff,
  applyAmendment,
  diffNewText,
  diffOldText,
  proposeAmendment,
  recordAmendmentVote,
  tokenize,
  wordDiff,
} from '../../../src/shared/platform';
import { draftPolicy, FAILED, PASSED, unwrap } from './fixtures';

const AT = '2025-02-02T19:30:00-05:00';
const words = fc.constantFrom(
  'the',
  'state',
  'funds',
  'school',
  'meals',
  'for',
  'all',
  'students',
  ',',
  '.',
  'every',
);
const texts = fc
  .array(fc.tuple(words, fc.constantFrom(' ', ' ', ' ', '\n', '  ')), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('word diff', () => {
  it('marks added and removed words', () => {
    expect(wordDiff('the state funds lunch', 'the state funds breakfast and lunch')).toEqual([
      { kind: 'same', text: 'the state funds ' },
      { kind: 'added', text: 'breakfast and ' },
      { kind: 'same', text: 'lunch' },
    ]);
    expect(wordDiff('a b c', 'a x c')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: ' c' },
    ]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('groups a run of changed words into one removal and one addition', () => {
    expect(wordDiff('the quick brown fox', 'a slow red fox')).toEqual([
      { kind: 'removed', text: 'the quick brown' },
      { kind: 'added', text: 'a slow red' },
      { kind: 'same', text: ' fox' },
    ]);
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const d = wordDiff(a, b);
        // No lone space left between two changes: the reader sees whole phrases.
        for (let i = 1; i + 1 < d.length; i++)
          if (d[i]!.kind === 'same' && d[i - 1]!.kind !== 'same' && d[i + 1]!.kind !== 'same')
            expect(d[i]!.text.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('tokens join back into the text', () => {
    fc.assert(fc.property(fc.string(), (s) => tokenize(s).join('') === s));
  });

  it('applying the diff reproduces the new text (and the old one)', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string()), fc.oneof(texts, fc.string()), (a, b) => {
        const d = wordDiff(a, b);
        expect(diffNewText(d)).toBe(b);
        expect(diffOldText(d)).toBe(a);
        // Segments are merged: no two neighbours of the same kind, no empty text.
        for (let i = 0; i < d.length; i++) {
          expect(d[i]!.text).not.toBe('');
          if (i > 0) expect(d[i]!.kind).not.toBe(d[i - 1]!.kind);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an insertion shows as one addition and nothing removed', () => {
    fc.assert(
      fc.property(texts, fc.nat(), words, (a, at, w) => {
        const tokens = tokenize(a);
        // Insert only where a word starts (after whitespace or at the start), so words don't fuse.
        const starts = [0, ...tokens.flatMap((t, i) => (/^\s/.test(t) ? [i + 1] : []))];
        const cut = tokens.slice(0, starts[at % starts.length]).join('').length;
        const b = `${a.slice(0, cut)}${w} ${a.slice(cut)}`;
        const d = wordDiff(a, b);
        expect(d.filter((s) => s.kind === 'removed')).toEqual([]);
        expect(d.filter((s) => s.kind === 'added')).toHaveLength(1);
        expect(wordDiff(a, a).every((s) => s.kind === 'same')).toBe(true);
      }),
    );
  });
});

describe('amendments', () => {
  it('applies an adopted amendment and keeps the previous text', () => {
    const policy = draftPolicy();
    const newText =
      'The state funds breakfast, lunch and summer meals for every public school student.';
    const proposed = unwrap(proposeAmendment(policy, { id: 'a1', by: 'm-dee', at: AT, newText }));
    expect(diffNewText(amendmentDiff(proposed))).toBe(newText);
    expect(applyAmendment(policy, proposed, AT).ok).toBe(false);
    const adopted = unwrap(recordAmendmentVote(proposed, PASSED));
    const amended = unwrap(applyAmendment(policy, adopted, AT));
    expect(amended.text).toBe(newText);
    expect(amended.textChanges).toEqual([
      { amendmentId: 'a1', at: AT, previousText: policy.text, vote: PASSED },
    ]);
    expect(applyAmendment(amended, adopted, AT).ok).toBe(false);
  });

  it('refuses a failed amendment and one written against an older text', () => {
    const policy = draftPolicy();
    const a1 = unwrap(proposeAmendment(policy, { id: 'a1', by: 'm', at: AT, newText: 'One.' }));
    const a2 = unwrap(proposeAmendment(policy, { id: 'a2', by: 'm', at: AT, newText: 'Two.' }));
    expect(unwrap(recordAmendmentVote(a1, FAILED)).status).toBe('failed');
    expect(recordAmendmentVote(a1, { outcome: 'no-quorum', sentence: 'No quorum.' }).ok).toBe(
      false,
    );
    const after1 = unwrap(applyAmendment(policy, unwrap(recordAmendmentVote(a1, PASSED)), AT));
    const stale = applyAmendment(after1, unwrap(recordAmendmentVote(a2, PASSED)), AT);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.reason).toContain('changed after this amendment was proposed');
  });
});
