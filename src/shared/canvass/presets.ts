/**
 * Column layouts of real state voter files, and a generic preset for anything else.
 * The Ohio and Florida column lists are the official layouts, verbatim and in order;
 * North Carolina's is the current 67-column `ncvoter` layout (mapped by header name, so
 * older or newer ncvoter files with extra columns still import).
 */
import type { PresetId } from './schema';

/** Shown wherever a voter file is imported or exported. */
export const VOTER_FILE_NOTICE =
  "Many states allow voter-file data to be used for electoral purposes only: check your state's rules before using it for anything else.";

export const OHIO_COLUMNS = [
  'SOS_VOTERID', 'COUNTY_NUMBER', 'COUNTY_ID', 'LAST_NAME', 'FIRST_NAME', 'MIDDLE_NAME', 'SUFFIX',
  'DATE_OF_BIRTH', 'REGISTRATION_DATE', 'VOTER_STATUS', 'PARTY_AFFILIATION', 'RESIDENTIAL_ADDRESS1',
  'RESIDENTIAL_SECONDARY_ADDR', 'RESIDENTIAL_CITY', 'RESIDENTIAL_STATE', 'RESIDENTIAL_ZIP',
  'RESIDENTIAL_ZIP_PLUS4', 'RESIDENTIAL_COUNTRY', 'RESIDENTIAL_POSTALCODE', 'MAILING_ADDRESS1',
  'MAILING_SECONDARY_ADDRESS', 'MAILING_CITY', 'MAILING_STATE', 'MAILING_ZIP', 'MAILING_ZIP_PLUS4',
  'MAILING_COUNTRY', 'MAILING_POSTAL_CODE', 'CAREER_CENTER', 'CITY', 'CITY_SCHOOL_DISTRICT',
  'COUNTY_COURT_DISTRICT', 'CONGRESSIONAL_DISTRICT', 'COURT_OF_APPEALS', 'EDU_SERVICE_CENTER_DISTRICT',
  'EXEMPTED_VILL_SCHOOL_DISTRICT', 'LIBRARY', 'LOCAL_SCHOOL_DISTRICT', 'MUNICIPAL_COURT_DISTRICT',
  'PRECINCT_NAME', 'PRECINCT_CODE', 'STATE_BOARD_OF_EDUCATION', 'STATE_REPRESENTATIVE_DISTRICT',
  'STATE_SENATE_DISTRICT', 'TOWNSHIP', 'VILLAGE', 'WARD',
] as const; // prettier-ignore

export const NORTH_CAROLINA_COLUMNS = [
  'county_id', 'county_desc', 'voter_reg_num', 'ncid', 'last_name', 'first_name', 'middle_name',
  'name_suffix_lbl', 'status_cd', 'voter_status_desc', 'reason_cd', 'voter_status_reason_desc',
  'res_street_address', 'res_city_desc', 'state_cd', 'zip_code', 'mail_addr1', 'mail_addr2',
  'mail_addr3', 'mail_addr4', 'mail_city', 'mail_state', 'mail_zipcode', 'full_phone_number',
  'confidential_ind', 'registr_dt', 'race_code', 'ethnic_code', 'party_cd', 'gender_code',
  'birth_year', 'age_at_year_end', 'birth_state', 'drivers_lic', 'precinct_abbrv', 'precinct_desc',
  'municipality_abbrv', 'municipality_desc', 'ward_abbrv', 'ward_desc', 'cong_dist_abbrv',
  'super_court_abbrv', 'judic_dist_abbrv', 'nc_senate_abbrv', 'nc_house_abbrv', 'county_commiss_abbrv',
  'county_commiss_desc', 'township_abbrv', 'township_desc', 'school_dist_abbrv', 'school_dist_desc',
  'fire_dist_abbrv', 'fire_dist_desc', 'water_dist_abbrv', 'water_dist_desc', 'sewer_dist_abbrv',
  'sewer_dist_desc', 'sanit_dist_abbrv', 'sanit_dist_desc', 'rescue_dist_abbrv', 'rescue_dist_desc',
  'munic_dist_abbrv', 'munic_dist_desc', 'dist_1_abbrv', 'dist_1_desc', 'vtd_abbrv', 'vtd_desc',
] as const; // prettier-ignore

