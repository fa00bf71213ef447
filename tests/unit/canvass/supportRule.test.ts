import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_CODES,
  RESULT_CODES,
  ResultEntryInputSchema,
  supportConflict,
} from '../../../src/shared/canvass/results';

describe('a support answer needs a conversation', () => {
  it('refuses "Refused" with "Support 1", with a message that names both', () => {
    const parsed = ResultEntryInputSchema.safeParse({ voterId: 'OH1', code: 'REF', support: 1 });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['support']);
    expect(issue?.message).toContain('Support 1');
    expect(issue?.message).toContain('Refused');
  });

  it('accepts support alone, or beside Come Back, and any code alone', () => {
    expect(ResultEntryInputSchema.safeParse({ voterId: 'OH1', support: 2 }).success).toBe(true);
    expect(
      ResultEntryInputSchema.safeParse({ voterId: 'OH1', code: 'CB', support: 3 }).success,
    ).toBe(true);
    for (const code of RESULT_CODES)
      expect(ResultEntryInputSchema.safeParse({ voterId: 'OH1', code }).success, code).toBe(true);
  });

  it('refuses exactly the codes that say nobody talked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RESULT_CODES),
        fc.integer({ min: 1, max: 5 }),
        (code, support) => {
          const ok = ResultEntryInputSchema.safeParse({ voterId: 'V', code, support }).success;
          expect(ok).toBe(CONVERSATION_CODES.has(code));
          expect(supportConflict({ code, support }) === null).toBe(ok);
        },
      ),
    );
  });
});
