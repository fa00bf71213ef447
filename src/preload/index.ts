/**
 * Exposes `window.chapterhouse`: one named function per contract channel, nothing else
 * (no ipcRenderer, no process). Functions resolve to the `{ ok, value | error }`
 * envelope because errors thrown across the context bridge lose their fields.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/contract';
import { buildBridge } from '../shared/bridge';

contextBridge.exposeInMainWorld(
  'chapterhouse',
  buildBridge(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);
