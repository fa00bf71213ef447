/**
 * Streaming voter-file importer. Reads a county file of a million rows (or a statewide
 * file filtered to one county) without loading it whole: it sniffs the first 256 KB
 * (text or not, encoding, delimiter, quoting, layout/preset, header), then streams the
 * file through LineGuard (encoding, progress) → csv-parse → VoterRowMapper (voters and
 * households as rows arrive); see pass.ts for how damaged quotes are handled.
 *
 * Never throws for bad data: an unusable file (missing, empty, binary, unknown layout, a
 * first line longer than the sample or wider than MAX_COLUMNS…) gives `{ ok: false, error }`
 * with a message for the person importing; bad rows (an unterminated quote, a line over
 * the line limit, a wrong column count…) are skipped and listed with their 1-based line
 * number and reason; cancelling via the AbortSignal gives
 * `{ ok: false, error: { code: 'cancelled' } }`.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  FLORIDA_COUNTIES,
  ohioCountyByNumber,
  resolveCounty,
} from '../../../shared/canvass/counties';
import {
  detectPreset,
  PRESETS,
  resolveColumns,
  type Preset,
} from '../../../shared/canvass/presets';
import type {
  ChapterMark,
  CountyRef,
  Household,
  ImportError,
  ImportProgress,
  ImportSummary,
  PresetChoice,
  Voter,
} from '../../../shared/canvass/schema';
import { runPass, type PassSpec } from './pass';
import { readHead, sniffHead, type Delimiter } from './sniff';

export interface ImportOptions {
  path: string;
  preset?: PresetChoice;
  /** County name, 5-digit FIPS, 3-digit county FIPS, or Florida's code ('ALA'). */
  county?: string | null;
  encoding?: 'auto' | 'utf-8' | 'latin1';
  delimiter?: 'auto' | Delimiter;
  hasHeader?: boolean | 'auto';
  /** Chapter marks (Deceased / Moved / Do Not Walk) to suppress. */
  marks?: readonly Pick<ChapterMark, 'voterId' | 'reason' | 'householdKey'>[];
  /** 'YYYY-MM-DD' (or ISO) of the file; default: the file's modification time. */
  fileDate?: string;
  /** Ages are computed on this date ('YYYY-MM-DD'); default: the file's date. */
  referenceDate?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Refuse lists larger than this (default 3,000,000 voters: pick a county instead). */
  maxVoters?: number;
  /** How many skipped rows to list in the summary (all are counted). */
  maxSkipped?: number;
  /** Keep only the voters this accepts (see RowMapperOptions.keep). */
  keep?: (voterId: string) => boolean;
  /** Longest line read, in bytes; longer lines are skipped (default 1 MiB). */
  maxLineBytes?: number;
  now?: () => Date;
}

export type ImportResult =
  | { ok: true; voters: Voter[]; households: Household[]; summary: ImportSummary }
  | { ok: false; error: ImportError };

/** The sample read to learn the layout; the header row must fit in it. */
export const HEAD_BYTES = 256 * 1024;
/** More columns than any voter file has (Ohio's, with its election history, has ~100). */
export const MAX_COLUMNS = 2000;

const fail = (code: ImportError['code'], message: string): ImportResult => ({
  ok: false,
  error: { code, message },
});

/** The local calendar date (a file saved on the evening of the 5th is dated the 5th). */
function isoDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Layout {
  preset: Preset;
  header: string[] | null;
  warnings: string[];
}

function chooseLayout(opts: ImportOptions, firstRow: string[]): Layout | ImportResult {
  const floridaCodes = new Set(FLORIDA_COUNTIES.map((c) => c.code));
  const choice = opts.preset ?? 'auto';
  const warnings: string[] = [];
  let preset: Preset;
  let header: boolean;
  if (choice === 'auto') {
    const found = detectPreset(firstRow, floridaCodes);
    if (!found) {
      return fail(
        'unknown-layout',
        'The file\'s layout was not recognised: choose a preset, or give it a header row with at least a voter ID column ("voter_id") and an address column ("address").',
      );
    }
    preset = PRESETS[found.preset];
    header = found.header;
  } else {
    preset = PRESETS[choice];
    const detected = detectPreset(firstRow, floridaCodes);
    header = detected?.preset === choice ? detected.header : preset.header !== false;
    if (
      preset.header === true &&
      !(detected?.preset === choice) &&
      preset.columns &&
      choice !== 'north-carolina'
    ) {
      header = false;
      warnings.push(
        `No ${preset.label} header row found: columns were read in the official order.`,
      );
    }
  }
  if (opts.hasHeader !== undefined && opts.hasHeader !== 'auto') header = opts.hasHeader;
  return { preset, header: header ? firstRow : null, warnings };
}

