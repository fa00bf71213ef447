import { useState } from 'react';
import { formatDateTime } from '../../../../shared/dates';
import {
  devicesChannels,
  type DeviceRow,
  type DevicesStatus,
  type Pairing,
} from '../../../../shared/contract/devices';
import { api } from '../../api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { QrCode } from '../../ui/QrCode';
import type { Action } from '../../ui/useAction';
import { LanForm } from './DeviceForms';
import { ROLE_SHORT } from './roles';

interface Props {
  status: DevicesStatus;
  action: Action;
  /** Called after a change: the panel reads the status again. */
  onStatus: () => void;
}

/** The chapter laptop's part: the local network server, pairing, the device list. */
export function ChapterDevices({ status, action, onStatus }: Props) {
  const [revoking, setRevoking] = useState<DeviceRow | null>(null);
  return (
    <>
      <h3>Local network</h3>
      <LanForm status={status} action={action} onStatus={onStatus} />
      {status.lan.listening && <p>Listening at {status.lan.listening}.</p>}
      <h3>Pair a new device</h3>
      <PairForm
        action={action}
        reachable={status.lan.listening !== null || status.server !== null}
      />
      <h3>Paired devices</h3>
      <table className="table device-list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Paired</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {status.devices.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td>{ROLE_SHORT[d.role]}</td>
              <td>{formatDateTime(d.pairedAt)}</td>
              <td>
                {d.revokedAt ? (
                  `Revoked ${formatDateTime(d.revokedAt)}`
                ) : d.role === 'chapter' ? (
                  'This laptop'
                ) : (
                  <button
                    type="button"
                    onClick={() => setRevoking(d)}
                    aria-label={`Revoke ${d.name}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.serverTokenLine && (
        <Field
          label="Line for the sync server’s tokens file"
          hint="Lets this laptop in; the server learns the other devices from this laptop."
        >
          <textarea readOnly rows={3} value={status.serverTokenLine} spellCheck={false} />
        </Field>
      )}
      {revoking && (
        <ConfirmModal
          title={`Revoke ${revoking.name}?`}
          cancelLabel="Keep it"
          confirmLabel="Revoke"
          onCancel={() => setRevoking(null)}
          onConfirm={() => {
            const id = revoking.id;
            setRevoking(null);
            void action.run(() => api.devices.revoke({ id }), {
              success: `${revoking.name} is revoked: it can no longer sync. What it wrote stays, under its name.`,
              onSuccess: onStatus,
            });
          }}
        >
          <p>Its token stops working at once. What it already wrote stays, attributed to it.</p>
        </ConfirmModal>
      )}
    </>
  );
}

function PairForm({ action, reachable }: { action: Action; reachable: boolean }) {
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const form = useSchemaForm(devicesChannels['devices.pair'].input, {
    name: '',
    role: 'volunteer',
  });
  return (
    <>
      {!reachable && (
        <p className="hint">
          The new laptop redeems the code through the sync server or over the local network: set one
          of them up first.
        </p>
      )}
      <Form
        form={form}
        action={action}
        submitLabel="Make a pairing code"
        askBeforeLeaving={false}
        onSubmit={(values) => api.devices.pair(values)}
        onSuccess={setPairing}
      >
        <Field label="The new laptop’s name">
          <input {...form.register('name')} autoComplete="off" />
        </Field>
        <Field label="Role">
          <select {...form.register('role')}>
            <option value="volunteer">Volunteer (field work, no member contacts)</option>
            <option value="officer">Officer (members and field work)</option>
          </select>
        </Field>
      </Form>
      {pairing && (
        <div className="pairing" role="region" aria-label="Pairing code">
          <p>On the new laptop, choose “Join a chapter from another laptop” and type:</p>
          <p className="pairing-code">{pairing.code}</p>
          {pairing.address && (
            <p>
              Address: <code className="pairing-address">{pairing.address}</code>
            </p>
          )}
          <p>Good once, until {formatDateTime(pairing.expiresAt)}.</p>
          <QrCode url={pairing.qrText} className="pairing-qr" />
        </div>
      )}
    </>
  );
}
