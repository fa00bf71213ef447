import { describe, expect, it } from 'vitest';
import {
  addArea,
  adoptRight,
  amendRight,
  currentRights,
  DEFAULT_POLICY_AREAS,
  removeArea,
  removeRight,
  renameArea,
  SecuredRightsSchema,
} from '../../../src/shared/platform';
import { FAILED, PASSED, twoRights, unwrap } from './fixtures';

const AT = '2025-03-01T19:00:00-05:00';

describe('Secured Rights', () => {
  it('keeps every version with its date and vote', () => {
    const rights = unwrap(
      amendRight(twoRights(), 'r-speech', {
        title: 'Free expression',
        text: 'Everyone may speak.',
        date: AT,
        vote: PASSED,
      }),
    );
    const speech = rights.find((r) => r.id === 'r-speech')!;
    expect(speech.versions.map((v) => [v.version, v.change, v.date])).toEqual([
      [1, 'adopted', '2025-01-10T19:05:00-05:00'],
      [2, 'amended', AT],
    ]);
    expect(SecuredRightsSchema.safeParse(rights).success).toBe(true);
  });

  it('numbers current rights in order and skips removed ones', () => {
    const rights = unwrap(removeRight(twoRights(), 'r-equal', { date: AT, vote: PASSED }));
    expect(currentRights(rights)).toEqual([
      {
        id: 'r-speech',
        number: 1,
        title: 'Free expression',
        text: 'Everyone may speak, publish and assemble.',
        version: 1,
      },
    ]);
    // The removal is a version too, keeping the last wording.
    expect(rights[0]!.versions[1]).toMatchObject({ change: 'removed', title: 'Equal protection' });
    expect(
      amendRight(rights, 'r-equal', { title: 'x', text: 'y', date: AT, vote: PASSED }).ok,
    ).toBe(false);
  });

  it('needs a passing vote at the supermajority rule', () => {
    const failed = amendRight(twoRights(), 'r-equal', {
      title: 'x',
      text: 'y',
      date: AT,
      vote: FAILED,
    });
    expect(failed).toEqual({
      ok: false,
      reason: `The vote to amend this Secured Right did not pass: ${FAILED.sentence}`,
    });
    const wrongRule = adoptRight(
      twoRights(),
      {
        id: 'r-new',
        title: 'Privacy',
        text: '…',
        date: AT,
        vote: { ...PASSED, threshold: 'majority-cast' },
      },
      { requiredThreshold: 'two-thirds-cast' },
    );
    expect(wrongRule.ok).toBe(false);
    const placed = unwrap(
      adoptRight(
        twoRights(),
        { id: 'r-new', title: 'Privacy', text: '…', date: AT, vote: PASSED, position: 0 },
        { requiredThreshold: 'two-thirds-cast' },
      ),
    );
    expect(currentRights(placed).map((r) => r.id)).toEqual(['r-new', 'r-equal', 'r-speech']);
  });
});

describe('policy areas', () => {
  it('starts from the seed areas', () => {
    expect(DEFAULT_POLICY_AREAS.map((a) => a.name)).toEqual([
      'Education',
      'Healthcare',
      'Career and economy',
      'Peace and foreign policy',
      'Prison reform',
      'Climate',
      'Civil rights',
    ]);
  });

  it('adds, renames and refuses to remove an area that still has policies', () => {
    let areas = unwrap(
      addArea(DEFAULT_POLICY_AREAS, { id: 'housing', name: 'Housing', description: '' }),
    );
    expect(addArea(areas, { id: 'h2', name: 'housing ', description: '' }).ok).toBe(false);
    areas = unwrap(renameArea(areas, 'housing', 'Housing and land'));
    expect(areas.at(-1)!.name).toBe('Housing and land');
    expect(removeArea(areas, 'housing', [{ areaId: 'housing' }, { areaId: 'housing' }])).toEqual({
      ok: false,
      reason: '2 policies are filed under "Housing and land"; move them to another area first.',
    });
    expect(unwrap(removeArea(areas, 'housing', [])).length).toBe(7);
  });
});