export const FLORIDA_COLUMNS = [
  'county_code', 'voter_id', 'name_last', 'name_suffix', 'name_first', 'name_middle',
  'requested_public_records_exemption', 'residence_address_line_1', 'residence_address_line_2',
  'residence_city', 'residence_state', 'residence_zipcode', 'mailing_address_line_1',
  'mailing_address_line_2', 'mailing_address_line_3', 'mailing_city', 'mailing_state',
  'mailing_zipcode', 'mailing_country', 'gender', 'race', 'birth_date', 'registration_date',
  'party_affiliation', 'precinct', 'precinct_group', 'precinct_split', 'precinct_suffix',
  'voter_status', 'congressional_district', 'house_district', 'senate_district',
  'county_commission_district', 'school_board_district', 'daytime_area_code',
  'daytime_phone_number', 'daytime_phone_extension', 'email_address',
] as const; // prettier-ignore

/** What the importer needs from a row. Each preset names the column(s) that hold it. */
export const FIELDS = [
  'voterId', 'lastName', 'firstName', 'middleName', 'suffix', 'birthDate', 'birthYear', 'sex',
  'party', 'status', 'statusCode', 'statusReason', 'address1', 'address2', 'houseNumber',
  'streetName', 'city', 'zip', 'precinct', 'precinctAlt', 'county', 'confidential', 'exempt',
  'phone', 'phoneArea',
] as const; // prettier-ignore
export type Field = (typeof FIELDS)[number];

/** How the county column identifies the county. */
export type CountyKind = 'ohio-number' | 'name' | 'florida-code' | 'name-or-fips';

export interface Preset {
  id: PresetId;
  label: string;
  /** USPS state code, or null for the generic preset. */
  state: string | null;
  /** Fixed delimiter, or null to sniff it. */
  delimiter: ',' | '\t' | null;
  /** true: header row; false: never a header (Florida); null: detect. */
  header: boolean | null;
  /** The fixed column layout (used when there is no header row). */
  columns: readonly string[] | null;
  countyKind: CountyKind;
  /** Candidate column names per field, in normalised form (see normaliseHeader). */
  fields: Partial<Record<Field, readonly string[]>>;
  /** Whether election columns like GENERAL-11/05/2024 follow the fixed columns. */
  historyColumns: boolean;
}

