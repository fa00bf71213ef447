import { formatDate } from '../../../../shared/dates';
import { z } from 'zod';
import { candidatesChannels, type CandidateDetail } from '../../../../shared/contract/candidates';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { ItemOptions } from '../../ui/Options';
import type { Action } from '../../ui/useAction';
import { pct, VOTE_LABELS } from './format';

const TermSchema = candidatesChannels['candidates.addTerm'].input.omit({ id: true });
const Report = candidatesChannels['candidates.reportCondition'].input.omit({ id: true });
/** The finding is chosen as kept or breached; the channel takes `breached`. */
const ReportSchema = z
  .object({
    conditionId: z.string(),
    finding: z.enum(['kept', 'breached']),
    note: z.string(),
    by: z.string(),
  })
  .transform(
    parsedAs(
      Report,
      ({ finding, ...rest }) => ({ ...rest, breached: finding === 'breached' }),
      (path) => (path[0] === 'breached' ? 'finding' : path.map(String).join('.')),
    ),
  );

const VERDICT = {
  aligned: 'Aligned',
  misaligned: 'Misaligned',
  excluded: 'Not scored',
  unrecorded: 'Not yet recorded',
} as const;

export function AccountabilityPanel({
  detail,
  action,
}: {
  detail: CandidateDetail;
  action: Action;
}) {
  const c = detail.candidate;
  const acc = detail.accountability;
  const card = acc.scorecard;
  const termForm = useSchemaForm(TermSchema, { label: '', start: '', end: null });
  const openMotion = detail.decisions.find((d) => d.settledAt === null && d.motion);
  return (
    <section className="card" aria-labelledby="accountability-heading">
      <h2 id="accountability-heading">Accountability: key votes and scorecard</h2>
      {card.rows.length === 0 ? (
        <p className="muted">
          No key votes score {c.name} yet. Record the chapter’s position on bills in advance under{' '}
          <a href="#/candidates/key-votes">Key votes</a>.
        </p>
      ) : (
        <>
          <DataTable
            className="table compact"
            caption={`Scorecard: aligned votes ÷ scored votes (bar ${acc.barPct}%)`}
            rows={[
              { label: 'Lifetime', t: card.lifetime },
              ...card.byTerm.map((t) => ({ label: `Term ${t.label}`, t })),
              ...card.byYear.map((y) => ({ label: String(y.year), t: y })),
            ]}
            rowKey={(r) => r.label}
            columns={[
              { header: 'Period', rowHeader: true, cell: (r) => r.label },
              { header: 'Score', cell: (r) => <strong>{pct(r.t.pct)}</strong> },
              { header: 'Aligned', cell: (r) => `${r.t.aligned} of ${r.t.scored}` },
              { header: 'Not scored', cell: (r) => r.t.excluded },
              { header: 'Not recorded', cell: (r) => r.t.unrecorded },
            ]}
          />
          <DataTable
            className="table compact"
            caption="Key votes"
            rows={card.rows}
            rowKey={(r) => r.keyVote.id}
            rowClassName={(r) => (r.verdict === 'misaligned' ? 'disagree' : undefined)}
            columns={[
              { header: 'Date', cell: (r) => formatDate(r.keyVote.date, 'en-US') },
              {
                header: 'Bill',
                rowHeader: true,
                cell: (r) => (
                  <>
                    {r.keyVote.bill} <span className="muted">({r.keyVote.body})</span>
                  </>
                ),
              },
              { header: 'Chapter’s position', cell: (r) => VOTE_LABELS[r.keyVote.position] },
              { header: 'Vote', cell: (r) => (r.vote ? VOTE_LABELS[r.vote.vote] : '—') },
              { header: 'Verdict', cell: (r) => VERDICT[r.verdict] },
            ]}
          />
        </>
      )}

      <h3>Triggers</h3>
      {acc.triggers.length === 0 ? (
        <p>No trigger is met.</p>
      ) : (
        <ul className="triggers" aria-label="Triggers met">
          {acc.triggers.map((t, i) => (
            <li key={i}>
              {t.kind === 'below-bar' &&
                `Below the bar: the ${t.basis} is ${Math.round(t.score * 1000) / 10}% (${t.aligned} of ${t.scored}), under ${acc.barPct}%.`}
              {t.kind === 'misaligned-key-vote' &&
                `Misaligned vote on ${t.bill} (${formatDate(t.date, 'en-US')}) against the ${[t.core && 'core', t.mustMatch && 'must-match'].filter(Boolean).join(', ')} policy “${t.policyTitle}”.`}
              {t.kind === 'condition-breached' &&
                `Endorsement condition breached: “${t.condition}”.`}
            </li>
          ))}
        </ul>
      )}
      {acc.motion && (
        <div className="drafted-motion">
          <p>
            Drafted motion (
            {
              THRESHOLD_LABELS[
                acc.motion.threshold === 'unanimous-consent'
                  ? 'majority-cast'
                  : acc.motion.threshold
              ]
            }
            ):
          </p>
          <blockquote className="motion-text">{acc.motion.text}</blockquote>
          {openMotion ? (
            <p>
              On the agenda of the next meeting, as the vote{' '}
              <a href={`#/votes/${openMotion.voteId}`}>{openMotion.voteTitle}</a>.
            </p>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() =>
                void action.run(() => api.candidates.placeMotion({ id: c.id }), {
                  success:
                    'The motion is on the next meeting’s agenda, and open as a vote for the chair to take when the item comes up.',
                })
              }
            >
              Place the motion on the next meeting’s agenda
            </button>
          )}
        </div>
      )}

      {c.endorsement && c.endorsement.conditions.length > 0 && (
        <ConditionReports detail={detail} action={action} />
      )}

      <h3>Terms of office</h3>
      {c.terms.length > 0 && (
        <ul>
          {c.terms.map((t) => (
            <li key={t.id}>
              {t.label}: {t.start} – {t.end ?? 'present'}
            </li>
          ))}
        </ul>
      )}
      <Form
        form={termForm}
        action={action}
        className="form inline"
        aria-label="Add a term"
        onSubmit={(term) => api.candidates.addTerm({ id: c.id, ...term })}
        success="Term added."
        resetOnSuccess
        submitLabel="Add term"
        primary={false}
      >
        <Field label="Term">
          <input {...termForm.register('label')} placeholder="2027–2030" />
        </Field>
        <Field label="Starts">
          <input type="date" {...termForm.register('start')} />
        </Field>
        <Field label="Ends (optional)">
          <input
            type="date"
            {...termForm.register('end', { setValueAs: (v: string | null) => v || null })}
          />
        </Field>
      </Form>
    </section>
  );
}

