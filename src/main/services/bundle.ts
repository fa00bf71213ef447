/**
 * The whole chapter as one JSON file, for moving to another laptop or keeping offsite.
 * An import is validated (and migrated) like the data file, previewed, and applied only
 * after a backup of what it replaces.
 */
import { z } from 'zod';
import type { BundlePreview } from '../../shared/contract/app';
import { localDateOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { StoreData } from '../../shared/schema/store';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { inspectBytes } from '../store/inspect';
import { serializeStore } from '../store/validate';
import { replaceSettled } from './settled';

export const BUNDLE_FORMAT = 'chapterhouse-bundle/1';

const BundleEnvelopeSchema = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: 'This is not a Chapterhouse chapter bundle' }),
  exportedAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export function bundleText(data: StoreData, now: Date): string {
  return `{"format":${JSON.stringify(BUNDLE_FORMAT)},"exportedAt":${JSON.stringify(now.toISOString())},"data":${serializeStore(data).trimEnd()}}\n`;
}

export async function exportBundle(session: Session, host: Host) {
  const data = session.current().data;
  const slug = (data.chapter?.name ?? 'chapter')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const path = await host.chooseSavePath({
    title: 'Export the whole chapter',
    defaultName: `${slug || 'chapter'}-${localDateOf(session.clock())}.chapterhouse.json`,
    filters: [{ name: 'Chapterhouse bundle', extensions: ['json'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, bundleText(data, session.clock()));
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

export function readBundle(text: string): { data: StoreData; exportedAt: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `The bundle is not valid JSON: ${(error as Error).message}`,
    );
  }
  const envelope = BundleEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new AppError(
      'invalid-input',
      envelope.error.issues[0]?.message ?? 'Not a chapter bundle',
    );
  }
  const inspection = inspectBytes(new TextEncoder().encode(JSON.stringify(envelope.data.data)));
  if (inspection.kind !== 'ok') {
    throw new AppError(
      'invalid-input',
      `The bundle's chapter data is not usable. ${inspection.kind === 'damaged' ? inspection.detail : ''}`,
    );
  }
  if (inspection.data.sample) {
    throw new AppError(
      'invalid-input',
      'This bundle holds the sample chapter, not real chapter data.',
    );
  }
  return { data: inspection.data, exportedAt: envelope.data.exportedAt };
}

export function previewBundle(session: Session, text: string): BundlePreview {
  const { data, exportedAt } = readBundle(text);
  const current = session.current().data;
  const before = new Map(current.members.map((m) => [m.id, JSON.stringify(m)]));
  const after = new Map(data.members.map((m) => [m.id, JSON.stringify(m)]));
  let added = 0;
  let changed = 0;
  for (const [id, json] of after) {
    const old = before.get(id);
    if (old === undefined) added++;
    else if (old !== json) changed++;
  }
  const removed = [...before.keys()].filter((id) => !after.has(id)).length;
  return {
    chapterName: data.chapter?.name ?? null,
    exportedAt,
    currentChapterName: current.chapter?.name ?? null,
    members: { added, changed, removed, total: data.members.length },
    chapterChanged: JSON.stringify(data.chapter) !== JSON.stringify(current.chapter),
  };
}

export async function applyBundle(session: Session, text: string) {
  const { data } = readBundle(text);
  await replaceSettled(session, { ...data, sample: session.mode === 'sample' }, 'import');
  return session.status();
}
