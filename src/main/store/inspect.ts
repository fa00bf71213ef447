/**
 * Reads a chapter data file and says exactly what is in it: valid data (migrated to the
 * current version), or the kind of damage. Never throws for a bad file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { DAMAGES } from '../../shared/contract/app';
import { CURRENT_SCHEMA_VERSION, StoreSchema, type StoreData } from '../../shared/schema/store';
import { formatIssues } from '../../shared/errors';
import { STORE_READ_LIMIT_BYTES } from '../../shared/limits';
import { NewerVersionError, fileVersion, migrate } from './migrations';
import { sha256, vouches, type Seal } from './seal';

export type Damage = (typeof DAMAGES)[number];

/** What a file from a newer Chapterhouse says of itself. */
export interface Newer {
  version: number;
  writtenBy: string | null;
}

export type Inspection =
  | { kind: 'missing' }
  | { kind: 'ok'; data: StoreData; fromVersion: number }
  | { kind: 'damaged'; damage: Damage; detail: string; newer?: Newer };

/**
 * A file's inspection; when ok, also its bytes, and when a seal was looked for, their
 * SHA-256 and whether the seal vouched for them.
 */
export type FileInspection =
  | Exclude<Inspection, { kind: 'ok' }>
  | (Extract<Inspection, { kind: 'ok' }> & {
      bytes: Uint8Array;
      sha256: string | null;
      sealed: boolean;
    });

/** JSON that parsed and migrated, not yet validated. */
type Parsed = { kind: 'parsed'; migrated: Record<string, unknown>; fromVersion: number };

export const DAMAGE_LABELS: Record<Damage, string> = {
  empty: 'The file is empty.',
  'nul-bytes': 'The file contains NUL bytes (often a sign of a crash or disk error).',
  truncated: 'The file ends in the middle (it was cut short).',
  'not-json': 'The file is not valid JSON.',
  'schema-invalid': 'The file is JSON, but its contents do not match what Chapterhouse stores.',
  'newer-version': 'The file was written by a newer version of Chapterhouse.',
  'too-large': 'The file is too large for Chapterhouse to read.',
};

/**
 * A file cut short fails to parse at its very end. V8 says so in words only for some cut
 * points ("Unexpected end of JSON input", "Unterminated string"); at a token boundary
 * (`{"a":1` or `{"a":`) it reports the token it expected at the end position instead.
 */
function looksTruncated(message: string, text: string): boolean {
  if (/end of (JSON )?input|Unterminated/i.test(message)) return true;
  const at = /at position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

/**
 * Reads and inspects a chapter file. Given the data file's seal (or null when it has
 * none), the bytes' digest is computed off the main thread while the JSON parses, and if
 * the seal vouches for them (and no migration applies) the schema validation is skipped:
 * they are the serialisation of data this build validated (seal.ts).
 */
export async function inspectFile(
  path: string,
  seal?: Seal | null,
  readLimit = STORE_READ_LIMIT_BYTES,
): Promise<FileInspection> {
  let bytes: Buffer<ArrayBuffer>;
  try {
    // A file past the limit is never read: its text would not fit in a JavaScript string.
    const { size } = await stat(path);
    if (size > readLimit) return tooLarge(size, readLimit);
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ERR_FS_FILE_TOO_LARGE') return tooLarge(Number.NaN, readLimit);
    throw error;
  }
  const digest = seal === undefined ? null : sha256(bytes);
  const parsed = parseBytes(bytes);
  const hex = digest && (await digest);
  if (parsed.kind !== 'parsed') return parsed;
  const sealed =
    hex !== null &&
    parsed.fromVersion === CURRENT_SCHEMA_VERSION &&
    vouches(seal ?? null, bytes.length, hex);
  const inspection = sealed
    ? { kind: 'ok' as const, data: parsed.migrated as StoreData, fromVersion: parsed.fromVersion }
    : validateParsed(parsed);
  return inspection.kind === 'ok' ? { ...inspection, bytes, sha256: hex, sealed } : inspection;
}

export function inspectBytes(bytes: Uint8Array): Inspection {
  const parsed = parseBytes(bytes);
  return parsed.kind === 'parsed' ? validateParsed(parsed) : parsed;
}

function tooLarge(size: number, limit: number): Extract<Inspection, { kind: 'damaged' }> {
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  return {
    kind: 'damaged',
    damage: 'too-large',
    detail: `${DAMAGE_LABELS['too-large']} It is ${Number.isNaN(size) ? 'over 2 GiB' : mib(size)}; the most it reads is ${mib(limit)}.`,
  };
}

function parseBytes(bytes: Uint8Array): Parsed | Extract<Inspection, { kind: 'damaged' }> {
  if (
    bytes.length === 0 ||
    bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)
  ) {
    return { kind: 'damaged', damage: 'empty', detail: DAMAGE_LABELS.empty };
  }
  if (bytes.includes(0)) {
    return { kind: 'damaged', damage: 'nul-bytes', detail: DAMAGE_LABELS['nul-bytes'] };
  }
  let text = '';
  let json: unknown;
  try {
    text = new TextDecoder().decode(bytes);
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Text longer than V8's string limit (or a parse that runs out of memory).
    if (!(error instanceof SyntaxError)) {
      return {
        kind: 'damaged',
        damage: 'too-large',
        detail: `${DAMAGE_LABELS['too-large']} ${message}`,
      };
    }
    const damage = looksTruncated(message, text) ? 'truncated' : 'not-json';
    return { kind: 'damaged', damage, detail: `${DAMAGE_LABELS[damage]} ${message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'damaged', damage: 'schema-invalid', detail: DAMAGE_LABELS['schema-invalid'] };
  }
  const record = json as Record<string, unknown>;
  try {
    return { kind: 'parsed', migrated: migrate(record), fromVersion: fileVersion(record) };
  } catch (error) {
    if (error instanceof NewerVersionError) {
      const newer = { version: error.version, writtenBy: error.writtenBy };
      return { kind: 'damaged', damage: 'newer-version', detail: error.message, newer };
    }
    return { kind: 'damaged', damage: 'schema-invalid', detail: (error as Error).message };
  }
}

function validateParsed(parsed: Parsed): Inspection {
  const result = StoreSchema.safeParse(parsed.migrated);
  if (!result.success) {
    return {
      kind: 'damaged',
      damage: 'schema-invalid',
      detail: `${DAMAGE_LABELS['schema-invalid']} ${formatIssues(result.error.issues).slice(0, 3).join('; ')}`,
    };
  }
  return { kind: 'ok', data: result.data, fromVersion: parsed.fromVersion };
}
