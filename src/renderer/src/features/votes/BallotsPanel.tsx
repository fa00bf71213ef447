import { useMemo, useState } from 'react';
import { z } from 'zod';
import { votesChannels } from '../../../../shared/contract/votes';
import { candidateKeys, parseBallotEntry } from '../../../../shared/voteLog/entry';
import type { Teller } from '../../../../shared/voteLog/events';
import type { VoteView } from '../../../../shared/voteLog/view';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field, FieldError } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';

type Election = Extract<VoteView['definition'], { kind: 'election' }>;

/**
 * A typed ballot, checked as the tellers type it: the channel's text limit, then the ballot
 * grammar against this election's candidates. Its output is the marks it reads as.
 */
function entrySchema(def: Election) {
  return z.object({
    text: votesChannels['votes.enterBallot'].input.shape.text.superRefine((text, ctx) => {
      const parsed = parseBallotEntry(text, def.candidates, def.method, def.allowWriteIns);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
    }),
  });
}

function marksSchema(def: Election) {
  return z.object({
    text: z
      .string()
      .transform((text, ctx) => {
        const parsed = parseBallotEntry(text, def.candidates, def.method, def.allowWriteIns);
        if (parsed.ok) return parsed.marks;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      })
      .pipe(votesChannels['votes.resolveMismatch'].input.shape.marks),
  });
}

const ReconcileSchema = votesChannels['votes.reconcile'].input.omit({ id: true });

export function BallotsPanel({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  // Double entry is independent only if neither teller sees what the other typed: one
  // teller's panel at a time, and the mismatches once both have keyed as many ballots.
  const [keying, setKeying] = useState<Teller>(1);
  const def = view.definition;
  if (def.kind !== 'election') return null;
  const open = !view.certified;
  const bothKeyed = view.tellers[1].length === view.tellers[2].length;
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
        {open && def.doubleEntry && (
          <fieldset className="teller-switch">
            <legend>Who is keying now</legend>
            {([1, 2] as const).map((t) => (
              <label key={t}>
                <input
                  type="radio"
                  name="keying"
                  checked={keying === t}
                  onChange={() => setKeying(t)}
                />{' '}
                Teller {t}
              </label>
            ))}
            <span className="muted">The other teller’s entries stay hidden.</span>
          </fieldset>
        )}
        {open && (
          <TellerEntry
            key={keying}
            view={view}
            def={def}
            teller={def.doubleEntry ? keying : 1}
            action={action}
          />
        )}
        <p>
          {view.agreed} ballot{view.agreed === 1 ? '' : 's'} agreed
          {def.doubleEntry &&
            ` · Teller 1 keyed ${view.tellers[1].length}, Teller 2 keyed ${view.tellers[2].length}`}
        </p>
      </section>
      {def.doubleEntry && view.mismatches.length > 0 && bothKeyed && (
        <Mismatches view={view} def={def} action={action} />
      )}
      {def.doubleEntry && !bothKeyed && (
        <p className="muted">
          Mismatches between the tellers are shown once both have keyed as many ballots.
        </p>
      )}
      {open && <Reconcile view={view} action={action} />}
    </>
  );
}

function CandidateKey({ candidates }: { candidates: string[] }) {
  return (
    <DataTable
      className="table compact candidate-key"
      caption="Candidate key"
      rows={candidateKeys(candidates)}
      rowKey={(k) => k.number}
      columns={[
        { header: 'Number', cell: (k) => k.number },
        { header: 'Initials', cell: (k) => k.initials ?? '—' },
        { header: 'Candidate', cell: (k) => k.name },
      ]}
    />
  );
}

