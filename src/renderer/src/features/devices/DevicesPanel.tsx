import { useEffect } from 'react';
import type { DevicesStatus } from '../../../../shared/contract/devices';
import { api } from '../../api';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { ChapterDevices } from './ChapterDevices';
import { ServerForm, TurnOnForm } from './DeviceForms';
import { ROLE_WORDS } from './roles';
import './devices.css';

const REFRESH_MS = 2000;

/** Settings → Devices: this laptop's place in the chapter, and how it syncs. */
export function DevicesPanel() {
  const { value, error, reload } = useAsync(() => api.devices.status());
  const action = useAction();
  // The connection's state changes on its own: read it again every few seconds.
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const status = value;
  return (
    <section className="card devices" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Devices</h2>
      <Notice kind="error">{error}</Notice>
      <ActionNotice action={action} />
      {status && <DevicesBody status={status} action={action} onStatus={reload} />}
    </section>
  );
}

function DevicesBody({
  status,
  action,
  onStatus,
}: {
  status: DevicesStatus;
  action: ReturnType<typeof useAction>;
  onStatus: () => void;
}) {
  if (status.sample) return <p>The sample chapter never syncs.</p>;
  if (!status.on || !status.thisDevice) {
    return (
      <>
        <p>
          Sync is off: nothing leaves this laptop. Turn it on here, on the chapter laptop, to let
          officers and volunteers work on this chapter from their own laptops. To put this laptop in
          a chapter that another laptop keeps, use “Join a chapter from another laptop” on a new,
          empty Chapterhouse instead.
        </p>
        <TurnOnForm action={action} onStatus={onStatus} />
      </>
    );
  }
  const me = status.thisDevice;
  return (
    <>
      <p>
        This laptop: <strong>{me.name}</strong>, {ROLE_WORDS[me.role]}.
      </p>
      <p className="sync-state" role="status" aria-label="Sync status">
        {status.connection.words}
      </p>
      <ServerForm key={status.server ?? ''} status={status} action={action} onStatus={onStatus} />
      {me.role === 'chapter' && (
        <ChapterDevices status={status} action={action} onStatus={onStatus} />
      )}
    </>
  );
}
