import { LIMITS } from '../limits';
import { findDuplicateKeys } from '../strictJson';
import type { PackedBallots } from '../voting/ballotSet';
import { VotingInputError } from '../voting/errors';
import { BallotPacker } from '../voting/packer';
import type { JsonStreamHandler } from './jsonStream';
import type { RulesFile } from './rulesFile';

/**
 * A cast vote record file in the NIST SP 1500-103 Common Data Format (JSON), read as it
 * streams (jsonStream.ts) and counted without keeping its records: each CVR becomes one
 * ranking per contest, and identical rankings are added up as they come, so memory grows
 * with the different rankings, not with the ballots.
 *
 * Read as RCTab reads it: the snapshot named by the CVR's CurrentSnapshotId; in it, the
 * CVRContest of the contest counted (a CVR without it, e.g. another sheet of the ballot,
 * is not a ballot in this contest); each CVRContestSelection's rank from its own Rank or,
 * when it has none, from each SelectionPosition's Rank, leaving out positions with
 * HasIndication "no" or IsAllocable "no". A position with a CVRWriteIn, or a selection
 * the contest marks IsWriteIn, is the write-in. Selections resolve through the Election:
 * Contest → ContestSelection → CandidateIds → Candidate → Name.
 */

/** The name every write-in selection is counted under. */
export const CDF_WRITE_IN = 'Write-in';
/** Ranks a ballot may have; a larger Rank is an error, not a million blank ranks. */
const MAX_RANK = LIMITS.shortList;
const WRITE_IN_TOKEN = 'W';
const RANK_SEPARATOR = '\u0000';
const MARK_SEPARATOR = '\u0001';

export interface CdfRead {
  packed: PackedBallots;
  seats: number;
  title: string | null;
  warnings: string[];
}

type Json = Record<string, unknown>;

export class CdfReader implements JsonStreamHandler {
  private readonly what: string;
  private elections: unknown[] | null = null;
  private electionsLine = 0;
  /** Per ContestId: ranking key (see `rankingKey`) → ballots. */
  private readonly byContest = new Map<string, Map<string, number>>();
  /** Where each selection was first met, for errors found at the end. */
  private readonly firstSeen = new Map<string, string>();
  /** A problem in a contest's records, raised only if that contest is the one counted. */
  private readonly problems = new Map<string, VotingInputError>();
  /** The contest counted, once the Election says which (until then, every contest). */
  private only: string | null = null;
  private records = 0;

  constructor(
    name: string,
    /** The rules file's `contest`, if any. */
    private readonly wanted: string | undefined,
  ) {
    this.what = `invalid cast vote record file ${name}`;
  }

  member(key: string, text: string, line: number): void {
    const value = this.parse(text, `"${key}" (line ${line})`, line);
    if (key === '@type' && value !== 'CVR.CastVoteRecordReport') {
      this.fail('@type', `expected "CVR.CastVoteRecordReport", found ${JSON.stringify(value)}`);
    }
    if (key === 'Election') {
      if (!Array.isArray(value)) this.fail(`Election (line ${line})`, 'expected an array');
      this.elections = value;
      this.electionsLine = line;
      try {
        this.only = this.chooseContest(this.election().contests, this.wanted)['@id'] as string;
      } catch {
        // Not decided yet: every contest is kept, and the error is raised by finish().
      }
    }
  }

  element(text: string, index: number, line: number): void {
    const where = `CVR ${index + 1} (line ${line})`;
    const cvr = this.parse(text, where, line);
    this.records++;
    const record = object(cvr, where, this);
    const snapshots = array(record.CVRSnapshot, `${where}: CVRSnapshot`, this);
    let snapshot = snapshots.length === 1 ? snapshots[0] : undefined;
    if (record.CurrentSnapshotId !== undefined || snapshots.length !== 1) {
      const id = str(record.CurrentSnapshotId, `${where}: CurrentSnapshotId`, this);
      snapshot = snapshots.find((s) => (s as Json | null)?.['@id'] === id);
      if (snapshot === undefined) {
        this.fail(where, `no CVRSnapshot has the @id "${id}" named by CurrentSnapshotId`);
      }
    }
    const snapshotId = (snapshot as Json | null)?.['@id'];
    const at = `${where}: CVRSnapshot${typeof snapshotId === 'string' ? ` "${snapshotId}"` : ''}`;
    const contests = optionalArray(
      object(snapshot, at, this).CVRContest,
      `${at}: CVRContest`,
      this,
    );
    contests.forEach((c, k) => {
      const here = `${at}: CVRContest ${k + 1}`;
      const contest = object(c, here, this);
      const id = str(contest.ContestId, `${here}: ContestId`, this);
      if ((this.only !== null && id !== this.only) || this.problems.has(id)) return;
      let rankings = this.byContest.get(id);
      if (!rankings) {
        if (this.byContest.size >= LIMITS.list) this.fail(here, 'more than 10,000 contests');
        this.byContest.set(id, (rankings = new Map<string, number>()));
      }
      let key: string;
      try {
        key = this.rankingKey(contest, `${here} ("${id}")`);
      } catch (error) {
        if (!(error instanceof VotingInputError)) throw error;
        this.problems.set(id, error); // another contest's (not ranked, say) unless it is counted
        return;
      }
      rankings.set(key, (rankings.get(key) ?? 0) + 1);
      if (rankings.size > LIMITS.ballotsPerVote * 10) {
        this.fail(here, 'more than a million different rankings in one contest');
      }
    });
  }

