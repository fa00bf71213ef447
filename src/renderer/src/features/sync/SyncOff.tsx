import { Notice } from '../../ui/Notice';

/** What every Sync page says while sync is off on this laptop. */
export function SyncOff() {
  return (
    <Notice kind="info">
      Sync is off on this laptop: nothing leaves it. Turn it on in Settings → Devices.
    </Notice>
  );
}
