import type { devicesChannels } from '../../shared/contract/devices';
import { syncHub } from '../sync/syncHub';
import type { HandlerContext, HandlersFor } from './types';

export function devicesHandlers({ session }: HandlerContext): HandlersFor<typeof devicesChannels> {
  const hub = () => syncHub(session);
  return {
    'devices.status': () => hub().status(),
    'devices.turnOn': ({ deviceName }) => hub().turnOn(deviceName),
    'devices.pair': (input) => hub().pair(input),
    'devices.revoke': ({ id }) => hub().revoke(id),
    'devices.setServer': ({ url }) => hub().setServer(url),
    'devices.setLan': (input) => hub().setLan(input),
    'devices.join': (input) => hub().join(input),
  };
}
