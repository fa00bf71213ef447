import {
  countyNameKey,
  floridaCountyByCode,
  ohioCountyByNumber,
  ohioCountyNumber,
  resolveCounty,
} from './counties';
import type { Preset } from './presets';
import type { CountyRef } from './schema';

/**
 * A voter file's county column: which county values it holds and how often (for "the file
 * holds X" messages), whether a value is the county being imported, and the county's name.
 * Answers are cached by the value as read (a county file repeats one value).
 */
export class CountyColumn {
  /** County values seen in the file and how often. */
  readonly seen = new Map<string, number>();
  private readonly matches = new Map<string, boolean>();
  private readonly names = new Map<string, string>();
  private last: string | null = null;
  private lastRows = 0;

  constructor(
    private readonly preset: Preset,
    /** Keep only this county's voters (null: keep all). */
    private readonly county: CountyRef | null,
  ) {}

  /** Counts one row's value; rows are counted per value in runs. */
  count(raw: string): void {
    if (raw === this.last) this.lastRows++;
    else this.endRun(raw);
  }

  /** Call once the last row is in: settles the per-county counts. */
  finish(): void {
    this.endRun(null);
  }

  private endRun(next: string | null): void {
    if (this.last !== null) {
      this.seen.set(this.last, (this.seen.get(this.last) ?? 0) + this.lastRows);
    }
    this.last = next;
    this.lastRows = next === null ? 0 : 1;
  }

  inCounty(raw: string): boolean {
    const county = this.county;
    if (!county) return true;
    let hit = this.matches.get(raw);
    if (hit === undefined) {
      const kind = this.preset.countyKind;
      if (kind === 'ohio-number') hit = Number(raw) === ohioCountyNumber(county.fips);
      else if (kind === 'florida-code') hit = floridaCountyByCode(raw)?.fips === county.fips;
      else hit = raw === county.fips || countyNameKey(raw) === countyNameKey(county.name);
      this.matches.set(raw, hit);
    }
    return hit;
  }

  nameOf(raw: string): string {
    let name = this.names.get(raw);
    if (name === undefined) {
      const kind = this.preset.countyKind;
      const found =
        kind === 'ohio-number'
          ? ohioCountyByNumber(Number(raw))
          : kind === 'florida-code'
            ? floridaCountyByCode(raw)
            : resolveCounty(this.preset.state, raw);
      name = found?.name ?? raw;
      this.names.set(raw, name);
    }
    return name;
  }
}
