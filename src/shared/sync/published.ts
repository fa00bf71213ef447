/**
 * The published snapshot: what stays authoritative on the chapter laptop (votes with their hash
 * chain and certified results, meetings and minutes, the platform and its versions, candidates
 * and their decisions) plus the devices registry, signed there with the chapter's Ed25519 key
 * and carried in the field document. Other devices verify it and show those areas read-only.
 * Pure: building the payload, reading it back, and putting it into a device's view. The
 * signature is made and checked in src/main/sync/published.ts.
 */
import { z } from 'zod';
import { formatDateTime } from '../dates';
import { LIMITS } from '../limits';
import { IdSchema, TimestampSchema, boundedText, listOf, trimmed } from '../schema/common';
import { StoreSchema, type StoreData } from '../schema/store';
import { DeviceRoleSchema } from './protocol';

export const PUBLISHED_FORMAT = 'chapterhouse-published/1';

/** One paired device as the chapter laptop's registry lists it. */
export const PublishedDeviceSchema = z.object({
  id: IdSchema,
  name: trimmed('A device’s name', LIMITS.name),
  role: DeviceRoleSchema,
  /** Ed25519 public key, SPKI DER in base64: checks the device's USB stick files. */
  publicKey: boundedText('A public key', LIMITS.short),
  pairedAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
});
export type PublishedDevice = z.infer<typeof PublishedDeviceSchema>;

/** The collections the chapter laptop keeps: the snapshot replaces them on other devices. */
const KEPT = StoreSchema.pick({
  votes: true,
  meetings: true,
  platform: true,
  candidates: true,
  questionnaires: true,
  questionnaireResponses: true,
  interviews: true,
  keyVotes: true,
  officialVotes: true,
  candidateDecisions: true,
});
export type KeptCollections = z.infer<typeof KEPT>;
const KEPT_KEYS = Object.keys(KEPT.shape) as (keyof KeptCollections)[];

export const PublishedSnapshotSchema = KEPT.extend({
  format: z.literal(PUBLISHED_FORMAT, { error: 'This is not a published chapter snapshot' }),
  chapterId: IdSchema,
  publishedAt: TimestampSchema,
  /** The chapter laptop's device id (its name is in `devices`). */
  publishedBy: IdSchema,
  devices: listOf(PublishedDeviceSchema, LIMITS.shortList * 10, 'devices'),
});
export type PublishedSnapshot = z.infer<typeof PublishedSnapshotSchema>;

export function keptCollections(data: StoreData): KeptCollections {
  return Object.fromEntries(KEPT_KEYS.map((k) => [k, data[k]])) as KeptCollections;
}

/** The snapshot's text as signed: the kept collections as they stand, the registry, who and when. */
export function snapshotText(
  data: StoreData,
  meta: { chapterId: string; publishedBy: string; publishedAt: string },
  devices: readonly PublishedDevice[],
): string {
  const snapshot: PublishedSnapshot = {
    format: PUBLISHED_FORMAT,
    ...meta,
    devices: [...devices],
    ...keptCollections(data),
  };
  return JSON.stringify(snapshot);
}

/** True when the kept collections of `data` are what the snapshot holds (nothing to republish). */
export function sameKept(data: StoreData, snapshot: PublishedSnapshot): boolean {
  return KEPT_KEYS.every((k) => JSON.stringify(data[k]) === JSON.stringify(snapshot[k]));
}

/** A device's view with the kept collections taken from the snapshot (the rest stays its own). */
export function withPublished(data: StoreData, snapshot: PublishedSnapshot): StoreData {
  return { ...data, ...keptCollections({ ...data, ...snapshot }) };
}

/** The chapter laptop's name as the snapshot's registry gives it. */
export function publisherName(snapshot: Pick<PublishedSnapshot, 'devices' | 'publishedBy'>) {
  return snapshot.devices.find((d) => d.id === snapshot.publishedBy)?.name ?? 'the chapter laptop';
}

/** What a non-chapter laptop says when a write to a kept area is refused. */
export function keptElsewhereMessage(
  area: string,
  published: { publishedAt: string; publisher: string } | null,
): string {
  const copy = published
    ? `The copy here was published by “${published.publisher}” on ${formatDateTime(published.publishedAt)}.`
    : 'No copy has been published to this laptop yet.';
  return `${area} are kept on the chapter laptop: make this change there. ${copy}`;
}
