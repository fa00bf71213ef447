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
import { createAddressParser, zip5 } from './address';
import {
  countyNameKey,
  floridaCountyByCode,
  ohioCountyByNumber,
  ohioCountyNumber,
  resolveCounty,
} from './counties';
import { householdKey } from './household';
import { FIELDS, type Field, type Preset, type ResolvedColumns } from './presets';
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

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const num = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digit(s, i);
  return n;
};

/** 'YYYY-MM-DD', 'MM/DD/YYYY' (1- or 2-digit month and day) or 'YYYYMMDD' → [y, m, d]. */
function parseDate(s: string): [number, number, number] | null {
  let y: number;
  let m: number;
  let d: number;
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    y = num(s, 0, 4);
    m = num(s, 5, 7);
    d = num(s, 8, 10);
  } else if (s.length === 8 && !s.includes('/')) {
    y = num(s, 0, 4);
    m = num(s, 4, 6);
    d = num(s, 6, 8);
  } else {
    const match =
      /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
    if (!match) return null;
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [y, m, d] = (match[1]?.length ?? 0) === 4 ? [a, b, c] : [c, a, b];
  }
  return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : null;
}

interface Birth {
  date: string;
  year: number | null;
  age: number | null;
}

/** Column index per field (-1: not in the file), as plain numbers for a fast hot path. */
type Columns = Record<Field, number>;

function cell(fields: readonly string[], i: number): string {
  if (i < 0) return '';
  const v = fields[i];
  return v === undefined ? '' : v.trim();
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

  private readonly c: Columns;
  private readonly electionIndex: Int32Array;
  private readonly electionCode: readonly string[];
  private readonly expected: number;
  private readonly needed: number;
  private readonly ref: [number, number, number];
  private readonly parseAddress = createAddressParser();
  private readonly strings = new Map<string, string>();
  private readonly uppers = new Map<string, string>();
  private readonly histories = new Map<number, string>();
  private readonly births = new Map<string, Birth>();
  private readonly zips = new Map<string, string>();
  private readonly countyMatch = new Map<string, boolean>();
  private readonly countyName = new Map<string, string>();
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
  }

  skip(line: number, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < this.maxSkipped) this.skipped.push({ line, reason });
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
        b = this.parseBirth(raw);
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

  /** A birth date as read → ISO date, year and age on the reference date (cached by text). */
  private parseBirth(raw: string): Birth {
    const d = parseDate(raw);
    if (!d) return { date: '', year: null, age: null };
    const [ry, rm, rd] = this.ref;
    const [y, m, day] = d;
    const age = ry - y - (rm < m || (rm === m && rd < day) ? 1 : 0);
    const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date, year: y, age: age >= 0 && age < 130 ? age : null };
  }

  /** ZIP5 of a ZIP as read, cached by text. */
  private zip(raw: string): string {
    let z = this.zips.get(raw);
    if (z === undefined) {
      z = this.intern(zip5(raw));
      if (this.zips.size < INTERN_LIMIT) this.zips.set(raw, z);
    }
    return z;
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
      if (countyRaw === this.lastCounty) this.lastCountyRows++;
      else this.countCounty(countyRaw);
      if (!this.inCounty(countyRaw)) {
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
    const city = this.upper(cell(fields, c.city));
    const zip = this.zip(cell(fields, c.zip));
    const key = householdKey(addr.houseNumber, addr.street, addr.unitKey, zip, city);
    const mark = this.opts.marks?.get(id);
    if (mark && (mark.reason !== 'MV' || mark.householdKey === key)) {
      this.suppressed.chapter++;
      return;
    }
    const precinct = this.intern(cell(fields, c.precinct) || cell(fields, c.precinctAlt));
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
      party: this.upper(cell(fields, c.party)),
      status: this.upper(status),
      houseNumber: addr.houseNumber, // shared by the address parser's cache
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
