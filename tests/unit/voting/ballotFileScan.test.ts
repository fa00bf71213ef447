import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseBallotFileBytes,
  recountBallotFile,
  recountBallotFileBytes,
  VotingInputError,
} from '../../../src/shared/voting';
import { scanRankedBallotFile } from '../../../src/shared/voting/ballotFileScan';

/**
 * The fast reader of ranked ballot files against the strict one (JSON.parse, the
 * duplicate-key scan, zod on every ballot): for any file, valid or not, written any way
 * JSON allows, recountBallotFileBytes gives exactly what recountBallotFile of
 * parseBallotFileBytes gives, the same result or the same error message.
 */

type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof VotingInputError) return { ok: false, message: error.message };
    throw error;
  }
}

function bothWays(text: string): [fast: Outcome, strict: Outcome] {
  const bytes = new TextEncoder().encode(text);
  return [
    outcome(() => recountBallotFileBytes(bytes)),
    outcome(() => recountBallotFile(parseBallotFileBytes(bytes))),
  ];
}

/** A JSON object written by hand: members in the order given (repeats allowed), spaced by `ws`. */
type Member = [key: string, value: string];
function object(members: Member[], ws: string): string {
  return `{${ws}${members.map(([k, v]) => `${JSON.stringify(k)}${ws}:${ws}${v}`).join(`,${ws}`)}${ws}}`;
}

const names = ['Ana', 'Bo', 'Zoë "Z"', 'tab\there'];
const nameArb = fc.constantFrom(...names, 'Write-in Wu', '', '  ', 'Ana ');
/** Mostly `valid`, now and then one of `invalid`: most files stay valid end to end. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 60, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const entryArb = mostly(
  fc.oneof(
    { weight: 8, arbitrary: nameArb.map((n) => JSON.stringify(n)) },
    { weight: 1, arbitrary: fc.constantFrom('null', '"\\u0041na"') },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.oneof(
            nameArb.map((n) => JSON.stringify(n)),
            fc.constant('null'),
          ),
          {
            maxLength: 3,
          },
        )
        .map((a) => `[${a.join(',')}]`),
    },
  ),
  // Not a ranking entry, or not JSON: the strict reader names the error.
  fc.constantFrom('1', 'true', '{}', '"\\x"', '[[]]'),
);
const countArb = mostly(
  fc.integer({ min: 1, max: 9 }).map(String),
  fc.constantFrom('0', '-1', '1.0', '2.5', '1e1', '"3"', 'null', '01', '1000000001'),
);
const idArb = mostly(
  fc.constantFrom('"17"', '4', '-2.5e3', '"a\\nb"'),
  fc.constantFrom('null', 'true', '01', '"\\q"'),
);
const wsArb = fc.constantFrom('', ' ', '\n  ', '\t');

const ballotArb = fc
  .record(
    {
      ranking: fc.array(entryArb, { maxLength: 5 }).map((e) => `[${e.join(', ')}]`),
      count: countArb,
      id: idArb,
      extra: fc.constantFrom<Member>(['approve', '["Ana"]'], ['ranking', '[]'], ['note', '""']),
      odd: fc.integer({ min: 0, max: 40 }).map((n) => n === 0),
    },
    { requiredKeys: ['ranking'] },
  )
  .chain(({ extra, odd, ...fields }) =>
    fc
      .shuffledSubarray(Object.entries(fields) as Member[], {
        minLength: Object.keys(fields).length,
      })
      .map((members) => (odd && extra ? [...members, extra] : members)),
  );

const fileArb = fc
  .record({
    method: mostly(
      fc.constantFrom('irv', 'stv', 'plurality', 'majority'),
      fc.constantFrom('approval', 'motion', 'borda'),
    ),
    seats: mostly(fc.constant('1'), fc.constantFrom('2', '0')),
    candidates: mostly(
      fc.subarray(names, { minLength: 0 }).map((c) => JSON.stringify(c)),
      fc.constantFrom('["Ana","Ana"]', '["  "]', '"Ana"'),
    ),
    ballots: fc.array(fc.tuple(ballotArb, wsArb), { maxLength: 12 }),
    rules: mostly(
      fc.constantFrom(
        '{}',
        '{"overvote":"skip","maxSkippedRanks":1}',
        '{"overvote":"exhaust-if-multiple-continuing","duplicate":"exhaust"}',
        '{"tieBreak":{"seed":"s"}}',
      ),
      fc.constantFrom('{"duplicate":"exhaust","duplicate":"skip"}', '{"bogus":1}', '[]'),
    ),
    title: mostly(fc.constantFrom('"Mayor"', '"a\\"b"'), fc.constant('42')),
    ws: wsArb,
    repeatKey: fc.integer({ min: 0, max: 30 }).map((n) => n === 0),
    candidatesLast: fc.integer({ min: 0, max: 30 }).map((n) => n === 0),
  })
  .map((f) => {
    const ballots = `[${f.ballots.map(([members, ws]) => object(members, ws)).join(',')}]`;
    const members: Member[] = [
      ['format', '"chapterhouse-ballots/1"'],
      ['method', JSON.stringify(f.method)],
      ['title', f.title],
      ['seats', f.seats],
      ['rules', f.rules],
    ];
    if (f.candidatesLast) members.push(['ballots', ballots], ['candidates', f.candidates]);
    else members.push(['candidates', f.candidates], ['ballots', ballots]);
    if (f.repeatKey) members.push(['seats', '1']);
    return object(members, f.ws);
  });

describe('the fast reader of ranked ballot files', () => {
  it('gives what the strict reader gives, for any file', () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        const [fast, strict] = bothWays(text);
        expect(fast).toEqual(strict);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives what the strict reader gives for a file cut short or with a byte changed', () => {
    fc.assert(
      fc.property(
        fileArb,
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', '\u0001', ' '),
        (text, at, insert) => {
          const cut = at % (text.length + 1);
          const [fast, strict] = bothWays(text.slice(0, cut) + insert + text.slice(cut + 1));
          expect(fast).toEqual(strict);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reads a file as the app writes it without falling back', () => {
    const text = JSON.stringify(
      {
        format: 'chapterhouse-ballots/1',
        method: 'irv',
        candidates: ['Ana', 'Bo'],
        ballots: [
          { ranking: ['Ana', 'Bo'], count: 3, id: '1' },
          { ranking: [['Ana', 'Bo'], null, 'Bo'], id: 2 },
          { ranking: ['Zoë', '', 'Ana'] },
        ],
      },
      null,
      2,
    );
    const scanned = scanRankedBallotFile(text);
    expect(scanned?.packed.total).toBe(5);
    expect(scanned?.packed.writeIns).toEqual(['Zoë']);
    expect(scanned?.fields.ballots).toEqual([]);
  });
});
