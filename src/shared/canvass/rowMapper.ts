/**
 * Turns parsed rows of a voter file into voters and households, one row at a time. Pure
 * (no I/O): the streaming importer feeds it, and tests can feed it arrays. Every row
 * ends up counted exactly once: kept, skipped (with its line and reason), suppressed,
 * outside the county filter, or a duplicate.
 *
 * Kept lean for million-row files: repeated low-variety strings (streets, cities, ZIPs,
 * parties, precincts, birth dates, history strips) are shared between voters, and
 * households are built as rows arrive. Names are kept as read: interning them cost more
 * time than the memory it saved.
 */
import { createAddressParser } from './address';
import { CountyColumn } from './countyColumn';
import { householdKey } from './household';
import { FIELDS, type Field, type Preset, type ResolvedColumns } from './presets';
import {
  markSuppresses,
  type ChapterMark,
  type CountyRef,
  type Household,
  type SkippedRow,
  type SuppressionCounts,
  type Voter,
} from './schema';
import { cell, parseBirth, parseDate, phoneOf, sexCode, type Birth } from './rowValues';
import { INTERN_LIMIT, StringPool } from './stringPool';

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
  /**
   * Keep only the voters this accepts (by voter ID); the others are counted in `notKept`
   * and go no further, so a reader that needs a few voters of a million (the GOTV count
   * room) neither maps nor holds the rest.
   */
  keep?: (voterId: string) => boolean;
}

const SUPPRESSING_STATUS = /DECEASED|\bDEAD\b|MOVED|REMOVED|DENIED|CANCEL|PURGE/;
const FLAG_TRUE = new Set(['Y', 'YES', 'TRUE', '1', 'T']);
const HAS_ALNUM = /[A-Z0-9]/;

/** Column index per field (-1: not in the file), as plain numbers for a fast hot path. */
type Columns = Record<Field, number>;

export class VoterRowMapper {
  readonly voters: Voter[] = [];
  readonly households = new Map<string, Household>();
  readonly skipped: SkippedRow[] = [];
  readonly suppressed: SuppressionCounts = { confidential: 0, exempt: 0, status: 0, chapter: 0 };
  /** County values seen in the file and how often (for "the file holds X" messages). */
  readonly countiesSeen: ReadonlyMap<string, number>;
  skippedCount = 0;
  rows = 0;
  duplicates = 0;
  outsideCounty = 0;
  notKept = 0;

  private readonly c: Columns;
  private readonly electionIndex: Int32Array;
  private readonly electionCode: readonly string[];
  private readonly expected: number;
  private readonly needed: number;
  private readonly ref: [number, number, number];
  private readonly parseAddress = createAddressParser();
  private readonly pool = new StringPool();
  private readonly counties: CountyColumn;
  private readonly histories = new Map<number, string>();
  private readonly births = new Map<string, Birth>();
  private readonly statusSuppress = new Map<string, boolean>();
  private readonly firstLine = new Map<string, number>();
  private readonly maxSkipped: number;

  constructor(private readonly opts: RowMapperOptions) {
    const ix = opts.columns.index;
    this.c = Object.fromEntries(FIELDS.map((f) => [f, ix[f] ?? -1])) as Columns;
    const elections = opts.columns.elections.slice(0, 255);
    this.electionIndex = Int32Array.from(elections.map((e) => e.index));
    this.electionCode = elections.map((e) => e.code);
    this.expected = opts.columns.expected;
    this.needed = Math.max(...Object.values(this.c), ...this.electionIndex) + 1;
    this.ref = parseDate(opts.referenceDate) ?? [new Date().getFullYear(), 1, 1];
    this.maxSkipped = opts.maxSkipped ?? 10_000;
    this.counties = new CountyColumn(opts.preset, opts.county);
    this.countiesSeen = this.counties.seen;
  }

