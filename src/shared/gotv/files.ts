/**
 * Reading the files a count room has on election day, one record at a time:
 * - an **IDs file**: a header with at least `voter_id` and `support` (1–5 or blank), and
 *   optionally `code` (a canvass result code such as MV) and `at` (when it was recorded) —
 *   the layout of the app's canvass results export;
 * - a **voted file**: the absentee / early-vote lists states publish. North Carolina's
 *   absentee file (`ncid`; a row counts when `ballot_rtn_status` is ACCEPTED), Ohio's lists
 *   (`SOS_VOTERID`; when a return-date column is present, a row counts once it is filled),
 *   Florida's files (a `voter_id` header, or the headerless extract: county code, voter ID,
 *   and — in the voter-history layout — election date, type and a history code, where A, E
 *   and Y are votes), or any CSV with a chosen ID column (`voter_id` by default).
 * Pure: the caller feeds records with their line numbers; errors name the line.
 */
import { z } from 'zod';
import { csvCellText } from '../canvass/export';
import { RESULT_CODES } from '../canvass/results';
import type { VoterAnswer } from './universe';

export class GotvFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'GotvFileError';
  }
}

const norm = (s: string): string => s.trim().toLowerCase();

function columnOf(header: readonly string[], names: readonly string[]): number {
  const cells = header.map(norm);
  for (const name of names) {
    const i = cells.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

const CODES: ReadonlySet<string> = new Set(RESULT_CODES);
/** Built once: an IDs file has a row per answer, 200,000 on a big campaign. */
const AT_SCHEMA = z.iso.datetime({ offset: true }).or(z.iso.date());

/** Reads an IDs file's records into answers (header first). */
export class IdsReader {
  private columns: { id: number; support: number; code: number; at: number } | null = null;
  constructor(private readonly onAnswer: (answer: VoterAnswer) => void) {}

  record(cells: readonly string[], line: number): void {
    if (!this.columns) {
      const id = columnOf(cells, ['voter_id']);
      const support = columnOf(cells, ['support']);
      if (id < 0 || support < 0)
        throw new GotvFileError('the header must name a "voter_id" and a "support" column', line);
      this.columns = { id, support, code: columnOf(cells, ['code']), at: columnOf(cells, ['at']) };
      return;
    }
    const c = this.columns;
    const voterId = csvCellText((cells[c.id] ?? '').trim());
    if (!voterId) throw new GotvFileError('no voter ID', line);
    const supportText = (cells[c.support] ?? '').trim();
    if (supportText !== '' && !/^[1-5]$/.test(supportText))
      throw new GotvFileError(`support must be 1 to 5 or blank, not "${supportText}"`, line);
    const codeText = c.code >= 0 ? (cells[c.code] ?? '').trim().toUpperCase() : '';
    if (codeText !== '' && !CODES.has(codeText))
      throw new GotvFileError(`unknown result code "${codeText}"`, line);
    const at = c.at >= 0 ? (cells[c.at] ?? '').trim() : '';
    if (at !== '' && !AT_SCHEMA.safeParse(at).success)
      throw new GotvFileError(`"at" must be a date or date-time (ISO 8601), not "${at}"`, line);
    this.onAnswer({
      voterId,
      support: supportText === '' ? null : Number(supportText),
      code: codeText === '' ? null : codeText,
      at,
    });
  }
}

export const VOTED_PRESETS = ['auto', 'ohio', 'north-carolina', 'florida', 'generic'] as const;
export const VotedPresetSchema = z.enum(VOTED_PRESETS);
export type VotedPreset = z.infer<typeof VotedPresetSchema>;

interface VotedLayout {
  name: string;
  header: boolean;
  id: number;
  /** Whether a row records a ballot cast (a request not yet returned does not). */
  voted: (cells: readonly string[]) => boolean;
}

const FLORIDA_VOTED_HISTORY: ReadonlySet<string> = new Set(['A', 'E', 'Y']);
const FLORIDA_HISTORY_CODES: ReadonlySet<string> = new Set(['A', 'B', 'E', 'N', 'P', 'Y']);

function isFloridaExtract(cells: readonly string[]): boolean {
  return (
    cells.length >= 2 && /^[A-Z]{3}$/.test(cells[0] ?? '') && /^\d{1,12}$/.test(cells[1] ?? '')
  );
}

function headerLayout(name: string, header: readonly string[], id: number): VotedLayout {
  const status = columnOf(header, ['ballot_rtn_status']);
  if (status >= 0)
    return { name, header: true, id, voted: (c) => norm(c[status] ?? '').startsWith('accepted') };
  const returned = header.findIndex((h) => /return(ed)?_?(date|dt)|date_?return/i.test(h));
  if (returned >= 0)
    return { name, header: true, id, voted: (c) => (c[returned] ?? '').trim() !== '' };
  return { name, header: true, id, voted: () => true };
}

/** The layout of a voted file from its first record; throws when it is not one we read. */
export function votedLayoutOf(
  first: readonly string[],
  preset: VotedPreset,
  idColumn = 'voter_id',
): VotedLayout {
  const byHeader: Record<Exclude<VotedPreset, 'auto'>, readonly string[]> = {
    ohio: ['sos_voterid'],
    'north-carolina': ['ncid'],
    florida: ['voter_id'],
    generic: [norm(idColumn)],
  };
  const tried =
    preset === 'auto' ? (['north-carolina', 'ohio', 'florida', 'generic'] as const) : [preset];
  for (const p of tried) {
    const id = columnOf(first, byHeader[p]);
    if (id >= 0) return headerLayout(p, first, id);
  }
  if ((preset === 'auto' || preset === 'florida') && isFloridaExtract(first)) {
    const history = first.length === 5 && FLORIDA_HISTORY_CODES.has(first[4] ?? '');
    return {
      name: 'florida',
      header: false,
      id: 1,
      voted: history ? (c) => FLORIDA_VOTED_HISTORY.has((c[4] ?? '').trim()) : () => true,
    };
  }
  const wanted = [...new Set(tried.map((p) => byHeader[p][0]))].join('" or "');
  throw new GotvFileError(`no voter ID column: the header should name "${wanted}"`, 1);
}

/** Reads a voted file's records: each voter ID whose row records a ballot cast. */
export class VotedReader {
  private layout: VotedLayout | null = null;
  rows = 0;

  constructor(
    private readonly preset: VotedPreset,
    private readonly onVoted: (voterId: string) => void,
    private readonly idColumn?: string,
  ) {}

  get layoutName(): string | null {
    return this.layout?.name ?? null;
  }

  record(cells: readonly string[], line: number): void {
    if (!this.layout) {
      this.layout = votedLayoutOf(cells, this.preset, this.idColumn);
      if (this.layout.header) return;
    }
    this.rows++;
    const id = (cells[this.layout.id] ?? '').trim();
    if (!id) throw new GotvFileError('no voter ID', line);
    if (this.layout.voted(cells)) this.onVoted(id);
  }
}
