/**
 * Ordered migrations of the chapter data file. Each step takes the plain JSON of version
 * `from` and returns version `from + 1`; the result is validated against the current
 * schema only at the end. Add a step whenever StoreSchema changes shape.
 */
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/store';

export interface Migration {
  from: number;
  describe: string;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: Migration[] = [];

export class NewerVersionError extends Error {
  constructor(
    readonly version: number,
    /** The version of Chapterhouse that wrote it, when the file says. */
    readonly writtenBy: string | null = null,
  ) {
    super(
      `This file was written by ${writtenBy ? `Chapterhouse ${writtenBy}` : 'a newer Chapterhouse'} (data version ${version}); this one reads data up to version ${CURRENT_SCHEMA_VERSION}.`,
    );
  }
}

/** The `writtenBy` a file claims, if it is a short plain string. */
export function writtenByOf(data: Record<string, unknown>): string | null {
  const v = data.writtenBy;
  return typeof v === 'string' && /^[\w.+-]{1,40}$/.test(v) ? v : null;
}

export function fileVersion(data: Record<string, unknown>): number {
  const v = data.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Runs every step from the file's version up to `target`; throws for newer files. */
export function migrate(
  data: Record<string, unknown>,
  migrations: Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  let version = fileVersion(data);
  if (version > target) throw new NewerVersionError(version, writtenByOf(data));
  let current = data;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from data version ${version}`);
    current = { ...step.migrate(current), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}
