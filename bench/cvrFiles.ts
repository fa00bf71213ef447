/**
 * Cast vote record files for the voting bench, written to a temp folder as they are
 * generated (never whole in memory): a NIST CDF JSON report of `ballots` CVRs and the
 * same ballots as a ranked CSV, each with its rules file. Candidates have unequal
 * popularity; each ballot ranks 1 to 5 of 8 (seeded, so every run writes the same files).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashSeed, sfc32 } from '../src/shared/voting';

const CANDIDATES = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'];
const RULES = {
  format: 'chapterhouse-rules/1',
  method: 'irv',
  rules: { maxSkippedRanks: 1, tieBreak: { seed: 'bench' } },
};

function* rankings(ballots: number): Generator<number[]> {
  const next = sfc32(hashSeed('cvr-bench'));
  const random = () => next() / 2 ** 32;
  const weight = CANDIDATES.map((_, i) => 1 / (i + 1));
  for (let b = 0; b < ballots; b++) {
    const pool = CANDIDATES.map((_, i) => i);
    const ranks = 1 + Math.floor(random() * 5);
    const ranking: number[] = [];
    for (let r = 0; r < ranks; r++) {
      let x = random() * pool.reduce((s, c) => s + (weight[c] as number), 0);
      let k = 0;
      while (k < pool.length - 1 && (x -= weight[pool[k] as number] as number) > 0) k++;
      ranking.push(pool.splice(k, 1)[0] as number);
    }
    yield ranking;
  }
}

async function write(path: string, parts: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const part of parts) {
    buffer += part;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return (await stat(path)).size;
}

function* cdfParts(ballots: number): Generator<string> {
  const selections = CANDIDATES.map((name, i) => ({
    '@id': `cs-${i}`,
    '@type': 'CVR.CandidateSelection',
    CandidateIds: [`c-${i}`],
  }));
  const head = {
    '@type': 'CVR.CastVoteRecordReport',
    Version: '1.0.0',
    GeneratedDate: '2025-11-05T21:30:00-05:00',
    ReportGeneratingDeviceIds: ['rd-1'],
    ReportingDevice: [{ '@id': 'rd-1', '@type': 'CVR.ReportingDevice' }],
    GpUnit: [{ '@id': 'gpu-1', '@type': 'CVR.GpUnit', Type: 'city' }],
    Election: [
      {
        '@id': 'e-1',
        '@type': 'CVR.Election',
        ElectionScopeId: 'gpu-1',
        Candidate: CANDIDATES.map((Name, i) => ({
          '@id': `c-${i}`,
          '@type': 'CVR.Candidate',
          Name,
        })),
        Contest: [
          {
            '@id': 'k-1',
            '@type': 'CVR.CandidateContest',
            Name: 'Mayor',
            ContestSelection: selections,
          },
        ],
      },
    ],
  };
  yield `${JSON.stringify(head).slice(0, -1)},"CVR":[`;
  let n = 0;
  for (const ranking of rankings(ballots)) {
    const marks = ranking.map(
      (c, r) =>
        `{"@type":"CVR.CVRContestSelection","ContestSelectionId":"cs-${c}","SelectionPosition":[{"@type":"CVR.SelectionPosition","HasIndication":"yes","IsAllocable":"yes","NumberVotes":1,"Rank":${r + 1}}]}`,
    );
    yield `${n ? ',' : ''}\n{"@type":"CVR.CVR","BallotPrePrintedId":"${++n}","CurrentSnapshotId":"s-${n}","ElectionId":"e-1","CVRSnapshot":[{"@id":"s-${n}","@type":"CVR.CVRSnapshot","Type":"original","CVRContest":[{"@type":"CVR.CVRContest","ContestId":"k-1","CVRContestSelection":[${marks.join(',')}]}]}]}`;
  }
  yield '\n]}\n';
}

function* csvParts(ballots: number): Generator<string> {
  yield 'Rank 1,Rank 2,Rank 3,Rank 4,Rank 5\r\n';
  for (const ranking of rankings(ballots)) {
    const cells = Array.from({ length: 5 }, (_, r) => CANDIDATES[ranking[r] ?? -1] ?? '');
    yield `${cells.join(',')}\r\n`;
  }
}

/** Writes both files (and their rules files) into `dir`; returns their paths and sizes. */
export async function writeCvrFiles(dir: string, ballots: number) {
  const cdf = join(dir, 'mayor.cvr.json');
  const csv = join(dir, 'mayor.csv');
  const rules = JSON.stringify({ ...RULES, candidates: CANDIDATES });
  await writeFile(join(dir, 'mayor.cvr.rules.json'), rules);
  await writeFile(join(dir, 'mayor.rules.json'), rules);
  return {
    cdf: { path: cdf, bytes: await write(cdf, cdfParts(ballots)) },
    csv: { path: csv, bytes: await write(csv, csvParts(ballots)) },
  };
}
