import { formatDate } from '../../../../shared/dates';
import { OFFICIAL_VOTE_VALUES } from '../../../../shared/candidates';
import {
  candidatesChannels,
  KeyVoteInputSchema,
  type KeyVotesView,
} from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { DataTable } from '../../ui/DataTable';
import { Checklist, Field } from '../../ui/Field';
import { Form, SubmitButton, useSchemaForm } from '../../ui/Form';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { VOTE_LABELS } from './format';
import { ItemOptions, Options } from '../../ui/Options';
import { savedLine } from '../../ui/savedLine';

const OfficialVoteSchema = candidatesChannels['candidates.recordOfficialVote'].input.pick({
  vote: true,
  note: true,
});

export function KeyVotesPage() {
  const { value: view, error, reload } = useAsync(() => api.candidates.keyVotes());
  const action = useAction({ onSuccess: reload });
  return (
    <section aria-labelledby="keyvotes-heading">
      <BackLink href="#/candidates">Candidates</BackLink>
      <h1 id="keyvotes-heading">Key votes</h1>
      <p className="muted">
        The chapter takes its position on a bill before the vote, tells the official, then records
        how they voted. Scorecards count aligned ÷ scored votes.
      </p>
      <Notice kind="error">{error}</Notice>
      <ActionNotice action={action} />
      {view && view.officials.length === 0 && (
        <Notice kind="info">No endorsed officials yet: key votes score endorsed officials.</Notice>
      )}
      {view && view.officials.length > 0 && <KeyVoteForm view={view} action={action} />}
      {view?.keyVotes.map((k) => (
        <KeyVoteCard key={k.id} view={view} k={k} action={action} />
      ))}
    </section>
  );
}

function KeyVoteForm({ view, action }: { view: KeyVotesView; action: Action }) {
  const form = useSchemaForm(KeyVoteInputSchema, {
    body: '',
    bill: '',
    title: '',
    date: '',
    policyId: null,
    position: 'yes',
    rationale: '',
    officialIds: view.officials.map((o) => o.id),
    announced: true,
  });
  const { register } = form;
  return (
    <Form
      form={form}
      action={action}
      className="form wide card"
      aria-labelledby="new-keyvote-heading"
      onSubmit={(input) => api.candidates.addKeyVote(input)}
      success={(_, input) => `Key vote ${input.bill} recorded.`}
      resetOnSuccess
      submitLabel="Record key vote"
    >
      <h2 id="new-keyvote-heading">Record a key vote in advance</h2>
      <div className="two-col">
        <Field label="Body">
          <input {...register('body')} placeholder="City Council" autoComplete="off" />
        </Field>
        <Field label="Bill or measure">
          <input {...register('bill')} placeholder="Ord. 2027-14" autoComplete="off" />
        </Field>
        <Field label="Bill title">
          <input {...register('title')} autoComplete="off" />
        </Field>
        <Field label="Vote date">
          <input type="date" {...register('date')} />
        </Field>
        <Field label="Linked policy">
          <select {...register('policyId', { setValueAs: (v: string) => (v ? v : null) })}>
            <option value="">None</option>
            <ItemOptions items={view.policies} label={(p) => p.title} />
          </select>
        </Field>
        <Field label="Chapter’s position">
          <select {...register('position')}>
            <option value="yes">Vote yes</option>
            <option value="no">Vote no</option>
          </select>
        </Field>
      </div>
      <Field label="Rationale">
        <textarea rows={2} {...register('rationale')} />
      </Field>
      <Checklist
        name="officialIds"
        legend="Officials scored on it"
        options={view.officials.map((o) => ({ value: o.id, label: `${o.name} (${o.office})` }))}
      />
      <label className="check">
        <input type="checkbox" {...register('announced')} /> The position has been announced to the
        officials
      </label>
    </Form>
  );
}

function KeyVoteCard({
  view,
  k,
  action,
}: {
  view: KeyVotesView;
  k: KeyVotesView['keyVotes'][number];
  action: Action;
}) {
  const policy = view.policies.find((p) => p.id === k.policyId);
  return (
    <section className="card keyvote" aria-label={`Key vote ${k.bill}`}>
      <h2>
        {k.bill} {k.title && `— ${k.title}`}
      </h2>
      <p className="muted">
        {k.body} · {formatDate(k.date, 'en-US')} · chapter’s position:{' '}
        <strong>{VOTE_LABELS[k.position]}</strong>
        {policy && ` · policy: ${policy.title}`}
        {k.announcedAt
          ? ` · announced ${formatDate(k.announcedAt, 'en-US')}`
          : ' · not yet announced'}
      </p>
      {k.rationale && <p>{k.rationale}</p>}
      <DataTable
        className="table compact"
        caption={`How each official voted on ${k.bill}`}
        captionHidden
        rows={k.officialIds}
        rowKey={(oid) => oid}
        columns={[
          {
            header: 'Official',
            rowHeader: true,
            cell: (oid) => view.officials.find((o) => o.id === oid)?.name ?? 'Unknown',
          },
          {
            header: 'Recorded vote',
            cell: (oid) => {
              const last = lastVote(view, k.id, oid);
              return (
                <>
                  {last ? VOTE_LABELS[last.vote] : '—'}
                  {last?.note && <span className="muted"> — {last.note}</span>}
                </>
              );
            },
          },
          {
            header: 'Record the vote',
            cell: (oid) => <RecordVote view={view} k={k} officialId={oid} action={action} />,
          },
          {
            header: 'Letter',
            cell: (oid) => {
              const name = view.officials.find((o) => o.id === oid)?.name ?? '';
              return (
                <button
                  type="button"
                  aria-label={`Save the key-vote letter to ${name} as PDF`}
                  disabled={action.busy}
                  onClick={() =>
                    void action.run(
                      () =>
                        api.print.save({
                          document: 'key-vote-letter',
                          params: { keyVoteId: k.id, officialId: oid },
                        }),
                      { success: savedLine('the letter') },
                    )
                  }
                >
                  Letter PDF
                </button>
              );
            },
          },
        ]}
      />
    </section>
  );
}

const lastVote = (view: KeyVotesView, keyVoteId: string, officialId: string) =>
  view.officialVotes.findLast((v) => v.keyVoteId === keyVoteId && v.officialId === officialId);

function RecordVote({
  view,
  k,
  officialId,
  action,
}: {
  view: KeyVotesView;
  k: KeyVotesView['keyVotes'][number];
  officialId: string;
  action: Action;
}) {
  const official = view.officials.find((o) => o.id === officialId)?.name ?? '';
  const label = `${official} on ${k.bill}`;
  const form = useSchemaForm(OfficialVoteSchema, {
    vote: lastVote(view, k.id, officialId)?.vote ?? 'yes',
    note: '',
  });
  return (
    <Form
      form={form}
      action={action}
      className="inline-record"
      onSubmit={(v) => api.candidates.recordOfficialVote({ keyVoteId: k.id, officialId, ...v })}
      success={(_, { vote }) =>
        `Recorded: ${official} voted ${VOTE_LABELS[vote].toLowerCase()} on ${k.bill}.`
      }
    >
      <select aria-label={`Vote of ${label}`} {...form.register('vote')}>
        <Options values={OFFICIAL_VOTE_VALUES} labels={VOTE_LABELS} />
      </select>
      <input
        aria-label={`Note on the vote of ${label}`}
        placeholder="Source or note"
        {...form.register('note')}
      />
      <SubmitButton primary={false} aria-label={`Record the vote of ${label}`}>
        Record
      </SubmitButton>
    </Form>
  );
}
