import { useState } from 'react';
import {
  COVERAGE_MEASURES,
  MEASURE_LABELS,
  type CoverageMeasure,
} from '../../../../shared/outreach/coverage';
import { api } from '../../api';
import { CoverageReport } from '../../ui/countyCoverage/CoverageReport';
import { ActionNotice, Notice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

/** Per county of the chapter's state: what the chapter has done there, as a map and a table. */
export function CoveragePage() {
  const { value: coverage, error } = useAsync(() => api.outreach.coverage());
  const [measure, setMeasure] = useState<CoverageMeasure>('doorsKnocked');
  const action = useAction();
  const savePdf = () =>
    void action.run(() => api.print.save({ document: 'county-coverage', params: { measure } }), {
      success: savedLine('the coverage report'),
    });
  return (
    <section aria-labelledby="coverage-heading">
      <div className="page-head">
        <h2 id="coverage-heading">County coverage</h2>
        <button type="button" onClick={savePdf} disabled={action.busy || !coverage}>
          Save as PDF…
        </button>
      </div>
      <p className="muted">
        Members and volunteers living in each county, shifts held (dated today or earlier, with
        someone marked attended), canvass results from every voter list (doors with any result,
        conversations, voters whose latest support answer is 1 or 2) and flyer PDFs saved for the
        county.
      </p>
      <ActionNotice action={action} />
      <Notice kind="error">{error}</Notice>
      <label className="coverage-measure">
        Colour the map by{' '}
        <select value={measure} onChange={(e) => setMeasure(e.target.value as CoverageMeasure)}>
          {COVERAGE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {coverage ? (
        <CoverageReport coverage={coverage} measure={measure} />
      ) : (
        !error && <p>Loading…</p>
      )}
    </section>
  );
}
