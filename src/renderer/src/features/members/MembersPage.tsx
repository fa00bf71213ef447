import { useState } from 'react';
import { membersChannels } from '../../../../shared/contract/members';
import { matchesSearch } from '../../../../shared/text';
import type { Member } from '../../../../shared/schema/member';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { Modal } from '../../ui/Modal';
import { SearchBox } from '../../ui/SearchBox';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { ImportMembers } from './ImportMembers';
import { MemberForm } from './MemberForm';
import { SignInSheetPanel } from './SignInSheetPanel';
import { useCounties } from '../../ui/useCounties';

type Editing =
  | { kind: 'add' }
  | { kind: 'edit'; member: Member }
  | { kind: 'deactivate'; member: Member }
  | null;
type Filter = 'active' | 'inactive' | 'all';

export function MembersPage() {
  const { countyByFips } = useCounties();
  const { value: members, error, reload } = useAsync(() => api.members.list());
  const [editing, setEditing] = useState<Editing>(null);
  const [filter, setFilter] = useState<Filter>('active');
  const [search, setSearch] = useState('');
  const action = useAction({
    onSuccess: () => {
      setEditing(null);
      reload();
    },
  });
  const close = () => {
    setEditing(null);
    action.clearError();
  };

  const shown = members?.filter(
    (m) =>
      (filter === 'all' || (filter === 'active') === m.active) &&
      matchesSearch(`${m.name} ${m.email ?? ''}`, search),
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
      {/* While a dialog is open, it shows its own error. */}
      {!editing && <ActionNotice action={action} />}

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
      <SearchBox label="Search members" value={search} onChange={setSearch} />

      <DataTable
        caption="Members"
        captionHidden
        rows={shown ?? []}
        rowKey={(m) => m.id}
        empty="No members to show."
        columns={[
          { header: 'Name', rowHeader: true, cell: (m) => m.name },
          {
            header: 'County',
            cell: (m) => (m.county ? (countyByFips(m.county)?.name ?? m.county) : '—'),
          },
          { header: 'Roles', cell: (m) => m.roles.join(', ') || '—' },
          { header: 'Joined', cell: (m) => m.joined },
          {
            header: 'Status',
            cell: (m) => (m.active ? 'Active' : `Inactive: ${m.deactivation?.reason ?? ''}`),
          },
          {
            header: <span className="visually-hidden">Actions</span>,
            className: 'row-actions',
            cell: (m) => (
              <>
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
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() => api.members.reactivate({ id: m.id }), {
                        success: `${m.name} is active again.`,
                      })
                    }
                  >
                    Reactivate
                  </button>
                )}
              </>
            ),
          },
        ]}
      />

      <ImportMembers onImported={reload} />
      <SignInSheetPanel />

      {editing?.kind === 'add' && (
        <Modal title="Add member" onClose={close}>
          <MemberForm
            submitLabel="Add member"
            action={action}
            onCancel={close}
            onSubmit={(input) => api.members.add(input)}
            success={(_, input) => `${input.name} added.`}
          />
        </Modal>
      )}
      {editing?.kind === 'edit' && (
        <Modal title={`Edit ${editing.member.name}`} onClose={close}>
          <MemberForm
            initial={editing.member}
            submitLabel="Save changes"
            action={action}
            onCancel={close}
            onSubmit={(input) => api.members.update({ id: editing.member.id, member: input })}
            success={(_, input) => `${input.name} saved.`}
          />
        </Modal>
      )}
      {editing?.kind === 'deactivate' && (
        <DeactivateDialog member={editing.member} action={action} onCancel={close} />
      )}
    </section>
  );
}

const ReasonSchema = membersChannels['members.deactivate'].input.omit({ id: true });

function DeactivateDialog({
  member,
  action,
  onCancel,
}: {
  member: Member;
  action: Action;
  onCancel: () => void;
}) {
  const form = useSchemaForm(ReasonSchema, { reason: '' });
  return (
    <Modal title={`Deactivate ${member.name}`} onClose={onCancel}>
      <Form
        form={form}
        action={action}
        showError
        onSubmit={({ reason }) => api.members.deactivate({ id: member.id, reason })}
        success={`${member.name} deactivated.`}
        submitLabel="Deactivate"
        onCancel={onCancel}
      >
        <p>
          Deactivated members stay on record and can be reactivated. They no longer count toward
          quorum.
        </p>
        <Field label="Reason" hint="It stays on the member’s record.">
          <input {...form.register('reason')} />
        </Field>
      </Form>
    </Modal>
  );
}
