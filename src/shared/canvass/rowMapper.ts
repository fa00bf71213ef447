/**
 * Turns parsed rows of a voter file into voters and households, one row at a time. Pure
 * (no I/O): the streaming importer feeds it, and tests can feed it arrays. Every row
 * ends up counted exactly once: kept, skipped (with its line and reason), suppressed,
 * outside the county filter, or a duplicate.
 *
 * Kept lean for million-row files: repeated strings (streets, cities, names, parties…)
 * are interned so a county's voters share them, and households are built as rows arrive.
 */
import { createAddressParser, zip5 } from './address';
import {
  countyNameKey,
  floridaCountyByCode,
  ohioCountyByNumber,
  ohioCountyNumber,
  resolveCounty,
} from './counties';
import { householdKey } from './household';
import type { Field, Preset, ResolvedColumns } from './presets';
import type {
  ChapterMark,
  CountyRef,
  Household,
  SkippedRow,
  SuppressionCounts,
  Voter,
} from './schema';

export interface RowMapperOptions {
  preset: Preset;
  columns: ResolvedColumns;
  /** Keep only this county's voters (null: keep all). */
  county: CountyRef | null;
  /** 'YYYY-MM-DD': ages are computed on this date. */
  referenceDate: string;
  /** Chapter marks by voter ID (Deceased, Do Not Walk; Moved at the marked address). */
  marks?: ReadonlyMap<string, Pick<ChapterMark, 'reason' | 'householdKey'>>;
  /** How many skipped rows to list (all are counted). Default 10,000. */
  maxSkipped?: number;
}

const SUPPRESSING_STATUS = /DECEASED|\bDEAD\b|MOVED|REMOVED|DENIED|CANCEL|PURGE/;
const FLAG_TRUE = new Set(['Y', 'YES', 'TRUE', '1', 'T']);
const INTERN_LIMIT = 400_000;
const HAS_ALNUM = /[A-Z0-9]/;

function parseDate(s: string): [number, number, number] | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return [Number(m[3]), Number(m[1]), Number(m[2])];
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function sexCode(s: string): string {
  const c = s.trim().charAt(0).toUpperCase();
  return c === 'M' || c === 'F' ? c : c ? 'U' : '';
}

export class VoterRowMapper {
  readonly voters: Voter[] = [];
  readonly households = new Map<string, Household>();
  readonly skipped: SkippedRow[] = [];
  readonly suppressed: SuppressionCounts = { confidential: 0, exempt: 0, status: 0, chapter: 0 };
  /** County values seen in the file and how often (for "the file holds X" messages). */
  readonly countiesSeen = new Map<string, number>();
  skippedCount = 0;
  rows = 0;
  duplicates = 0;
  outsideCounty = 0;

  private readonly ix: Partial<Record<Field, number>>;
  private readonly expected: number;
  private readonly needed: number;
  private readonly ref: [number, number, number];
  private readonly parseAddress = createAddressParser();
  private readonly strings = new Map<string, string>();
  private readonly uppers = new Map<string, string>();
  private readonly histories = new Map<string, string>();
  private readonly countyMatch = new Map<string, boolean>();
  private readonly countyName = new Map<string, string>();
  private readonly statusSuppress = new Map<string, boolean>();
  private readonly firstLine = new Map<string, number>();
  private readonly maxSkipped: number;

  constructor(private readonly opts: RowMapperOptions) {
    this.ix = opts.columns.index;
    this.expected = opts.columns.expected;
    this.needed =
      Math.max(...Object.values(this.ix), ...opts.columns.elections.map((e) => e.index)) + 1;
    this.ref = parseDate(opts.referenceDate) ?? [new Date().getFullYear(), 1, 1];
    this.maxSkipped = opts.maxSkipped ?? 10_000;
  }

