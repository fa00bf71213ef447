/**
 * The county outlines: us-atlas's Census shapes (840 KB of TopoJSON) with d3-geo and
 * topojson-client, in chunks of their own that load only when a coverage map is drawn.
 */
import type { CountyShape, CountyTopology } from '../../../../shared/geo/countyShapes';
import { lazyModule } from '../lazyModule';

type Draw = (stateFips: string, width: number, height: number) => CountyShape[];

const atlas = lazyModule<Draw>(async () => {
  const [{ countyShapes }, topology] = await Promise.all([
    import('../../../../shared/geo/countyShapes'),
    import('us-atlas/counties-10m.json').then((m) => m.default as unknown as CountyTopology),
  ]);
  return (stateFips, width, height) => countyShapes(topology, stateFips, width, height);
});

/** Starts loading the shapes; resolves once they are in. */
export const loadCountyShapes = atlas.load;

/** Draws a state's counties; suspends until the shapes are in. */
export function useCountyShapes(): Draw {
  return atlas.use();
}
