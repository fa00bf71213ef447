import { z } from 'zod';
import { decodeUtf8Strict, findDuplicateKeys } from '../strictJson';
import { scanRankedBallotFile } from './ballotFileScan';
import {
  checkElection,
  countPackedElection,
  countParsedElection,
  ELECTION_VARIANTS,
} from './election';
import { formatPath, parseOrThrow, VotingInputError } from './errors';
import { parseWithPackedBallots } from './rankedObjects';
import { evaluateMotion, MotionInputSchema, MotionResultSchema } from './motion';
import type { MotionResult } from './motion';
import { ElectionResultSchema } from './result';
import type { ElectionResult } from './result';

/**
 * The ballot file `chapterhouse-ballots/1`: any vote exported so anyone can recount it
 * from the file alone (docs/ballot-file.md). Unknown fields are errors, so a misspelt
 * `seats` or rule can never silently fall back to a default; the fields of the other kind
 * of vote (motion fields in an election file and the reverse) are tolerated and ignored
 * with a warning, so one export template can serve every vote.
 */

export const BALLOT_FILE_FORMAT = 'chapterhouse-ballots/1';
export const RECOUNT_FORMAT = 'chapterhouse-recount/1';

const meta = {
  format: z.literal(BALLOT_FILE_FORMAT, {
    error: `unsupported format: expected "${BALLOT_FILE_FORMAT}"`,
  }),
  title: z.string().optional(),
  chapter: z.string().optional(),
  /** The vote's id in the app. */
  id: z.string().optional(),
  /** When the file was written (ISO 8601). */
  exported: z.string().optional(),
  /** Ballots the tellers confirmed before counting; a mismatch is warned about. */
  expectedBallots: z.number().int().min(0).optional(),
  note: z.string().optional(),
};

const MOTION_FIELDS = [
  'vote',
  'threshold',
  'counts',
  'rollCall',
  'declared',
  'objection',
  'present',
  'members',
  'quorum',
] as const;
const ELECTION_FIELDS = ['seats', 'candidates', 'ballots', 'rules'] as const;

const ignored = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, z.unknown().optional()])) as Record<
    K,
    z.ZodOptional<z.ZodUnknown>
  >;

const MotionFileSchema = z.strictObject({
  ...meta,
  method: z.literal('motion'),
  // Checked against MotionInputSchema after the file's shape is known.
  ...ignored(MOTION_FIELDS),
  ...ignored(ELECTION_FIELDS),
});

const electionExtra = { ...meta, ...ignored(MOTION_FIELDS) };

export const BallotFileSchema = z
  .discriminatedUnion('method', [
    MotionFileSchema,
    ELECTION_VARIANTS.plurality.extend(electionExtra),
    ELECTION_VARIANTS.majority.extend(electionExtra),
    ELECTION_VARIANTS.irv.extend(electionExtra),
    ELECTION_VARIANTS.stv.extend(electionExtra),
    ELECTION_VARIANTS.approval.extend(electionExtra),
  ])
  .superRefine((file, ctx) => {
    if (file.method !== 'motion') checkElection(file, ctx);
  });
export type BallotFile = z.infer<typeof BallotFileSchema>;

const recountMeta = {
  format: z.literal(RECOUNT_FORMAT),
  title: z.string().nullable(),
  chapter: z.string().nullable(),
};
export const RecountResultSchema = z.discriminatedUnion('kind', [
  MotionResultSchema.extend(recountMeta),
  ElectionResultSchema.extend(recountMeta),
]);
export type RecountResult = z.infer<typeof RecountResultSchema>;

const WHAT = 'invalid ballot file';

/**
 * JSON text to a value; bad JSON is a VotingInputError like any other invalid file. So is
 * a key given twice in one object (at any depth): JSON.parse would silently keep the last,
 * so the file could say one thing to a person reading it and another to the count.
 */
export function parseBallotFileText(input: string): unknown {
  return parseStrictJson(input, WHAT);
}

/** The same for any JSON file someone else wrote (a rules file); `what` heads the errors. */
export function parseStrictJson(input: string, what: string): unknown {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a byte-order mark
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VotingInputError(what, [{ path: '', message: `not valid JSON (${reason})` }]);
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length) {
    throw new VotingInputError(
      what,
      duplicates.map((d) => ({
        path: formatPath(d.path),
        message:
          `duplicate key ${JSON.stringify(d.key)}${d.path.length ? '' : ' in the top-level object'}` +
          ` (line ${d.line}, column ${d.column}); each key may appear only once`,
      })),
    );
  }
  return value;
}

/**
 * The bytes of a ballot file to a value: UTF-8 only (a leading byte-order mark is fine);
 * any byte that is not UTF-8 is an error naming its offset, never a silent U+FFFD.
 */
