import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'not-ready',
  'damaged',
  'locked',
  'read-only',
  'disk-full',
  'too-large',
  'outside-change',
  'cancelled',
  'internal',
] as const;

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(ApiIssueSchema).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ErrorCode = ApiError['code'];

/** An error meant for the person using the app: its message is shown as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function toApiIssues(issues: readonly z.core.$ZodIssue[]): ApiIssue[] {
  return issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return toApiIssues(issues).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}

/** The result envelope that crosses the IPC boundary (thrown errors lose their fields there). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
