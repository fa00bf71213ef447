/**
 * The one API contract between renderer and main: channel → input and output schemas.
 * Main validates every call against it; the preload and the e2e bridge are generated
 * from it; the renderer's types come from it.
 */
import type { z } from 'zod';
import { appChannels } from './app';
import { canvassChannels } from './canvass';
import { candidatesChannels } from './candidates';
import { devicesChannels } from './devices';
import { gotvChannels } from './gotv';
import { gotvVotedChannels } from './gotvVoted';
import { meetingsChannels } from './meetings';
import { membersChannels } from './members';
import { outreachChannels } from './outreach';
import { platformChannels } from './platform';
import { printChannels } from './print';
import { settingsChannels } from './settings';
import { syncChannels } from './sync';
import { syncFilesChannels } from './syncFiles';
import { volunteersChannels } from './volunteers';
import { votesChannels } from './votes';

export const contract = {
  ...appChannels,
  ...canvassChannels,
  ...candidatesChannels,
  ...devicesChannels,
  ...gotvChannels,
  ...gotvVotedChannels,
  ...meetingsChannels,
  ...membersChannels,
  ...outreachChannels,
  ...platformChannels,
  ...printChannels,
  ...settingsChannels,
  ...syncChannels,
  ...syncFilesChannels,
  ...volunteersChannels,
  ...votesChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

type Group = Channel extends `${infer G}.${string}` ? G : never;
type Fn<K extends Channel> =
  Input<K> extends undefined ? () => Promise<Output<K>> : (input: Input<K>) => Promise<Output<K>>;

/** `window.chapterhouse`: one named async function per channel, grouped by feature. */
export type ChapterhouseApi = {
  [G in Group]: {
    [K in Channel as K extends `${G}.${infer M}` ? M : never]: Fn<K>;
  };
};

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
