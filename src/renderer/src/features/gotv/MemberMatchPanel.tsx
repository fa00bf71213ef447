/**
 * Members matched to voters of the election's list: each active member with the voter on
 * file or the voters they may be (by name, narrowed by an address or voter ID typed here).
 * Nothing is matched until a person confirms one; a match can be changed or cleared.
 */
import { useState } from 'react';
import { z } from 'zod';
import { formatName, formatStreetAddress } from '../../../../shared/canvass/household';
import type { Voter } from '../../../../shared/canvass/schema';
import type { MemberMatchView } from '../../../../shared/contract/gotv';
import { LIMITS } from '../../../../shared/limits';
import { boundedText } from '../../../../shared/schema/common';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

type Hint = { memberId: string; voterId?: string; address?: string };

const HintSchema = z.object({
  voterId: boundedText('The voter ID', LIMITS.id).trim(),
  address: boundedText('The address', LIMITS.title).trim(),
});

const voterLine = (v: Voter) =>
  `${formatName(v)} — ${formatStreetAddress(v)}${v.birthYear ? `, born ${v.birthYear}` : ''} (${v.id})`;

function LookAgain({ row, onHint }: { row: MemberMatchView; onHint: (h: Hint) => void }) {
  const form = useSchemaForm(HintSchema, { voterId: '', address: '' });
  return (
    <details>
      <summary>Look up by address or voter ID</summary>
      <Form
        form={form}
        onSubmit={async (values) => {
          onHint({ memberId: row.memberId, ...values });
          return Promise.resolve();
        }}
        submitLabel={`Look again for ${row.name}`}
        primary={false}
      >
        <Field label="Street address" hint="e.g. 12 N High St Apt 2">
          <input {...form.register('address')} autoComplete="off" />
        </Field>
        <Field label="Voter ID">
          <input {...form.register('voterId')} autoComplete="off" />
        </Field>
      </Form>
    </details>
  );
}

export function MemberMatchPanel({
  electionId,
  onChanged,
}: {
  electionId: string;
  onChanged: () => void;
}) {
  const [hints, setHints] = useState<Hint[]>([]);
  const matches = useAsync(() => api.gotv.memberMatches({ electionId, hints }));
  const action = useAction({
    onSuccess: () => {
      matches.reload();
      onChanged();
    },
  });
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const hint = (h: Hint) => {
    setHints([...hints.filter((x) => x.memberId !== h.memberId), h]);
    matches.reload();
  };
  const match = (row: MemberMatchView, voterId: string | null) =>
    action.run(() => api.gotv.matchMember({ electionId, memberId: row.memberId, voterId }), {
      success: voterId
        ? `${row.name} matched to voter ${voterId}.`
        : `${row.name}’s match cleared.`,
    });
  if (!matches.value) return <Notice kind="error">{matches.error}</Notice>;
  return (
    <section aria-labelledby="member-match-heading" className="gotv-matches">
      <h2 id="member-match-heading">Members matched to voters</h2>
      <p className="muted">
        Active members who are registered voters are in the universe. Confirm each member’s voter:
        nothing is matched until you do.
      </p>
      <ActionNotice action={action} />
      <DataTable
        caption="Members and their voters"
        captionHidden
        rows={matches.value}
        rowKey={(r) => r.memberId}
        empty="No active members yet."
        columns={[
          { header: 'Member', rowHeader: true, cell: (r) => r.name },
          {
            header: 'Voter',
            cell: (r) => {
              const onFile = r.voterId && r.candidates.find((v) => v.id === r.voterId);
              if (onFile) return `Matched: ${voterLine(onFile)}`;
              if (r.voterId) return `Matched to ${r.voterId}, not in this list`;
              if (r.candidates.length === 0) return 'No voter found';
              return (
                <label>
                  {r.candidates.length === 1 ? 'Proposed by ' : 'Choose, by '}
                  {r.how}
                  {r.shared && <strong> — also proposed for another member</strong>}
                  <select
                    aria-label={`Voter for ${r.name}`}
                    value={chosen.get(r.memberId) ?? r.candidates[0]?.id}
                    onChange={(e) => setChosen(new Map(chosen).set(r.memberId, e.target.value))}
                  >
                    {r.candidates.map((v) => (
                      <option key={v.id} value={v.id}>
                        {voterLine(v)}
                      </option>
                    ))}
                  </select>
                </label>
              );
            },
          },
          {
            header: 'Actions',
            cell: (r) => (
              <div className="row-actions">
                {r.voterId ? (
                  <button type="button" disabled={action.busy} onClick={() => match(r, null)}>
                    Clear match<span className="visually-hidden"> of {r.name}</span>
                  </button>
                ) : (
                  r.candidates.length > 0 && (
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() =>
                        match(r, chosen.get(r.memberId) ?? r.candidates[0]?.id ?? null)
                      }
                    >
                      Confirm match<span className="visually-hidden"> of {r.name}</span>
                    </button>
                  )
                )}
                {!r.voterId && <LookAgain row={r} onHint={hint} />}
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}