export function parseBallotFileBytes(bytes: Uint8Array): unknown {
  return parseBallotFileText(decodeStrict(bytes, WHAT));
}

/** UTF-8 bytes to text, or an error naming the first bad byte; `what` heads the error. */
export function decodeStrict(bytes: Uint8Array, what: string): string {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    throw new VotingInputError(what, [
      {
        path: '',
        message: `not valid UTF-8 at byte offset ${decoded.offset} (line ${decoded.line}); save the file as UTF-8`,
      },
    ]);
  }
  return decoded.text;
}

/**
 * Recomputes a vote from the bytes of its ballot file: `recountBallotFile` of
 * `parseBallotFileBytes`, the same result and the same errors. A ranked ballot file is
 * read by its fast reader (ballotFileScan.ts), which packs ballots as it reads them; any
 * file it cannot vouch for completely is read the strict way.
 */
export function recountBallotFileBytes(bytes: Uint8Array): RecountResult {
  const text = decodeStrict(bytes, WHAT);
  const scanned = scanRankedBallotFile(text);
  if (scanned) {
    const file = BallotFileSchema.safeParse(scanned.fields);
    if (file.success && file.data.method !== 'motion' && file.data.method !== 'approval') {
      const ranked = file.data;
      return recountParsed(ranked, () => countPackedElection(ranked, scanned.packed));
    }
  }
  return recountBallotFile(parseBallotFileText(text));
}

/** Validates a ballot file. Throws VotingInputError naming each bad field. */
export function parseBallotFile(json: unknown): BallotFile {
  return parseOrThrow(BallotFileSchema, json, WHAT);
}

/**
 * Recomputes a vote from its ballot file alone: what `npm run recount` prints. Throws
 * VotingInputError (message like "invalid ballot file: ballots[3].ranking: expected
 * array, received string") when the file is not valid.
 */
export function recountBallotFile(json: unknown): RecountResult {
  const fast = isRanked(json) ? parseWithPackedBallots(BallotFileSchema, json) : null;
  if (fast && fast.value.method !== 'motion' && fast.value.method !== 'approval') {
    const ranked = fast.value;
    return recountParsed(ranked, () => countPackedElection(ranked, fast.packed));
  }
  const file = parseBallotFile(json);
  return recountParsed(file, (election) => countParsedElection(election));
}

/** Whether a file (not yet checked) says it holds a ranked vote. */
function isRanked(json: unknown): boolean {
  const method = (json as { method?: unknown } | null)?.method;
  return method === 'plurality' || method === 'majority' || method === 'irv' || method === 'stv';
}

/** The recount of a valid file, its election counted by `countElection`. */
function recountParsed<F extends BallotFile>(
  file: F,
  countElection: (election: Exclude<F, { method: 'motion' }>) => ElectionResult,
): RecountResult {
  const present = (keys: readonly string[]): string[] =>
    keys.filter((k) => (file as Record<string, unknown>)[k] !== undefined);
  const notUsed = present(file.method === 'motion' ? ELECTION_FIELDS : MOTION_FIELDS);
  const warnings = notUsed.map(
    (k) => `Field "${k}" is not used by method ${file.method}; ignored.`,
  );

  let result: MotionResult | ElectionResult;
  let counted: number;
  if (file.method === 'motion') {
    const fields = Object.fromEntries(
      MOTION_FIELDS.filter((k) => file[k] !== undefined).map((k) => [k, file[k]]),
    );
    const vote = file.threshold === 'unanimous-consent' ? 'unanimous-consent' : 'counted';
    const motion = parseOrThrow(MotionInputSchema, { vote, ...fields }, WHAT);
    result = evaluateMotion(motion);
    counted = result.counts ? result.counts.yes + result.counts.no + result.counts.abstain : 0;
  } else {
    result = countElection(file as Exclude<F, { method: 'motion' }>);
    counted = result.ballots.total;
  }
  if (file.expectedBallots !== undefined && file.expectedBallots !== counted) {
    warnings.push(
      `The tellers expected ${file.expectedBallots} ballots but the file holds ${counted}: check before accepting this result.`,
    );
  }
  return {
    format: RECOUNT_FORMAT,
    title: file.title ?? null,
    chapter: file.chapter ?? null,
    ...result,
    warnings: [...warnings, ...result.warnings],
  };
}

/** The same, as a value: `{ ok: false, error }` instead of a throw. */
export function safeRecountBallotFile(
  json: unknown,
): { ok: true; result: RecountResult } | { ok: false; error: VotingInputError } {
  try {
    return { ok: true, result: recountBallotFile(json) };
  } catch (error) {
    if (error instanceof VotingInputError) return { ok: false, error };
    throw error;
  }
}
