import { describe, expect, it } from 'vitest';
import { serializeStore, validateChanged } from '../../../src/main/store/validate';
import { AppError } from '../../../src/shared/errors';
import type { Member } from '../../../src/shared/schema/member';
import type { StoreData } from '../../../src/shared/schema/store';
import { member, storeWith } from './helpers';

describe('validateChanged', () => {
  it('parses and deep-freezes everything when there is no previous state', () => {
    const data = validateChanged(null, storeWith(2));
    expect(data).toEqual(storeWith(2));
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.members[0])).toBe(true);
    expect(Object.isFrozen(data.members[0]?.history)).toBe(true);
    expect(Object.isFrozen(data.chapter?.quorum)).toBe(true);
  });

  it('only parses elements that are new: a known element is not checked again', () => {
    // A previous state holding an element the schema would reject (not reachable through
    // the store, but it shows which elements are looked at).
    const broken = Object.freeze({ ...member(0), county: 'not a FIPS code' }) as Member;
    const prev = Object.freeze({ ...storeWith(0), members: Object.freeze([broken]) }) as StoreData;
    const next = validateChanged(prev, { ...prev, members: [...prev.members, member(1)] });
    expect(next.members[0]).toBe(broken);
    expect(next.members[1]).toEqual(member(1));
    expect(next.chapter).toBe(prev.chapter);
  });

  it('rejects a new element that fails, naming its path', () => {
    const prev = validateChanged(null, storeWith(2));
    let error: unknown;
    try {
      validateChanged(prev, {
        ...prev,
        members: [...prev.members, { ...member(2), email: 'not-an-email' }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect((error as AppError).issues?.[0]?.path).toBe('members[2].email');
  });

  it('re-parses a replaced non-array field', () => {
    const prev = validateChanged(null, storeWith(1));
    expect(() =>
      validateChanged(prev, {
        ...prev,
        chapter: { ...(prev.chapter ?? member(0)), state: 'XX' } as never,
      }),
    ).toThrow(AppError);
  });

  it('rejects unknown top-level fields', () => {
    const prev = validateChanged(null, storeWith(1));
    expect(() => validateChanged(prev, { ...prev, surprise: 1 } as StoreData)).toThrow(/surprise/);
  });
});

describe('serializeStore', () => {
  it('produces compact JSON equal to the data, ending in a newline', () => {
    const data = validateChanged(null, storeWith(3));
    const text = serializeStore(data);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(data);
    expect(text).toBe(`${JSON.stringify(data)}\n`);
  });

  it('stays correct across updates that reuse cached elements', () => {
    let data = validateChanged(null, storeWith(3));
    serializeStore(data);
    for (let i = 3; i < 8; i++) {
      data = validateChanged(data, {
        ...data,
        members: [...data.members.slice(1), member(i, { name: `Member ${i} “quoted” \\ \n` })],
      });
      expect(serializeStore(data)).toBe(`${JSON.stringify(data)}\n`);
    }
  });

  it('serialises an empty member list and a null chapter', () => {
    const data = validateChanged(null, { ...storeWith(0), chapter: null });
    expect(JSON.parse(serializeStore(data))).toEqual(data);
  });

  it('never writes `undefined`: a collection missing from memory is filled in, not copied', () => {
    const { votes: _, ...partial } = storeWith(1);
    const prev = partial as StoreData;
    const next = validateChanged(prev, { ...prev });
    expect(next.votes).toEqual([]);
    const text = serializeStore({ ...next, votes: undefined } as unknown as StoreData);
    expect(text).not.toContain('undefined');
    expect(JSON.parse(text)).not.toHaveProperty('votes');
  });
});
