import { devicesChannels } from '../../../../shared/contract/devices';
import { api } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';

/** First run: put this laptop in a chapter another laptop keeps, with its pairing code. */
export function JoinChapter() {
  const { setStatus } = useAppStatus();
  const form = useSchemaForm(devicesChannels['devices.join'].input, {
    address: '',
    code: '',
    deviceName: '',
  });
  return (
    <section aria-labelledby="join-heading" className="card">
      <h2 id="join-heading">Join a chapter from another laptop</h2>
      <p>
        On the chapter laptop, open Settings → Devices and make a pairing code. Then type it here
        with the address it shows. This laptop then syncs with the chapter.
      </p>
      <Form
        form={form}
        submitLabel="Join the chapter"
        onSubmit={(values) => api.devices.join(values)}
        onSuccess={setStatus}
      >
        <Field
          label="Address shown with the code"
          hint="The chapter laptop’s (ws://192.168.1.20:4780) or the sync server’s (wss://sync.example.org)"
        >
          <input {...form.register('address')} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label="Pairing code">
          <input {...form.register('code')} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label="This laptop’s name">
          <input {...form.register('deviceName')} autoComplete="off" />
        </Field>
      </Form>
    </section>
  );
}
