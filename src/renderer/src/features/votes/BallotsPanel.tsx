import { useRef, useState } from 'react';
import { candidateKeys, parseBallotEntry } from '../../../../shared/votes/entry';
import type { Teller } from '../../../../shared/votes/events';
import type { VoteView } from '../../../../shared/votes/view';
import { api } from '../../api';
import { Notice } from '../../ui/Notice';
import type { Act } from './VotePage';

export function BallotsPanel({ view, act }: { view: VoteView; act: Act }) {
  const def = view.definition;
  if (def.kind !== 'election') return null;
  const open = !view.certified;
  return (
    <>
      <section className="card" aria-labelledby="ballots-heading">
        <h2 id="ballots-heading">
          Paper ballots{view.rounds > 1 ? ` — ballot round ${view.round}` : ''}
        </h2>
        <CandidateKey candidates={def.candidates} />
        <p className="muted">
          Type the candidates’ numbers or initials in rank order
          {def.method === 'approval' ? ' (every approved name)' : ''}, then Enter. “-” marks a
          skipped rank, “2/3” two names at one rank, “blank” an empty ballot
          {def.allowWriteIns ? ', “w:Jane_Doe” a write-in' : ''}. Write the entry number on the
          paper.
        </p>
        {open && (
          <div className={def.doubleEntry ? 'teller-grid' : ''}>
            <TellerEntry view={view} teller={1} act={act} />
            {def.doubleEntry && <TellerEntry view={view} teller={2} act={act} />}
          </div>
        )}
        <p>
          {view.agreed} ballot{view.agreed === 1 ? '' : 's'} agreed
          {def.doubleEntry &&
            ` · Teller 1 keyed ${view.tellers[1].length}, Teller 2 keyed ${view.tellers[2].length}`}
        </p>
      </section>
      {def.doubleEntry && view.mismatches.length > 0 && <Mismatches view={view} act={act} />}
      {open && <Reconcile view={view} act={act} />}
    </>
  );
}

