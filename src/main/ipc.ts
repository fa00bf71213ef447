/** Registers every contract channel on ipcMain behind a sender check. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/contract';
import type { Dispatch } from './dispatch';
import { isAppUrl } from './origin';

export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url, devServerUrl)) {
        return {
          ok: false,
          error: { code: 'internal', message: 'Refused: the call did not come from Chapterhouse.' },
        };
      }
      return dispatch(channel, input);
    });
  }
}
