/**
 * One Yjs document on disk: `<name>.ydoc`, a snapshot (the whole state as one update), and
 * `<name>.ylog`, an append-only log of the updates since. Both hold frames:
 *
 *   u32 LE length · u32 LE CRC-32 of the payload · payload (a Yjs V1 update)
 *
 * Appends are fsynced before they resolve (a batch of appends waiting on one fsync share
 * it). On open the snapshot and then every frame of the log are applied; a torn or bad
 * frame ends the log (nothing after it can be framed again): the bytes from there are kept
 * in `damaged/` and reported. Open then compacts, once the log has grown to a quarter of
 * the snapshot (or holds damage): the whole state is written as the new snapshot with the
 * durable write (temp file, fsync, rename) and only then is the log emptied, so a kill
 * between the two merely applies the log twice (Yjs updates are idempotent). A smaller log
 * is kept and appended to: re-encoding a large document costs more than reading it.
 */
import { copyFile, mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { fsyncDir, fsyncFile, writeFileDurable } from '../store/durable';

const HEADER_BYTES = 8;
/** The log is folded into the snapshot on open once it is this share of the snapshot's size. */
const COMPACT_AT = 0.25;
/** A frame longer than this is damage, not an update (a 5,000-result batch is ~2 MB). */
const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/** What open found wrong with a file: the frames from `offset` on were not applied. */
export interface LogDamage {
  file: string;
  offset: number;
  skippedBytes: number;
  reason: string;
  /** Where the skipped bytes were kept (under the sync folder). */
  keptAs: string;
}

export function encodeFrame(payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(HEADER_BYTES + payload.byteLength);
  const view = new DataView(frame.buffer);
  view.setUint32(0, payload.byteLength, true);
  view.setUint32(4, crc32(payload), true);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/** The frames of `bytes` in order, and where (and why) the readable part ends, if early. */
export function decodeFrames(bytes: Uint8Array): {
  frames: Uint8Array[];
  end: number;
  damage: string | null;
} {
  const frames: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.byteLength) {
    if (bytes.byteLength - at < HEADER_BYTES) {
      return { frames, end: at, damage: 'a frame header was cut short (torn write)' };
    }
    const length = view.getUint32(at, true);
    const sum = view.getUint32(at + 4, true);
    if (length > MAX_FRAME_BYTES) return { frames, end: at, damage: 'a frame length is damaged' };
    if (at + HEADER_BYTES + length > bytes.byteLength) {
      return { frames, end: at, damage: 'the last frame was cut short (torn write)' };
    }
    const payload = bytes.subarray(at + HEADER_BYTES, at + HEADER_BYTES + length);
    if (crc32(payload) !== sum) return { frames, end: at, damage: 'a frame checksum is wrong' };
    frames.push(payload);
    at += HEADER_BYTES + length;
  }
  return { frames, end: at, damage: null };
}

async function readOrEmpty(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Uint8Array(0);
    throw error;
  }
}

export class DocLog {
  private handle: FileHandle | null = null;
  private pending: { frame: Uint8Array; done: (error?: Error) => void }[] = [];
  private flushing: Promise<void> | null = null;

  private constructor(
    private readonly logPath: string,
    readonly damage: LogDamage[],
    /** Whether open folded the log into the snapshot. */
    readonly compacted: boolean,
  ) {}

  /**
   * Reads `<dir>/<name>.ydoc` and `.ylog` into `doc` (with `origin` as the transaction
   * origin), compacts them, and returns the log ready for appends.
   */
  static async open(dir: string, name: string, doc: Y.Doc, origin: unknown, clock: () => Date) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const snapshotPath = join(dir, `${name}.ydoc`);
    const logPath = join(dir, `${name}.ylog`);
    const damage: LogDamage[] = [];
    const sizes: number[] = [];
    for (const path of [snapshotPath, logPath]) {
      const bytes = await readOrEmpty(path);
      sizes.push(bytes.byteLength);
      const read = decodeFrames(bytes);
      let applied = read.frames.length;
      Y.transact(
        doc,
        () => {
          read.frames.forEach((frame, i) => {
            try {
              Y.applyUpdate(doc, frame, origin);
            } catch {
              applied = Math.min(applied, i);
            }
          });
        },
        origin,
      );
      const reason =
        read.damage ?? (applied < read.frames.length ? 'an update could not be read' : null);
      if (reason) damage.push(await keepDamaged(dir, path, bytes, read.end, reason, clock));
    }
    const [snapshotBytes = 0, logBytes = 0] = sizes;
    const compacted = damage.length > 0 || (logBytes > 0 && logBytes >= snapshotBytes * COMPACT_AT);
    if (compacted) {
      await writeFileDurable(snapshotPath, encodeFrame(Y.encodeStateAsUpdate(doc)));
      await truncateDurable(logPath);
    }
    return new DocLog(logPath, damage, compacted);
  }

  /** Appends `update` to the log; resolves once it is on disk (fsynced). */
  append(update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({
        frame: encodeFrame(update),
        done: (error) => (error ? reject(error) : resolve()),
      });
      this.flushing ??= this.flush();
    });
  }

  /** Writes whatever is waiting, one writev and one fsync per round, until nothing waits. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        const first = !this.handle;
        this.handle ??= await open(this.logPath, 'a', 0o600);
        const frames = batch.map((p) => p.frame);
        const total = frames.reduce((n, f) => n + f.byteLength, 0);
        const { bytesWritten } = await this.handle.writev(frames);
        if (bytesWritten !== total) throw new Error(`Short write: ${bytesWritten} of ${total}`);
        await this.handle.sync();
        // The log may have just been created: its name must be durable too.
        if (first) await fsyncDir(dirname(this.logPath));
        for (const p of batch) p.done();
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const p of batch) p.done(failure);
      }
    }
    this.flushing = null;
  }

  /** Waits for appends under way, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle?.close();
    this.handle = null;
  }
}

/** Keeps the unreadable bytes of a file in `damaged/` before compaction drops them. */
async function keepDamaged(
  dir: string,
  path: string,
  bytes: Uint8Array,
  offset: number,
  reason: string,
  clock: () => Date,
): Promise<LogDamage> {
  const damagedDir = join(dir, 'damaged');
  await mkdir(damagedDir, { recursive: true, mode: 0o700 });
  const file = path.slice(dir.length + 1);
  const keptAs = `damaged/${file}.${clock().toISOString().replace(/[:.]/g, '-')}`;
  await copyFile(path, join(dir, keptAs));
  await fsyncFile(join(dir, keptAs));
  await fsyncDir(damagedDir);
  return { file, offset, skippedBytes: bytes.byteLength - offset, reason, keptAs };
}

/** Empties the log durably (a missing log is created empty). */
async function truncateDurable(path: string): Promise<void> {
  const fh = await open(path, 'a', 0o600);
  await fh.close();
  await truncate(path, 0);
  await fsyncFile(path);
  await fsyncDir(dirname(path));
}
