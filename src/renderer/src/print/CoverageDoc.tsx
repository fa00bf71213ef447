import { formatDate, localToday } from '../../../shared/dates';
import {
  MEASURE_LABELS,
  type Coverage,
  type CoverageMeasure,
} from '../../../shared/outreach/coverage';
import { api } from '../api';
import { CoverageReport } from '../ui/countyCoverage/CoverageReport';
import { loadCountyShapes } from '../ui/countyCoverage/shapes';
import { DocHead } from './DocHead';
import type { PrintView } from './printView';
import './coverage-print.css';

export const coverageView: PrintView<'county-coverage'> = async ({ measure }) => {
  // The shapes are in before the page renders, so the map prints with the rest.
  const [coverage] = await Promise.all([api.outreach.coverage(), loadCountyShapes()]);
  return <CoverageDoc coverage={coverage} measure={measure} />;
};

/** The coverage dashboard for a state meeting: Letter landscape, map then table. */
function CoverageDoc({ coverage, measure }: { coverage: Coverage; measure: CoverageMeasure }) {
  return (
    <article className="doc coverage-doc">
      <DocHead
        title={`County coverage — ${coverage.stateName}`}
        sub={`Map coloured by ${MEASURE_LABELS[measure].toLowerCase()} · ${formatDate(localToday())}`}
      />
      <CoverageReport coverage={coverage} measure={measure} />
    </article>
  );
}
