import { useState } from 'react';
import { countyByFips } from '../../../../shared/geo/counties';
import type { Member } from '../../../../shared/schema/member';
import { api, messageOf } from '../../api';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { Field } from '../../ui/Field';
import { MemberForm } from './MemberForm';
import { ImportMembers } from './ImportMembers';
import { SignInSheetPanel } from './SignInSheetPanel';

type Editing =
  | { kind: 'add' }
  | { kind: 'edit'; member: Member }
  | { kind: 'deactivate'; member: Member }
  | null;
type Filter = 'active' | 'inactive' | 'all';

export function MembersPage() {
  const { value: members, error, reload } = useAsync(() => api.members.list());
  const [editing, setEditing] = useState<Editing>(null);
  const [filter, setFilter] = useState<Filter>('active');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      setEditing(null);
      setMessage({ kind: 'success', text: success });
      reload();
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };

  const shown = (members ?? []).filter(
    (m) => filter === 'all' || (filter === 'active') === m.active,
  );
  const activeCount = (members ?? []).filter((m) => m.active).length;

  return (
    <section aria-labelledby="members-heading">
      <div className="page-head">
        <h1 id="members-heading">Members</h1>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'add' })}>
          Add member
        </button>
      </div>
      <p className="muted">
        {activeCount} active of {members?.length ?? 0} on record.
      </p>
      <Notice kind="error">{error}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      <fieldset className="segmented">
        <legend>Show</legend>
        {(['active', 'inactive', 'all'] as const).map((f) => (
          <label key={f} className="check">
            <input
              type="radio"
              name="member-filter"
              checked={filter === f}
              onChange={() => setFilter(f)}
            />
            {f === 'active' ? 'Active' : f === 'inactive' ? 'Inactive' : 'Everyone'}
          </label>
        ))}
      </fieldset>

      <table className="table">
        <caption className="visually-hidden">Members</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">County</th>
            <th scope="col">Roles</th>
            <th scope="col">Joined</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>{m.county ? (countyByFips(m.county)?.name ?? m.county) : '—'}</td>
              <td>{m.roles.join(', ') || '—'}</td>
              <td>{m.joined}</td>
              <td>{m.active ? 'Active' : `Inactive: ${m.deactivation?.reason ?? ''}`}</td>
              <td className="row-actions">
                <button
                  type="button"
                  onClick={() => setEditing({ kind: 'edit', member: m })}
                  aria-label={`Edit ${m.name}`}
                >
                  Edit
                </button>
                {m.active ? (
                  <button
                    type="button"
                    onClick={() => setEditing({ kind: 'deactivate', member: m })}
                    aria-label={`Deactivate ${m.name}`}
                  >
                    Deactivate
                  </button>
                ) : (
                  <button
                    type="button"
                    aria-label={`Reactivate ${m.name}`}
                    onClick={() =>
                      run(() => api.members.reactivate({ id: m.id }), `${m.name} is active again.`)
                    }
                  >
                    Reactivate
                  </button>
                )}
              </td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No members to show.
              </td>
            </tr>
          )}
        </tbody>
      </table>

      <ImportMembers
        onImported={(text) => {
          setMessage({ kind: 'success', text });
          reload();
        }}
      />
      <SignInSheetPanel />

      {editing?.kind === 'add' && (
        <Modal title="Add member" onClose={() => setEditing(null)}>
          <MemberForm
            submitLabel="Add member"
            onCancel={() => setEditing(null)}
            onSubmit={(input) => run(() => api.members.add(input), `${input.name} added.`)}
          />
        </Modal>
      )}
      {editing?.kind === 'edit' && (
        <Modal title={`Edit ${editing.member.name}`} onClose={() => setEditing(null)}>
          <MemberForm
            initial={editing.member}
            submitLabel="Save changes"
            onCancel={() => setEditing(null)}
            onSubmit={(input) =>
              run(
                () => api.members.update({ id: editing.member.id, member: input }),
                `${input.name} saved.`,
              )
            }
          />
        </Modal>
      )}
      {editing?.kind === 'deactivate' && (
        <DeactivateDialog
          member={editing.member}
          onCancel={() => setEditing(null)}
          onConfirm={(reason) =>
            run(
              () => api.members.deactivate({ id: editing.member.id, reason }),
              `${editing.member.name} deactivated.`,
            )
          }
        />
      )}
    </section>
  );
}

function DeactivateDialog({
  member,
  onCancel,
  onConfirm,
}: {
  member: Member;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <Modal title={`Deactivate ${member.name}`} onClose={onCancel}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError('Give a reason: it stays on the member’s record.');
            return;
          }
          void onConfirm(reason.trim());
        }}
      >
        <p>
          Deactivated members stay on record and can be reactivated. They no longer count toward
          quorum.
        </p>
        <Field label="Reason" error={error}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            Deactivate
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
