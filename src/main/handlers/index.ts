/** Every channel's handler, one module per feature; the type checks none is missing. */
import type { Contract } from '../../shared/contract';
import { appHandlers } from './app';
import { candidatesHandlers } from './candidates';
import { membersHandlers } from './members';
import { outreachHandlers } from './outreach';
import { printHandlers } from './print';
import { votesHandlers } from './votes';
import type { HandlerContext, HandlersFor } from './types';

export function allHandlers(ctx: HandlerContext): HandlersFor<Contract> {
  return {
    ...appHandlers(ctx),
    ...candidatesHandlers(ctx),
    ...membersHandlers(ctx),
    ...outreachHandlers(ctx),
    ...printHandlers(ctx),
    ...votesHandlers(ctx),
  };
}
