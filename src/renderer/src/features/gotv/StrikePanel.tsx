/**
 * Poll checkers strike off voters as they vote: a voter ID (the exact ID strikes at once)
 * or a name ("Smith", "Smith J") to choose from, and the latest strike-offs with Undo.
 */
import { useState } from 'react';
import { gotvVotedChannels, type VoterBrief } from '../../../../shared/contract/gotvVoted';
import { formatTime } from '../../../../shared/dates';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ActionNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';

const StrikeSchema = gotvVotedChannels['gotvVoted.search'].input
  .omit({ electionId: true })
  .extend({ by: gotvVotedChannels['gotvVoted.strike'].input.shape.by });

type Found = { struck: VoterBrief } | { found: VoterBrief[] };

function voteLine(v: VoterBrief): string {
  if (!v.vote) return v.inUniverse ? 'In the universe' : '';
  const how =
    v.vote.how === 'strike'
      ? `struck off ${v.vote.by ? `by ${v.vote.by}` : ''}`
      : `in ${v.vote.by}`;
  return `Voted (${how.trim()}, ${formatTime(v.vote.at)})`;
}

export function StrikePanel({
  electionId,
  strikes,
  onChange,
}: {
  electionId: string;
  strikes: VoterBrief[] | undefined;
  onChange: () => void;
}) {
  const action = useAction({ onSuccess: onChange });
  const form = useSchemaForm(StrikeSchema, { query: '', by: '' });
  const [found, setFound] = useState<VoterBrief[] | null>(null);

  async function lookUp({ query, by }: { query: string; by: string }): Promise<Found> {
    const matches = await api.gotvVoted.search({ electionId, query });
    const only = matches[0];
    if (matches.length === 1 && only?.id === query && !only.vote)
      return { struck: await api.gotvVoted.strike({ electionId, voterId: only.id, by }) };
    return { found: matches };
  }

  const strike = (v: VoterBrief) =>
    action.run(
      () => api.gotvVoted.strike({ electionId, voterId: v.id, by: form.getValues('by') }),
      {
        success: (s) => `${s.name} struck off.`,
        onSuccess: () => {
          setFound(null);
          form.resetField('query');
        },
      },
    );
  const undo = (v: VoterBrief) =>
    action.run(() => api.gotvVoted.undo({ electionId, voterId: v.id }), {
      success: (u) => `${u.name} is back on the lists (strike-off undone).`,
    });

  return (
    <section className="card" aria-labelledby="strike-heading">
      <h2 id="strike-heading">Strike off who has voted</h2>
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={lookUp}
        success={(r) => ('struck' in r ? `${r.struck.name} struck off.` : null)}
        onSuccess={(r) => {
          if ('struck' in r) {
            setFound(null);
            form.resetField('query');
          } else setFound(r.found);
        }}
        submitLabel="Strike off / find"
      >
        <Field
          label="Voter ID or name"
          hint="The exact voter ID strikes at once; a name lists matches."
        >
          <input {...form.register('query')} autoComplete="off" />
        </Field>
        <Field label="Poll checker (optional)">
          <input {...form.register('by')} />
        </Field>
      </Form>
      <ActionNotice action={action} />
      {found && (
        <DataTable
          caption={`Matches (${found.length})`}
          rows={found}
          rowKey={(v) => v.id}
          empty="No voter of this list matches."
          columns={[
            { header: 'Name', rowHeader: true, cell: (v) => v.name },
            { header: 'Address', cell: (v) => v.address },
            { header: 'Precinct', cell: (v) => v.precinct },
            { header: 'Voter ID', cell: (v) => v.id },
            { header: 'Status', cell: voteLine },
            {
              header: 'Strike',
              cell: (v) =>
                v.vote ? null : (
                  <button type="button" disabled={action.busy} onClick={() => void strike(v)}>
                    Strike off {v.name}
                  </button>
                ),
            },
          ]}
        />
      )}
      <DataTable
        caption="Latest strike-offs"
        rows={strikes}
        rowKey={(v) => v.id}
        empty="No one struck off yet."
        columns={[
          { header: 'Name', rowHeader: true, cell: (v) => v.name },
          { header: 'Precinct', cell: (v) => v.precinct },
          { header: 'Voter ID', cell: (v) => v.id },
          { header: 'Struck off', cell: voteLine },
          {
            header: 'Undo',
            cell: (v) => (
              <button type="button" disabled={action.busy} onClick={() => void undo(v)}>
                Undo {v.name}
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
