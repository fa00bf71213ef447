/**
 * Values read out of a voter-file row: a trimmed cell, a sex code, dates in the layouts the
 * states use, and a birth date's ISO date, year and age on a reference date. Pure.
 */
import { LIMITS } from '../limits';

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const num = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digit(s, i);
  return n;
};

/** 'YYYY-MM-DD', 'MM/DD/YYYY' (1- or 2-digit month and day) or 'YYYYMMDD' → [y, m, d]. */
export function parseDate(s: string): [number, number, number] | null {
  let y: number;
  let m: number;
  let d: number;
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    y = num(s, 0, 4);
    m = num(s, 5, 7);
    d = num(s, 8, 10);
  } else if (s.length === 8 && !s.includes('/')) {
    y = num(s, 0, 4);
    m = num(s, 4, 6);
    d = num(s, 6, 8);
  } else {
    const match =
      /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
    if (!match) return null;
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [y, m, d] = (match[1]?.length ?? 0) === 4 ? [a, b, c] : [c, a, b];
  }
  return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : null;
}

export interface Birth {
  date: string;
  year: number | null;
  age: number | null;
}

/** A birth date as read → ISO date, year and age on the reference date `ref` ([y, m, d]). */
export function parseBirth(raw: string, ref: readonly [number, number, number]): Birth {
  const d = parseDate(raw);
  if (!d) return { date: '', year: null, age: null };
  const [ry, rm, rd] = ref;
  const [y, m, day] = d;
  const age = ry - y - (rm < m || (rm === m && rd < day) ? 1 : 0);
  const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, year: y, age: age >= 0 && age < 130 ? age : null };
}

export function cell(fields: readonly string[], i: number): string {
  if (i < 0) return '';
  const v = fields[i];
  return v === undefined ? '' : v.trim();
}

/**
 * A phone number as filed → '(614) 555-0142' when it is a US number of 10 digits (a leading
 * 1 dropped; a 7-digit number takes the area code column when the file splits them), else
 * the text as filed (cut to LIMITS.name); '' when it holds no digit (or only zeros).
 */
export function phoneOf(number: string, area = ''): string {
  const raw = number.trim();
  let digits = raw.replace(/\D/g, '');
  if (!/[1-9]/.test(digits)) return '';
  const areaDigits = area.replace(/\D/g, '');
  if (digits.length === 7 && areaDigits.length === 3) digits = areaDigits + digits;
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length === 10)
    return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
  return raw.slice(0, LIMITS.name);
}

export function sexCode(s: string): string {
  const c = s.trim().charAt(0).toUpperCase();
  return c === 'M' || c === 'F' ? c : c ? 'U' : '';
}
