import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recountFile } from '../../../src/main/services/recount/recountFile';
import { recountBallotFile, VotingInputError } from '../../../src/shared/voting';
import { tempDir } from '../foundation/helpers';

/**
 * An official election recounted from its cast vote records: the NIST CDF file and the
 * ranked CSV in tests/fixtures/recount hold the same 13 paper ballots of a ward council
 * race (written to the published formats by hand, each case a ballot: an overvote, a
 * blank first rank, a write-in, a candidate ranked twice, a mark the scanner did not
 * count, an adjudicated ballot, a second sheet without the race, a blank ballot).
 */

const FIXTURES = join(import.meta.dirname, '../../fixtures/recount');
const CDF = join(FIXTURES, 'ward3.cvr.json');
const CSV = join(FIXTURES, 'ward3.csv');

/** The same ballots written as a Chapterhouse ballot file, read by hand from the CVRs. */
const SAME_AS_BALLOT_FILE = {
  format: 'chapterhouse-ballots/1',
  title: 'City Council Ward 3',
  chapter: 'City of Example',
  method: 'irv',
  candidates: ['Alice Ames', 'Bob Baker', 'Cara Cruz'],
  ballots: [
    { ranking: ['Alice Ames', 'Bob Baker', 'Cara Cruz'] },
    { ranking: ['Alice Ames', 'Cara Cruz'] },
    { ranking: ['Bob Baker', 'Alice Ames'] },
    { ranking: ['Bob Baker'] },
    { ranking: ['Cara Cruz', 'Bob Baker'] },
    { ranking: ['Cara Cruz', 'Alice Ames'] },
    { ranking: [['Alice Ames', 'Bob Baker'], 'Cara Cruz'] },
    { ranking: [null, 'Bob Baker'], count: 2 },
    { ranking: ['Write-in', 'Alice Ames'] },
    { ranking: ['Cara Cruz', 'Cara Cruz', 'Bob Baker'] },
    { ranking: [] },
  ],
  rules: {
    overvote: 'exhaust',
    maxSkippedRanks: 1,
    duplicate: 'skip',
    tieBreak: { method: 'previous-round-then-random', seed: 'drawn at the canvass' },
  },
};

async function messageOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof VotingInputError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** The fixture CDF file changed by `edit` (on its parsed JSON), with its rules file, in a temp folder. */
async function cdfVariant(edit: (report: Record<string, unknown>) => unknown): Promise<string> {
  const dir = await tempDir();
  const report = JSON.parse(readFileSync(CDF, 'utf8')) as Record<string, unknown>;
  const path = join(dir, 'ward3.cvr.json');
  await writeFile(path, JSON.stringify(edit(report) ?? report, null, 1));
  await writeFile(
    join(dir, 'ward3.cvr.rules.json'),
    readFileSync(join(FIXTURES, 'ward3.cvr.rules.json')),
  );
  return path;
}

async function csvVariant(csv: string, rules: Record<string, unknown> = {}): Promise<string> {
  const dir = await tempDir();
  const base = JSON.parse(readFileSync(join(FIXTURES, 'ward3.rules.json'), 'utf8')) as object;
  await writeFile(join(dir, 'ward3.csv'), csv);
  await writeFile(join(dir, 'ward3.rules.json'), JSON.stringify({ ...base, ...rules }));
  return join(dir, 'ward3.csv');
}

type Cvr = {
  CurrentSnapshotId?: string;
  CVRSnapshot: { CVRContest?: { CVRContestSelection?: unknown[] }[] }[];
};
const cvrsOf = (report: Record<string, unknown>) => report.CVR as Cvr[];

