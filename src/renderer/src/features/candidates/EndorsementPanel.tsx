import { useState } from 'react';
import { DECISION_LABELS } from '../../../../shared/candidates';
import type { CandidateDetail } from '../../../../shared/contract/candidates';
import { localToday } from '../../../../shared/dates';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { MOTION_METHOD_LABELS, type MotionMethod } from '../../../../shared/votes/definition';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import type { Run } from './CandidatePage';

const COUNTED: MotionMethod[] = ['show-of-hands', 'standing', 'roll-call', 'paper-ballot'];

export function EndorsementPanel({ detail, run }: { detail: CandidateDetail; run: Run }) {
  const c = detail.candidate;
  const [conditional, setConditional] = useState(false);
  const [conditions, setConditions] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  const [method, setMethod] = useState<MotionMethod>('show-of-hands');
  const open = detail.decisions.find((d) => d.settledAt === null);
  const eligible = (c.status === 'interviewed' || c.status === 'under-review') && !open;
  const threshold = THRESHOLD_LABELS[detail.settings.endorsementThreshold];
  return (
    <section className="card" aria-labelledby="endorsement-heading">
      <h2 id="endorsement-heading">Endorsement</h2>
      {c.endorsement && (
        <div className="endorsement">
          <p>
            Endorsed {new Date(c.endorsement.at).toLocaleDateString()}:{' '}
            {c.endorsement.vote.sentence}
          </p>
          {c.endorsement.conditions.length > 0 && (
            <>
              <p>
                Conditions, to be reviewed on <strong>{c.endorsement.reviewDate}</strong>:
              </p>
              {c.endorsement.reviewDate && c.endorsement.reviewDate <= localToday() && (
                <Notice kind="info">
                  The review date has come: report on each condition below (Accountability), and if
                  one was breached the app drafts the motion.
                </Notice>
              )}
              <ol>
                {c.endorsement.conditions.map((k) => (
                  <li key={k.id}>{k.text}</li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      {detail.decisions.length > 0 && (
        <ul className="decisions">
          {detail.decisions.map((d) => (
            <li key={d.id}>
              {DECISION_LABELS[d.action]}: <a href={`#/votes/${d.voteId}`}>{d.voteTitle}</a> —{' '}
              {d.settledAt !== null
                ? (d.note ?? d.voteSummary)
                : 'open: count and certify it in Votes'}
              {d.settledAt === null && <SetAside detail={detail} decisionId={d.id} run={run} />}
            </li>
          ))}
        </ul>
      )}
      {eligible ? (
        <form
          className="form"
          aria-label="Endorsement vote"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () =>
                api.candidates.openEndorsementVote({
                  id: c.id,
                  conditional,
                  conditions: conditional
                    ? conditions
                        .split('\n')
                        .map((s) => s.trim())
                        .filter(Boolean)
                    : [],
                  reviewDate: conditional && reviewDate ? reviewDate : null,
                  method,
                }),
              `The endorsement vote is open at “${threshold}”. Count and certify it in Votes; the status follows the result.`,
            );
          }}
        >
          <p>
            An endorsement is a vote of the members at the chapter’s threshold:{' '}
            <strong>{threshold}</strong> (Settings).
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={conditional}
              onChange={(e) => setConditional(e.target.checked)}
            />{' '}
            Conditional endorsement (written conditions and a review date)
          </label>
          {conditional && (
            <>
              <Field label="Conditions, one per line">
                <textarea
                  rows={3}
                  value={conditions}
                  onChange={(e) => setConditions(e.target.value)}
                />
              </Field>
              <Field label="Review date">
                <input
                  type="date"
                  value={reviewDate}
                  onChange={(e) => setReviewDate(e.target.value)}
                />
              </Field>
            </>
          )}
          <Field label="How the room votes">
            <select value={method} onChange={(e) => setMethod(e.target.value as MotionMethod)}>
              {COUNTED.map((m) => (
                <option key={m} value={m}>
                  {MOTION_METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              Open the endorsement vote
            </button>
          </div>
        </form>
      ) : (
        !c.endorsement &&
        !open && (
          <p className="muted">
            A candidate can be put to an endorsement vote once interviewed (change the status
            above).
          </p>
        )
      )}
    </section>
  );
}

function SetAside({
  detail,
  decisionId,
  run,
}: {
  detail: CandidateDetail;
  decisionId: string;
  run: Run;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Set aside…
      </button>
    );
  return (
    <form
      className="form inline"
      aria-label="Set the decision aside"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => api.candidates.setAsideDecision({ id: detail.candidate.id, decisionId, reason }),
          'Set aside. The vote stays in the log as it is.',
        );
      }}
    >
      <Field label="Why is it set aside?">
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit">Set aside</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
