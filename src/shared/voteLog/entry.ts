/**
 * What a teller types for one paper ballot, turned into marks. Candidates are keyed by
 * their number on the list or their initials; ranks are separated by spaces.
 *   "2 1 3"   ranks 1–3     "-" a skipped rank     "2/3" two names at one rank (overvote)
 *   "w:Name"  a write-in    "blank" a ballot with no marks at all
 */
import type { BallotMarks } from './events';

export interface CandidateKey {
  number: number;
  name: string;
  initials: string | null;
}

function initialsOf(name: string): string {
  return name
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Numbers always work; initials only where no two candidates share them. */
export function candidateKeys(candidates: readonly string[]): CandidateKey[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(initialsOf(c), (counts.get(initialsOf(c)) ?? 0) + 1);
  return candidates.map((name, i) => {
    const initials = initialsOf(name);
    return {
      number: i + 1,
      name,
      initials: counts.get(initials) === 1 && !/^\d/.test(initials) ? initials : null,
    };
  });
}

type Parsed = { ok: true; marks: BallotMarks } | { ok: false; error: string };

function resolveOne(token: string, keys: CandidateKey[], allowWriteIns: boolean): string | Error {
  if (/^w:/i.test(token)) {
    const name = token.slice(2).replace(/_/g, ' ').trim();
    if (!allowWriteIns) return new Error('Write-ins are not allowed in this vote');
    return name ? name : new Error('A write-in needs a name, like w:Jane_Doe');
  }
  if (/^\d+$/.test(token)) {
    const key = keys.find((k) => k.number === Number(token));
    return key ? key.name : new Error(`There is no candidate number ${token}`);
  }
  const key = keys.find((k) => k.initials === token.toUpperCase());
  return key ? key.name : new Error(`"${token}" is not a candidate number or initials`);
}

export function parseBallotEntry(
  text: string,
  candidates: readonly string[],
  method: 'plurality' | 'majority' | 'irv' | 'stv' | 'approval',
  allowWriteIns: boolean,
): Parsed {
  const trimmed = text.trim();
  if (!trimmed)
    return { ok: false, error: 'Type the marks on the ballot, or "blank" for an empty ballot' };
  const keys = candidateKeys(candidates);
  const approval = method === 'approval';
  if (/^blank$/i.test(trimmed)) {
    return {
      ok: true,
      marks: approval ? { kind: 'approve', approve: [] } : { kind: 'ranking', ranking: [] },
    };
  }
  const tokens = trimmed.split(/[\s,]+/);
  if (approval) {
    const approve: string[] = [];
    for (const token of tokens) {
      const name = resolveOne(token, keys, allowWriteIns);
      if (name instanceof Error) return { ok: false, error: name.message };
      if (!approve.includes(name)) approve.push(name);
    }
    return { ok: true, marks: { kind: 'approve', approve } };
  }
  const ranking: (string | null | (string | null)[])[] = [];
  for (const token of tokens) {
    if (token === '-' || token === '0') {
      ranking.push(null);
      continue;
    }
    const parts = token.split(/[/+]/).filter(Boolean);
    const names: string[] = [];
    for (const part of parts) {
      const name = resolveOne(part, keys, allowWriteIns);
      if (name instanceof Error) return { ok: false, error: name.message };
      names.push(name);
    }
    ranking.push(names.length === 1 ? (names[0] ?? null) : names);
  }
  while (ranking.length > 0 && ranking[ranking.length - 1] === null) ranking.pop();
  return { ok: true, marks: { kind: 'ranking', ranking } };
}

/** The marks as a teller would read them back: "1. Ada  2. (skipped)  3. Bo / Cy". */
export function describeMarks(marks: BallotMarks): string {
  if (marks.kind === 'approve')
    return marks.approve.length ? `Approves ${marks.approve.join(', ')}` : 'Blank ballot';
  if (marks.ranking.length === 0) return 'Blank ballot';
  return marks.ranking
    .map((entry, i) => {
      const text =
        entry === null
          ? '(skipped)'
          : Array.isArray(entry)
            ? entry.map((e) => e ?? '—').join(' / ')
            : entry;
      return `${i + 1}. ${text}`;
    })
    .join('  ');
}

/** Approval marks are a set (order of typing does not matter); ranks are an ordered list. */
export function sameMarks(a: BallotMarks, b: BallotMarks): boolean {
  if (a.kind === 'approve' && b.kind === 'approve') {
    return JSON.stringify([...a.approve].sort()) === JSON.stringify([...b.approve].sort());
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
