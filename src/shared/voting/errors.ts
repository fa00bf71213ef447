import type { z } from 'zod';
import type { ApiIssue } from '../errors';

/**
 * Invalid input to a count: the message names every offending field the way a person
 * reads it (`ballots[3].ranking: expected array`), and `issues` carries them one by one
 * in the app's usual {path, message} form.
 */
export class VotingInputError extends Error {
  constructor(
    readonly what: string,
    readonly issues: ApiIssue[],
  ) {
    super(
      `${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
    this.name = 'VotingInputError';
  }
}

/** ["ballots", 3, "ranking"] → "ballots[3].ranking". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** zod's "Invalid input: expected array, received string" → "expected array, received string". */
function plainMessage(message: string): string {
  return message.replace(/^Invalid input: /, '');
}

export function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: plainMessage(issue.message),
  }));
}

/** Parses or throws a VotingInputError (never a bare ZodError). */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new VotingInputError(what, toIssues(parsed.error));
  return parsed.data;
}
