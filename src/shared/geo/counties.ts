import rows from './counties.json' with { type: 'json' };

export interface County {
  fips: string;
  name: string;
  state: string;
}

/** Every US county and county-equivalent (Census, via us-atlas), sorted by FIPS code. */
export const COUNTIES: readonly County[] = rows;

const byFips = new Map(COUNTIES.map((c) => [c.fips, c]));

export function countyByFips(fips: string): County | undefined {
  return byFips.get(fips);
}

export function countyLabel(fips: string): string {
  const c = byFips.get(fips);
  return c ? `${c.name}, ${c.state}` : fips;
}

/** Counties of one state whose name contains the query (case-insensitive). */
export function searchCounties(state: string, query: string): County[] {
  const q = query.trim().toLowerCase();
  return COUNTIES.filter((c) => c.state === state && (!q || c.name.toLowerCase().includes(q)));
}
