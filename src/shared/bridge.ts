/**
 * Builds the grouped API object (`members.add`, `print.save`, …) from channel names.
 * Used by the preload (over ipcRenderer.invoke) and the e2e bridge (over Playwright).
 */
import type { Envelope } from './errors';

export type Invoke = (channel: string, input: unknown) => Promise<Envelope<unknown>>;
export type BridgeObject = Record<
  string,
  Record<string, (input?: unknown) => Promise<Envelope<unknown>>>
>;

export function buildBridge(channels: readonly string[], invoke: Invoke): BridgeObject {
  const api: BridgeObject = {};
  for (const channel of channels) {
    const [group = '', name = ''] = channel.split('.');
    api[group] ??= {};
    api[group][name] = (input?: unknown) => invoke(channel, input);
  }
  return api;
}
