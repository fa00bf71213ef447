/**
 * SVG outlines of one state's counties from the Census shapes us-atlas ships (TopoJSON,
 * longitude/latitude). The projection is an azimuthal equal-area one centred on the state
 * and fitted to the box, so every state draws well: Alaska across the 180th meridian and
 * Hawaii far out in the Pacific as much as the lower 48 (a US-wide projection such as
 * Albers USA moves and shrinks those two). Pure: the topology is passed in.
 */
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoPath,
  type ExtendedFeature,
  type ExtendedFeatureCollection,
} from 'd3-geo';
import { feature } from 'topojson-client';

type Topology = Parameters<typeof feature>[0];
type GeometryObject = Parameters<typeof feature>[1];
type CountyGeometry = GeometryObject & { id?: string | number };

/** us-atlas's counties-10m.json: TopoJSON whose `counties` object lists every county. */
export type CountyTopology = Topology & {
  objects: { counties: { type: 'GeometryCollection'; geometries: CountyGeometry[] } };
};
type CountyFeature = ExtendedFeature & { id: string };

export interface CountyShape {
  fips: string;
  /** SVG path data in the box's coordinates. */
  d: string;
}

/** Each county of the state (by its two-digit FIPS code) as a path fitted inside width×height. */
export function countyShapes(
  topology: CountyTopology,
  stateFips: string,
  width: number,
  height: number,
  margin = 4,
): CountyShape[] {
  const own = topology.objects.counties.geometries.filter(
    (g) => typeof g.id === 'string' && g.id.slice(0, 2) === stateFips,
  );
  const collection = { type: 'GeometryCollection', geometries: own } as GeometryObject;
  const counties = (feature(topology, collection) as unknown as ExtendedFeatureCollection)
    .features as CountyFeature[];
  if (counties.length === 0) return [];
  const state: ExtendedFeatureCollection = { type: 'FeatureCollection', features: counties };
  const [lon, lat] = geoCentroid(state);
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      state,
    );
  const path = geoPath(projection);
  return counties
    .map((f) => ({ fips: f.id, d: path(f) ?? '' }))
    .sort((a, b) => a.fips.localeCompare(b.fips));
}
