import { z } from 'zod';
import { LIMITS } from '../limits';
import { ChapterInputSchema, ChapterSchema } from '../schema/chapter';
import { tooLong } from '../schema/common';
import { channels } from './define';

export const DAMAGES = [
  'empty',
  'nul-bytes',
  'truncated',
  'not-json',
  'schema-invalid',
  'newer-version',
  'too-large',
] as const;

export const AppStatusSchema = z.object({
  mode: z.enum(['real', 'sample']),
  /**
   * What the person sees: the app, the first-run screen, or one of the screens that come
   * before using a file that cannot simply be used (damage nobody has dealt with yet, a
   * file from a newer version, a file changed outside the app while it was open).
   */
  state: z.enum(['first-run', 'ready', 'damaged', 'newer-version', 'conflict']),
  chapter: ChapterSchema.nullable(),
  damage: z
    .object({
      kind: z.enum(DAMAGES),
      detail: z.string(),
      /** The newest unresolved copy inside the data folder (`damaged/…`). */
      keptAs: z.string(),
      /** How many damaged files wait to be dealt with. */
      unresolved: z.int().min(1),
      /** The chapter file in place now, when there is a usable one (restored by hand). */
      current: z.object({ chapterName: z.string().nullable(), members: z.int() }).nullable(),
    })
    .nullable(),
  /** The chapter file was written by a newer Chapterhouse; it is left untouched. */
  newer: z
    .object({
      detail: z.string(),
      fileVersion: z.int(),
      writtenBy: z.string().nullable(),
      readsUpTo: z.int(),
      appVersion: z.string(),
    })
    .nullable(),
  /** The chapter file was replaced outside the app; writes wait for the person's choice. */
  conflict: z.object({ keptAs: z.string(), detectedAt: z.string() }).nullable(),
  /** A backup opened read-only (nothing can be changed). */
  readOnly: z.object({ backupId: z.string(), createdAt: z.string() }).nullable(),
  migratedFrom: z.number().nullable(),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const BackupInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  bytes: z.number(),
  valid: z.boolean(),
  chapterName: z.string().nullable(),
  members: z.number().nullable(),
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const SavedFileSchema = z.object({
  saved: z.boolean(),
  fileName: z.string().optional(),
});
export type SavedFile = z.infer<typeof SavedFileSchema>;

export const BundlePreviewSchema = z.object({
  chapterName: z.string().nullable(),
  exportedAt: z.string(),
  currentChapterName: z.string().nullable(),
  members: z.object({
    added: z.number(),
    changed: z.number(),
    removed: z.number(),
    total: z.number(),
  }),
  chapterChanged: z.boolean(),
});
export type BundlePreview = z.infer<typeof BundlePreviewSchema>;

const none = z.undefined();
const text = z.object({
  text: z.string().max(LIMITS.bundleText, tooLong('The bundle', LIMITS.bundleText)),
});
/** A backup's name in the data folder's `backups/`. */
const backupId = z.object({
  id: z.string().min(1).max(LIMITS.title, tooLong('A backup’s name', LIMITS.title)),
});

export const appChannels = channels({
  'app.status': { input: none, output: AppStatusSchema },
  'chapter.create': { input: ChapterInputSchema, output: ChapterSchema },
  'chapter.update': { input: ChapterInputSchema, output: ChapterSchema },
  'bundle.export': { input: none, output: SavedFileSchema },
  'bundle.preview': { input: text, output: BundlePreviewSchema },
  'bundle.apply': { input: text, output: AppStatusSchema },
  'recovery.backups': { input: none, output: z.array(BackupInfoSchema) },
  'recovery.restore': {
    input: backupId,
    output: AppStatusSchema,
  },
  /** Sets the damaged files aside (kept in `damaged/set-aside/`) and opens what is there. */
  'recovery.setAside': { input: none, output: AppStatusSchema },
  'recovery.openReadOnly': {
    input: backupId,
    output: AppStatusSchema,
  },
  'recovery.closeReadOnly': { input: none, output: AppStatusSchema },
  /** After an outside change: keep the app's version or the outside file (both stay on disk). */
  'conflict.keep': {
    input: z.object({ keep: z.enum(['app', 'outside']) }),
    output: AppStatusSchema,
  },
  'app.quit': { input: none, output: z.object({ quitting: z.boolean() }) },
  'app.openExternal': {
    input: z.object({
      url: z
        .url({
          protocol: /^https?$/,
          error: 'Only web addresses (http or https) can be opened',
        })
        .max(LIMITS.short, tooLong('The web address', LIMITS.short)),
    }),
    output: z.object({ opened: z.boolean() }),
  },
  'sample.open': { input: none, output: AppStatusSchema },
  'sample.close': { input: none, output: AppStatusSchema },
  'sample.discard': { input: none, output: AppStatusSchema },
});
