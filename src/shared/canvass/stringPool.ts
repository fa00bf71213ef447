import { zip5 } from './address';

/** How many distinct strings a pool keeps at the most; past that, strings are not shared. */
export const INTERN_LIMIT = 400_000;

/**
 * Repeated low-variety strings (streets, cities, ZIPs, parties, precincts) shared between the
 * voters of a file, so a million-row list holds each once.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly uppers = new Map<string, string>();
  private readonly zips = new Map<string, string>();

  intern(s: string): string {
    if (s === '') return s;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    if (this.strings.size < INTERN_LIMIT) this.strings.set(s, s);
    return s;
  }

  /** Upper-cased and interned, cached by the raw text (cities, parties, statuses repeat). */
  upper(raw: string): string {
    const hit = this.uppers.get(raw);
    if (hit !== undefined) return hit;
    const u = this.intern(raw.toUpperCase());
    if (this.uppers.size < INTERN_LIMIT) this.uppers.set(raw, u);
    return u;
  }

  /** ZIP5 of a ZIP as read, cached by text. */
  zip(raw: string): string {
    let z = this.zips.get(raw);
    if (z === undefined) {
      z = this.intern(zip5(raw));
      if (this.zips.size < INTERN_LIMIT) this.zips.set(raw, z);
    }
    return z;
  }
}
