import { useState } from 'react';
import type { VoteView } from '../../../../shared/votes/view';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { Notice } from '../../ui/Notice';
import { ResultView } from '../../ui/ResultView';
import type { Act } from './VotePage';

export function ResultPanel({ view, act }: { view: VoteView; act: Act }) {
  const [expected, setExpected] = useState('');
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const election = view.definition.kind === 'election';
  const ready = view.blockers.length === 0;
  // Elections show their count only once the tellers confirm how many ballots they expect.
  const reveal =
    view.certified !== null || !election || (confirmed !== null && confirmed === view.agreed);
  const noMajority = view.result?.outcome === 'no-majority';

  const save = async (what: () => Promise<{ saved: boolean; fileName?: string | undefined }>) => {
    try {
      const r = await what();
      if (r.saved) setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the file'}.` });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <section className="card" aria-labelledby="result-heading">
      <h2 id="result-heading">{view.certified ? 'Certified result' : 'Result'}</h2>
      {!view.certified && view.blockers.length > 0 && (
        <ul className="blockers" aria-label="Still to do">
          {view.blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {!view.certified && ready && election && confirmed !== view.agreed && (
        <form
          className="form inline"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(expected);
            setConfirmed(n);
            setMessage(
              n === view.agreed
                ? null
                : {
                    kind: 'error',
                    text: `You expect ${n} ballots but ${view.agreed} are entered. Find the difference first.`,
                  },
            );
          }}
        >
          <label>
            How many ballots do you expect?
            <input
              type="number"
              min={0}
              value={expected}
              onChange={(e) => setExpected(e.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            Show the count
          </button>
        </form>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {view.resultProblem && !view.certified && ready && (
        <Notice kind="error">{view.resultProblem}</Notice>
      )}
      {view.result && reveal && (ready || view.certified) && <ResultView result={view.result} />}
      {!view.certified && reveal && view.result?.outcome === 'tie-unresolved' && (
        <LotForm view={view} act={act} />
      )}
      {!view.certified && ready && reveal && view.result && (
        <div className="actions">
          {noMajority ? (
            <button
              type="button"
              className="primary"
              onClick={() => void act(() => api.votes.openRound({ id: view.id }))}
            >
              Nobody has a majority: take another ballot
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() =>
                void act(() =>
                  api.votes.certify({
                    id: view.id,
                    ...(election ? { expectedBallots: confirmed ?? 0 } : {}),
                  }),
                )
              }
            >
              Certify the result
            </button>
          )}
        </div>
      )}
      {view.certified && (
        <p className="muted">
          Certified {new Date(view.certified.at).toLocaleString()}. Corrections need a new vote.
        </p>
      )}
      <div className="actions wrap">
        <button type="button" onClick={() => navigate(`/projector/vote/${view.id}`)}>
          Projector view
        </button>
        {view.certified && (
          <button
            type="button"
            onClick={() =>
              void save(() => api.print.save({ document: 'vote-result', params: { id: view.id } }))
            }
          >
            Save result sheet as PDF
          </button>
        )}
        {election && (
          <button
            type="button"
            onClick={() =>
              void save(() => api.print.save({ document: 'tally-sheet', params: { id: view.id } }))
            }
          >
            Save teller tally sheet as PDF
          </button>
        )}
        <button
          type="button"
          onClick={() => void save(() => api.votes.exportBallotFile({ id: view.id }))}
        >
          Export ballot file
        </button>
      </div>
    </section>
  );
}

/** A tie the rules leave to the room: record the order drawn by lot, most favoured first. */
function LotForm({ view, act }: { view: VoteView; act: Act }) {
  const candidates = view.definition.kind === 'election' ? view.definition.candidates : [];
  const [order, setOrder] = useState((view.lot ?? candidates).join('\n'));
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const names = order
          .split('\n')
          .map((n) => n.trim())
          .filter(Boolean);
        void act(() => api.votes.drawLot({ id: view.id, order: names }));
      }}
    >
      <p>
        The count is tied and the rules leave it to the room. Draw lots, then record the order
        drawn.
      </p>
      <label>
        Order drawn by lot, one name per line (the first is most favoured)
        <textarea
          rows={Math.max(3, candidates.length)}
          value={order}
          onChange={(e) => setOrder(e.target.value)}
        />
      </label>
      <button type="submit">Record the lot</button>
    </form>
  );
}
