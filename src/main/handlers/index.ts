/** Every channel's handler, one module per feature; the type checks none is missing. */
import type { Contract } from '../../shared/contract';
import { appHandlers } from './app';
import { canvassHandlers } from './canvass';
import { candidatesHandlers } from './candidates';
import { devicesHandlers } from './devices';
import { gotvHandlers } from './gotv';
import { gotvVotedHandlers } from './gotvVoted';
import { meetingsHandlers } from './meetings';
import { membersHandlers } from './members';
import { outreachHandlers } from './outreach';
import { platformHandlers } from './platform';
import { printHandlers } from './print';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';
import { syncFilesHandlers } from './syncFiles';
import { volunteersHandlers } from './volunteers';
import { votesHandlers } from './votes';
import type { HandlerContext, HandlersFor } from './types';

export function allHandlers(ctx: HandlerContext): HandlersFor<Contract> {
  return {
    ...appHandlers(ctx),
    ...canvassHandlers(ctx),
    ...candidatesHandlers(ctx),
    ...devicesHandlers(ctx),
    ...gotvHandlers(ctx),
    ...gotvVotedHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...membersHandlers(ctx),
    ...outreachHandlers(ctx),
    ...platformHandlers(ctx),
    ...printHandlers(ctx),
    ...settingsHandlers(ctx),
    ...syncHandlers(ctx),
    ...syncFilesHandlers(ctx),
    ...volunteersHandlers(ctx),
    ...votesHandlers(ctx),
  };
}
