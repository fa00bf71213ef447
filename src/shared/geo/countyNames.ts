/**
 * Legal names of counties and county-equivalents. The Census files behind us-atlas
 * give a bare name ("Baltimore") for both Baltimore County and Baltimore city; people
 * need the full name to pick the right one.
 */
import { stateByFips } from './states';

export interface AtlasCounty {
  id?: string;
  properties?: { name?: string };
}

export interface CountyRow {
  fips: string;
  name: string;
  state: string;
}

const ALASKA: Record<string, string> = {
  'Aleutians East': 'Borough',
  'Aleutians West': 'Census Area',
  Anchorage: 'Municipality',
  Bethel: 'Census Area',
  'Bristol Bay': 'Borough',
  Denali: 'Borough',
  Dillingham: 'Census Area',
  'Fairbanks North Star': 'Borough',
  Haines: 'Borough',
  'Hoonah-Angoon': 'Census Area',
  Juneau: 'City and Borough',
  'Kenai Peninsula': 'Borough',
  'Ketchikan Gateway': 'Borough',
  'Kodiak Island': 'Borough',
  Kusilvak: 'Census Area',
  'Lake and Peninsula': 'Borough',
  'Matanuska-Susitna': 'Borough',
  Nome: 'Census Area',
  'North Slope': 'Borough',
  'Northwest Arctic': 'Borough',
  Petersburg: 'Borough',
  'Prince of Wales-Hyder': 'Census Area',
  Sitka: 'City and Borough',
  Skagway: 'Municipality',
  'Southeast Fairbanks': 'Census Area',
  'Valdez-Cordova': 'Census Area',
  Wrangell: 'City and Borough',
  Yakutat: 'City and Borough',
  'Yukon-Koyukuk': 'Census Area',
};

/** Independent cities carry county codes of 500 and above (Virginia, Baltimore, St. Louis). */
const INDEPENDENT_CITY_STATES = new Set(['24', '29', '51']);

export function legalCountyName(fips: string, bare: string): string {
  const state = fips.slice(0, 2);
  const county = Number(fips.slice(2));
  if (state === '11') return 'District of Columbia';
  if (state === '02') return `${bare} ${ALASKA[bare] ?? 'Borough'}`;
  if (state === '22') return `${bare} Parish`;
  if (state === '72') return `${bare} Municipio`;
  if (state === '32' && bare === 'Carson City') return 'Carson City';
  if (INDEPENDENT_CITY_STATES.has(state) && county >= 500) return `${bare} city`;
  if (['60', '66', '69', '78'].includes(state)) return bare;
  return `${bare} County`;
}

export function buildCountyRows(geometries: AtlasCounty[]): CountyRow[] {
  const rows: CountyRow[] = [];
  for (const g of geometries) {
    const fips = g.id;
    const bare = g.properties?.name;
    if (!fips || !bare || fips.length !== 5) continue;
    const state = stateByFips(fips.slice(0, 2));
    if (!state) continue;
    rows.push({ fips, name: legalCountyName(fips, bare), state: state.code });
  }
  return rows.sort((a, b) => a.fips.localeCompare(b.fips));
}
