import { Suspense, useMemo } from 'react';
import { formatDate } from '../../../../shared/dates';
import { stateByCode } from '../../../../shared/geo/states';
import {
  COVERAGE_MEASURES,
  MEASURE_LABELS,
  type Coverage,
  type CountyCoverage,
  type CoverageMeasure,
} from '../../../../shared/outreach/coverage';
import { colourClasses } from '../../../../shared/outreach/coverageClasses';
import { DataTable, type Column } from '../DataTable';
import { CountyMap, MapLegend } from './CountyMap';
import './coverage.css';

const figure = (n: number) => n.toLocaleString('en-US');
const day = (d: string | null) => (d ? formatDate(d) : '—');

const COLUMNS: Column<CountyCoverage>[] = [
  { header: 'County', cell: (r) => r.name, rowHeader: true },
  ...COVERAGE_MEASURES.map((m) => ({
    header: MEASURE_LABELS[m],
    cell: (r: CountyCoverage) => figure(r[m]),
    className: 'num',
  })),
  { header: 'Last activity', cell: (r) => day(r.lastActivity) },
];

/** The coverage map (coloured by `measure`), its legend, the idle counties and the table. */
export function CoverageReport({
  coverage,
  measure,
}: {
  coverage: Coverage;
  measure: CoverageMeasure;
}) {
  const classes = useMemo(
    () => colourClasses(coverage.counties.map((r) => r[measure])),
    [coverage, measure],
  );
  const state = stateByCode(coverage.state);
  const { totals, unplaced } = coverage;
  const apart = COVERAGE_MEASURES.filter((m) => unplaced[m] > 0).map(
    (m) => `${figure(unplaced[m])} ${MEASURE_LABELS[m].toLowerCase()}`,
  );
  return (
    <div className="coverage-report">
      <div className="coverage-map-row">
        <Suspense fallback={<p className="county-map-loading">Drawing the map…</p>}>
          <CountyMap
            stateFips={state?.fips ?? ''}
            stateName={coverage.stateName}
            rows={coverage.counties}
            measure={measure}
            classes={classes}
          />
        </Suspense>
        <div className="coverage-key">
          <MapLegend measure={measure} classes={classes} />
          <section aria-labelledby="idle-heading" className="idle-counties">
            <h3 id="idle-heading">
              Counties with no activity ({coverage.noActivity.length} of {coverage.counties.length})
            </h3>
            <p>{coverage.noActivity.length ? coverage.noActivity.join(', ') : 'None.'}</p>
          </section>
        </div>
      </div>
      <DataTable
        className="table coverage-table"
        caption={`Coverage by county, ${coverage.stateName}`}
        rows={[...coverage.counties, { ...totals, fips: 'total', name: 'All counties' }]}
        rowKey={(r) => r.fips}
        rowClassName={(r) => (r.fips === 'total' ? 'total-row' : undefined)}
        columns={COLUMNS}
      />
      {apart.length > 0 && (
        <p className="muted">
          Not in any county above (no county, or one outside {coverage.stateName}):{' '}
          {apart.join(', ')}.
        </p>
      )}
    </div>
  );
}
