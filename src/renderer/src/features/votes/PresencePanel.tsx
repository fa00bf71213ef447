import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { votesChannels } from '../../../../shared/contract/votes';
import { presenceProblem } from '../../../../shared/voteLog/presence';
import type { VoteView } from '../../../../shared/voteLog/view';
import { api } from '../../api';
import { Checklist, Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

const Presence = votesChannels['votes.freezePresence'].input;
const CountSchema = Presence.pick({ present: true });
const RollCallSchema = Presence.pick({ presentIds: true });

/** The present count is frozen at the moment of the vote; quorum is checked against it. */
export function PresencePanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const { value: members } = useAsync(() => api.members.list());
  const active = (members ?? []).filter((m) => m.active);
  const rollCall = view.definition.kind === 'motion' && view.definition.method === 'roll-call';
  const p = view.presence;
  const beyond = p && presenceProblem(p.present, p.members);

  return (
    <section className="card" aria-labelledby="presence-heading">
      <h2 id="presence-heading">Presence</h2>
      {p ? (
        <p className={p.present >= p.quorum && !beyond ? 'quorum ok' : 'quorum no'}>
          {p.present} present of {p.members} members · quorum {p.quorum} ·{' '}
          <strong>{beyond ?? (p.present >= p.quorum ? 'quorum met' : 'no quorum')}</strong>
        </p>
      ) : rollCall ? (
        <RollCallForm view={view} action={action} members={active} />
      ) : (
        <CountForm view={view} action={action} activeCount={members ? active.length : null} />
      )}
    </section>
  );
}

function RollCallForm({
  view,
  action,
  members,
}: {
  view: VoteView;
  action: Action<VoteView>;
  members: { id: string; name: string }[];
}) {
  const form = useSchemaForm(RollCallSchema, { presentIds: [] });
  const ids = useWatch({ control: form.control, name: 'presentIds' }) ?? [];
  return (
    <Form
      form={form}
      action={action}
      onSubmit={({ presentIds = [] }) =>
        api.votes.freezePresence({ id: view.id, present: presentIds.length || 1, presentIds })
      }
      submitLabel={`Freeze presence (${ids.length} present)`}
    >
      <Checklist
        name="presentIds"
        legend="Who is present for the roll call"
        gridClassName="member-grid"
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
    </Form>
  );
}

function CountForm({
  view,
  action,
  activeCount,
}: {
  view: VoteView;
  action: Action<VoteView>;
  /** Null while the members are loading (main checks the count in any case). */
  activeCount: number | null;
}) {
  // More present than there are members is refused here as main refuses it.
  const schema = useMemo(
    () =>
      CountSchema.superRefine(({ present }, ctx) => {
        const problem = activeCount === null ? null : presenceProblem(present, activeCount);
        if (problem) ctx.addIssue({ code: 'custom', path: ['present'], message: problem });
      }),
    [activeCount],
  );
  const form = useSchemaForm(schema, {});
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      onSubmit={({ present }) => api.votes.freezePresence({ id: view.id, present })}
      submitLabel="Freeze presence"
      actions={
        activeCount !== null && (
          <span className="muted">{activeCount} active members on record.</span>
        )
      }
    >
      <Field label="Members present now" hint="Members only: guests are not counted.">
        <input type="number" min={1} {...form.register('present', { valueAsNumber: true })} />
      </Field>
    </Form>
  );
}
