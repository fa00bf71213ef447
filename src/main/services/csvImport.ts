/**
 * What every CSV import of people shares (members, volunteers): reading the file with each
 * row's line number, guessing the column of each field from the headers, checking a mapping
 * against the file, and reading a county written as a name or a FIPS code. Each import
 * turns the rows into its own records and reports every row it cannot use by line.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors';
import { COUNTIES } from '../../shared/geo/counties';

interface Row {
  line: number;
  cells: string[];
}

function readCsv(csv: string): { headers: string[]; rows: Row[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `The file could not be read as CSV: ${(error as Error).message}`,
    );
  }
  const [head, ...body] = records;
  if (!head) throw new AppError('invalid-input', 'The file is empty.');
  return { headers: head.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

/** For each field, the first header its hint matches. */
export function suggestMapping<F extends string>(
  headers: readonly string[],
  hints: Readonly<Record<F, RegExp>>,
): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  for (const field of Object.keys(hints) as F[]) {
    const header = headers.find((h) => hints[field].test(h.trim()));
    if (header) mapping[field] = header;
  }
  return mapping;
}

/** A data row: its line in the file, and the trimmed text of a field's column ('' if unmapped). */
export interface MappedRow<F extends string> {
  line: number;
  cell: (field: F) => string;
}

/**
 * The file's headers, the mapping used (the one given, else one guessed from the headers)
 * and its data rows. A mapped column the file lacks is refused.
 */
export function readMappedCsv<F extends string>(
  csv: string,
  mapping: Partial<Record<F, string>> | undefined,
  hints: Readonly<Record<F, RegExp>>,
): { headers: string[]; mapping: Partial<Record<F, string>>; rows: MappedRow<F>[] } {
  const { headers, rows } = readCsv(csv);
  const map = mapping ?? suggestMapping(headers, hints);
  for (const [field, header] of Object.entries<string | undefined>(map)) {
    if (header && !headers.includes(header)) {
      throw new AppError('invalid-input', `Column "${header}" for ${field} is not in the file.`);
    }
  }
  const column = (field: F) => {
    const header = map[field];
    return header ? headers.indexOf(header) : -1;
  };
  return {
    headers,
    mapping: map,
    rows: rows.map(({ line, cells }) => ({
      line,
      cell: (field: F) => {
        const i = column(field);
        return i >= 0 ? (cells[i] ?? '').trim() : '';
      },
    })),
  };
}

/** Accepts a FIPS code or a county name in the chapter's state ("Franklin", "Franklin County"). */
export function resolveCounty(value: string, state: string | undefined): string | Error {
  if (/^\d{5}$/.test(value)) return value;
  const q = value.toLowerCase().replace(/\s+county$/, '');
  const match = COUNTIES.filter(
    (c) =>
      (!state || c.state === state) &&
      (c.name.toLowerCase() === q || c.name.toLowerCase() === `${q} county`),
  );
  if (match.length === 1 && match[0]) return match[0].fips;
  return new Error(`unknown county "${value}"${state ? ` in ${state}` : ''}`);
}

/** A date written as 2026-10-05 or 10/5/2026, as YYYY-MM-DD; '' stays ''. */
export function readCsvDate(value: string, what: string): string | Error {
  if (!value || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`;
  return new Error(`${what} "${value}" is not a date like 2024-03-01 or 3/1/2024`);
}