function ConditionReports({ detail, action }: { detail: CandidateDetail; action: Action }) {
  const c = detail.candidate;
  const conditions = c.endorsement?.conditions ?? [];
  const form = useSchemaForm(ReportSchema, {
    conditionId: conditions[0]?.id ?? '',
    finding: 'kept',
    note: '',
    by: '',
  });
  const { register } = form;
  return (
    <>
      <h3>Endorsement conditions</h3>
      <ul>
        {conditions.map((k) => {
          const last = c.conditionReports.findLast((r) => r.conditionId === k.id);
          return (
            <li key={k.id}>
              {k.text} —{' '}
              {last
                ? `${last.breached ? 'breached' : 'kept'} (${last.by}, ${formatDate(last.at, 'en-US')}${last.note ? `: ${last.note}` : ''})`
                : 'no report yet'}
            </li>
          );
        })}
      </ul>
      <Form
        form={form}
        action={action}
        className="form inline"
        aria-label="Report on a condition"
        onSubmit={(report) => api.candidates.reportCondition({ id: c.id, ...report })}
        success="Report recorded."
        submitLabel="Record finding"
        primary={false}
      >
        <Field label="Condition">
          <select {...register('conditionId')}>
            <ItemOptions items={conditions} label={(k) => k.text} />
          </select>
        </Field>
        <Field label="Finding">
          <select {...register('finding')}>
            <option value="kept">Kept</option>
            <option value="breached">Breached</option>
          </select>
        </Field>
        <Field label="Note">
          <input {...register('note')} />
        </Field>
        <Field label="Reported by">
          <input {...register('by')} />
        </Field>
      </Form>
    </>
  );
}
