/**
 * Registers every contract channel on ipcMain behind two checks: the call comes from the
 * app's own origin, and from a window whose kind may call that channel (windowKinds.ts).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import type { Dispatch } from './dispatch';
import { isAppUrl } from './origin';
import { mayCall, windowKindOf } from './windowKinds';

function refuse(message: string): Envelope<never> {
  return { ok: false, error: { code: 'internal', message } };
}

export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url, devServerUrl)) {
        return refuse('Refused: the call did not come from Chapterhouse.');
      }
      const kind = windowKindOf(event.sender?.id ?? -1);
      if (!mayCall(kind, channel)) {
        return refuse(
          kind
            ? `Refused: the ${kind} window may not call ${channel}.`
            : `Refused: the call to ${channel} did not come from a Chapterhouse window.`,
        );
      }
      return dispatch(channel, input);
    });
  }
}
