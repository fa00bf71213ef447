import { terminalSafe } from '../terminalText';
import { formatUnits, groupDigits, toUnits } from './decimal';
import type { RecountResult } from './ballotFile';
import type { ElectionResult, ExhaustedByReason, Round } from './result';
import type { MotionResult } from './motion';
import { quotaPhrase } from './quota';
import { ruleLines } from './ruleText';

/**
 * The recount as plain text: what `npm run recount` prints without --json, and what a
 * printout can show. One block per round (a wide table breaks on long names and many
 * rounds); every number in it is in the JSON output too. Names, the title and every other
 * text from the file are shown with control characters, line breaks and bidi overrides as
 * visible escapes (terminalSafe), so a ballot file cannot rewrite the terminal or fake a
 * line of the report; the JSON output holds them exactly.
 */

const METHOD_NAME: Record<ElectionResult['method'], string> = {
  plurality: 'Plurality',
  majority: 'Majority (one ballot)',
  irv: 'Instant runoff',
  stv: 'Single transferable vote',
  approval: 'Approval',
};

const REASON_NAME: Record<keyof ExhaustedByReason, string> = {
  noMoreChoices: 'no more choices',
  overvote: 'overvote',
  skipped: 'skipped ranks',
  duplicate: 'duplicate',
};

