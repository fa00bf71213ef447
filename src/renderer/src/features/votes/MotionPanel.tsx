import { useState } from 'react';
import type { VoteView } from '../../../../shared/votes/view';
import { api } from '../../api';
import { useAsync } from '../../ui/useAsync';
import type { Act } from './VotePage';

export function MotionPanel({ view, act }: { view: VoteView; act: Act }) {
  const def = view.definition;
  if (def.kind !== 'motion' || view.certified) return null;
  if (def.method === 'voice' && !view.division) return <VoicePanel view={view} act={act} />;
  if (def.method === 'unanimous-consent') return <ConsentPanel view={view} act={act} />;
  if (def.method === 'roll-call') return <RollCallPanel view={view} act={act} />;
  return <CountsPanel view={view} act={act} />;
}

function CountsPanel({ view, act }: { view: VoteView; act: Act }) {
  const [yes, setYes] = useState(view.counts ? String(view.counts.yes) : '');
  const [no, setNo] = useState(view.counts ? String(view.counts.no) : '');
  const [abstain, setAbstain] = useState(view.counts ? String(view.counts.abstain) : '0');
  return (
    <section className="card" aria-labelledby="counts-heading">
      <h2 id="counts-heading">Counts</h2>
      {view.division && <p>A division was requested: count the vote.</p>}
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() =>
            api.votes.recordCounts({
              id: view.id,
              yes: Number(yes),
              no: Number(no),
              abstain: Number(abstain),
            }),
          );
        }}
      >
        <label>
          Yes
          <input type="number" min={0} value={yes} onChange={(e) => setYes(e.target.value)} />
        </label>
        <label>
          No
          <input type="number" min={0} value={no} onChange={(e) => setNo(e.target.value)} />
        </label>
        <label>
          Abstain
          <input
            type="number"
            min={0}
            value={abstain}
            onChange={(e) => setAbstain(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {view.counts ? 'Record a corrected count' : 'Record counts'}
        </button>
      </form>
      {view.corrections > 0 && (
        <p className="muted">
          {view.corrections} earlier count{view.corrections === 1 ? ' was' : 's were'} corrected;
          every count stays in the log.
        </p>
      )}
    </section>
  );
}

function VoicePanel({ view, act }: { view: VoteView; act: Act }) {
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
          onClick={() =>
            void act(() => api.votes.declareVoice({ id: view.id, declared: 'adopted' }))
          }
        >
          Chair declares: the ayes have it
        </button>
        <button
          type="button"
          onClick={() =>
            void act(() => api.votes.declareVoice({ id: view.id, declared: 'failed' }))
          }
        >
          Chair declares: the noes have it
        </button>
        <button
          type="button"
          onClick={() => void act(() => api.votes.requestDivision({ id: view.id }))}
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

function ConsentPanel({ view, act }: { view: VoteView; act: Act }) {
  return (
    <section className="card" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Unanimous consent</h2>
      <p>“If there is no objection…” — record any objection; with none, the motion is adopted.</p>
      <button
        type="button"
        onClick={() => void act(() => api.votes.recordObjection({ id: view.id }))}
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

function RollCallPanel({ view, act }: { view: VoteView; act: Act }) {
  const { value: members } = useAsync(() => api.members.list());
  const present = (members ?? []).filter((m) => view.presence?.presentIds?.includes(m.id));
  const votes = new Map(view.rollCall.map((r) => [r.memberId, r.vote]));
  return (
    <section className="card" aria-labelledby="roll-heading">
      <h2 id="roll-heading">Roll call</h2>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Vote</th>
          </tr>
        </thead>
        <tbody>
          {present.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>
                <fieldset className="segmented" aria-label={`${m.name}'s vote`}>
                  {(['yes', 'no', 'abstain'] as const).map((v) => (
                    <label key={v} className="check">
                      <input
                        type="radio"
                        name={`roll-${m.id}`}
                        checked={votes.get(m.id) === v}
                        onChange={() =>
                          void act(() =>
                            api.votes.rollCall({ id: view.id, memberId: m.id, vote: v }),
                          )
                        }
                      />
                      {v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Abstain'}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {view.rollCall.length} of {present.length} have voted.
      </p>
    </section>
  );
}
