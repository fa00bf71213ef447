import { votesChannels } from '../../../../shared/contract/votes';
import type { VoteView } from '../../../../shared/voteLog/view';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

const CountsSchema = votesChannels['votes.recordCounts'].input.omit({ id: true, note: true });

export function MotionPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const def = view.definition;
  if (def.kind !== 'motion' || view.certified) return null;
  if (def.method === 'voice' && !view.division) return <VoicePanel view={view} action={action} />;
  if (def.method === 'unanimous-consent') return <ConsentPanel view={view} action={action} />;
  if (def.method === 'roll-call') return <RollCallPanel view={view} action={action} />;
  return <CountsPanel view={view} action={action} />;
}

function CountsPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const form = useSchemaForm(CountsSchema, view.counts ?? { abstain: 0 });
  const count = (name: 'yes' | 'no' | 'abstain') => (
    <input type="number" min={0} {...form.register(name, { valueAsNumber: true })} />
  );
  return (
    <section className="card" aria-labelledby="counts-heading">
      <h2 id="counts-heading">Counts</h2>
      {view.division && <p>A division was requested: count the vote.</p>}
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={(counts) => api.votes.recordCounts({ id: view.id, ...counts })}
        submitLabel={view.counts ? 'Record a corrected count' : 'Record counts'}
      >
        <Field label="Yes">{count('yes')}</Field>
        <Field label="No">{count('no')}</Field>
        <Field label="Abstain">{count('abstain')}</Field>
      </Form>
      {view.corrections > 0 && (
        <p className="muted">
          {view.corrections} earlier count{view.corrections === 1 ? ' was' : 's were'} corrected;
          every count stays in the log.
        </p>
      )}
    </section>
  );
}

function VoicePanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  return (
    <section className="card" aria-labelledby="voice-heading">
      <h2 id="voice-heading">Voice vote</h2>
      <p>
        The chair hears the ayes and noes and declares the result. Any member may call for a
        division.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(() => api.votes.declareVoice({ id: view.id, declared: 'adopted' }))
          }
        >
          Chair declares: the ayes have it
        </button>
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(() => api.votes.declareVoice({ id: view.id, declared: 'failed' }))
          }
        >
          Chair declares: the noes have it
        </button>
        <button
          type="button"
          disabled={action.busy}
          onClick={() => void action.run(() => api.votes.requestDivision({ id: view.id }))}
        >
          Division requested
        </button>
      </div>
      {view.declared && (
        <p>Declared: {view.declared === 'adopted' ? 'the ayes have it' : 'the noes have it'}.</p>
      )}
    </section>
  );
}

function ConsentPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  return (
    <section className="card" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Unanimous consent</h2>
      <p>“If there is no objection…” — record any objection; with none, the motion is adopted.</p>
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.votes.recordObjection({ id: view.id }))}
      >
        Record an objection
      </button>
      <p>
        {view.objections === 0
          ? 'No objection recorded.'
          : `${view.objections} objection(s) recorded.`}
      </p>
    </section>
  );
}

function RollCallPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const { value: members } = useAsync(() => api.members.list());
  const present = (members ?? []).filter((m) => view.presence?.presentIds?.includes(m.id));
  const votes = new Map(view.rollCall.map((r) => [r.memberId, r.vote]));
  return (
    <section className="card" aria-labelledby="roll-heading">
      <h2 id="roll-heading">Roll call</h2>
      <DataTable
        className="table compact"
        rows={present}
        rowKey={(m) => m.id}
        columns={[
          { header: 'Member', rowHeader: true, cell: (m) => m.name },
          {
            header: 'Vote',
            cell: (m) => (
              <fieldset className="segmented" aria-label={`${m.name}'s vote`}>
                {(['yes', 'no', 'abstain'] as const).map((v) => (
                  <label key={v} className="check">
                    <input
                      type="radio"
                      name={`roll-${m.id}`}
                      checked={votes.get(m.id) === v}
                      onChange={() =>
                        void action.run(() =>
                          api.votes.rollCall({ id: view.id, memberId: m.id, vote: v }),
                        )
                      }
                    />
                    {v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Abstain'}
                  </label>
                ))}
              </fieldset>
            ),
          },
        ]}
      />
      <p className="muted">
        {view.rollCall.length} of {present.length} have voted.
      </p>
    </section>
  );
}
