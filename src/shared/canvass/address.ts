/**
 * Street-address normalisation for householding and walk order: case, spacing and
 * punctuation; USPS street-suffix abbreviations (Publication 28, C1: Street → ST,
 * Avenue → AVE, …); directionals (North → N); house numbers with suffixes (12½, 12 1/2,
 * 12A, 12-B); units ("Apt 2", "#2", "Unit 2B") compared in natural order (Apt 2 < Apt 10).
 *
 * Everything here is pure and allocation-light: the importer calls it once per row.
 */

import { DIRECTIONS, ORDINALS, SUFFIXES, UNIT_DESIGNATORS } from './uspsTables';

/** Natural order: digit runs compare by value, so 'APT 2' < 'APT 10' and '2ND ST' < '10TH ST'. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let si = i;
      while (si < a.length && a.charCodeAt(si) === 48) si++;
      let sj = j;
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++;
      let ei = si;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      let ej = sj;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Upper case, punctuation removed ('N. High St.' → 'N HIGH ST'), single spaces. */
const CLEAN = /^[A-Z0-9]+(?: [A-Z0-9]+)*$/;

export function normaliseText(s: string): string {
  if (CLEAN.test(s)) return s;
  return s
    .toUpperCase()
    .replace(/['’`.]/g, '')
    .replace(/[^A-Z0-9#/&½¼¾-]+/g, ' ')
    .trim();
}

export function zip5(s: string): string {
  const m = /^\s*(\d{3,5})(?:\s*-?\s*\d{4})?\s*$/.exec(s) ?? /^\s*(\d{5})/.exec(s);
  return m?.[1] ? m[1].padStart(5, '0') : '';
}

export interface HouseNumber {
  num: number;
  /** 0.5 for ½, 0.25 for ¼ … */
  frac: number;
  /** Letter or secondary number ('A', '12' for Queens-style 104-12). */
  suffix: string;
  /** Normalised text: '12', '12½', '12A', '104-12'. */
  text: string;
}

const FRACTIONS: Record<string, number> = {
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  '1/2': 0.5,
  '1/4': 0.25,
  '3/4': 0.75,
};
const FRACTION_GLYPH: Record<string, string> = { '1/2': '½', '1/4': '¼', '3/4': '¾' };
const HOUSE_TOKEN = /^(\d{1,7})(½|¼|¾|-1\/2|-1\/4|-3\/4)?(?:-?([A-Z])|-(\d{1,5}))?$/;

/**
 * Parses the house number at the start of `tokens` (normalised, space-split). Returns the
 * number and how many tokens it used, or null when the line does not start with one.
 */
export function parseHouseTokens(
  tokens: readonly string[],
): { house: HouseNumber; used: number } | null {
  const t0 = tokens[0];
  if (t0 === undefined) return null;
  const m = HOUSE_TOKEN.exec(t0);
  if (!m?.[1]) return null;
  const num = Number(m[1]);
  let fracText = m[2] ? m[2].replace(/^-/, '') : '';
  let used = 1;
  const t1 = tokens[1];
  if (!fracText && t1 !== undefined && FRACTIONS[t1] !== undefined && tokens.length > 2) {
    fracText = t1;
    used = 2;
  }
  const glyph = FRACTION_GLYPH[fracText] ?? fracText;
  const frac = fracText ? (FRACTIONS[fracText] ?? 0) : 0;
  const letter = m[3] ?? '';
  const second = m[4] ?? '';
  const suffix = letter || second;
  const text = `${m[1].replace(/^0+(?=\d)/, '')}${glyph}${letter}${second ? `-${second}` : ''}`;
  return { house: { num, frac, suffix, text }, used };
}

/** Parses a house number on its own ('12 1/2', '12-B'); null when it is not one. */
export function parseHouseNumber(text: string): HouseNumber | null {
  const tokens = normaliseText(text).split(' ');
  const parsed = parseHouseTokens([...tokens, '']);
  return parsed && parsed.used === tokens.length ? parsed.house : null;
}

/** Compares normalised house numbers: 12 < 12A < 12B < 12½ < 13 (whole number, then fraction, then suffix); no number sorts last. */
export function compareHouseNumbers(a: HouseNumber | null, b: HouseNumber | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.num - b.num || a.frac - b.frac || naturalCompare(a.suffix, b.suffix);
}

/** Street-name tokens → 'N HIGH ST'. A lone 'North' or 'Court' stays the name ('NORTH ST'). */
export function normaliseStreetTokens(tokens: readonly string[]): string {
  const t = [...tokens];
  let post = '';
  let suffix = '';
  let pre = '';
  const last = t[t.length - 1];
  if (t.length >= 3 && last !== undefined && DIRECTIONS[last] !== undefined) {
    post = DIRECTIONS[last];
    t.pop();
  }
  const end = t[t.length - 1];
  if (t.length >= 2 && end !== undefined && SUFFIXES[end] !== undefined) {
    suffix = SUFFIXES[end];
    t.pop();
  }
  const first = t[0];
  if (t.length >= 2 && first !== undefined && DIRECTIONS[first] !== undefined) {
    pre = DIRECTIONS[first];
    t.shift();
  }
  const name = t.map((w) => ORDINALS[w] ?? w);
  return [pre, ...name, suffix, post].filter(Boolean).join(' ');
}

export function normaliseStreet(street: string): string {
  const text = normaliseText(street);
  return text ? normaliseStreetTokens(text.split(' ')) : '';
}

const SAME_AS_HASH = new Set(['APT', 'UNIT', '#', 'NO']);
const GLUED_UNIT = /^(APT|UNIT|STE|RM|LOT|BLDG|SPC|TRLR|#)(\d.*)$/;

export interface Unit {
  /** As printed: 'APT 2B', '# 4', 'BLDG 3 APT 2'. */
  unit: string;
  /** For householding: designators APT/UNIT/#/NO are one and the same ('# 2B'). */
  unitKey: string;
}

const NO_UNIT: Unit = { unit: '', unitKey: '' };

/** Normalises unit tokens; a bare identifier ('2B') gets the '#' designator. */
export function normaliseUnitTokens(tokens: readonly string[]): Unit {
  const out: string[] = [];
  const key: string[] = [];
  for (const raw of tokens) {
    if (!raw) continue;
    const glued = raw.length > 1 ? GLUED_UNIT.exec(raw) : null;
    const parts = glued?.[1] && glued[2] ? [glued[1], glued[2]] : [raw];
    for (const tok of parts) {
      const d = UNIT_DESIGNATORS[tok];
      if (d !== undefined) {
        const prev = out[out.length - 1];
        if (d === '#' && prev !== undefined && UNIT_DESIGNATORS[prev] !== undefined) continue;
        out.push(d);
        key.push(SAME_AS_HASH.has(d) ? '#' : d);
      } else {
        if (out.length === 0) {
          out.push('#');
          key.push('#');
        }
        out.push(tok);
        key.push(tok);
      }
    }
  }
  // '# APT 2' (a hash before a designator) prints as 'APT 2'.
  if (out[0] === '#' && out[1] !== undefined && UNIT_DESIGNATORS[out[1]] !== undefined) {
    out.shift();
    key.shift();
  }
  return out.length ? { unit: out.join(' '), unitKey: dedupeHash(key).join(' ') } : NO_UNIT;
}

function dedupeHash(key: string[]): string[] {
  return key.filter((k, i) => !(k === '#' && key[i + 1] === '#'));
}

export function normaliseUnit(unit: string): Unit {
  const text = normaliseText(unit).replace(/#(?=\S)/g, '# ');
  return text ? normaliseUnitTokens(text.split(' ')) : NO_UNIT;
}

export interface ParsedAddress extends Unit {
  houseNumber: string;
  street: string;
}

/** Designators that take an identifier ('APT 4') and those that stand alone ('REAR'). */
const NEEDS_ID = new Set([
  'APT',
  'UNIT',
  '#',
  'NO',
  'STE',
  'RM',
  'FL',
  'BLDG',
  'LOT',
  'SPC',
  'TRLR',
  'DEPT',
  'HNGR',
  'PIER',
  'SLIP',
  'PH',
  'OFC',
]);
const STANDALONE = new Set(['BSMT', 'FRNT', 'LOWR', 'UPPR', 'REAR', 'SIDE', 'PH', 'OFC']);

function isUnitStart(tokens: readonly string[], i: number): boolean {
  const tok = tokens[i];
  if (tok === undefined) return false;
  if ((tok.startsWith('#') && tok.length > 1) || GLUED_UNIT.test(tok)) return true;
  const d = UNIT_DESIGNATORS[tok];
  if (d === undefined) return false;
  const last = i === tokens.length - 1;
  if (NEEDS_ID.has(d) && !last) return true;
  return STANDALONE.has(d) && (last || isUnitStart(tokens, i + 1));
}

/** Splits the part after the house number into street and unit ('MAIN ST APT 4'). */
function splitStreetAndUnit(tokens: readonly string[]): { street: string } & Unit {
  // A designator in first position is part of the name ('LOT RD'); it must follow a name token.
  let cut = -1;
  for (let i = 1; i < tokens.length; i++) {
    if (isUnitStart(tokens, i)) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return { street: normaliseStreetTokens(tokens), ...NO_UNIT };
  const unitTokens = tokens
    .slice(cut)
    .flatMap((t) => (t.startsWith('#') && t.length > 1 ? ['#', t.slice(1)] : [t]));
  return {
    street: normaliseStreetTokens(tokens.slice(0, cut)),
    ...normaliseUnitTokens(unitTokens),
  };
}

/**
 * Splits a normalised line into its leading house number ('12', or '12 1/2' when a street
 * follows the fraction) and the rest. `houseKey` is '' when the line has no house number.
 */
function splitHouse(text: string): { houseKey: string; rest: string } {
  const cut = houseEnd(text);
  return cut < 0
    ? { houseKey: '', rest: text }
    : { houseKey: text.slice(0, cut), rest: text.slice(cut + 1) };
}

/** Where the leading house number ends (its length), or -1 when there is none. */
function houseEnd(text: string): number {
  const sp1 = text.indexOf(' ');
  const t0 = sp1 < 0 ? text : text.slice(0, sp1);
  if (!HOUSE_TOKEN.test(t0)) return -1;
  if (sp1 < 0) return text.length;
  const sp2 = text.indexOf(' ', sp1 + 1);
  if (sp2 > 0 && FRACTIONS[text.slice(sp1 + 1, sp2)] !== undefined && /^\d+$/.test(t0)) return sp2;
  return sp1;
}

function houseText(houseKey: string): string {
  return houseKey ? (parseHouseTokens([...houseKey.split(' '), ''])?.house.text ?? houseKey) : '';
}

function joinUnits(a: Unit, b: Unit): Unit {
  if (!b.unit) return a;
  if (!a.unit) return b;
  return { unit: `${a.unit} ${b.unit}`, unitKey: `${a.unitKey} ${b.unitKey}` };
}

/**
 * Parses a street address line (and an optional secondary line) into house number,
 * street and unit. A unit may be inside line 1 ('12 MAIN ST APT 4', as North Carolina
 * writes it) or on line 2 ('APT 4', as Ohio and Florida do); both are kept.
 */
export function parseAddress(line1: string, line2 = ''): ParsedAddress {
  const { houseKey, rest } = splitHouse(normaliseText(line1));
  const { street, ...unit } = splitStreetAndUnit(rest ? rest.split(' ') : []);
  return {
    houseNumber: houseText(houseKey),
    street,
    ...joinUnits(unit, line2 ? normaliseUnit(line2) : NO_UNIT),
  };
}

/**
 * A caching parser for the importer, equivalent to parseAddress: the part after the house
 * number repeats along a street (and units across buildings), so each distinct text is
 * normalised once.
 */
export function createAddressParser(
  maxEntries = 200_000,
): (line1: string, line2: string) => ParsedAddress {
  const rests = new Map<string, { street: string } & Unit>();
  const houses = new Map<string, string>();
  const units = new Map<string, Unit>();
  const remember = <V>(map: Map<string, V>, key: string, value: V): V => {
    if (map.size >= maxEntries) map.clear();
    map.set(key, value);
    return value;
  };
  return (line1, line2) => {
    const text = normaliseText(line1);
    const cut = houseEnd(text);
    const houseKey = cut < 0 ? '' : text.slice(0, cut);
    const rest = cut < 0 ? text : text.slice(cut + 1);
    const su =
      rests.get(rest) ?? remember(rests, rest, splitStreetAndUnit(rest ? rest.split(' ') : []));
    const house = houses.get(houseKey) ?? remember(houses, houseKey, houseText(houseKey));
    const second = line2
      ? (units.get(line2) ?? remember(units, line2, normaliseUnit(line2)))
      : NO_UNIT;
    if (!second.unit)
      return { houseNumber: house, street: su.street, unit: su.unit, unitKey: su.unitKey };
    return { houseNumber: house, street: su.street, ...joinUnits(su, second) };
  };
}
