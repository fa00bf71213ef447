import type { z } from 'zod';
import type { ChannelSpec } from '../../shared/contract/define';
import { localDateOf } from '../../shared/dates';
import type { Host } from '../host';
import type { Session } from '../session';

export interface HandlerContext {
  session: Session;
  host: Host;
}

/** One handler per channel of a feature's channel map, typed from its schemas. */
export type HandlersFor<C extends Record<string, ChannelSpec>> = {
  [K in keyof C]: (
    input: z.output<C[K]['input']>,
  ) => Promise<z.input<C[K]['output']>> | z.input<C[K]['output']>;
};

/** The session clock's calendar date in the chapter's local time (not UTC). */
export function today(session: Session): string {
  return localDateOf(session.clock());
}
