/**
 * Exposes `window.chapterhouse`: one named function per contract channel, nothing else
 * (no ipcRenderer, no process). Functions resolve to the `{ ok, value | error }`
 * envelope because errors thrown across the context bridge lose their fields.
 * Only the channel names are bundled here (no zod, no schemas): main validates every call.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/contract/channelNames';
import { buildBridge } from '../shared/bridge';

contextBridge.exposeInMainWorld(
  'chapterhouse',
  buildBridge(CHANNEL_NAMES, (channel, input) => ipcRenderer.invoke(channel, input)),
);
