/**
 * Exposes `window.chapterhouse`: one named function per contract channel, nothing else
 * (no ipcRenderer, no process). Functions resolve to the `{ ok, value | error }`
 * envelope because errors thrown across the context bridge lose their fields.
 */
/* eng-disable PRELOAD_JS_CHECK -- reviewed: exposes only the contract's channels through invoke */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/contract';
import { buildBridge } from '../shared/bridge';

contextBridge.exposeInMainWorld(
  'chapterhouse',
  buildBridge(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);
