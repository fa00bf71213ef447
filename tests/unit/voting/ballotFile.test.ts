import { describe, expect, it } from 'vitest';
import {
  formatRecountText,
  parseBallotFileText,
  recountBallotFile,
  RecountResultSchema,
  safeRecountBallotFile,
  VotingInputError,
} from '../../../src/shared/voting';
import { BURLINGTON_2009, MOTION_FILE, STV_FOOD } from './fixtures';

const FORMAT = 'chapterhouse-ballots/1';

function issueOf(json: unknown): string {
  try {
    recountBallotFile(json);
  } catch (error) {
    if (error instanceof VotingInputError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('ballot file: accepted forms', () => {
  it('the issue example form, as an election and as a motion', () => {
    const example = {
      format: FORMAT,
      title: 'Endorsement for county commission',
      method: 'irv',
      seats: 1,
      candidates: ['A', 'B', 'C'],
      ballots: [{ ranking: ['A', 'B'], count: 42 }, { ranking: ['B'] }, { ranking: ['C', 'B'] }],
      rules: {
        overvote: 'exhaust',
        maxSkippedRanks: 1,
        tieBreak: { method: 'previous-round-then-random', seed: 'x' },
      },
    };
    const result = recountBallotFile(example);
    expect(result).toMatchObject({
      format: 'chapterhouse-recount/1',
      title: 'Endorsement for county commission',
      outcome: 'elected',
      winners: ['A'],
      rounds: [
        {
          round: 1,
          tallies: { A: 42, B: 1, C: 1 },
          exhausted: 0,
          threshold: 23,
          elected: ['A'],
          eliminated: [],
        },
      ],
    });
    expect(RecountResultSchema.safeParse(result).success).toBe(true);

    const motion = recountBallotFile(MOTION_FILE);
    expect(motion).toMatchObject({ kind: 'motion', outcome: 'adopted', needed: 20, winners: [] });
    expect(motion.summary).toBe(
      'Adopted: 21 yes, 9 no, 3 abstain — two-thirds of votes cast needed 20; quorum 15, 33 present.',
    );
    expect(RecountResultSchema.safeParse(motion).success).toBe(true);
  });

  it('every method', () => {
    const base = { format: FORMAT, candidates: ['A', 'B', 'C'] };
    const ranked = [
      { ranking: ['A', 'C'], count: 3 },
      { ranking: ['B'], count: 2 },
      { ranking: ['C', 'B'] },
    ];
    expect(recountBallotFile({ ...base, method: 'plurality', ballots: ranked }).winners).toEqual([
      'A',
    ]);
    expect(recountBallotFile({ ...base, method: 'majority', ballots: ranked }).outcome).toBe(
      'no-majority',
    );
    expect(recountBallotFile({ ...base, method: 'irv', ballots: ranked }).winners).toEqual(['A']);
    expect(recountBallotFile({ format: FORMAT, method: 'stv', ...STV_FOOD }).winners).toEqual([
      'Chocolate',
      'Oranges',
      'Strawberries',
    ]);
    expect(
      recountBallotFile({
        ...base,
        method: 'approval',
        ballots: [{ approve: ['A', 'C'] }, { approve: ['C'] }],
      }).winners,
    ).toEqual(['C']);
  });

  it('motion variants: voice, unanimous consent, roll call', () => {
    const motion = { format: FORMAT, method: 'motion' };
    expect(
      recountBallotFile({
        ...motion,
        vote: 'voice',
        threshold: 'majority-cast',
        declared: 'failed',
      }).outcome,
    ).toBe('failed');
    expect(recountBallotFile({ ...motion, threshold: 'unanimous-consent' }).outcome).toBe(
      'adopted',
    );
    expect(
      recountBallotFile({
        ...motion,
        vote: 'roll-call',
        threshold: 'majority-present',
        present: 3,
        rollCall: [
          { name: 'Ana', vote: 'yes' },
          { name: 'Ben', vote: 'yes' },
          { name: 'Cy', vote: 'abstain' },
        ],
      }).outcome,
    ).toBe('adopted');
  });

  it('warns about fields of the other kind of vote and about the expected ballot count', () => {
    const result = recountBallotFile({
      ...MOTION_FILE,
      candidates: ['A'],
      expectedBallots: 34,
    });
    expect(result.warnings).toEqual([
      'Field "candidates" is not used by method motion; ignored.',
      'The tellers expected 34 ballots but the file holds 33: check before accepting this result.',
    ]);
    const election = recountBallotFile({
      format: FORMAT,
      method: 'irv',
      threshold: 'majority-cast',
      expectedBallots: 8976,
      ...BURLINGTON_2009,
    });
    expect(election.warnings).toEqual([
      'Field "threshold" is not used by method irv; ignored.',
      '1 write-in name counted as candidates: Write-in — check spellings.',
    ]);
  });
});

describe('ballot file: rejected, naming the field', () => {
  const election = { format: FORMAT, method: 'irv', candidates: ['A', 'B'] };
  it.each([
    [
      {
        ...election,
        ballots: [{ ranking: ['A'] }, { ranking: ['B'] }, { ranking: [] }, { ranking: 'A' }],
      },
      'invalid ballot file: ballots[3].ranking: expected array, received string',
    ],
    [
      { ...election, ballots: [{ ranking: [7] }] },
      'ballots[0].ranking[0]: expected a name, null (blank rank), or an array of names (overvote)',
    ],
    [{ ...election, ballots: [{ ranking: ['A'], count: 0 }] }, 'ballots[0].count: Too small'],
    [{ ...election, ballots: [{ ranking: ['A'], cnt: 2 }] }, 'ballots[0]: Unrecognized key: "cnt"'],
    [{ ...election, seat: 2, ballots: [] }, 'Unrecognized key: "seat"'],
    [
      { ...election, ballots: [], rules: { overvotes: 'skip' } },
      'rules: Unrecognized key: "overvotes"',
    ],
    [
      { ...election, ballots: [], rules: { tieBreak: { method: 'lot' } } },
      'rules.tieBreak.lot: tie-break method "lot" needs the order drawn by lot',
    ],
    [
      { ...election, ballots: [], seats: 2 },
      'seats: irv fills one seat; use stv (or repeated ballots) for 2',
    ],
    [{ ...election, candidates: ['A', 'A'], ballots: [] }, 'candidates[1]: "A" is listed twice'],
    [{ ...election, method: 'borda', ballots: [] }, 'method: Invalid discriminator value'],
    [
      { ...election, format: 'chapterhouse-ballots/2', ballots: [] },
      'format: unsupported format: expected "chapterhouse-ballots/1"',
    ],
    [
      { ...election, method: 'approval', ballots: [{ ranking: ['A'] }] },
      'ballots[0].approve: expected array, received undefined',
    ],
    [
      { ...MOTION_FILE, counts: { yes: 1, no: 'two' } },
      'counts.no: expected number, received string',
    ],
    [{ ...MOTION_FILE, threshold: 'most' }, 'threshold'],
    [
      { ...MOTION_FILE, vote: 'voice', counts: undefined, declared: 'adopted' },
      'threshold: a voice vote can only decide a majority',
    ],
    [
      { ...MOTION_FILE, threshold: 'majority-members' },
      'members: threshold majority-members needs the number of members',
    ],
    [[], 'expected object, received array'],
  ])('%# %j', (json, message) => {
    expect(issueOf(json)).toContain(message);
  });

  it('bad JSON is an invalid file too', () => {
    expect(() => parseBallotFileText('{"format": ')).toThrow(
      /^invalid ballot file: not valid JSON/,
    );
  });

  it('safeRecountBallotFile returns the error instead of throwing', () => {
    const bad = safeRecountBallotFile({ format: FORMAT, method: 'irv', ballots: 'none' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.issues).toEqual([
        { path: 'ballots', message: 'expected array, received string' },
      ]);
    expect(safeRecountBallotFile(MOTION_FILE).ok).toBe(true);
  });
});

describe('text report', () => {
  it('shows every round, transfers, exhausted by reason and the sentence', () => {
    const text = formatRecountText(
      recountBallotFile({
        format: FORMAT,
        method: 'irv',
        title: 'Mayor',
        ...BURLINGTON_2009,
        rules: { batchElimination: true },
      }),
    );
    expect(text).toContain('Mayor\nInstant runoff · 1 seat\nBallots: 8,976 (8,976 valid, 0 blank)');
    expect(text).toContain('Round 1   threshold 4,489 · active 8,976 · exhausted 0');
    expect(text).toMatch(/Wright\s+2,951\s+32\.9%/);
    expect(text).toContain(
      '→ ballots of Simpson, Write-in, Smith (eliminated together): Kiss +396, Wright +343, Montroll +491, exhausted +147',
    );
    expect(text).toContain(
      'Round 3   threshold 4,188 · active 8,374 · exhausted 602 (no more choices 602)',
    );
    expect(text).toMatch(/Kiss\s+4,313\s+51\.5%\s+elected/);
    expect(text).toContain('Outcome: elected — Kiss');
  });

  it('STV values with four decimals, transfer value and residue', () => {
    const text = formatRecountText(
      recountBallotFile({
        format: FORMAT,
        method: 'stv',
        seats: 2,
        candidates: ['A', 'B', 'C'],
        ballots: [
          { ranking: ['A', 'B'], count: 7 },
          { ranking: ['C'], count: 2 },
          { ranking: ['B'] },
        ],
      }),
    );
    expect(text).toContain('Single transferable vote · 2 seats · Droop quota 4');
    expect(text).toContain(
      '→ surplus 3.0000 of A at transfer value 0.4285: B +2.9995, exhausted +0.0000, residue +0.0005',
    );
    expect(text).toMatch(/B\s+3\.9995/);
  });

  it('a motion', () => {
    const text = formatRecountText(recountBallotFile(MOTION_FILE));
    expect(text).toContain('Endorse the transit levy\nMotion · two-thirds-cast · counted');
    expect(text).toMatch(/yes\s+21\n\s+no\s+9\n\s+abstain\s+3\n\s+needed\s+20/);
    expect(text).toContain('present 33 · quorum 15 (met)');
  });
});

describe('limits', () => {
  it('refuses more than 10^9 ballots in all (STV units must stay exact)', () => {
    const ballots = [
      { ranking: ['A'], count: 600_000_000 },
      { ranking: ['B'], count: 600_000_000 },
    ];
    expect(
      issueOf({ format: FORMAT, method: 'stv', seats: 1, candidates: ['A', 'B'], ballots }),
    ).toContain('ballots: more than 1000000000 ballots in all');
  });
});
