import { z } from 'zod';
import { ChapterInputSchema, ChapterSchema } from '../schema/chapter';
import { channels } from './define';

export const DAMAGES = [
  'empty',
  'nul-bytes',
  'truncated',
  'not-json',
  'schema-invalid',
  'newer-version',
] as const;

export const AppStatusSchema = z.object({
  mode: z.enum(['real', 'sample']),
  state: z.enum(['first-run', 'ready', 'damaged']),
  chapter: ChapterSchema.nullable(),
  damage: z
    .object({
      kind: z.enum(DAMAGES),
      detail: z.string(),
      /** Name of the quarantined copy inside the data folder's `damaged/` folder. */
      keptAs: z.string(),
    })
    .nullable(),
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
const text = z.object({ text: z.string().max(50_000_000) });

export const appChannels = channels({
  'app.status': { input: none, output: AppStatusSchema },
  'chapter.create': { input: ChapterInputSchema, output: ChapterSchema },
  'chapter.update': { input: ChapterInputSchema, output: ChapterSchema },
  'bundle.export': { input: none, output: SavedFileSchema },
  'bundle.preview': { input: text, output: BundlePreviewSchema },
  'bundle.apply': { input: text, output: AppStatusSchema },
  'recovery.backups': { input: none, output: z.array(BackupInfoSchema) },
  'recovery.restore': {
    input: z.object({ id: z.string().min(1).max(200) }),
    output: AppStatusSchema,
  },
  'recovery.startFresh': { input: none, output: AppStatusSchema },
  'app.openExternal': {
    input: z.object({
      url: z.url({
        protocol: /^https?$/,
        error: 'Only web addresses (http or https) can be opened',
      }),
    }),
    output: z.object({ opened: z.boolean() }),
  },
  'sample.open': { input: none, output: AppStatusSchema },
  'sample.close': { input: none, output: AppStatusSchema },
  'sample.discard': { input: none, output: AppStatusSchema },
});
