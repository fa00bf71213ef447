import type { outreachChannels } from '../../shared/contract/outreach';
import {
  createFlyer,
  deleteFlyer,
  flyerHighlightOptions,
  flyerPrintData,
  getFlyer,
  listCounties,
  listFlyers,
  newFlyerDraft,
  outreachSettings,
  saveCountyProfile,
  saveOutreachSettings,
  socialBasics,
  updateFlyer,
} from '../services/outreach';
import { countyCoverage } from '../services/coverage';
import type { HandlerContext, HandlersFor } from './types';

export function outreachHandlers({
  session,
}: HandlerContext): HandlersFor<typeof outreachChannels> {
  return {
    'outreach.counties': () => listCounties(session),
    'outreach.saveCounty': (input) => saveCountyProfile(session, input),
    'outreach.settings': () => outreachSettings(session),
    'outreach.saveSettings': (input) => saveOutreachSettings(session, input),
    'outreach.highlightOptions': () => flyerHighlightOptions(session),
    'outreach.draftFlyer': (input) => newFlyerDraft(session, input),
    'outreach.flyers': () => listFlyers(session),
    'outreach.flyer': ({ id }) => getFlyer(session, id),
    'outreach.createFlyer': (input) => createFlyer(session, input),
    'outreach.updateFlyer': ({ id, flyer }) => updateFlyer(session, id, flyer),
    'outreach.deleteFlyer': ({ id }) => deleteFlyer(session, id),
    'outreach.flyerPrint': ({ id }) => flyerPrintData(session, id),
    'outreach.socialBasics': () => socialBasics(session),
    'outreach.coverage': () => countyCoverage(session),
  };
}
