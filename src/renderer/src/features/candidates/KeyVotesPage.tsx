import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { OFFICIAL_VOTE_VALUES, type OfficialVoteValue } from '../../../../shared/candidates';
import {
  KeyVoteInputSchema,
  type KeyVoteInput,
  type KeyVotesView,
} from '../../../../shared/contract/candidates';
import { api, messageOf } from '../../api';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { VOTE_LABELS } from './format';

type Message = { kind: 'error' | 'success'; text: string } | null;

export function KeyVotesPage() {
  const { value: view, error, reload } = useAsync(() => api.candidates.keyVotes());
  const [message, setMessage] = useState<Message>(null);
  const say = (m: Message) => {
    setMessage(m);
    reload();
  };
  return (
    <section aria-labelledby="keyvotes-heading">
      <p>
        <a href="#/candidates">← Candidates</a>
      </p>
      <h1 id="keyvotes-heading">Key votes</h1>
      <p className="muted">
        The chapter takes its position on a bill before the vote, tells the official, then records
        how they voted. Scorecards count aligned ÷ scored votes.
      </p>
      <Notice kind="error">{error}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {view && view.officials.length === 0 && (
        <Notice kind="info">No endorsed officials yet: key votes score endorsed officials.</Notice>
      )}
      {view && view.officials.length > 0 && <KeyVoteForm view={view} onDone={say} />}
      {view?.keyVotes.map((k) => (
        <KeyVoteCard key={k.id} view={view} k={k} onDone={say} />
      ))}
    </section>
  );
}

function KeyVoteForm({ view, onDone }: { view: KeyVotesView; onDone: (m: Message) => void }) {
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<KeyVoteInput>({
    resolver: zodResolver(KeyVoteInputSchema),
    defaultValues: {
      body: '',
      bill: '',
      title: '',
      date: '',
      policyId: null,
      position: 'yes',
      rationale: '',
      officialIds: view.officials.map((o) => o.id),
      announced: true,
    },
  });
  return (
    <form
      className="form wide card"
      aria-labelledby="new-keyvote-heading"
      noValidate
      onSubmit={handleSubmit(async (input) => {
        try {
          await api.candidates.addKeyVote(input);
          reset();
          onDone({ kind: 'success', text: `Key vote ${input.bill} recorded.` });
        } catch (e) {
          onDone({ kind: 'error', text: messageOf(e) });
        }
      })}
    >
      <h2 id="new-keyvote-heading">Record a key vote in advance</h2>
      <div className="two-col">
        <Field label="Body" error={errors.body?.message}>
          <input {...register('body')} placeholder="City Council" autoComplete="off" />
        </Field>
        <Field label="Bill or measure" error={errors.bill?.message}>
          <input {...register('bill')} placeholder="Ord. 2027-14" autoComplete="off" />
        </Field>
        <Field label="Bill title" error={errors.title?.message}>
          <input {...register('title')} autoComplete="off" />
        </Field>
        <Field label="Vote date" error={errors.date?.message}>
          <input type="date" {...register('date')} />
        </Field>
        <Field label="Linked policy">
          <select {...register('policyId', { setValueAs: (v: string) => (v ? v : null) })}>
            <option value="">None</option>
            {view.policies.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Chapter’s position">
          <select {...register('position')}>
            <option value="yes">Vote yes</option>
            <option value="no">Vote no</option>
          </select>
        </Field>
      </div>
      <Field label="Rationale" error={errors.rationale?.message}>
        <textarea rows={2} {...register('rationale')} />
      </Field>
      <fieldset aria-invalid={errors.officialIds ? true : undefined}>
        <legend>Officials scored on it</legend>
        {view.officials.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" value={o.id} {...register('officialIds')} /> {o.name} ({o.office}
            )
          </label>
        ))}
        {errors.officialIds && <span className="field-error">{errors.officialIds.message}</span>}
      </fieldset>
      <label className="check">
        <input type="checkbox" {...register('announced')} /> The position has been announced to the
        officials
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Record key vote
        </button>
      </div>
    </form>
  );
}

