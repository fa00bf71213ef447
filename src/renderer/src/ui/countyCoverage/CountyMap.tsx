import { useMemo } from 'react';
import type { CountyCoverage, CoverageMeasure } from '../../../../shared/outreach/coverage';
import { MEASURE_LABELS } from '../../../../shared/outreach/coverage';
import {
  colourOf,
  NONE_COLOUR,
  rangeLabel,
  type ColourClass,
} from '../../../../shared/outreach/coverageClasses';
import { useCountyShapes } from './shapes';

const WIDTH = 800;
const HEIGHT = 520;

/**
 * The state's counties, each filled by its class of the measure, with a title (name and
 * figure) a pointer or screen reader can read; the table beside it is the full equivalent.
 */
export function CountyMap({
  stateFips,
  stateName,
  rows,
  measure,
  classes,
}: {
  stateFips: string;
  stateName: string;
  rows: readonly CountyCoverage[];
  measure: CoverageMeasure;
  classes: readonly ColourClass[];
}) {
  const draw = useCountyShapes();
  const shapes = useMemo(() => draw(stateFips, WIDTH, HEIGHT), [draw, stateFips]);
  const byFips = useMemo(() => new Map(rows.map((r) => [r.fips, r])), [rows]);
  const label = MEASURE_LABELS[measure];
  return (
    <svg
      className="county-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Map of ${stateName} counties coloured by ${label.toLowerCase()}`}
    >
      {shapes.map((s) => {
        const row = byFips.get(s.fips);
        const value = row?.[measure] ?? 0;
        return (
          <path
            key={s.fips}
            d={s.d}
            data-fips={s.fips}
            fill={colourOf(value, classes)}
            stroke="#ffffff"
            strokeWidth={0.6}
          >
            <title>{`${row?.name ?? s.fips}: ${value.toLocaleString('en-US')} ${label.toLowerCase()}`}</title>
          </path>
        );
      })}
    </svg>
  );
}

/** The key to the map's colours: each class's range, and the colour for 0. */
export function MapLegend({
  measure,
  classes,
}: {
  measure: CoverageMeasure;
  classes: readonly ColourClass[];
}) {
  const items = [
    { colour: NONE_COLOUR, text: 'None (0)' },
    ...classes.map((c) => ({ colour: c.colour, text: rangeLabel(c) })),
  ];
  return (
    <figure className="map-legend">
      <figcaption>{MEASURE_LABELS[measure]}</figcaption>
      <ul>
        {items.map((item) => (
          <li key={item.text} data-colour={item.colour}>
            <svg className="map-swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill={item.colour} stroke="#666666" />
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
    </figure>
  );
}