  skip(line: number, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < this.maxSkipped) this.skipped.push({ line, reason });
  }

  /** Call once the last row is in: settles the per-county counts. */
  finish(): void {
    this.counties.finish();
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

  /** The latest four elections voted in, as a strip ('G24 P24 G22 G20'), shared by pattern. */
  private history(fields: readonly string[]): string {
    const idx = this.electionIndex;
    let key = 0;
    let n = 0;
    for (let k = 0; k < idx.length && n < 4; k++) {
      const v = fields[idx[k] ?? -1];
      if (v !== undefined && v !== '' && v.trim() !== '') {
        key = key * 256 + k + 1;
        n++;
      }
    }
    if (n === 0) return '';
    let strip = this.histories.get(key);
    if (strip === undefined) {
      const codes: string[] = [];
      for (let rest = key; rest > 0; rest = Math.floor(rest / 256))
        codes.unshift(this.electionCode[(rest % 256) - 1] ?? '');
      strip = codes.join(' ');
      this.histories.set(key, strip);
    }
    return strip;
  }

  /** Birth date ('' unless the file has one), year and age, left in bDate / bYear / bAge. */
  private bDate = '';
  private bYear: number | null = null;
  private bAge: number | null = null;

  private birth(fields: readonly string[]): void {
    const raw = cell(fields, this.c.birthDate);
    if (raw) {
      let b = this.births.get(raw);
      if (b === undefined) {
        b = parseBirth(raw, this.ref);
        if (this.births.size < INTERN_LIMIT) this.births.set(raw, b);
      }
      if (b.year !== null) {
        this.bDate = b.date;
        this.bYear = b.year;
        this.bAge = b.age;
        return;
      }
    }
    const ry = this.ref[0];
    const year = Number(cell(fields, this.c.birthYear));
    this.bDate = '';
    // Year only: age at the end of the reference year, as ncvoter's age_at_year_end.
    this.bYear = Number.isInteger(year) && year > 1850 && year <= ry ? year : null;
    this.bAge = this.bYear === null ? null : ry - this.bYear;
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
    const c = this.c;
    this.rows++;
    if (fields.length !== this.expected && !this.tolerable(fields)) {
      if (c.exempt >= 0 && FLAG_TRUE.has(cell(fields, c.exempt).toUpperCase())) {
        this.suppressed.exempt++;
        return;
      }
      this.skip(line, `expected ${this.expected} columns, found ${fields.length}`);
      return;
    }
    const countyRaw = cell(fields, c.county);
    if (c.county >= 0) {
      this.counties.count(countyRaw);
      if (!this.counties.inCounty(countyRaw)) {
        this.outsideCounty++;
        return;
      }
    }
    if (c.confidential >= 0 && FLAG_TRUE.has(cell(fields, c.confidential).toUpperCase())) {
      this.suppressed.confidential++;
      return;
    }
    if (c.exempt >= 0 && FLAG_TRUE.has(cell(fields, c.exempt).toUpperCase())) {
      this.suppressed.exempt++;
      return;
    }
    const status = cell(fields, c.status);
    const statusCode = cell(fields, c.statusCode);
    const statusReason = cell(fields, c.statusReason);
    if (
      (status || statusCode || statusReason) &&
      this.statusSuppressed(status, statusCode, statusReason)
    ) {
      this.suppressed.status++;
      return;
    }
    const id = cell(fields, c.voterId);
    if (!id) return this.skip(line, 'missing voter ID');
    if (this.opts.keep && !this.opts.keep(id)) {
      this.notKept++;
      return;
    }
    let line1 = cell(fields, c.address1);
    if (!line1 && c.streetName >= 0) {
      line1 = `${cell(fields, c.houseNumber)} ${cell(fields, c.streetName)}`.trim();
    }
    if (!line1) return this.skip(line, `missing residential address (voter ${id})`);
    const first = this.firstLine.get(id);
    if (first !== undefined) {
      this.duplicates++;
      return this.skip(line, `duplicate voter ID ${id} (first on line ${first})`);
    }
    this.firstLine.set(id, line);

    const addr = this.parseAddress(line1, cell(fields, c.address2));
    if (!HAS_ALNUM.test(addr.street))
      return this.skip(line, `unusable residential address "${line1}" (voter ${id})`);
    const city = this.pool.upper(cell(fields, c.city));
    const zip = this.pool.zip(cell(fields, c.zip));
    const key = householdKey(addr.houseNumber, addr.street, addr.unitKey, zip, city);
    const mark = this.opts.marks?.get(id);
    if (mark && markSuppresses(mark, key)) {
      this.suppressed.chapter++;
      return;
    }
    const precinct = this.pool.intern(cell(fields, c.precinct) || cell(fields, c.precinctAlt));
    let household = this.households.get(key);
    this.birth(fields);
    const voter: Voter = {
      id,
      lastName: cell(fields, c.lastName),
      firstName: cell(fields, c.firstName),
      middleName: cell(fields, c.middleName),
      suffix: cell(fields, c.suffix),
      birthDate: this.bDate,
      birthYear: this.bYear,
      age: this.bAge,
      sex: sexCode(cell(fields, c.sex)),
      party: this.pool.upper(cell(fields, c.party)),
      status: this.pool.upper(status),
      houseNumber: addr.houseNumber, // shared by the address parser's cache
      street: addr.street,
      unit: this.pool.intern(addr.unit),
      city,
      zip,
      precinct,
      county: countyRaw ? this.counties.nameOf(countyRaw) : (this.opts.county?.name ?? ''),
      history: this.history(fields),
      phone: c.phone < 0 ? '' : phoneOf(cell(fields, c.phone), cell(fields, c.phoneArea)),
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