describe('recounting a CDF cast vote record file', () => {
  it('counts the fixture round by round as the ballots read by hand say', async () => {
    const { result, kind, rulesPath } = await recountFile(CDF);
    expect([kind, rulesPath]).toEqual(['cdf', join(FIXTURES, 'ward3.cvr.rules.json')]);
    expect(result).toMatchObject({
      title: 'City Council Ward 3',
      chapter: 'City of Example',
      outcome: 'elected',
      winners: ['Bob Baker'],
      candidates: ['Alice Ames', 'Bob Baker', 'Cara Cruz', 'Write-in'],
      ballots: { total: 12, valid: 11, undervotes: 1 },
    });
    expect(
      result.kind === 'election' && result.rounds.map((r) => [r.tallies, r.exhaustedBy]),
    ).toEqual([
      [
        { 'Alice Ames': 2, 'Bob Baker': 4, 'Cara Cruz': 3, 'Write-in': 1 },
        { noMoreChoices: 0, overvote: 1, skipped: 0, duplicate: 0 },
      ],
      [
        { 'Alice Ames': 3, 'Bob Baker': 4, 'Cara Cruz': 3 },
        { noMoreChoices: 0, overvote: 1, skipped: 0, duplicate: 0 },
      ],
      [
        { 'Bob Baker': 5, 'Cara Cruz': 4 },
        { noMoreChoices: 1, overvote: 1, skipped: 0, duplicate: 0 },
      ],
    ]);
    expect(result.warnings[0]).toBe(
      '1 of 13 cast vote records do not include Contest "City Council Ward 3" (another contest or another sheet of the ballot); they are not ballots in this count.',
    );
    const byHand = recountBallotFile(SAME_AS_BALLOT_FILE);
    expect({ ...result, warnings: [] }).toEqual({ ...byHand, warnings: [] });
  });

  it('reads the Election wherever it is in the file', async () => {
    const path = await cdfVariant(({ Election, ...rest }) => ({ ...rest, Election }));
    const { result } = await recountFile(path);
    expect(result.winners).toEqual(['Bob Baker']);
  });

  it('names the file, the record, its line and the reason', async () => {
    const noRank = await cdfVariant((report) => {
      const selection =
        cvrsOf(report)[2]?.CVRSnapshot[0]?.CVRContest?.[0]?.CVRContestSelection?.[1];
      (selection as { SelectionPosition: { Rank?: number }[] }).SelectionPosition[0]!.Rank = 0;
    });
    expect(await messageOf(() => recountFile(noRank))).toMatch(
      /^invalid cast vote record file .*ward3\.cvr\.json: CVR 3 \(line \d+\): CVRSnapshot "snap-3": CVRContest 1 \("contest-ward3"\): CVRContestSelection 2: SelectionPosition 1: Rank: expected a whole number from 1 to 100, found 0$/,
    );
    const badSnapshot = await cdfVariant((report) => {
      cvrsOf(report)[0]!.CurrentSnapshotId = 'nope';
    });
    expect(await messageOf(() => recountFile(badSnapshot))).toMatch(
      /CVR 1 \(line \d+\): no CVRSnapshot has the @id "nope" named by CurrentSnapshotId$/,
    );
    const unknown = await cdfVariant((report) => {
      const selection =
        cvrsOf(report)[3]?.CVRSnapshot[0]?.CVRContest?.[0]?.CVRContestSelection?.[0];
      (selection as { ContestSelectionId: string }).ContestSelectionId = 'cs-nobody';
    });
    expect(await messageOf(() => recountFile(unknown))).toMatch(
      /CVR 4 \(line \d+\): CVRSnapshot "snap-4": CVRContest 1 \("contest-ward3"\): CVRContestSelection 1: ContestSelectionId "cs-nobody" is not a ContestSelection of Contest "City Council Ward 3"$/,
    );
  });

  it('refuses a key given twice inside a record, naming its line', async () => {
    const path = await cdfVariant(() => undefined);
    const text = readFileSync(path, 'utf8').replace(
      '"BallotSheetId": "1",',
      '"BallotSheetId": "1", "BallotSheetId": "2",',
    );
    await writeFile(path, text);
    const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const cvr = line('"@type": "CVR.CVR"') - 1; // the record's "{" is on the line before
    expect(await messageOf(() => recountFile(path))).toMatch(
      `: CVR 1 (line ${cvr}): duplicate key "BallotSheetId" (line ${line('"BallotSheetId": "2"')}); each key may appear only once`,
    );
  });

  it('asks which contest when the file has several and the rules file does not say', async () => {
    const path = await cdfVariant(() => undefined);
    const rules = join(path, '../ward3.cvr.rules.json');
    const { contest: _, ...rest } = JSON.parse(readFileSync(rules, 'utf8')) as { contest: string };
    await writeFile(rules, JSON.stringify(rest));
    expect(await messageOf(() => recountFile(path))).toMatch(
      /Election: the file has 2 contests \("City Council Ward 3", "Library Levy"\); name one in the rules file \("contest"\)$/,
    );
  });

  it('refuses bytes that are not UTF-8, naming the offset and line', async () => {
    const path = await cdfVariant(() => undefined);
    const bytes = readFileSync(path);
    const at = bytes.indexOf('Bob Baker');
    bytes[at] = 0xff;
    await writeFile(path, bytes);
    const lines = bytes.subarray(0, at).toString('latin1').split('\n').length;
    expect(await messageOf(() => recountFile(path))).toMatch(
      new RegExp(`: line ${lines}: not valid UTF-8 at byte offset ${at}; save the file as UTF-8$`),
    );
  });

  it('needs its rules file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'alone.json');
    await writeFile(path, readFileSync(CDF));
    expect(await messageOf(() => recountFile(path))).toMatch(
      /^no rules file for .*alone\.json: a cast vote record file is counted under a rules file \(method, seats, ballot rules\); .*alone\.rules\.json was not found/,
    );
  });
});

