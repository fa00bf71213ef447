/**
 * County profiles: what volunteers in one of the chapter's counties need on paper — who to
 * call, the next meeting or event, the election date, the official polling-place lookup
 * and the languages used in outreach there.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { DateSchema, FipsSchema, TimestampSchema, tooLong } from '../schema/common';

const text = (label: string, max: number) => z.string().trim().max(max, tooLong(label, max));

/** '' (not set) or a calendar date. */
const optionalDate = z.union([z.literal(''), DateSchema]);

/** '' or an http(s) address: only web addresses may be printed as a QR code or opened. */
export const WebAddressSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(LIMITS.short, tooLong('The address', LIMITS.short))
    .pipe(z.url({ protocol: /^https?$/, error: 'Use a web address starting with https://' })),
]);

export const EventSchema = z.object({
  title: text('Event name', LIMITS.name),
  /** The event's name in Spanish, for Spanish flyers ('' uses the name above). */
  titleEs: text('Spanish event name', LIMITS.name).default(''),
  date: optionalDate,
  time: z.union([
    z.literal(''),
    z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:00'),
  ]),
  place: text('Place', LIMITS.title),
});
export type OutreachEvent = z.infer<typeof EventSchema>;

export const CountyProfileInputSchema = z.object({
  fips: FipsSchema,
  contact: z.object({
    name: text('Contact name', LIMITS.name),
    phone: text('Phone', LIMITS.name),
    email: z.union([
      z.literal(''),
      z
        .email('Use an email address like name@example.org')
        .max(LIMITS.title, tooLong('The email', LIMITS.title)),
    ]),
  }),
  event: EventSchema,
  electionDate: optionalDate,
  pollingLookupUrl: WebAddressSchema,
  languages: z
    .array(text('A language', LIMITS.name).min(1, 'A language needs a name'))
    .max(LIMITS.languages, `At most ${LIMITS.languages} languages`),
});

/**
 * `outreach.saveCounty`: a whole profile, except that the Spanish event name (added after
 * the rest) may be left out; it then keeps its saved value instead of going back to ''.
 */
export const CountyProfileSaveSchema = CountyProfileInputSchema.extend({
  event: EventSchema.extend({ titleEs: EventSchema.shape.titleEs.unwrap().optional() }),
});
export type CountyProfileSave = z.output<typeof CountyProfileSaveSchema>;

export const CountyProfileSchema = CountyProfileInputSchema.extend({ updatedAt: TimestampSchema });
export type CountyProfile = z.infer<typeof CountyProfileSchema>;

export function emptyCountyProfile(fips: string): z.output<typeof CountyProfileInputSchema> {
  return {
    fips,
    contact: { name: '', phone: '', email: '' },
    event: { title: '', titleEs: '', date: '', time: '', place: '' },
    electionDate: '',
    pollingLookupUrl: '',
    languages: ['English'],
  };
}

export type Lang = 'en' | 'es';
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** A calendar date written out in the language: "Thursday, December 3, 2026". */
export function longDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A clock time in the language's usual form: "7:00 PM" / "19:00". */
export function clockTime(time: string, lang: Lang): string {
  const [h, min] = time.split(':').map(Number);
  if (h === undefined || min === undefined || Number.isNaN(h) || Number.isNaN(min)) return time;
  if (lang === 'es') return `${String(h)}:${String(min).padStart(2, '0')}`;
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${String(hour)}:${String(min).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** "Chapter meeting: Thursday, December 3, 2026, 7:00 PM, Main Library" (parts that are set). */
export function eventLine(event: OutreachEvent, lang: Lang): string {
  const when = [
    event.date ? longDate(event.date, lang) : '',
    event.time ? clockTime(event.time, lang) : '',
  ]
    .filter(Boolean)
    .join(lang === 'es' ? ', a las ' : ', ');
  const rest = [when, event.place].filter(Boolean).join(', ');
  const title = lang === 'es' ? event.titleEs || event.title : event.title;
  if (!title) return rest;
  return rest ? `${title}: ${rest}` : title;
}

export function electionLine(date: string, lang: Lang): string {
  if (!date) return '';
  return lang === 'es'
    ? `Día de elecciones: ${longDate(date, 'es')}`
    : `Election day: ${longDate(date, 'en')}`;
}

export function contactLine(contact: CountyProfile['contact']): string {
  return [contact.name, contact.phone, contact.email].filter(Boolean).join(' · ');
}
