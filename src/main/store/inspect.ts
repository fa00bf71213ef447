/**
 * Reads a chapter data file and says exactly what is in it: valid data (migrated to the
 * current version), or the kind of damage. Never throws for a bad file.
 */
import { readFile } from 'node:fs/promises';
import type { DAMAGES } from '../../shared/contract/app';
import { StoreSchema, type StoreData } from '../../shared/schema/store';
import { formatIssues } from '../../shared/errors';
import { NewerVersionError, fileVersion, migrate } from './migrations';

export type Damage = (typeof DAMAGES)[number];

export type Inspection =
  | { kind: 'missing' }
  | { kind: 'ok'; data: StoreData; fromVersion: number }
  | { kind: 'damaged'; damage: Damage; detail: string };

export const DAMAGE_LABELS: Record<Damage, string> = {
  empty: 'The file is empty.',
  'nul-bytes': 'The file contains NUL bytes (often a sign of a crash or disk error).',
  truncated: 'The file ends in the middle (it was cut short).',
  'not-json': 'The file is not valid JSON.',
  'schema-invalid': 'The file is JSON, but its contents do not match what Chapterhouse stores.',
  'newer-version': 'The file was written by a newer version of Chapterhouse.',
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

export async function inspectFile(path: string): Promise<Inspection> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  return inspectBytes(bytes);
}

export function inspectBytes(bytes: Uint8Array): Inspection {
  if (
    bytes.length === 0 ||
    bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)
  ) {
    return { kind: 'damaged', damage: 'empty', detail: DAMAGE_LABELS.empty };
  }
  if (bytes.includes(0)) {
    return { kind: 'damaged', damage: 'nul-bytes', detail: DAMAGE_LABELS['nul-bytes'] };
  }
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const damage = looksTruncated(message, text) ? 'truncated' : 'not-json';
    return { kind: 'damaged', damage, detail: `${DAMAGE_LABELS[damage]} ${message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'damaged', damage: 'schema-invalid', detail: DAMAGE_LABELS['schema-invalid'] };
  }
  const record = json as Record<string, unknown>;
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(record);
  } catch (error) {
    if (error instanceof NewerVersionError) {
      return { kind: 'damaged', damage: 'newer-version', detail: error.message };
    }
    return { kind: 'damaged', damage: 'schema-invalid', detail: (error as Error).message };
  }
  const parsed = StoreSchema.safeParse(migrated);
  if (!parsed.success) {
    return {
      kind: 'damaged',
      damage: 'schema-invalid',
      detail: `${DAMAGE_LABELS['schema-invalid']} ${formatIssues(parsed.error.issues).slice(0, 3).join('; ')}`,
    };
  }
  return { kind: 'ok', data: parsed.data, fromVersion: fileVersion(record) };
}