  /**
   * One contest of one CVR as a key: ranks 1 … highest, separated by \0; at each rank its
   * selections ("S" + id, or "W" for a write-in), sorted, separated by \1.
   */
  private rankingKey(contest: Json, where: string): string {
    const marks: [rank: number, token: string][] = [];
    const selections = optionalArray(
      contest.CVRContestSelection,
      `${where}: CVRContestSelection`,
      this,
    );
    selections.forEach((s, k) => {
      const here = `${where}: CVRContestSelection ${k + 1}`;
      const selection = object(s, here, this);
      const id = str(selection.ContestSelectionId, `${here}: ContestSelectionId`, this);
      const token = `S${id}`;
      if (!this.firstSeen.has(token)) this.firstSeen.set(token, here);
      if (selection.Rank !== undefined) {
        marks.push([rank(selection.Rank, `${here}: Rank`, this), token]);
        return;
      }
      const positions = optionalArray(
        selection.SelectionPosition,
        `${here}: SelectionPosition`,
        this,
      );
      positions.forEach((p, j) => {
        const at = `${here}: SelectionPosition ${j + 1}`;
        const position = object(p, at, this);
        if (position.HasIndication === 'no' || position.IsAllocable === 'no') return;
        const mark = position.CVRWriteIn !== undefined ? WRITE_IN_TOKEN : token;
        marks.push([rank(position.Rank, `${at}: Rank`, this), mark]);
      });
    });
    if (marks.length === 0) return '';
    const highest = Math.max(...marks.map(([r]) => r));
    const ranks: string[][] = Array.from({ length: highest }, () => []);
    for (const [r, token] of marks) {
      const at = ranks[r - 1] as string[];
      if (!at.includes(token)) at.push(token);
    }
    return ranks.map((tokens) => tokens.sort().join(MARK_SEPARATOR)).join(RANK_SEPARATOR);
  }

  /** The Election's candidates (by @id) and contests. */
  private election(): { candidates: Map<string, string>; contests: Json[] } {
    if (!this.elections) this.fail('Election', 'the file has no Election');
    const where = `Election (line ${this.electionsLine})`;
    const elections = this.elections.map((e, i) => object(e, `${where} ${i + 1}`, this));
    const candidates = new Map<string, string>();
    const contests: Json[] = [];
    elections.forEach((election, i) => {
      const at = `${where} ${i + 1}`;
      optionalArray(election.Candidate, `${at}: Candidate`, this).forEach((c, k) => {
        const here = `${at}: Candidate ${k + 1}`;
        const candidate = object(c, here, this);
        const id = str(candidate['@id'], `${here}: @id`, this);
        candidates.set(
          id,
          candidate.Name === undefined ? id : str(candidate.Name, `${here}: Name`, this),
        );
      });
      optionalArray(election.Contest, `${at}: Contest`, this).forEach((c, k) => {
        contests.push(object(c, `${at}: Contest ${k + 1}`, this));
      });
    });
    return { candidates, contests };
  }

