/** How the volunteer screens write lists, times and counts. */
import { clockTime } from '../../../../shared/outreach/county';

/** "Canvassing, Driving" from values and their labels; "—" for none. */
export function labelled<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
) {
  return values.map((v) => labels[v]).join(', ') || '—';
}

/** "10:00 AM – 1:00 PM". */
export function timeSpan(start: string, end: string): string {
  return `${clockTime(start, 'en')} – ${clockTime(end, 'en')}`;
}

/** "1 volunteer", "3 volunteers". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Hours to one decimal place at most: "3", "2.5". */
export function hours(h: number): string {
  return String(Math.round(h * 10) / 10);
}