function KeyVoteCard({
  view,
  k,
  onDone,
}: {
  view: KeyVotesView;
  k: KeyVotesView['keyVotes'][number];
  onDone: (m: Message) => void;
}) {
  const policy = view.policies.find((p) => p.id === k.policyId);
  return (
    <section className="card keyvote" aria-label={`Key vote ${k.bill}`}>
      <h2>
        {k.bill} {k.title && `— ${k.title}`}
      </h2>
      <p className="muted">
        {k.body} · {k.date} · chapter’s position: <strong>{VOTE_LABELS[k.position]}</strong>
        {policy && ` · policy: ${policy.title}`}
        {k.announcedAt
          ? ` · announced ${new Date(k.announcedAt).toLocaleDateString()}`
          : ' · not yet announced'}
      </p>
      {k.rationale && <p>{k.rationale}</p>}
      <table className="table compact">
        <caption className="visually-hidden">How each official voted on {k.bill}</caption>
        <thead>
          <tr>
            <th scope="col">Official</th>
            <th scope="col">Recorded vote</th>
            <th scope="col">Record the vote</th>
            <th scope="col">Letter</th>
          </tr>
        </thead>
        <tbody>
          {k.officialIds.map((oid) => {
            const official = view.officials.find((o) => o.id === oid);
            const last = view.officialVotes.findLast(
              (v) => v.keyVoteId === k.id && v.officialId === oid,
            );
            return (
              <tr key={oid}>
                <th scope="row">{official?.name ?? 'Unknown'}</th>
                <td>
                  {last ? VOTE_LABELS[last.vote] : '—'}
                  {last?.note && <span className="muted"> — {last.note}</span>}
                </td>
                <td>
                  <RecordVote
                    label={`${official?.name ?? ''} on ${k.bill}`}
                    initial={last?.vote}
                    onSave={async (vote, note) => {
                      try {
                        await api.candidates.recordOfficialVote({
                          keyVoteId: k.id,
                          officialId: oid,
                          vote,
                          note,
                        });
                        onDone({
                          kind: 'success',
                          text: `Recorded: ${official?.name ?? ''} voted ${VOTE_LABELS[vote].toLowerCase()} on ${k.bill}.`,
                        });
                      } catch (e) {
                        onDone({ kind: 'error', text: messageOf(e) });
                      }
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Save the key-vote letter to ${official?.name ?? ''} as PDF`}
                    onClick={async () => {
                      try {
                        const r = await api.print.save({
                          document: 'key-vote-letter',
                          params: { keyVoteId: k.id, officialId: oid },
                        });
                        if (r.saved)
                          onDone({ kind: 'success', text: `Saved ${r.fileName ?? 'the letter'}.` });
                      } catch (e) {
                        onDone({ kind: 'error', text: messageOf(e) });
                      }
                    }}
                  >
                    Letter PDF
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function RecordVote({
  label,
  initial,
  onSave,
}: {
  label: string;
  initial: OfficialVoteValue | undefined;
  onSave: (v: OfficialVoteValue, note: string) => Promise<void>;
}) {
  const [vote, setVote] = useState<OfficialVoteValue>(initial ?? 'yes');
  const [note, setNote] = useState('');
  return (
    <form
      className="inline-record"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(vote, note);
      }}
    >
      <select
        aria-label={`Vote of ${label}`}
        value={vote}
        onChange={(e) => setVote(e.target.value as OfficialVoteValue)}
      >
        {OFFICIAL_VOTE_VALUES.map((v) => (
          <option key={v} value={v}>
            {VOTE_LABELS[v]}
          </option>
        ))}
      </select>
      <input
        aria-label={`Note on the vote of ${label}`}
        placeholder="Source or note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" aria-label={`Record the vote of ${label}`}>
        Record
      </button>
    </form>
  );
}
