/**
 * County tables for the three state presets, with Census FIPS codes (checked against
 * us-atlas in the unit tests).
 * - Ohio's COUNTY_NUMBER is Ohio's own alphabetical number 1–88; Ohio's FIPS codes are
 *   the odd numbers in the same order, so number n ↔ FIPS 39(2n−1).
 * - North Carolina's 100 counties in FIPS order (odd numbers; McDowell sorts as
 *   "MacDowell": 37111). ncvoter names the county in county_desc.
 * - Florida's voter extract uses a 3-letter county_code ('ALA', 'DAD' for Miami-Dade).
 */
import type { CountyRef } from './schema';

const OHIO = `Adams Allen Ashland Ashtabula Athens Auglaize Belmont Brown Butler Carroll Champaign
Clark Clermont Clinton Columbiana Coshocton Crawford Cuyahoga Darke Defiance Delaware Erie Fairfield
Fayette Franklin Fulton Gallia Geauga Greene Guernsey Hamilton Hancock Hardin Harrison Henry Highland
Hocking Holmes Huron Jackson Jefferson Knox Lake Lawrence Licking Logan Lorain Lucas Madison Mahoning
Marion Medina Meigs Mercer Miami Monroe Montgomery Morgan Morrow Muskingum Noble Ottawa Paulding Perry
Pickaway Pike Portage Preble Putnam Richland Ross Sandusky Scioto Seneca Shelby Stark Summit Trumbull
Tuscarawas Union Van_Wert Vinton Warren Washington Wayne Williams Wood Wyandot`;

const NORTH_CAROLINA = `Alamance Alexander Alleghany Anson Ashe Avery Beaufort Bertie Bladen Brunswick
Buncombe Burke Cabarrus Caldwell Camden Carteret Caswell Catawba Chatham Cherokee Chowan Clay Cleveland
Columbus Craven Cumberland Currituck Dare Davidson Davie Duplin Durham Edgecombe Forsyth Franklin Gaston
Gates Graham Granville Greene Guilford Halifax Harnett Haywood Henderson Hertford Hoke Hyde Iredell
Jackson Johnston Jones Lee Lenoir Lincoln McDowell Macon Madison Martin Mecklenburg Mitchell Montgomery
Moore Nash New_Hanover Northampton Onslow Orange Pamlico Pasquotank Pender Perquimans Person Pitt Polk
Randolph Richmond Robeson Rockingham Rowan Rutherford Sampson Scotland Stanly Stokes Surry Swain
Transylvania Tyrrell Union Vance Wake Warren Washington Watauga Wayne Wilkes Wilson Yadkin Yancey`;

/** Florida voter-extract county codes → name, FIPS (county part). */
const FLORIDA = `ALA:Alachua:001 BAK:Baker:003 BAY:Bay:005 BRA:Bradford:007 BRE:Brevard:009 BRO:Broward:011
CAL:Calhoun:013 CHA:Charlotte:015 CIT:Citrus:017 CLA:Clay:019 CLL:Collier:021 CLM:Columbia:023
DES:DeSoto:027 DIX:Dixie:029 DUV:Duval:031 ESC:Escambia:033 FLA:Flagler:035 FRA:Franklin:037
GAD:Gadsden:039 GIL:Gilchrist:041 GLA:Glades:043 GUL:Gulf:045 HAM:Hamilton:047 HAR:Hardee:049
HEN:Hendry:051 HER:Hernando:053 HIG:Highlands:055 HIL:Hillsborough:057 HOL:Holmes:059
IND:Indian_River:061 JAC:Jackson:063 JEF:Jefferson:065 LAF:Lafayette:067 LAK:Lake:069 LEE:Lee:071
LEO:Leon:073 LEV:Levy:075 LIB:Liberty:077 MAD:Madison:079 MAN:Manatee:081 MRN:Marion:083
MRT:Martin:085 DAD:Miami-Dade:086 MON:Monroe:087 NAS:Nassau:089 OKA:Okaloosa:091 OKE:Okeechobee:093
ORA:Orange:095 OSC:Osceola:097 PAL:Palm_Beach:099 PAS:Pasco:101 PIN:Pinellas:103 POL:Polk:105
PUT:Putnam:107 STJ:St._Johns:109 STL:St._Lucie:111 SAN:Santa_Rosa:113 SAR:Sarasota:115
SEM:Seminole:117 SUM:Sumter:119 SUW:Suwannee:121 TAY:Taylor:123 UNI:Union:125 VOL:Volusia:127
WAK:Wakulla:129 WAL:Walton:131 WAS:Washington:133`;

