/**
 * Drafts of forms not yet saved (a flyer, the minutes): kept as the person types, so that
 * leaving the screen, a crash or a closed window loses nothing. A draft is the form's values
 * as JSON with the time it was kept, bounded by LIMITS.draft; anything else read back (an older
 * or damaged entry) is no draft at all.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { IdSchema, TimestampSchema } from './schema/common';

export const DraftSchema = z.object({
  savedAt: TimestampSchema,
  values: z.record(z.string().max(LIMITS.id), z.unknown()),
});
export type Draft = z.infer<typeof DraftSchema>;

/** Where a form's draft is kept: one chapter's drafts never show in another's forms. */
export function draftKey(chapterId: string, form: string): string {
  return `chapterhouse.draft.${IdSchema.parse(chapterId)}.${form}`;
}

/** The stored text of a draft, or null when it is too large to keep. */
export function serializeDraft(values: Record<string, unknown>, savedAt: string): string | null {
  const text = JSON.stringify({ savedAt, values } satisfies Draft);
  return text.length <= LIMITS.draft ? text : null;
}

/** A stored draft read back, or null when there is none or it is not a draft. */
export function parseDraft(text: string | null): Draft | null {
  if (text === null || text.length > LIMITS.draft) return null;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a draft holds anything the form does not show already. */
export function differsFrom(draft: Draft, values: Record<string, unknown>): boolean {
  return JSON.stringify(draft.values) !== JSON.stringify(values);
}
