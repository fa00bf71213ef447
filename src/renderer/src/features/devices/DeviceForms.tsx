import { z } from 'zod';
import { devicesChannels, type DevicesStatus } from '../../../../shared/contract/devices';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';

interface Props {
  action: Action;
  /** Called after a change: the panel reads the status again. */
  onStatus: () => void;
}

export function TurnOnForm({ action, onStatus }: Props) {
  const form = useSchemaForm(devicesChannels['devices.turnOn'].input, { deviceName: '' });
  return (
    <Form
      form={form}
      action={action}
      submitLabel="Turn sync on"
      onSubmit={(values) => api.devices.turnOn(values)}
      onSuccess={onStatus}
      success="Sync is on. This is the chapter laptop: pair the other laptops below."
    >
      <Field
        label="This laptop’s name"
        hint="How the other laptops will see it, e.g. “Office laptop”."
      >
        <input {...form.register('deviceName')} autoComplete="off" />
      </Field>
    </Form>
  );
}

const ServerSchema = z.object({ url: z.string().trim().max(500) });

export function ServerForm({ status, action, onStatus }: Props & { status: DevicesStatus }) {
  const form = useSchemaForm(ServerSchema, { url: status.server ?? '' });
  return (
    <Form
      form={form}
      action={action}
      submitLabel="Save server address"
      onSubmit={({ url }) => api.devices.setServer({ url: url || null })}
      onSuccess={onStatus}
      success={(s) => (s.server ? 'Server address saved.' : 'This laptop no longer uses a server.')}
    >
      <Field
        label="Sync server address"
        hint="e.g. wss://sync.example.org — leave empty to stop using a server."
      >
        <input {...form.register('url')} autoComplete="off" spellCheck={false} />
      </Field>
    </Form>
  );
}

const LanSchema = devicesChannels['devices.setLan'].input;

export function LanForm({ status, action, onStatus }: Props & { status: DevicesStatus }) {
  const form = useSchemaForm(LanSchema, {
    enabled: status.lan.enabled,
    host: status.lan.host,
    port: status.lan.port,
  });
  return (
    <Form
      form={form}
      action={action}
      submitLabel="Save local network setting"
      onSubmit={(values) => api.devices.setLan(values)}
      onSuccess={onStatus}
      success={(s) =>
        s.lan.listening
          ? `Serving the chapter at ${s.lan.listening}.`
          : 'Not serving on the network.'
      }
    >
      <label className="check">
        <input type="checkbox" {...form.register('enabled')} /> Serve the chapter on the local
        network
      </label>
      <Field
        label="Address to listen on"
        hint="Only laptops that can reach this address can connect."
      >
        <select {...form.register('host')}>
          {status.lan.choices.map((address) => (
            <option key={address} value={address}>
              {address}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Port">
        <input type="number" {...form.register('port', { valueAsNumber: true })} />
      </Field>
    </Form>
  );
}