const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' '));
const odd = (i: number): string => String(2 * i + 1).padStart(3, '0');

export const OHIO_COUNTIES: readonly CountyRef[] = words(OHIO).map((name, i) => ({
  state: 'OH',
  name,
  fips: `39${odd(i)}`,
}));
export const NORTH_CAROLINA_COUNTIES: readonly CountyRef[] = words(NORTH_CAROLINA).map(
  (name, i) => ({
    state: 'NC',
    name,
    fips: `37${odd(i)}`,
  }),
);
export const FLORIDA_COUNTIES: readonly (CountyRef & { code: string })[] = words(FLORIDA).map(
  (entry) => {
    const [code = '', name = '', fips = ''] = entry.split(':');
    return { state: 'FL', name, fips: `12${fips}`, code };
  },
);

const STATE_COUNTIES: Record<string, readonly CountyRef[]> = {
  OH: OHIO_COUNTIES,
  NC: NORTH_CAROLINA_COUNTIES,
  FL: FLORIDA_COUNTIES,
};

export function countiesOf(state: string): readonly CountyRef[] {
  return STATE_COUNTIES[state] ?? [];
}

/** 'St. Johns County' → 'SAINT JOHNS'; 'MIAMI DADE' → 'MIAMI DADE'. */
export function countyNameKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/\bCOUNTY\b/g, '')
    .replace(/\bST\b\.?/g, 'SAINT')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** Ohio's alphabetical COUNTY_NUMBER (1–88) → county. */
export function ohioCountyByNumber(n: number): CountyRef | undefined {
  return OHIO_COUNTIES[n - 1];
}

export function ohioCountyNumber(fips: string): number | null {
  const i = OHIO_COUNTIES.findIndex((c) => c.fips === fips);
  return i < 0 ? null : i + 1;
}

export function floridaCountyByCode(code: string): (CountyRef & { code: string }) | undefined {
  const c = code.trim().toUpperCase();
  return FLORIDA_COUNTIES.find((f) => f.code === c);
}

/**
 * Resolves what a user typed: a county name ('Franklin', 'franklin county', 'St Johns'),
 * a 5-digit FIPS code ('39049'), a 3-digit county FIPS within the state ('049') or, in
 * Florida, the extract's county code ('ALA'). Null when nothing (or more than one) matches.
 */
export function resolveCounty(state: string | null, query: string): CountyRef | null {
  const q = query.trim();
  if (!q) return null;
  const states = state ? [state] : Object.keys(STATE_COUNTIES);
  const pool = states.flatMap((s) => countiesOf(s));
  let found: readonly CountyRef[];
  if (/^\d{5}$/.test(q)) found = pool.filter((c) => c.fips === q);
  else if (/^\d{1,3}$/.test(q) && state)
    found = pool.filter((c) => c.fips.slice(2) === q.padStart(3, '0'));
  else {
    const fl = /^[A-Za-z]{3}$/.test(q) ? floridaCountyByCode(q) : undefined;
    if (fl && state === 'FL') return { state: fl.state, name: fl.name, fips: fl.fips };
    const key = countyNameKey(q);
    found = pool.filter((c) => countyNameKey(c.name) === key);
  }
  const c = found.length === 1 ? found[0] : undefined;
  return c ? { state: c.state, name: c.name, fips: c.fips } : null;
}
