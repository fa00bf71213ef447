import type { printChannels } from '../../shared/contract/print';
import { savePdf, saveSocialImage, signInSheet } from '../services/print';
import type { HandlerContext, HandlersFor } from './types';

export function printHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof printChannels> {
  return {
    'print.signInSheet': (input) => signInSheet(session, input),
    'print.save': (input) => savePdf(session, host, input),
    'print.saveImage': (input) => saveSocialImage(session, host, input),
  };
}