export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const one = (c: string): readonly string[] => [normaliseHeader(c)];

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  ohio: {
    id: 'ohio',
    label: 'Ohio statewide voter file (per county, CSV)',
    state: 'OH',
    delimiter: ',',
    header: true,
    columns: OHIO_COLUMNS,
    countyKind: 'ohio-number',
    historyColumns: true,
    fields: {
      voterId: one('SOS_VOTERID'),
      lastName: one('LAST_NAME'),
      firstName: one('FIRST_NAME'),
      middleName: one('MIDDLE_NAME'),
      suffix: one('SUFFIX'),
      birthDate: one('DATE_OF_BIRTH'),
      party: one('PARTY_AFFILIATION'),
      status: one('VOTER_STATUS'),
      address1: one('RESIDENTIAL_ADDRESS1'),
      address2: one('RESIDENTIAL_SECONDARY_ADDR'),
      city: one('RESIDENTIAL_CITY'),
      zip: one('RESIDENTIAL_ZIP'),
      precinct: one('PRECINCT_NAME'),
      precinctAlt: one('PRECINCT_CODE'),
      county: one('COUNTY_NUMBER'),
      // Not in the official layout: a phone column a chapter appended (a vendor phone match).
      phone: ['phone', 'phone_number'],
    },
  },
  'north-carolina': {
    id: 'north-carolina',
    label: 'North Carolina ncvoter (tab-delimited, Latin-1)',
    state: 'NC',
    delimiter: '\t',
    header: true,
    columns: NORTH_CAROLINA_COLUMNS,
    countyKind: 'name',
    historyColumns: false,
    fields: {
      voterId: one('ncid'),
      lastName: one('last_name'),
      firstName: one('first_name'),
      middleName: one('middle_name'),
      suffix: one('name_suffix_lbl'),
      birthYear: one('birth_year'),
      sex: one('gender_code'),
      party: one('party_cd'),
      status: one('voter_status_desc'),
      statusCode: one('status_cd'),
      statusReason: one('voter_status_reason_desc'),
      address1: one('res_street_address'),
      city: one('res_city_desc'),
      zip: one('zip_code'),
      precinct: one('precinct_desc'),
      precinctAlt: one('precinct_abbrv'),
      county: one('county_desc'),
      confidential: one('confidential_ind'),
      phone: one('full_phone_number'),
    },
  },
  florida: {
    id: 'florida',
    label: 'Florida voter extract (tab-delimited, no header)',
    state: 'FL',
    delimiter: '\t',
    header: false,
    columns: FLORIDA_COLUMNS,
    countyKind: 'florida-code',
    historyColumns: false,
    fields: {
      voterId: one('voter_id'),
      lastName: one('name_last'),
      firstName: one('name_first'),
      middleName: one('name_middle'),
      suffix: one('name_suffix'),
      birthDate: one('birth_date'),
      sex: one('gender'),
      party: one('party_affiliation'),
      status: one('voter_status'),
      address1: one('residence_address_line_1'),
      address2: one('residence_address_line_2'),
      city: one('residence_city'),
      zip: one('residence_zipcode'),
      precinct: one('precinct'),
      county: one('county_code'),
      exempt: one('requested_public_records_exemption'),
      phone: one('daytime_phone_number'),
      phoneArea: one('daytime_area_code'),
    },
  },
  generic: {
    id: 'generic',
    label: 'Generic CSV / TSV with a header row',
    state: null,
    delimiter: null,
    header: true,
    columns: null,
    countyKind: 'name-or-fips',
    historyColumns: false,
    fields: {
      voterId: ['voter_id', 'voterid', 'state_voter_id', 'sos_voterid', 'ncid', 'registrant_id', 'registration_number', 'voter_number', 'id'],
      lastName: ['last_name', 'lastname', 'last', 'surname', 'name_last', 'family_name'],
      firstName: ['first_name', 'firstname', 'first', 'name_first', 'given_name'],
      middleName: ['middle_name', 'middlename', 'middle', 'name_middle', 'middle_initial'],
      suffix: ['suffix', 'name_suffix', 'name_suffix_lbl'],
      birthDate: ['date_of_birth', 'dob', 'birth_date', 'birthdate'],
      birthYear: ['birth_year', 'year_of_birth', 'yob'],
      sex: ['sex', 'gender', 'gender_code'],
      party: ['party', 'party_affiliation', 'party_code', 'party_cd'],
      status: ['voter_status', 'status'],
      address1: ['address', 'street_address', 'residential_address', 'residential_address1', 'res_street_address', 'address1', 'address_1', 'address_line_1', 'residence_address_line_1', 'res_address'],
      address2: ['address2', 'address_2', 'address_line_2', 'unit', 'apt', 'apartment', 'secondary_address', 'residential_secondary_addr', 'residence_address_line_2'],
      houseNumber: ['house_number', 'house_num', 'street_number', 'house_no'],
      streetName: ['street_name', 'street'],
      city: ['city', 'residential_city', 'res_city', 'res_city_desc', 'residence_city', 'town'],
      zip: ['zip', 'zip_code', 'zipcode', 'zip5', 'postal_code', 'residential_zip', 'residence_zipcode'],
      precinct: ['precinct', 'precinct_name', 'precinct_desc', 'precinct_code', 'precinct_abbrv', 'ward_precinct'],
      county: ['county', 'county_name', 'county_fips', 'county_desc', 'county_code'],
      confidential: ['confidential', 'confidential_ind', 'is_confidential'],
      exempt: ['exempt', 'public_records_exemption', 'requested_public_records_exemption'],
      phone: ['phone', 'phone_number', 'telephone', 'full_phone_number', 'home_phone', 'cell_phone', 'mobile', 'daytime_phone_number'],
      phoneArea: ['area_code', 'daytime_area_code'],
    },
  },
}; // prettier-ignore