function CandidateKey({ candidates }: { candidates: string[] }) {
  return (
    <table className="table compact candidate-key">
      <caption>Candidate key</caption>
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Initials</th>
          <th scope="col">Candidate</th>
        </tr>
      </thead>
      <tbody>
        {candidateKeys(candidates).map((k) => (
          <tr key={k.number}>
            <td>{k.number}</td>
            <td>{k.initials ?? '—'}</td>
            <td>{k.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TellerEntry({ view, teller, act }: { view: VoteView; teller: Teller; act: Act }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const entries = view.tellers[teller];
  const next = (entries.at(-1)?.number ?? 0) + 1;
  const def = view.definition;
  if (def.kind !== 'election') return null;
  return (
    <div className="teller" role="group" aria-labelledby={`teller-${teller}`}>
      <h3 id={`teller-${teller}`}>Teller {teller}</h3>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const parsed = parseBallotEntry(text, def.candidates, def.method, def.allowWriteIns);
          if (!parsed.ok) {
            setError(parsed.error);
            return;
          }
          const ok = await act(() => api.votes.enterBallot({ id: view.id, teller, text }));
          if (ok) {
            setText('');
            setError(null);
          }
          input.current?.focus();
        }}
      >
        <label htmlFor={`entry-${teller}`}>
          Teller {teller}, ballot {next}
        </label>
        <input
          id={`entry-${teller}`}
          ref={input}
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `entry-${teller}-error` : undefined}
          className="ballot-input"
        />
        {error && (
          <span id={`entry-${teller}-error`} className="field-error">
            {error}
          </span>
        )}
      </form>
      <ol className="entries" aria-label={`Teller ${teller}'s latest entries`} reversed>
        {entries
          .slice(-6)
          .reverse()
          .map((e) => (
            <li key={e.number} value={e.number}>
              {e.description}
            </li>
          ))}
      </ol>
      <button
        type="button"
        disabled={entries.length === 0}
        onClick={() => void act(() => api.votes.undoBallot({ id: view.id, teller }))}
      >
        Undo teller {teller}’s last entry
      </button>
    </div>
  );
}

function Mismatches({ view, act }: { view: VoteView; act: Act }) {
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const def = view.definition;
  if (def.kind !== 'election') return null;
  const marksOf = (teller: Teller, number: number) =>
    view.tellers[teller].find((e) => e.number === number)?.marks;
  return (
    <section className="card mismatches" aria-labelledby="mismatch-heading">
      <h2 id="mismatch-heading">
        {view.mismatches.length} mismatch{view.mismatches.length === 1 ? '' : 'es'} between the
        tellers
      </h2>
      <p>Find each numbered paper ballot, read it together, and record what it says.</p>
      <Notice kind="error">{error}</Notice>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Ballot</th>
            <th scope="col">Teller 1 keyed</th>
            <th scope="col">Teller 2 keyed</th>
            <th scope="col">The paper says</th>
          </tr>
        </thead>
        <tbody>
          {view.mismatches.map((m) => {
            const one = marksOf(1, m.number);
            const two = marksOf(2, m.number);
            return (
              <tr key={m.number}>
                <th scope="row">{m.number}</th>
                <td>{m.teller1 ?? 'not keyed'}</td>
                <td>{m.teller2 ?? 'not keyed'}</td>
                <td className="row-actions">
                  {one && (
                    <button
                      type="button"
                      onClick={() =>
                        void act(() =>
                          api.votes.resolveMismatch({ id: view.id, number: m.number, marks: one }),
                        )
                      }
                    >
                      Ballot {m.number}: teller 1 is right
                    </button>
                  )}
                  {two && (
                    <button
                      type="button"
                      onClick={() =>
                        void act(() =>
                          api.votes.resolveMismatch({ id: view.id, number: m.number, marks: two }),
                        )
                      }
                    >
                      Ballot {m.number}: teller 2 is right
                    </button>
                  )}
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const parsed = parseBallotEntry(
                        typed[m.number] ?? '',
                        def.candidates,
                        def.method,
                        def.allowWriteIns,
                      );
                      if (!parsed.ok) {
                        setError(`Ballot ${m.number}: ${parsed.error}`);
                        return;
                      }
                      setError(null);
                      void act(() =>
                        api.votes.resolveMismatch({
                          id: view.id,
                          number: m.number,
                          marks: parsed.marks,
                        }),
                      );
                    }}
                  >
                    <label className="inline-label" htmlFor={`fix-${m.number}`}>
                      or type what ballot {m.number} says
                    </label>
                    <input
                      id={`fix-${m.number}`}
                      size={10}
                      value={typed[m.number] ?? ''}
                      onChange={(e) => setTyped({ ...typed, [m.number]: e.target.value })}
                    />
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Reconcile({ view, act }: { view: VoteView; act: Act }) {
  const r = view.reconciliation;
  const [issued, setIssued] = useState(r ? String(r.issued) : '');
  const [spoiled, setSpoiled] = useState(r ? String(r.spoiled) : '0');
  const [note, setNote] = useState(r?.note ?? '');
  return (
    <section className="card" aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconciliation</h2>
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() =>
            api.votes.reconcile({
              id: view.id,
              issued: Number(issued),
              spoiled: Number(spoiled),
              ...(note.trim() ? { note: note.trim() } : {}),
            }),
          );
        }}
      >
        <label>
          Ballots issued
          <input type="number" min={0} value={issued} onChange={(e) => setIssued(e.target.value)} />
        </label>
        <label>
          Spoiled
          <input
            type="number"
            min={0}
            value={spoiled}
            onChange={(e) => setSpoiled(e.target.value)}
          />
        </label>
        <label className="grow">
          Note (needed when the numbers do not agree)
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit">Record reconciliation</button>
      </form>
      {r && (
        <p>
          Issued {r.issued}, spoiled {r.spoiled}: {r.issued - r.spoiled} expected, {view.agreed}{' '}
          entered
          {view.presence ? `, ${view.presence.present} present` : ''}.
        </p>
      )}
    </section>
  );
}
