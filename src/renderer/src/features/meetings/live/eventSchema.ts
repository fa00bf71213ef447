import type { z } from 'zod';
import { LiveEventInputSchema, type LiveEventInput } from '../../../../../shared/contract/meetings';
import { parsedAs } from '../../../ui/Form';

/**
 * A live-meeting form's schema: its fields (`fields`) make one event (`toEvent`), checked as
 * `meetings.event` checks it, with the event's issues shown on the fields of the same name.
 */
export function eventSchema<F extends z.ZodType<Record<string, unknown>>>(
  fields: F,
  toEvent: (values: z.output<F>) => LiveEventInput,
  fieldOf?: (path: readonly PropertyKey[]) => string,
) {
  return fields.transform(parsedAs(LiveEventInputSchema, toEvent, fieldOf));
}

/** The optional part of an event: left out when the text is blank. */
export function ifText<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value.trim() ? ({ [key]: value } as Record<K, string>) : {};
}
