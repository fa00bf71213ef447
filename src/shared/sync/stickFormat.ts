/**
 * The USB stick file's layout (pure: bytes in, bytes out; the crypto is in
 * src/main/sync/stickFile.ts):
 *
 *   "CHAPTERHOUSE-STICK\n"  u32 header length  header (JSON, the cipher's additional data)
 *   u32 body length  body (AES-256-GCM ciphertext of the payload, then its 16-byte tag)
 *   signature (Ed25519 by the sending device over every byte before it, to the end)
 *
 * The payload, once decrypted, is one section per document: its name, the Yjs update (V1) the
 * other laptop lacks, and the sender's state vector (so the receiver remembers what the sender
 * holds and its next file for it is a delta against that).
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, TimestampSchema, boundedText, listOf, trimmed } from '../schema/common';
import { DOC_NAMES, docsForRole, type DeviceRole, type DocName } from './protocol';
import { DeviceRoleSchema } from './protocol';

export const STICK_FORMAT = 'chapterhouse-stick/1';
const MAGIC = new TextEncoder().encode('CHAPTERHOUSE-STICK\n');
export const SIGNATURE_BYTES = 64;
const DocNameSchema = z.enum(DOC_NAMES);

const DeviceRefSchema = z.object({
  id: IdSchema,
  name: trimmed('A device’s name', LIMITS.name),
});

export const StickHeaderSchema = z.object({
  format: z.literal(STICK_FORMAT),
  chapterId: IdSchema,
  chapterName: trimmed('The chapter’s name', LIMITS.name),
  from: DeviceRefSchema.extend({ role: DeviceRoleSchema }),
  to: DeviceRefSchema,
  kind: z.enum(['delta', 'full']),
  createdAt: TimestampSchema,
  /** The cipher's 12-byte IV, base64. */
  iv: boundedText('The IV', LIMITS.id),
  docs: listOf(DocNameSchema, DOC_NAMES.length, 'documents'),
});
export type StickHeader = z.infer<typeof StickHeaderSchema>;

export interface StickSection {
  doc: DocName;
  update: Uint8Array;
  stateVector: Uint8Array;
}

/** A file that cannot be read as a stick file at all: the message is shown as is. */
export class StickFormatError extends Error {}

const NOT_A_STICK = 'This is not a Chapterhouse USB stick file (or it was cut short).';
const DAMAGED = 'This USB stick file is damaged or was changed: it is refused.';

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads length-prefixed parts off a byte array; any overrun is a StickFormatError. */
class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  take(n: number): Uint8Array {
    if (n < 0 || this.at + n > this.bytes.length) throw new StickFormatError(NOT_A_STICK);
    const part = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return part;
  }
  sized(): Uint8Array {
    const prefix = this.take(4);
    const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0);
    return this.take(length);
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

function withLength(bytes: Uint8Array): Uint8Array[] {
  return [u32(bytes.length), bytes];
}

export function encodeHeader(header: StickHeader): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(header));
}

/** The bytes the sender signs: magic, header, body. */
export function signedPart(headerBytes: Uint8Array, body: Uint8Array): Uint8Array {
  return concat([MAGIC, ...withLength(headerBytes), ...withLength(body)]);
}

export function stickFileBytes(signed: Uint8Array, signature: Uint8Array): Uint8Array {
  return concat([signed, signature]);
}

/** Splits a file into its parts; the header is parsed, nothing is trusted yet. */
export function splitStickFile(file: Uint8Array): {
  header: StickHeader;
  headerBytes: Uint8Array;
  body: Uint8Array;
  signed: Uint8Array;
  signature: Uint8Array;
} {
  const reader = new Reader(file);
  const magic = reader.take(MAGIC.length);
  if (!magic.every((b, i) => b === MAGIC[i])) throw new StickFormatError(NOT_A_STICK);
  const headerBytes = reader.sized();
  const body = reader.sized();
  const signedLength = reader.at;
  const signature = reader.take(SIGNATURE_BYTES);
  if (!reader.done) throw new StickFormatError(NOT_A_STICK);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    throw new StickFormatError(DAMAGED);
  }
  const header = StickHeaderSchema.safeParse(json);
  if (!header.success) {
    const format = (json as { format?: unknown } | null)?.format;
    throw new StickFormatError(
      typeof format === 'string' &&
        format !== STICK_FORMAT &&
        format.startsWith('chapterhouse-stick/')
        ? 'This USB stick file was made by a newer Chapterhouse: update this laptop first.'
        : DAMAGED,
    );
  }
  return {
    header: header.data,
    headerBytes,
    body,
    signed: file.subarray(0, signedLength),
    signature,
  };
}

export function encodePayload(sections: readonly StickSection[]): Uint8Array {
  return concat(
    sections.flatMap((s) => [
      ...withLength(new TextEncoder().encode(s.doc)),
      ...withLength(s.update),
      ...withLength(s.stateVector),
    ]),
  );
}

export function decodePayload(payload: Uint8Array): StickSection[] {
  const reader = new Reader(payload);
  const sections: StickSection[] = [];
  while (!reader.done && sections.length <= DOC_NAMES.length) {
    const doc = DocNameSchema.safeParse(new TextDecoder().decode(reader.sized()));
    if (!doc.success) throw new StickFormatError('This USB stick file holds an unknown document.');
    sections.push({ doc: doc.data, update: reader.sized(), stateVector: reader.sized() });
  }
  if (!reader.done) throw new StickFormatError(NOT_A_STICK);
  return sections;
}

/** The documents a file from `from` to `to` carries: those both may hold. */
export function docsBetween(from: DeviceRole, to: DeviceRole): DocName[] {
  const theirs = docsForRole(to);
  return docsForRole(from).filter((d) => theirs.includes(d));
}