export async function importVoterFile(opts: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const now = opts.now ?? (() => new Date());
  let size: number;
  let mtime: Date;
  try {
    const st = await stat(opts.path);
    if (!st.isFile()) return fail('unreadable', `${opts.path} is not a file.`);
    size = st.size;
    mtime = st.mtime;
  } catch (error) {
    return fail('unreadable', `The file could not be opened: ${(error as Error).message}`);
  }
  if (size === 0) return fail('empty', 'The file is empty.');
  if (opts.signal?.aborted) return fail('cancelled', 'The import was cancelled.');

  let head: Buffer;
  try {
    head = await readHead(opts.path, HEAD_BYTES);
  } catch (error) {
    return fail('unreadable', `The file could not be read: ${(error as Error).message}`);
  }
  const encodingChoice = opts.encoding ?? 'auto';
  const sample = sniffHead(head, size, {
    encoding: encodingChoice === 'auto' ? undefined : encodingChoice,
    delimiter:
      opts.delimiter && opts.delimiter !== 'auto'
        ? opts.delimiter
        : opts.preset && opts.preset !== 'auto'
          ? PRESETS[opts.preset].delimiter
          : null,
  });
  if ('notText' in sample) return fail('binary', sample.notText);
  const { complete, sniffed: headEncoding, delimiter, quoted, firstRow } = sample;
  // The first non-blank line: the header, when there is one.
  const rawLines = sample.text.replace(/^\uFEFF/, '').split('\n');
  const firstLineNumber = rawLines.findIndex((l) => l.trim() !== '') + 1;
  if (firstRow === undefined) {
    if (complete || firstLineNumber === 0)
      return fail('empty', 'The file has no rows (only blank lines).');
    return firstLineTooLong(rawLines[firstLineNumber - 1] ?? '', firstLineNumber);
  }

  if (firstRow.length > MAX_COLUMNS) return tooManyColumns(firstRow.length, firstLineNumber);
  const layout = chooseLayout(opts, firstRow);
  if ('ok' in layout) return layout;
  const { preset, header, warnings } = layout;
  const resolved = resolveColumns(preset, header);
  if (!resolved.ok) {
    return fail(
      'unknown-layout',
      `The file has no ${resolved.missing.join(' and no ')} column (${preset.label}).`,
    );
  }

  let county: CountyRef | null = null;
  if (opts.county?.trim()) {
    const q = opts.county.trim();
    county = resolveCounty(preset.state, q);
    if (!county && preset.id === 'generic')
      county = { state: '', name: q, fips: /^\d{5}$/.test(q) ? q : '' };
    if (!county) {
      return fail(
        'unknown-county',
        `"${q}" is not a county${preset.state ? ` in ${preset.state}` : ''}: give its name or FIPS code.`,
      );
    }
    if (resolved.columns.index.county === undefined) {
      warnings.push(
        `The file has no county column, so the ${county.name} filter could not be applied.`,
      );
    }
  }

  if (opts.fileDate && !/^\d{4}-\d{2}-\d{2}/.test(opts.fileDate)) {
    return fail('failed', `"${opts.fileDate}" is not a date (YYYY-MM-DD).`);
  }
  const fileDate = opts.fileDate ? opts.fileDate.slice(0, 10) : isoDate(mtime);

  const spec: PassSpec = {
    path: opts.path,
    size,
    encoding:
      encodingChoice === 'auto' ? (headEncoding === 'latin1' ? 'latin1' : 'auto') : encodingChoice,
    delimiter,
    quoted,
    checkQuotes: false,
    headerLine: header !== null ? firstLineNumber : null,
    maxLineBytes: opts.maxLineBytes,
    mapper: {
      preset,
      columns: resolved.columns,
      county,
      referenceDate: opts.referenceDate ?? fileDate,
      marks: new Map((opts.marks ?? []).map((m) => [m.voterId, m])),
      maxSkipped: opts.maxSkipped,
      keep: opts.keep,
    },
    maxVoters: opts.maxVoters ?? 3_000_000,
    signal: opts.signal,
    onProgress: opts.onProgress,
  };
  let pass = await runPass(spec);
  if (pass.ok && !pass.clean && quoted) {
    // A damaged quote ran a record over a line end: read again, line by line.
    pass = await runPass({ ...spec, checkQuotes: true });
    if (pass.ok)
      warnings.push(
        'Some lines have unbalanced quotes; the file was read a second time to keep every other line.',
      );
  }
  if (!pass.ok) return pass;
  if (pass.headerProblem)
    warnings.push(
      `The header row (line ${firstLineNumber}): ${pass.headerProblem}; its column names were taken as written.`,
    );
  if (!pass.clean)
    warnings.push(
      'Some rows could not be parsed; line numbers after the first of them may be off by a line.',
    );
  const { mapper } = pass;
  if (pass.latin1From !== null) {
    warnings.push(
      `Text from line ${pass.latin1From} on is not valid UTF-8 and was read as Latin-1 (ISO-8859-1).`,
    );
  }
  // Voters read but not asked for (`keep`) are there: the file is not empty of them.
  const read = mapper.voters.length + mapper.notKept;
  if (county && read === 0 && mapper.outsideCounty > 0) {
    const held = [...mapper.countiesSeen.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([raw, n]) => `${countyLabel(preset, raw)} (${n.toLocaleString('en-US')} rows)`);
    return fail(
      'no-voters',
      `No voters in ${county.name} County in this file; it holds ${held.join(', ')}.`,
    );
  }
  if (read === 0) {
    const why = mapper.skippedCount
      ? `all ${mapper.skippedCount.toLocaleString('en-US')} rows were skipped (first: line ${mapper.skipped[0]?.line ?? '?'}, ${mapper.skipped[0]?.reason ?? ''})`
      : mapper.suppressedTotal()
        ? 'every voter in it is suppressed (confidential, exempt, removed or marked by the chapter)'
        : 'it has no data rows';
    return {
      ok: false,
      error: {
        code: 'no-voters',
        message: `No voters were imported: ${why}.`,
        skipped: mapper.skipped.slice(0, 100),
      },
    };
  }
  if (!county && mapper.countiesSeen.size === 1) {
    const raw = [...mapper.countiesSeen.keys()][0] ?? '';
    county = countyRef(preset, raw);
  }

  const households = [...mapper.households.values()];
  const summary: ImportSummary = {
    file: basename(opts.path),
    fileSize: size,
    fileDate,
    importedAt: now().toISOString(),
    preset: preset.id,
    delimiter,
    encoding: pass.latin1 ? 'latin1' : 'utf-8',
    hasHeader: header !== null,
    county,
    rows: mapper.rows,
    voters: mapper.voters.length,
    households: households.length,
    duplicates: mapper.duplicates,
    outsideCounty: mapper.outsideCounty,
    suppressed: mapper.suppressed,
    skippedCount: mapper.skippedCount,
    skipped: mapper.skipped,
    elections: [...new Set(resolved.columns.elections.map((e) => e.code))],
    warnings,
    ms: Date.now() - started,
  };
  return { ok: true, voters: mapper.voters, households, summary };
}