  skip(line: number, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < this.maxSkipped) this.skipped.push({ line, reason });
  }

  private get(fields: readonly string[], f: Field): string {
    const i = this.ix[f];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  }

  private intern(s: string): string {
    if (s === '') return s;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    if (this.strings.size < INTERN_LIMIT) this.strings.set(s, s);
    return s;
  }

  private lastCounty: string | null = null;
  private lastCountyRows = 0;

  /** Rows are counted per county value in runs (a county file repeats one value). */
  private countCounty(raw: string | null): void {
    if (this.lastCounty !== null) {
      this.countiesSeen.set(
        this.lastCounty,
        (this.countiesSeen.get(this.lastCounty) ?? 0) + this.lastCountyRows,
      );
    }
    this.lastCounty = raw;
    this.lastCountyRows = raw === null ? 0 : 1;
  }

  /** Call once the last row is in: settles the per-county counts. */
  finish(): void {
    this.countCounty(null);
  }

  /** Upper-cased and interned, cached by the raw text (cities, parties, statuses repeat). */
  private upper(raw: string): string {
    const hit = this.uppers.get(raw);
    if (hit !== undefined) return hit;
    const u = this.intern(raw.toUpperCase());
    if (this.uppers.size < INTERN_LIMIT) this.uppers.set(raw, u);
    return u;
  }

  private inCounty(raw: string): boolean {
    const county = this.opts.county;
    if (!county) return true;
    let hit = this.countyMatch.get(raw);
    if (hit === undefined) {
      const kind = this.opts.preset.countyKind;
      if (kind === 'ohio-number') hit = Number(raw) === ohioCountyNumber(county.fips);
      else if (kind === 'florida-code') hit = floridaCountyByCode(raw)?.fips === county.fips;
      else hit = raw === county.fips || countyNameKey(raw) === countyNameKey(county.name);
      this.countyMatch.set(raw, hit);
    }
    return hit;
  }

  private countyOf(raw: string): string {
    let name = this.countyName.get(raw);
    if (name === undefined) {
      const kind = this.opts.preset.countyKind;
      const state = this.opts.preset.state;
      const found =
        kind === 'ohio-number'
          ? ohioCountyByNumber(Number(raw))
          : kind === 'florida-code'
            ? floridaCountyByCode(raw)
            : resolveCounty(state, raw);
      name = found?.name ?? raw;
      this.countyName.set(raw, name);
    }
    return name;
  }

  private statusSuppressed(status: string, code: string, reason: string): boolean {
    const key = code || reason ? `${status}|${code}|${reason}` : status;
    let hit = this.statusSuppress.get(key);
    if (hit === undefined) {
      const c = code.toUpperCase();
      hit = c === 'R' || c === 'D' || SUPPRESSING_STATUS.test(`${status} ${reason}`.toUpperCase());
      this.statusSuppress.set(key, hit);
    }
    return hit;
  }

  private history(fields: readonly string[]): string {
    const elections = this.opts.columns.elections;
    if (elections.length === 0) return '';
    let strip = '';
    let n = 0;
    for (const e of elections) {
      const v = fields[e.index];
      if (v && v.trim()) {
        strip = strip ? `${strip} ${e.code}` : e.code;
        if (++n === 4) break;
      }
    }
    let hit = this.histories.get(strip);
    if (hit === undefined) {
      hit = strip;
      this.histories.set(strip, strip);
    }
    return hit;
  }

  private birth(fields: readonly string[]): {
    date: string;
    year: number | null;
    age: number | null;
  } {
    const [ry, rm, rd] = this.ref;
    const d = parseDate(this.get(fields, 'birthDate'));
    if (d) {
      const [y, m, day] = d;
      const age = ry - y - (rm < m || (rm === m && rd < day) ? 1 : 0);
      const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { date, year: y, age: age >= 0 && age < 130 ? age : null };
    }
    const year = Number(this.get(fields, 'birthYear'));
    if (Number.isInteger(year) && year > 1850 && year <= ry) {
      // Year only: age at the end of the reference year, as ncvoter's age_at_year_end.
      return { date: '', year, age: ry - year };
    }
    return { date: '', year: null, age: null };
  }

  /**
   * A row whose column count differs from the header's is shifted or truncated, except
   * for trailing empty columns, or (generic files only) missing trailing columns.
   */
  private tolerable(fields: readonly string[]): boolean {
    if (fields.length > this.expected) {
      for (let i = this.expected; i < fields.length; i++) if (fields[i]?.trim()) return false;
      return true;
    }
    return this.opts.preset.id === 'generic' && fields.length >= this.needed;
  }

  /** Feeds one parsed row; `line` is its 1-based physical line number in the file. */
  row(fields: readonly string[], line: number): void {
    this.rows++;
    if (fields.length !== this.expected && !this.tolerable(fields)) {
      if (this.ix.exempt !== undefined && FLAG_TRUE.has(this.get(fields, 'exempt').toUpperCase())) {
        this.suppressed.exempt++;
        return;
      }
      this.skip(line, `expected ${this.expected} columns, found ${fields.length}`);
      return;
    }
    const countyRaw = this.get(fields, 'county');
    if (this.ix.county !== undefined) {
      if (countyRaw === this.lastCounty) this.lastCountyRows++;
      else this.countCounty(countyRaw);
      if (!this.inCounty(countyRaw)) {
        this.outsideCounty++;
        return;
      }
    }
    if (
      this.ix.confidential !== undefined &&
      FLAG_TRUE.has(this.get(fields, 'confidential').toUpperCase())
    ) {
      this.suppressed.confidential++;
      return;
    }
    if (this.ix.exempt !== undefined && FLAG_TRUE.has(this.get(fields, 'exempt').toUpperCase())) {
      this.suppressed.exempt++;
      return;
    }
    const status = this.get(fields, 'status');
    const statusCode = this.get(fields, 'statusCode');
    const statusReason = this.get(fields, 'statusReason');
    if (
      (status || statusCode || statusReason) &&
      this.statusSuppressed(status, statusCode, statusReason)
    ) {
      this.suppressed.status++;
      return;
    }
    const id = this.get(fields, 'voterId');
    if (!id) return this.skip(line, 'missing voter ID');
    let line1 = this.get(fields, 'address1');
    if (!line1 && this.ix.streetName !== undefined) {
      line1 = `${this.get(fields, 'houseNumber')} ${this.get(fields, 'streetName')}`.trim();
    }
    if (!line1) return this.skip(line, `missing residential address (voter ${id})`);
    const first = this.firstLine.get(id);
    if (first !== undefined) {
      this.duplicates++;
      return this.skip(line, `duplicate voter ID ${id} (first on line ${first})`);
    }
    this.firstLine.set(id, line);

    const addr = this.parseAddress(line1, this.get(fields, 'address2'));
    if (!HAS_ALNUM.test(addr.street))
      return this.skip(line, `unusable residential address "${line1}" (voter ${id})`);
    const city = this.upper(this.get(fields, 'city'));
    const zip = this.intern(zip5(this.get(fields, 'zip')));
    const key = householdKey(addr.houseNumber, addr.street, addr.unitKey, zip, city);
    const mark = this.opts.marks?.get(id);
    if (mark && (mark.reason !== 'MV' || mark.householdKey === key)) {
      this.suppressed.chapter++;
      return;
    }
    const precinct = this.intern(this.get(fields, 'precinct') || this.get(fields, 'precinctAlt'));
    let household = this.households.get(key);
    const birth = this.birth(fields);
    const voter: Voter = {
      id,
      lastName: this.intern(this.get(fields, 'lastName')),
      firstName: this.intern(this.get(fields, 'firstName')),
      middleName: this.intern(this.get(fields, 'middleName')),
      suffix: this.intern(this.get(fields, 'suffix')),
      birthDate: birth.date,
      birthYear: birth.year,
      age: birth.age,
      sex: sexCode(this.get(fields, 'sex')),
      party: this.upper(this.get(fields, 'party')),
      status: this.upper(status),
      houseNumber: this.intern(addr.houseNumber),
      street: addr.street,
      unit: this.intern(addr.unit),
      city,
      zip,
      precinct,
      county: countyRaw ? this.countyOf(countyRaw) : (this.opts.county?.name ?? ''),
      history: this.history(fields),
      householdKey: household?.key ?? key,
    };
    if (household) household.voterIds.push(id);
    else {
      household = {
        key,
        houseNumber: voter.houseNumber,
        street: voter.street,
        unit: voter.unit,
        city,
        zip,
        precinct,
        voterIds: [id],
      };
      this.households.set(key, household);
    }
    this.voters.push(voter);
  }

  suppressedTotal(): number {
    const s = this.suppressed;
    return s.confidential + s.exempt + s.status + s.chapter;
  }
}
