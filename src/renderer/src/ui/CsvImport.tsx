import { useId, useState, type ReactNode } from 'react';
import { DataTable } from './DataTable';
import { ActionNotice } from './Notice';
import type { Action } from './useAction';
import './CsvImport.css';

type Mapping<F extends string> = Partial<Record<F, string>>;

/** One problem of one row (csvImport.ts's importProblemOf). */
interface ImportProblem<F extends string> {
  line: number;
  field: F;
  reason: string;
}

/** How many rows have problems (a row is reported once for each of its problems). */
export function rowsWithProblems(problems: readonly { line: number }[]): number {
  return new Set(problems.map((p) => p.line)).size;
}

/** What every import preview (members.importPreview, volunteers.importPreview) holds. */
export interface CsvPreview<F extends string> {
  headers: string[];
  mapping: Mapping<F>;
  valid: number;
  problems: ImportProblem<F>[];
}

/** What the panel hands its children once a file is previewed. */
export interface CsvImportState<F extends string, P extends CsvPreview<F>> {
  csv: string;
  preview: P;
  mapping: Mapping<F>;
  /** Call once the rows are imported: the panel closes the preview and lists `problems`. */
  done: (problems: ImportProblem<F>[]) => void;
}

const rows = (n: number, verb: [string, string]) =>
  `${n} ${n === 1 ? `row ${verb[0]}` : `rows ${verb[1]}`}`;

/**
 * A CSV import of people: pick a file, check the column chosen for each field (guessed from
 * the headers, changed here), see how many rows are ready and which lines have problems,
 * then import. The children draw the preview's rows and the import button.
 */
export function CsvImport<F extends string, P extends CsvPreview<F>>({
  heading,
  intro,
  fileLabel,
  fields,
  labels,
  action,
  preview: loadPreview,
  children,
}: {
  heading: string;
  intro: ReactNode;
  fileLabel: string;
  fields: readonly F[];
  labels: Readonly<Record<F, string>>;
  action: Action;
  preview: (csv: string, mapping?: Mapping<F>) => Promise<P>;
  children: (state: CsvImportState<F, P>) => ReactNode;
}) {
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [mapping, setMapping] = useState<Mapping<F>>({});
  const [problems, setProblems] = useState<ImportProblem<F>[]>([]);
  const headingId = useId();

  const load = async (text: string, map?: Mapping<F>) => {
    const ok = await action.run(() => loadPreview(text, map), {
      onSuccess: (result) => {
        setPreview(result);
        setMapping(result.mapping);
        setProblems(result.problems);
      },
    });
    if (!ok) setPreview(null);
  };
  const done = (left: ImportProblem<F>[]) => {
    setPreview(null);
    setCsv(null);
    setProblems(left);
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{heading}</h2>
      <div className="muted">{intro}</div>
      <label className="file">
        {fileLabel}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const text = await file.text();
            setCsv(text);
            await load(text);
          }}
        />
      </label>
      <ActionNotice action={action} />
      {preview && csv !== null && (
        <>
          <fieldset className="mapping">
            <legend>Columns</legend>
            {fields.map((field) => (
              <label key={field}>
                {labels[field]}
                <select
                  value={mapping[field] ?? ''}
                  onChange={async (e) => {
                    const next = { ...mapping, [field]: e.target.value || undefined };
                    await load(csv, next);
                  }}
                >
                  <option value="">(not in the file)</option>
                  {preview.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <p>
            {rows(preview.valid, ['is', 'are'])} ready to import;{' '}
            {rows(rowsWithProblems(preview.problems), ['has', 'have'])} problems and will be
            skipped.
          </p>
          {children({ csv, preview, mapping, done })}
        </>
      )}
      {problems.length > 0 && (
        <div role="region" aria-label="Rows with problems">
          <h3>Rows with problems</h3>
          <DataTable
            className="table compact"
            caption="Every problem of every row: fix them in the file and import it again."
            rows={problems}
            rowKey={(p, i) => `${p.line}-${i}`}
            columns={[
              { header: 'Line', cell: (p) => p.line, rowHeader: true },
              { header: 'Column', cell: (p) => labels[p.field] },
              { header: 'Problem', cell: (p) => p.reason, className: 'problems' },
            ]}
          />
        </div>
      )}
    </section>
  );
}