function TellerEntry({
  view,
  def,
  teller,
  action,
}: {
  view: VoteView;
  def: Election;
  teller: Teller;
  action: Action<VoteView>;
}) {
  const schema = useMemo(() => entrySchema(def), [def]);
  const form = useSchemaForm(schema, { text: '' });
  const entries = view.tellers[teller];
  const next = (entries.at(-1)?.number ?? 0) + 1;
  return (
    <div className="teller" role="group" aria-labelledby={`teller-${teller}`}>
      <h3 id={`teller-${teller}`}>Teller {teller}</h3>
      {/* No button: Enter sends the ballot, and the field is ready for the next one. */}
      <Form
        form={form}
        action={action}
        className="teller-entry"
        onSubmit={({ text }) => api.votes.enterBallot({ id: view.id, teller, text })}
        resetOnSuccess
        onSuccess={() => form.setFocus('text')}
      >
        <Field label={`Teller ${teller}, ballot ${next}`}>
          <input
            {...form.register('text')}
            autoComplete="off"
            spellCheck={false}
            className="ballot-input"
          />
        </Field>
      </Form>
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
        disabled={entries.length === 0 || action.busy}
        onClick={() => void action.run(() => api.votes.undoBallot({ id: view.id, teller }))}
      >
        Undo teller {teller}’s last entry
      </button>
    </div>
  );
}

function Mismatches({
  view,
  def,
  action,
}: {
  view: VoteView;
  def: Election;
  action: Action<VoteView>;
}) {
  const marksOf = (teller: Teller, number: number) =>
    view.tellers[teller].find((e) => e.number === number)?.marks;
  const resolve = (number: number, marks: NonNullable<ReturnType<typeof marksOf>>) =>
    action.run(() => api.votes.resolveMismatch({ id: view.id, number, marks }));
  return (
    <section className="card mismatches" aria-labelledby="mismatch-heading">
      <h2 id="mismatch-heading">
        {view.mismatches.length} mismatch{view.mismatches.length === 1 ? '' : 'es'} between the
        tellers
      </h2>
      <p>Find each numbered paper ballot, read it together, and record what it says.</p>
      <DataTable
        rows={view.mismatches}
        rowKey={(m) => m.number}
        columns={[
          { header: 'Ballot', rowHeader: true, cell: (m) => m.number },
          { header: 'Teller 1 keyed', cell: (m) => m.teller1 ?? 'not keyed' },
          { header: 'Teller 2 keyed', cell: (m) => m.teller2 ?? 'not keyed' },
          {
            header: 'The paper says',
            className: 'row-actions',
            cell: (m) => {
              const one = marksOf(1, m.number);
              const two = marksOf(2, m.number);
              return (
                <>
                  {one && (
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() => void resolve(m.number, one)}
                    >
                      Ballot {m.number}: teller 1 is right
                    </button>
                  )}
                  {two && (
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() => void resolve(m.number, two)}
                    >
                      Ballot {m.number}: teller 2 is right
                    </button>
                  )}
                  <TypedBallot view={view} def={def} number={m.number} action={action} />
                </>
              );
            },
          },
        ]}
      />
    </section>
  );
}

/** What the paper ballot says, typed as the tellers type (Enter records it). */
function TypedBallot({
  view,
  def,
  number,
  action,
}: {
  view: VoteView;
  def: Election;
  number: number;
  action: Action<VoteView>;
}) {
  const schema = useMemo(() => marksSchema(def), [def]);
  const form = useSchemaForm(schema, { text: '' });
  return (
    <Form
      form={form}
      action={action}
      className="typed-ballot"
      onSubmit={({ text: marks }) => api.votes.resolveMismatch({ id: view.id, number, marks })}
    >
      <label className="inline-label" htmlFor={`fix-${number}`}>
        or type what ballot {number} says
      </label>
      <input id={`fix-${number}`} size={10} {...form.register('text')} />
      <FieldError name="text" />
    </Form>
  );
}

function Reconcile({ view, action }: { view: VoteView; action: Action<VoteView> }) {
  const r = view.reconciliation;
  const form = useSchemaForm(ReconcileSchema, {
    issued: r?.issued,
    spoiled: r?.spoiled ?? 0,
    note: r?.note ?? '',
  });
  const { register } = form;
  return (
    <section className="card" aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconciliation</h2>
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={({ note, ...counts }) =>
          api.votes.reconcile({ id: view.id, ...counts, ...(note ? { note } : {}) })
        }
        submitLabel="Record reconciliation"
        primary={false}
      >
        <Field label="Ballots issued">
          <input type="number" min={0} {...register('issued', { valueAsNumber: true })} />
        </Field>
        <Field label="Spoiled">
          <input type="number" min={0} {...register('spoiled', { valueAsNumber: true })} />
        </Field>
        <div className="grow">
          <Field label="Note (needed when the numbers do not agree)">
            <input {...register('note')} />
          </Field>
        </div>
      </Form>
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
