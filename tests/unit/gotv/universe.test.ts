import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUniverse, LatestAnswers, type VoterAnswer } from '../../../src/shared/gotv/universe';

const answer = (
  voterId: string,
  support: number | null,
  at = '',
  code: string | null = null,
): VoterAnswer => ({
  voterId,
  support,
  code,
  at,
});

function universeOf(
  answers: VoterAnswer[],
  opts: { members?: string[]; suppressed?: string[]; listed?: string[] } = {},
) {
  const latest = new LatestAnswers();
  for (const a of answers) latest.add(a);
  const listed = opts.listed ? new Set(opts.listed) : null;
  return buildUniverse({
    answers: latest,
    memberVoterIds: opts.members,
    suppressed: new Set(opts.suppressed ?? []),
    isListed: (id) => listed === null || listed.has(id),
  });
}

const ids = (u: ReturnType<typeof universeOf>) => u.members.map((m) => m.voterId);

describe('GOTV universe', () => {
  it('takes voters whose latest answer is 1 or 2', () => {
    const u = universeOf([answer('A', 1), answer('B', 2), answer('C', 3), answer('D', 5)]);
    expect(ids(u)).toEqual(['A', 'B']);
    expect(u.members[0]).toEqual({ voterId: 'A', reason: 'supporter', support: 1 });
  });

  it('lets the latest answer win: a 3 after a 1 leaves the universe, a 1 after a 4 joins it', () => {
    const u = universeOf([
      answer('A', 1, '2026-09-01T10:00:00-04:00'),
      answer('A', 3, '2026-10-01T10:00:00-04:00'),
      answer('B', 4, '2026-09-01T10:00:00-04:00'),
      answer('B', 1, '2026-10-02T10:00:00-04:00'),
    ]);
    expect(ids(u)).toEqual(['B']);
  });

  it('reads answers in any order by their time, and the later line when times are equal or unknown', () => {
    const u = universeOf([
      answer('A', 3, '2026-10-01T10:00:00-04:00'),
      answer('A', 1, '2026-09-01T10:00:00-04:00'),
      answer('B', 1),
      answer('B', 4),
    ]);
    expect(ids(u)).toEqual([]);
  });

  it('lets suppressions win over any answer: moved, deceased, do not walk, and the file or chapter marks', () => {
    const u = universeOf(
      [
        answer('A', 1),
        answer('A', null, '', 'MV'),
        answer('B', 2),
        answer('C', 1, '', 'DEC'),
        answer('D', 1),
        answer('E', 1, '', 'DNW'),
      ],
      { suppressed: ['D'], members: ['B', 'F', 'C'] },
    );
    expect(ids(u)).toEqual(['B', 'F']);
    expect(u.leftOut).toBe(4);
    expect(u.members.map((m) => m.reason)).toEqual(['supporter and member', 'member']);
  });

  it('counts supporters missing from the voter file apart', () => {
    const u = universeOf([answer('A', 1), answer('Z', 1)], { listed: ['A'], members: ['Y'] });
    expect(ids(u)).toEqual(['A']);
    expect(u.unlisted).toEqual(['Z']);
  });

  it('holds each voter once, every one a listed, unsuppressed supporter or member', () => {
    const idArb = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    const answerArb = fc.record({
      voterId: idArb,
      support: fc.option(fc.integer({ min: 1, max: 5 })),
      code: fc.option(fc.constantFrom('NH', 'MV', 'DEC', 'DNW', 'REF')),
      at: fc.constantFrom('', '2026-01-01', '2026-02-01'),
    });
    fc.assert(
      fc.property(
        fc.array(answerArb),
        fc.subarray(['A', 'B', 'C', 'D', 'E']),
        fc.subarray(['A', 'B', 'C']),
        (answers, members, suppressed) => {
          const u = universeOf(answers, { members, suppressed });
          const list = ids(u);
          expect(new Set(list).size).toBe(list.length);
          for (const m of u.members) {
            expect(suppressed).not.toContain(m.voterId);
            expect(
              answers.some(
                (a) =>
                  a.voterId === m.voterId &&
                  a.code !== null &&
                  ['MV', 'DEC', 'DNW'].includes(a.code),
              ),
            ).toBe(false);
            if (m.reason === 'member') expect(members).toContain(m.voterId);
            else expect(m.support).toBeLessThanOrEqual(2);
          }
        },
      ),
    );
  });
});
