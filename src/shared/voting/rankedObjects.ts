import type { z } from 'zod';
import { packRankedBallots } from './ballots';
import type { PackedBallots } from './ballotSet';
import { parseOrThrow } from './errors';
import { RankedElectionInputSchema } from './electionInput';
import type { RankedElectionInput } from './electionInput';
import { BallotPacker, isBlank, MAX_BALLOT_COUNT } from './packer';

/**
 * The fast way from ranked ballot objects (the app's votes, a count's input) to packed
 * ballots: one pass that checks each ballot and packs it, with no copy of it. Checking a
 * million ballots with zod, object by object, then packing them cost several times the
 * count itself; this costs about as much as reading them.
 *
 * It takes only ballots it can vouch for: plain objects with `ranking` (an array of names,
 * nulls and arrays of names and nulls, no holes), `count` (a whole number 1 …
 * MAX_BALLOT_COUNT, or absent) and `id` (a string, a finite number, or absent), and no
 * other key. These are exactly ballots RankedBallotSchema accepts, and give the same
 * packing. On anything else it returns null, and the caller takes the strict way (zod on
 * every ballot), which gives the same result or names every error as before. The ballots
 * are packed into scratch space (scratch.ts): put them in ranking order at once.
 */
export function packPlainRankedBallots(
  candidates: readonly string[],
  ballots: readonly unknown[],
): PackedBallots | null {
  const packer = new BallotPacker(candidates, {
    expectedBallots: ballots.length,
    expectedRanks: ballots.length * 4,
    scratch: true,
  });
  const names = new NameCache(packer);
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i];
    const count = plainCount(ballot);
    if (count === 0) return null;
    const ranking = (ballot as { ranking: unknown[] }).ranking;
    for (let r = 0; r < ranking.length; r++) {
      const entry = ranking[r];
      if (typeof entry === 'string') {
        const c = names.index(entry);
        if (c < 0) packer.blank();
        else packer.mark(c);
      } else if (entry === null) packer.blank();
      else if (isGroup(entry)) packer.group(entry);
      else return null;
    }
    packer.endBallot(count);
  }
  return packer.ballots > MAX_BALLOT_COUNT ? null : packer.finish();
}

/**
 * `input` parsed by `schema` with its ballots packed the fast way (see above), when
 * `input` is an object whose `candidates` (absent or a list of strings) and `ballots` it
 * can take: the schema then checks every other field, given no ballots (it checks
 * nothing about the ballots beyond each one and their total, which the packing checked).
 * Null whenever anything is not so: the caller parses `input` the strict way.
 */
export function parseWithPackedBallots<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { value: T; packed: PackedBallots } | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const { ballots, candidates = [] } = input as { ballots?: unknown; candidates?: unknown };
  if (!Array.isArray(ballots) || !Array.isArray(candidates)) return null;
  if (!candidates.every((c) => typeof c === 'string')) return null;
  const packed = packPlainRankedBallots(candidates, ballots);
  if (!packed) return null;
  const parsed = schema.safeParse({ ...input, ballots: [] });
  return parsed.success ? { value: parsed.data, packed } : null;
}

/**
 * A ranked count's input, checked (a VotingInputError naming every bad field otherwise),
 * and its ballots packed for counting: the fast way when it can, else the strict one.
 * Read the ballots from `packed` only (`election.ballots` is [] when taken the fast way);
 * they may be scratch space: count them (or put them in ranking order) at once.
 */
export function compileRankedInput(input: RankedElectionInput): {
  election: z.infer<typeof RankedElectionInputSchema>;
  packed: PackedBallots;
} {
  const fast = parseWithPackedBallots(RankedElectionInputSchema, input);
  if (fast) return { election: fast.value, packed: fast.packed };
  const election = parseOrThrow(RankedElectionInputSchema, input, 'invalid election');
  return { election, packed: packRankedBallots(election.candidates, election.ballots) };
}

/** The ballot's count when it is a plain ballot (see above) with a ranking array; else 0. */
function plainCount(ballot: unknown): number {
  if (typeof ballot !== 'object' || ballot === null) return 0;
  if (Object.getPrototypeOf(ballot) !== Object.prototype) return 0;
  for (const key in ballot) {
    if (key !== 'ranking' && key !== 'count' && key !== 'id') return 0;
  }
  const { ranking, count, id } = ballot as { ranking?: unknown; count?: unknown; id?: unknown };
  if (!Array.isArray(ranking)) return 0;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && isFinite(id))) {
    return 0;
  }
  if (count === undefined) return 1;
  if (typeof count !== 'number' || !Number.isInteger(count)) return 0;
  return count >= 1 && count <= MAX_BALLOT_COUNT ? count : 0;
}

/** An overvote as the schema takes it: an array of names and nulls, without holes. */
function isGroup(entry: unknown): entry is (string | null)[] {
  if (!Array.isArray(entry)) return false;
  for (let k = 0; k < entry.length; k++) {
    const name: unknown = entry[k];
    if (typeof name !== 'string' && name !== null) return false;
  }
  return true;
}

/**
 * Names to candidate indices (-1 for a blank name), remembering the last name seen for
 * each of a few slots: ballots repeat the same few names, so most look-ups are one
 * comparison with a string met before (often the very same string) instead of a Map's.
 */
class NameCache {
  private readonly seen: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);
  private readonly indices = new Int32Array(64);

  constructor(private readonly packer: BallotPacker) {}

  index(name: string): number {
    const n = name.length;
    const slot = n === 0 ? 0 : (n * 7 + name.charCodeAt(n - 1) * 3 + name.charCodeAt(0)) & 63;
    if (this.seen[slot] === name) return this.indices[slot] as number;
    const index = isBlank(name) ? -1 : this.packer.indexOf(name);
    this.seen[slot] = name;
    this.indices[slot] = index;
    return index;
  }
}