export function formatRecountText(result: RecountResult): string {
  const lines: string[] = [];
  if (result.title) lines.push(result.title);
  if (result.chapter) lines.push(result.chapter);
  if (result.kind === 'motion') formatMotion(result, lines);
  else formatElection(result, lines);
  lines.push('', result.summary);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  // Each entry is one line: anything in it that would break the line or move the cursor is
  // escaped (names were already escaped where they are padded, and escaping is idempotent).
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function formatMotion(result: MotionResult, lines: string[]): void {
  lines.push(`Motion · ${result.threshold} · ${result.vote}`);
  if (result.counts) {
    const rows: [string, number][] = [
      ['yes', result.counts.yes],
      ['no', result.counts.no],
      ['abstain', result.counts.abstain],
    ];
    lines.push('');
    for (const [label, n] of rows) lines.push(`  ${label.padEnd(8)} ${groupDigits(n).padStart(8)}`);
    lines.push(`  ${'needed'.padEnd(8)} ${groupDigits(result.needed ?? 0).padStart(8)}  (yes)`);
  }
  const frozen = [
    result.present === null ? '' : `present ${groupDigits(result.present)}`,
    result.members === null ? '' : `members ${groupDigits(result.members)}`,
    result.quorum === null
      ? ''
      : `quorum ${groupDigits(result.quorum)} (${result.quorumMet ? 'met' : 'NOT met'})`,
  ].filter(Boolean);
  if (frozen.length) lines.push(`  ${frozen.join(' · ')}`);
  lines.push('', `Outcome: ${result.outcome}`);
}

function formatElection(result: ElectionResult, lines: string[]): void {
  const stv = result.method === 'stv';
  // Whole votes, except STV's four decimals and a bottoms-up percentage threshold's two.
  const fmt = (v: number): string =>
    stv
      ? formatUnits(Math.round(toUnits(v)))
      : Number.isInteger(v)
        ? groupDigits(v)
        : hundredths(v);
  const b = result.ballots;
  lines.push(
    `${METHOD_NAME[result.method]} · ${result.seats} ${result.seats === 1 ? 'seat' : 'seats'}` +
      (result.quota === undefined ? '' : ` · ${quotaPhrase(result.rules.quota, result.quota)}`),
    `Ballots: ${groupDigits(b.total)} (${groupDigits(b.valid)} valid, ${groupDigits(b.undervotes)} blank)`,
    'Rules:',
    ...ruleLines(result).map((line) => `  ${line}`),
  );
  if (result.writeIns.length) lines.push(`Write-ins: ${result.writeIns.join(', ')}`);
  if (result.drawnOrder)
    lines.push(`Drawn order (most favoured first): ${result.drawnOrder.join(', ')}`);
  // One column width for every round, so the rounds line up under each other.
  const widths = {
    name: Math.max(10, ...result.candidates.map((n) => terminalSafe(n).length)),
    votes: Math.max(
      1,
      ...result.rounds.flatMap((r) => Object.values(r.tallies).map((v) => fmt(v).length)),
    ),
  };
  for (const round of result.rounds) formatRound(round, result, fmt, widths, lines);
  lines.push(
    '',
    `Outcome: ${result.outcome}` + (result.winners.length ? ` — ${result.winners.join(', ')}` : ''),
  );
}

function formatRound(
  round: Round,
  result: ElectionResult,
  fmt: (v: number) => string,
  widths: { name: number; votes: number },
  lines: string[],
): void {
  const approval = result.method === 'approval';
  const head = [
    round.threshold === null ? '' : `threshold ${fmt(round.threshold)}`,
    approval ? `${fmt(round.active)} approvals` : `active ${fmt(round.active)}`,
    approval ? '' : `exhausted ${fmt(round.exhausted)}${reasons(round.exhaustedBy, fmt)}`,
    round.residue === undefined ? '' : `residue ${fmt(round.residue)}`,
  ].filter(Boolean);
  const pass = round.pass === undefined ? '' : ` (count for seat ${round.pass})`;
  lines.push('', `Round ${round.round}${pass}   ${head.join(' · ')}`);
  const entries = Object.entries(round.tallies);
  const order = new Map(result.candidates.map((n, i) => [n, i]));
  entries.sort((x, y) => y[1] - x[1] || (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0));
  for (const [name, votes] of entries) {
    const pct =
      round.active > 0 && !approval ? `${((100 * votes) / round.active).toFixed(1)}%` : '';
    const mark = round.elected.includes(name)
      ? 'elected'
      : round.eliminated.includes(name)
        ? 'eliminated'
        : '';
    lines.push(
      `  ${terminalSafe(name).padEnd(widths.name)}  ${fmt(votes).padStart(widths.votes)}  ${pct.padStart(6)}  ${mark}`.trimEnd(),
    );
  }
  const t = round.transfer;
  if (t) {
    const parts = Object.entries(t.to)
      .filter(([, v]) => v !== 0)
      .map(([n, v]) => `${n} +${fmt(v)}`);
    parts.push(`exhausted +${fmt(t.exhausted)}`);
    if (t.residue !== undefined) parts.push(`residue +${fmt(t.residue)}`);
    const tv = (v: number): string => formatUnits(Math.round(toUnits(v)));
    const what =
      t.kind === 'elimination'
        ? `ballots of ${t.from.join(', ')}${t.batch ? ' (eliminated together)' : ''}`
        : t.transferValues
          ? `surpluses ${fmt(t.surplus ?? 0)} of ${Object.entries(t.transferValues)
              .map(([n, v]) => `${n} (transfer value ${tv(v)})`)
              .join(', ')}, together`
          : `surplus ${fmt(t.surplus ?? 0)} of ${t.from.join(', ')} at transfer value ${tv(t.transferValue ?? 0)}`;
    lines.push(`  → ${what}: ${parts.join(', ')}`);
  }
  for (const tie of round.ties) {
    lines.push(`  tie (${tie.purpose}) ${tie.tied.join(', ')}: ${tie.decidedBy} — ${tie.detail}`);
  }
}

function reasons(by: ExhaustedByReason, fmt: (v: number) => string): string {
  const parts = (Object.keys(REASON_NAME) as (keyof ExhaustedByReason)[])
    .filter((k) => by[k] !== 0)
    .map((k) => `${REASON_NAME[k]} ${fmt(by[k])}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** 15.15 → "15.15" (a percentage of whole votes has at most two decimals). */
function hundredths(v: number): string {
  const cents = Math.round(v * 100);
  return `${groupDigits(Math.trunc(cents / 100))}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}
