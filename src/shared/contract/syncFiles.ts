/**
 * The USB stick (src/main/sync/stickFile.ts): one encrypted, signed file carrying what another
 * laptop of the chapter lacks, and the import of such a file.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, TimestampSchema } from '../schema/common';
import { DeviceRoleSchema } from '../sync/protocol';
import { SavedFileSchema } from './app';
import { channels } from './define';

const DeviceSchema = z.object({
  id: IdSchema,
  name: z.string().max(LIMITS.name),
  role: DeviceRoleSchema,
});

export const StickPeersSchema = z.object({
  /** This laptop; null while sync has not been turned on here. */
  device: DeviceSchema.nullable(),
  /** The chapter's other laptops a file can be made for (revoked ones left out). */
  peers: z
    .array(
      DeviceSchema.extend({
        /** When this laptop last imported a file from it (its next delta starts there). */
        lastFileAt: TimestampSchema.nullable(),
      }),
    )
    .max(LIMITS.shortList * 10),
});
export type StickPeers = z.infer<typeof StickPeersSchema>;

export const StickImportSchema = z.object({
  /** False when the person cancelled the file dialog. */
  imported: z.boolean(),
  from: z.string().max(LIMITS.name).optional(),
  createdAt: TimestampSchema.optional(),
  kind: z.enum(['delta', 'full']).optional(),
  /** False when everything in the file was already here (a file imported twice). */
  newChanges: z.boolean().optional(),
});
export type StickImport = z.infer<typeof StickImportSchema>;

export const syncFilesChannels = channels({
  'syncFiles.peers': { input: z.undefined(), output: StickPeersSchema },
  /** Saves a file for laptop `to`: what it lacks since its last file here (`delta`), or all. */
  'syncFiles.export': {
    input: z.object({ to: IdSchema, kind: z.enum(['delta', 'full']) }),
    output: SavedFileSchema,
  },
  /** Asks for a file and applies it; refused with the reason when it cannot be trusted. */
  'syncFiles.import': { input: z.undefined(), output: StickImportSchema },
});
