/**
 * Dates in the chapter's local time. A chapter meets in the evening: at 21:30 in Chicago it
 * is already tomorrow in UTC, so `toISOString().slice(0, 10)` (a UTC date) and
 * `new Date('2026-03-05')` (UTC midnight, the evening before in the Americas) both give the
 * wrong day. These helpers read and write calendar dates in the time zone of the computer
 * the app runs on, which is the chapter's.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's local calendar date (YYYY-MM-DD). */
export function localToday(now: Date = new Date()): string {
  return localDateOf(now);
}

/**
 * A date-only value (YYYY-MM-DD) as a local Date at noon (noon: no daylight-saving change
 * moves it to another day); any other ISO date-time as the instant it names.
 */
export function parseDate(value: string): Date {
  const m = DATE_ONLY.exec(value);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return new Date(value);
}

/**
 * The instant a local calendar date (YYYY-MM-DD) and wall-clock time ("19:00") name, in the
 * chapter's time zone; an invalid date (NaN) when either is unreadable.
 */
export function localInstant(date: string, time: string): Date {
  const d = DATE_ONLY.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return new Date(Number.NaN);
  return new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/**
 * The local calendar date (YYYY-MM-DD) of a stored value: a date-only value is already one;
 * a date-time with an offset becomes the day it fell on here. Unreadable text is returned as is.
 */
export function dateOf(value: string): string {
  if (DATE_ONLY.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : localDateOf(d);
}

/**
 * A date for people to read ("3/5/2026", or in the form `options` ask for), in local time.
 * Takes a date-only value or an ISO date-time; unreadable text is returned as is.
 */
export function formatDate(
  value: string,
  locale?: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const d = parseDate(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(locale, options);
}

/** A local clock time of an instant, as the app shows times everywhere: "19:30". */
export function formatTime(value: string): string {
  const d = parseDate(value);
  return Number.isNaN(d.getTime()) ? value : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An instant as the app shows it everywhere: "3/5/2026, 19:30" (local date, 24-hour time). */
export function formatDateTime(value: string): string {
  const d = parseDate(value);
  return Number.isNaN(d.getTime()) ? value : `${formatDate(value, 'en-US')}, ${formatTime(value)}`;
}
