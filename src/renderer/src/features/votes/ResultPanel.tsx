import { formatDateTime } from '../../../../shared/dates';
import { useState } from 'react';
import { z } from 'zod';
import { votesChannels } from '../../../../shared/contract/votes';
import type { VoteView } from '../../../../shared/voteLog/view';
import { api } from '../../api';
import { navigate } from '../../router';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ActionNotice, Notice } from '../../ui/Notice';
import { ResultView } from '../../ui/ResultView';
import { savedLine } from '../../ui/savedLine';
import { useAction, type Action } from '../../ui/useAction';

const Certify = votesChannels['votes.certify'].input.shape;
/** The tellers' expected ballot count, checked as `votes.certify` will check it. */
const ExpectedSchema = z.object({ expectedBallots: Certify.expectedBallots.unwrap() });
const LotSchema = z.object({
  order: z
    .string()
    .transform((text) =>
      text
        .split('\n')
        .map((n) => n.trim())
        .filter(Boolean),
    )
    .pipe(votesChannels['votes.drawLot'].input.shape.order),
});

export function ResultPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const [confirmed, setConfirmed] = useState<number | null>(null);
  // Saving files and checking the expected count: their lines show here, not at the page's top.
  const local = useAction();
  const expectForm = useSchemaForm(ExpectedSchema, {});
  const election = view.definition.kind === 'election';
  const ready = view.blockers.length === 0;
  // Elections show their count only once the tellers confirm how many ballots they expect:
  // the reconciliation's issued less spoiled says it already, so the question is asked once.
  const r = view.reconciliation;
  const expected = confirmed ?? (r ? r.issued - r.spoiled : null);
  const reveal = view.certified !== null || !election || expected === view.agreed;
  const noMajority = view.result?.outcome === 'no-majority';

  const save = (what: () => Promise<{ saved: boolean; fileName?: string | undefined }>) =>
    local.run(what, { success: savedLine('the file') });

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
      {!view.certified && ready && election && expected !== view.agreed && (
        <Form
          form={expectForm}
          action={local}
          className="form inline"
          onSubmit={({ expectedBallots: n }) => {
            setConfirmed(n);
            return n === view.agreed
              ? Promise.resolve()
              : Promise.reject(
                  new Error(
                    `You expect ${n} ballots but ${view.agreed} are entered. Find the difference first.`,
                  ),
                );
          }}
          submitLabel="Show the count"
        >
          <Field label="How many ballots do you expect?">
            <input
              type="number"
              min={0}
              {...expectForm.register('expectedBallots', { valueAsNumber: true })}
            />
          </Field>
        </Form>
      )}
      <ActionNotice action={local} />
      {view.resultProblem && !view.certified && ready && (
        <Notice kind="error">{view.resultProblem}</Notice>
      )}
      {view.result && reveal && (ready || view.certified) && <ResultView result={view.result} />}
      {!view.certified && reveal && view.result?.outcome === 'tie-unresolved' && (
        <LotForm view={view} action={action} />
      )}
      {!view.certified && ready && reveal && view.result && (
        <div className="actions">
          {noMajority ? (
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() => void action.run(() => api.votes.openRound({ id: view.id }))}
            >
              Nobody has a majority: take another ballot
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() =>
                void action.run(() =>
                  api.votes.certify({
                    id: view.id,
                    ...(election ? { expectedBallots: expected ?? 0 } : {}),
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
          Certified {formatDateTime(view.certified.at)}. Corrections need a new vote.
        </p>
      )}
      <div className="actions wrap">
        <button type="button" onClick={() => navigate(`/projector/vote/${view.id}`)}>
          Projector view
        </button>
        {view.certified && (
          <button
            type="button"
            disabled={local.busy}
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
            disabled={local.busy}
            onClick={() =>
              void save(() => api.print.save({ document: 'tally-sheet', params: { id: view.id } }))
            }
          >
            Save teller tally sheet as PDF
          </button>
        )}
        <button
          type="button"
          disabled={local.busy}
          onClick={() => void save(() => api.votes.exportBallotFile({ id: view.id }))}
        >
          Export ballot file
        </button>
        {election && view.result && reveal && (ready || view.certified) && (
          <>
            <button
              type="button"
              disabled={local.busy}
              onClick={() =>
                void save(() => api.votes.exportSummary({ id: view.id, format: 'csv' }))
              }
            >
              Export round summary (CSV)
            </button>
            <button
              type="button"
              disabled={local.busy}
              onClick={() =>
                void save(() => api.votes.exportSummary({ id: view.id, format: 'json' }))
              }
            >
              Export round summary (JSON)
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** A tie the rules leave to the room: record the order drawn by lot, most favoured first. */
function LotForm({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const candidates = view.definition.kind === 'election' ? view.definition.candidates : [];
  const form = useSchemaForm(LotSchema, { order: (view.lot ?? candidates).join('\n') });
  return (
    <Form
      form={form}
      action={action}
      onSubmit={({ order }) => api.votes.drawLot({ id: view.id, order })}
      submitLabel="Record the lot"
      primary={false}
    >
      <p>
        The count is tied and the rules leave it to the room. Draw lots, then record the order
        drawn.
      </p>
      <Field label="Order drawn by lot, one name per line (the first is most favoured)">
        <textarea rows={Math.max(3, candidates.length)} {...form.register('order')} />
      </Field>
    </Form>
  );
}