  /** The file read: the contest chosen by the rules, its ballots packed. */
  finish(rules: RulesFile): CdfRead {
    const { candidates, contests } = this.election();
    const contest = this.chooseContest(contests, rules.contest);
    const contestId = contest['@id'] as string;
    const at = `Contest "${labelOf(contest)}"`;
    const problem = this.problems.get(contestId);
    if (problem) throw problem;

    // Each selection's name; the declared candidates are the contest's, in its order.
    const names = new Map<string, string>([[WRITE_IN_TOKEN, CDF_WRITE_IN]]);
    const declared: string[] = [];
    optionalArray(contest.ContestSelection, `${at}: ContestSelection`, this).forEach((s, k) => {
      const here = `${at}: ContestSelection ${k + 1}`;
      const selection = object(s, here, this);
      const id = str(selection['@id'], `${here}: @id`, this);
      let name = CDF_WRITE_IN;
      if (selection.IsWriteIn !== true) {
        const ids = array(selection.CandidateIds, `${here}: CandidateIds`, this);
        const first = str(ids[0], `${here}: CandidateIds`, this);
        const known = candidates.get(first);
        if (known === undefined)
          this.fail(
            here,
            `CandidateIds names "${first}", which is not a Candidate of the Election`,
          );
        name = known;
        if (!declared.includes(name)) declared.push(name);
      }
      names.set(`S${id}`, name);
    });

    const packer = new BallotPacker(rules.candidates ?? declared, { merge: true });
    const rankings = this.byContest.get(contestId) ?? new Map<string, number>();
    for (const [key, count] of rankings) {
      if (key !== '') {
        for (const rankTokens of key.split(RANK_SEPARATOR)) {
          const indices =
            rankTokens === ''
              ? []
              : rankTokens.split(MARK_SEPARATOR).map((token) => {
                  const name = names.get(token);
                  if (name === undefined) {
                    this.fail(
                      this.firstSeen.get(token) ?? at,
                      `ContestSelectionId "${token.slice(1)}" is not a ContestSelection of ${at}`,
                    );
                  }
                  return packer.indexOf(name);
                });
          packer.groupOf(indices);
        }
      }
      packer.endBallot(count);
    }
    const counted = packer.ballots;
    const warnings: string[] = [];
    if (counted < this.records) {
      warnings.push(
        `${(this.records - counted).toLocaleString('en-US')} of ${this.records.toLocaleString('en-US')} cast vote records do not include ${at} (another contest or another sheet of the ballot); they are not ballots in this count.`,
      );
    }
    const seats =
      rules.seats ?? (typeof contest.NumberElected === 'number' ? contest.NumberElected : 1);
    const title = rules.title ?? (typeof contest.Name === 'string' ? contest.Name : null);
    return { packed: packer.finish(), seats, title, warnings };
  }

  private chooseContest(contests: Json[], wanted: string | undefined): Json {
    const matches =
      wanted === undefined
        ? contests
        : contests.filter((c) => c.Name === wanted || c['@id'] === wanted);
    if (matches.length === 1) {
      const contest = matches[0] as Json;
      str(contest['@id'], `Contest "${labelOf(contest)}": @id`, this);
      return contest;
    }
    const list = contests.map((c) => `"${labelOf(c)}"`).join(', ') || 'none';
    if (wanted === undefined) {
      this.fail(
        'Election',
        `the file has ${contests.length} contests (${list}); name one in the rules file ("contest")`,
      );
    }
    this.fail(
      'Election',
      matches.length
        ? `${matches.length} contests are named "${wanted}"`
        : `no contest is named "${wanted}" (contests: ${list})`,
    );
  }

  /** JSON.parse of a piece, its keys checked for repeats. */
  private parse(text: string, where: string, line: number): unknown {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.fail(
        where,
        `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const repeated = findDuplicateKeys(text, 1)[0];
    if (repeated) {
      this.fail(
        `${where}`,
        `duplicate key ${JSON.stringify(repeated.key)} (line ${line + repeated.line - 1}); each key may appear only once`,
      );
    }
    return value;
  }

  fail(where: string, message: string): never {
    throw new VotingInputError(this.what, [{ path: where, message }]);
  }
}

/** A contest as people know it: its Name, or its @id. */
function labelOf(o: Json): string {
  const name = o.Name ?? o['@id'];
  return typeof name === 'string' ? name : '?';
}

interface Fails {
  fail(where: string, message: string): never;
}

function object(value: unknown, where: string, f: Fails): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    f.fail(where, 'expected an object');
  return value as Json;
}

function array(value: unknown, where: string, f: Fails): unknown[] {
  if (!Array.isArray(value)) f.fail(where, 'expected an array');
  return value;
}

function optionalArray(value: unknown, where: string, f: Fails): unknown[] {
  return value === undefined ? [] : array(value, where, f);
}

function str(value: unknown, where: string, f: Fails): string {
  if (typeof value !== 'string' || value === '') f.fail(where, 'expected a non-empty string');
  return value;
}

function rank(value: unknown, where: string, f: Fails): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RANK) {
    f.fail(where, `expected a whole number from 1 to ${MAX_RANK}, found ${JSON.stringify(value)}`);
  }
  return value;
}