const plural = (n: number): string => n.toLocaleString('en-US');

function tooManyColumns(columns: number, line: number, atLeast = false): ImportResult {
  return fail(
    'unknown-layout',
    `Line ${line}, the first row, has ${atLeast ? 'at least ' : ''}${plural(columns)} columns; a voter file has at most ${plural(MAX_COLUMNS)}. Check that this is a voter file and that its delimiter is right.`,
  );
}

/**
 * The first row does not end within the sample: too wide a header (counted by the most
 * frequent delimiter), or one enormous line (a file without line breaks, or not text).
 */
function firstLineTooLong(partial: string, line: number): ImportResult {
  const widest = Math.max(...[',', '\t', '|', ';'].map((d) => partial.split(d).length));
  if (widest > MAX_COLUMNS) return tooManyColumns(widest, line, true);
  return fail(
    'unknown-layout',
    `Line ${line} is longer than ${HEAD_BYTES / 1024} KB without a line break, so it cannot be a header or a voter row: this is not a voter file, or its line breaks are missing.`,
  );
}

/** The county a voter row's county value names, read as the preset writes it. */
export function countyRef(preset: Preset, raw: string): CountyRef | null {
  if (preset.countyKind === 'ohio-number') return ohioCountyByNumber(Number(raw)) ?? null;
  return resolveCounty(preset.state, raw);
}

function countyLabel(preset: Preset, raw: string): string {
  return countyRef(preset, raw)?.name ?? (raw || '(blank)');
}
