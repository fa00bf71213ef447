/**
 * The USB stick: a file for another laptop of the chapter (what it lacks since its last file
 * came here, or everything), and the import of a file another laptop made for this one.
 */
import type { StickImport, StickPeers } from '../../../../shared/contract/syncFiles';
import { syncFilesChannels } from '../../../../shared/contract/syncFiles';
import { formatDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ItemOptions } from '../../ui/Options';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useAction } from '../../ui/useAction';
import { SyncOff } from './SyncOff';
import { ROLE_WORDS } from './words';

const ExportSchema = syncFilesChannels['syncFiles.export'].input;

function imported(result: StickImport): string | null {
  if (!result.imported) return null;
  const from = `the file from “${result.from ?? 'another laptop'}”`;
  return result.newChanges
    ? `Imported ${from}: its changes are here now.`
    : `Nothing new in ${from}: everything in it was already here.`;
}

function peerLabel(peer: StickPeers['peers'][number]): string {
  const last = peer.lastFileAt
    ? `last file from it ${formatDateTime(peer.lastFileAt)}`
    : 'no file from it yet';
  return `${peer.name} (${ROLE_WORDS[peer.role]}; ${last})`;
}

function ExportForm({ peers }: { peers: StickPeers['peers'] }) {
  const form = useSchemaForm(ExportSchema, { to: peers[0]?.id ?? '', kind: 'delta' });
  return (
    <Form
      form={form}
      aria-label="Save a file for another laptop"
      className="form"
      showError
      onSubmit={(input) => api.syncFiles.export(input)}
      success={(r) =>
        r.saved
          ? `Saved ${r.fileName ?? 'the file'}. Carry it to the other laptop and import it there.`
          : null
      }
      submitLabel="Save file…"
    >
      <Field label="For the laptop">
        <select {...form.register('to')}>
          <ItemOptions items={peers} label={peerLabel} />
        </select>
      </Field>
      <fieldset>
        <legend>What to put in it</legend>
        <label className="check">
          <input type="radio" value="delta" {...form.register('kind')} />
          What that laptop lacks since its last file came here (smaller)
        </label>
        <label className="check">
          <input type="radio" value="full" {...form.register('kind')} />
          Everything (when unsure what it has)
        </label>
      </fieldset>
    </Form>
  );
}

export function UsbStickPanel() {
  const { value: peers, error, reload } = useAsync(() => api.syncFiles.peers());
  const action = useAction({ onSuccess: reload });
  if (!peers) return <Notice kind={error ? 'error' : 'info'}>{error ?? 'Loading…'}</Notice>;
  if (!peers.device) return <SyncOff />;
  return (
    <section className="card" aria-labelledby="usb-heading">
      <h2 id="usb-heading">USB stick</h2>
      <p>
        Without a network, carry changes between this chapter’s laptops on a USB stick. The file is
        encrypted with the chapter’s key and signed by this laptop (“{peers.device.name}”); the
        other laptop refuses it if anything in it was changed. Importing the same file twice changes
        nothing.
      </p>
      {peers.peers.length ? (
        <ExportForm peers={peers.peers} />
      ) : (
        <Notice kind="info">No other laptop is paired with this chapter yet.</Notice>
      )}
      <h3>Import a file from another laptop</h3>
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.syncFiles.import(), { success: imported })}
      >
        Import a file…
      </button>
      <ActionNotice action={action} />
    </section>
  );
}
