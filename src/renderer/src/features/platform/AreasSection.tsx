import { useState } from 'react';
import { platformChannels, type PlatformView } from '../../../../shared/contract/platform';
import { api } from '../../api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';

const NameSchema = platformChannels['platform.renameArea'].input.pick({ name: true });
type Area = PlatformView['platform']['areas'][number];

/** Renames, removes and adds policy areas. */
export function AreasSection({ view, action }: { view: PlatformView; action: Action }) {
  const form = useSchemaForm(NameSchema, { name: '' });
  return (
    <details className="card">
      <summary>Edit policy areas</summary>
      <ul>
        {view.platform.areas.map((a) => (
          <li key={a.id}>
            <AreaForm area={a} action={action} />
          </li>
        ))}
      </ul>
      <Form
        form={form}
        action={action}
        className="form inline"
        aria-label="Add an area"
        onSubmit={({ name }) => api.platform.addArea({ name, description: '' })}
        success="Area added."
        resetOnSuccess
        submitLabel="Add area"
        primary={false}
      >
        <Field label="New area">
          <input {...form.register('name')} />
        </Field>
      </Form>
    </details>
  );
}

function AreaForm({ area, action }: { area: Area; action: Action }) {
  const form = useSchemaForm(NameSchema, { name: area.name });
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Form
        form={form}
        action={action}
        className="form inline"
        aria-label={`Area ${area.name}`}
        onSubmit={({ name }) => api.platform.renameArea({ id: area.id, name })}
        success="Area renamed."
        submitLabel="Rename"
        primary={false}
        actions={
          <button type="button" disabled={action.busy} onClick={() => setConfirming(true)}>
            Remove
          </button>
        }
      >
        <Field label="Area name">
          <input {...form.register('name')} />
        </Field>
      </Form>
      {confirming && (
        <ConfirmModal
          title={`Remove the area “${area.name}”?`}
          cancelLabel="Keep it"
          confirmLabel="Remove the area"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void action.run(() => api.platform.removeArea({ id: area.id }), {
              success: 'Area removed.',
            });
          }}
        >
          <p>The area leaves the platform’s table of contents.</p>
        </ConfirmModal>
      )}
    </>
  );
}