describe('recounting a ranked CSV', () => {
  it('counts the fixture exactly as the CDF file of the same ballots', async () => {
    const csv = await recountFile(CSV);
    const cdf = await recountFile(CDF);
    expect(csv.kind).toBe('csv');
    expect({ ...csv.result, warnings: [] }).toEqual({ ...cdf.result, warnings: [] });
  });

  it('takes the columns and labels the rules file names', async () => {
    const path = await csvVariant(
      'Ballot,Rank 1,Rank 2,Precinct,Ballots\r\n7,Alice Ames,undervote,P1,3\r\n8,OVER,Bob Baker,P2,2\r\n9,Bob Baker,,P2,1\r\n',
      {
        columns: { ranks: ['Rank 1', 'Rank 2'], count: 'Ballots' },
        labels: { blank: 'undervote', overvote: 'OVER' },
        expectedBallots: 6,
      },
    );
    const { result } = await recountFile(path);
    expect(result.kind === 'election' && result.rounds[0]).toMatchObject({
      tallies: { 'Alice Ames': 3, 'Bob Baker': 1 },
      exhaustedBy: { overvote: 2 },
    });
  });

  it('names the line and the reason for a bad row', async () => {
    const short = await csvVariant(
      'Choice 1,Choice 2,Count\nAlice Ames,Bob Baker,1\nBob Baker,2\n',
    );
    expect(await messageOf(() => recountFile(short))).toMatch(
      /^invalid cast vote record file .*ward3\.csv: line 3: 2 columns where the header has 3$/,
    );
    const count = await csvVariant('Choice 1,Count\nAlice Ames,1\n\nBob Baker,two\n');
    expect(await messageOf(() => recountFile(count))).toMatch(
      /line 4: column "Count": "two" is not a number of ballots \(a whole number from 1 to 1,000,000,000\)$/,
    );
    const quote = await csvVariant('Choice 1,Count\n"Alice Ames,1\n');
    expect(await messageOf(() => recountFile(quote))).toMatch(
      /ward3\.csv: line \d: Quote Not Closed/,
    );
    const missing = await csvVariant('A,B\nx,y\n', { columns: { ranks: ['Choice 1'] } });
    expect(await messageOf(() => recountFile(missing))).toMatch(
      /line 1: no column is headed "Choice 1" \(the rules file's "columns"\); the header row has "A", "B"$/,
    );
  });

  it('refuses a rules file that is not valid, naming the field', async () => {
    const path = await csvVariant('Choice 1\nAna\n', { method: 'borda', seat: 2 });
    expect(await messageOf(() => recountFile(path))).toMatch(
      /^invalid rules file .*ward3\.rules\.json: method: .*; Unrecognized key: "seat"/,
    );
  });
});
