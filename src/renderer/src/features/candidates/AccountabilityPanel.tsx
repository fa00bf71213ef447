import { useState } from 'react';
import type { Tally } from '../../../../shared/candidates';
import type { CandidateDetail } from '../../../../shared/contract/candidates';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import type { Run } from './CandidatePage';
import { pct, VOTE_LABELS } from './format';

const VERDICT = {
  aligned: 'Aligned',
  misaligned: 'Misaligned',
  excluded: 'Not scored',
  unrecorded: 'Not yet recorded',
} as const;

function TallyRow({ label, t }: { label: string; t: Tally }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <strong>{pct(t.pct)}</strong>
      </td>
      <td>
        {t.aligned} of {t.scored}
      </td>
      <td>{t.excluded}</td>
      <td>{t.unrecorded}</td>
    </tr>
  );
}

export function AccountabilityPanel({ detail, run }: { detail: CandidateDetail; run: Run }) {
  const c = detail.candidate;
  const acc = detail.accountability;
  const card = acc.scorecard;
  const [term, setTerm] = useState({ label: '', start: '', end: '' });
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
          <table className="table compact">
            <caption>Scorecard: aligned votes ÷ scored votes (bar {acc.barPct}%)</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Score</th>
                <th scope="col">Aligned</th>
                <th scope="col">Not scored</th>
                <th scope="col">Not recorded</th>
              </tr>
            </thead>
            <tbody>
              <TallyRow label="Lifetime" t={card.lifetime} />
              {card.byTerm.map((t) => (
                <TallyRow key={t.termId} label={`Term ${t.label}`} t={t} />
              ))}
              {card.byYear.map((y) => (
                <TallyRow key={y.year} label={String(y.year)} t={y} />
              ))}
            </tbody>
          </table>
          <table className="table compact">
            <caption>Key votes</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Bill</th>
                <th scope="col">Chapter’s position</th>
                <th scope="col">Vote</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {card.rows.map((r) => (
                <tr
                  key={r.keyVote.id}
                  className={r.verdict === 'misaligned' ? 'disagree' : undefined}
                >
                  <td>{r.keyVote.date}</td>
                  <th scope="row">
                    {r.keyVote.bill} <span className="muted">({r.keyVote.body})</span>
                  </th>
                  <td>{VOTE_LABELS[r.keyVote.position]}</td>
                  <td>{r.vote ? VOTE_LABELS[r.vote.vote] : '—'}</td>
                  <td>{VERDICT[r.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
                `Misaligned vote on ${t.bill} (${t.date}) against the ${[t.core && 'core', t.mustMatch && 'must-match'].filter(Boolean).join(', ')} policy “${t.policyTitle}”.`}
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
              onClick={() =>
                run(
                  () => api.candidates.placeMotion({ id: c.id }),
                  'The motion is on the next meeting’s agenda, and open as a vote for the chair to take when the item comes up.',
                )
              }
            >
              Place the motion on the next meeting’s agenda
            </button>
          )}
        </div>
      )}

      {c.endorsement && c.endorsement.conditions.length > 0 && (
        <ConditionReports detail={detail} run={run} />
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
      <form
        className="form inline"
        aria-label="Add a term"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () =>
              api.candidates.addTerm({
                id: c.id,
                label: term.label,
                start: term.start,
                end: term.end || null,
              }),
            'Term added.',
          ).then((ok) => ok && setTerm({ label: '', start: '', end: '' }));
        }}
      >
        <Field label="Term">
          <input
            value={term.label}
            placeholder="2027–2030"
            onChange={(e) => setTerm({ ...term, label: e.target.value })}
          />
        </Field>
        <Field label="Starts">
          <input
            type="date"
            value={term.start}
            onChange={(e) => setTerm({ ...term, start: e.target.value })}
          />
        </Field>
        <Field label="Ends (optional)">
          <input
            type="date"
            value={term.end}
            onChange={(e) => setTerm({ ...term, end: e.target.value })}
          />
        </Field>
        <button type="submit">Add term</button>
      </form>
    </section>
  );
}

function ConditionReports({ detail, run }: { detail: CandidateDetail; run: Run }) {
  const c = detail.candidate;
  const conditions = c.endorsement?.conditions ?? [];
  const [conditionId, setConditionId] = useState(conditions[0]?.id ?? '');
  const [breached, setBreached] = useState(false);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
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
                ? `${last.breached ? 'breached' : 'kept'} (${last.by}, ${new Date(last.at).toLocaleDateString()}${last.note ? `: ${last.note}` : ''})`
                : 'no report yet'}
            </li>
          );
        })}
      </ul>
      <form
        className="form inline"
        aria-label="Report on a condition"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => api.candidates.reportCondition({ id: c.id, conditionId, breached, note, by }),
            'Report recorded.',
          );
        }}
      >
        <Field label="Condition">
          <select value={conditionId} onChange={(e) => setConditionId(e.target.value)}>
            {conditions.map((k) => (
              <option key={k.id} value={k.id}>
                {k.text}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Finding">
          <select
            value={breached ? 'breached' : 'kept'}
            onChange={(e) => setBreached(e.target.value === 'breached')}
          >
            <option value="kept">Kept</option>
            <option value="breached">Breached</option>
          </select>
        </Field>
        <Field label="Note">
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <Field label="Reported by">
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </Field>
        <button type="submit">Record finding</button>
      </form>
    </>
  );
}
