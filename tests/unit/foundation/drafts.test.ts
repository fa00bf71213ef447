import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differsFrom, draftKey, parseDraft, serializeDraft } from '../../../src/shared/drafts';
import { LIMITS } from '../../../src/shared/limits';

const AT = '2026-03-05T19:30:00.000Z';

describe('drafts', () => {
  it('reads back what it kept', () => {
    // Keys are form field names (react-hook-form's names: no `__proto__`, tested below).
    const field = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,19}$/);
    fc.assert(
      fc.property(fc.dictionary(field, fc.string()), (values) => {
        const text = serializeDraft(values, AT);
        expect(text).not.toBeNull();
        const draft = parseDraft(text);
        expect(draft).toEqual({ savedAt: AT, values });
        expect(differsFrom(draft!, values)).toBe(false);
      }),
    );
  });

  it('never reads a "__proto__" key back as the values\' prototype', () => {
    const draft = parseDraft(`{"savedAt":"${AT}","values":{"__proto__":{"polluted":"yes"}}}`);
    expect(Object.getPrototypeOf(draft?.values ?? {})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps nothing too large, and reads nothing that is not a draft', () => {
    expect(serializeDraft({ text: 'x'.repeat(LIMITS.draft) }, AT)).toBeNull();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft(JSON.stringify({ savedAt: 'yesterday', values: {} }))).toBeNull();
    expect(parseDraft(JSON.stringify([1, 2]))).toBeNull();
  });

  it('offers a draft only when it differs from the form', () => {
    const draft = parseDraft(serializeDraft({ headline: 'Neighbors' }, AT))!;
    expect(differsFrom(draft, { headline: 'Neighbors' })).toBe(false);
    expect(differsFrom(draft, { headline: '' })).toBe(true);
  });

  it('keeps each chapter’s drafts apart', () => {
    expect(draftKey('c1', 'flyer:new')).not.toBe(draftKey('c2', 'flyer:new'));
    expect(() => draftKey('', 'flyer:new')).toThrow();
  });
});
