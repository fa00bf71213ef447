/**
 * `npm run audit:electron`: electronegativity over src/ for Electron 45.5.0, failing on
 * any finding above LOW. It is called as a library, not through its CLI: the CLI's CSV
 * report is written by two racing writes (header and rows), and on a busy machine the
 * header can land last and cut the rows in half.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

interface Finding {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  description: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Finding[]; errors: unknown[] }>;

const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;

const { issues, errors } = await run({
  input: resolve('src'),
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: '45.5.0',
  parserPlugins: [],
});

for (const f of issues) {
  console.log(
    `${f.severity.name.padEnd(8)} ${f.id} ${f.file}:${f.location.line}:${f.location.column} ${f.description}`,
  );
}
if (errors.length > 0) {
  console.error('electronegativity could not read some files:', errors);
  process.exit(1);
}
const serious = issues.filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity.name));
if (serious.length > 0) {
  console.error(`electronegativity: ${serious.length} finding(s) above LOW`);
  process.exit(1);
}
console.log(`electronegativity: ${issues.length} finding(s), none above LOW`);
