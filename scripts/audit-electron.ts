/**
 * `npm run audit:electron`: electronegativity over src/ for Electron 45.5.0. The scanner
 * always exits 0, so this reads its CSV report and fails on any finding above LOW.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(dir, 'report.csv');
const run = spawnSync(
  'npx',
  ['--no-install', 'electronegativity', '-i', 'src', '-e', '45.5.0', '-r', '-o', report],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const rows: Record<string, string>[] = parse(readFileSync(report, 'utf8'), {
  columns: (header: string[]) => header.map((h) => h.trim()),
  skip_empty_lines: true,
});
rmSync(dir, { recursive: true, force: true });

const severity = (row: Record<string, string>) => (row.severity ?? '').toUpperCase();
const serious = rows.filter((row) => !['LOW', 'INFORMATIONAL', ''].includes(severity(row)));
for (const row of rows) {
  console.log(
    `${severity(row).padEnd(8)} ${row.issue ?? ''} ${row.filename ?? ''}:${row.location ?? ''} ${row.description ?? ''}`,
  );
}
if (serious.length > 0) {
  console.error(`electronegativity: ${serious.length} finding(s) above LOW`);
  process.exit(1);
}
console.log(`electronegativity: ${rows.length} finding(s), none above LOW`);