export interface ElectionColumn {
  index: number;
  /** 'G24', 'P24', 'S23'. */
  code: string;
  /** 'YYYY-MM-DD', for ordering. */
  date: string;
}

const ELECTION = /^(PRIMARY|GENERAL|SPECIAL)[-_ ](\d{1,2})\/(\d{1,2})\/(\d{4})$/i;

/** Ohio election columns ('GENERAL-11/05/2024' → G24), latest first. */
export function electionColumns(header: readonly string[]): ElectionColumn[] {
  const out: ElectionColumn[] = [];
  header.forEach((name, index) => {
    const m = ELECTION.exec(name.trim());
    if (!m?.[1] || !m[2] || !m[3] || !m[4]) return;
    const date = `${m[4]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    out.push({ index, code: `${m[1].charAt(0).toUpperCase()}${m[4].slice(2)}`, date });
  });
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.index - a.index));
}

export interface ResolvedColumns {
  index: Partial<Record<Field, number>>;
  /** Columns a well-formed row has (header length, or the fixed layout's). */
  expected: number;
  elections: ElectionColumn[];
}

export type ResolveResult =
  { ok: true; columns: ResolvedColumns } | { ok: false; missing: string[] };

/**
 * Maps fields to column indexes from the header row (or the preset's fixed layout when
 * the file has none). A voter ID and a street address are required.
 */
export function resolveColumns(preset: Preset, header: readonly string[] | null): ResolveResult {
  const names = (header ?? preset.columns ?? []).map(normaliseHeader);
  const position = new Map<string, number>();
  names.forEach((n, i) => {
    if (!position.has(n)) position.set(n, i);
  });
  const index: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    for (const candidate of preset.fields[field] ?? []) {
      const i = position.get(candidate);
      if (i !== undefined) {
        index[field] = i;
        break;
      }
    }
  }
  const missing: string[] = [];
  if (index.voterId === undefined)
    missing.push(`voter ID (${(preset.fields.voterId ?? []).join(' / ')})`);
  if (
    index.address1 === undefined &&
    (index.houseNumber === undefined || index.streetName === undefined)
  ) {
    missing.push(`street address (${(preset.fields.address1 ?? []).slice(0, 4).join(' / ')})`);
  }
  if (missing.length) return { ok: false, missing };
  const elections = preset.historyColumns && header ? electionColumns(header) : [];
  return { ok: true, columns: { index, expected: names.length, elections } };
}

export type Detection = { preset: PresetId; header: boolean } | null;

const FLORIDA_CODE = /^[A-Z]{3}$/;

/** Recognises a layout from the first row of the file (already split into fields). */
export function detectPreset(
  firstRow: readonly string[],
  floridaCodes: ReadonlySet<string>,
): Detection {
  const names = new Set(firstRow.map(normaliseHeader));
  if (names.has('sos_voterid') && names.has('residential_address1'))
    return { preset: 'ohio', header: true };
  if (names.has('ncid') && names.has('res_street_address'))
    return { preset: 'north-carolina', header: true };
  if (names.has('voter_id') && names.has('residence_address_line_1'))
    return { preset: 'florida', header: true };
  const code = firstRow[0]?.trim() ?? '';
  if (firstRow.length >= 36 && FLORIDA_CODE.test(code) && floridaCodes.has(code)) {
    return { preset: 'florida', header: false };
  }
  const generic = resolveColumns(PRESETS.generic, firstRow);
  return generic.ok ? { preset: 'generic', header: true } : null;
}
