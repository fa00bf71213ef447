import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { DECISION_LABELS } from '../../../../shared/candidates';
import { candidatesChannels, type CandidateDetail } from '../../../../shared/contract/candidates';
import { formatDate, localToday } from '../../../../shared/dates';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import {
  MOTION_METHOD_LABELS,
  MotionMethodSchema,
  type MotionMethod,
} from '../../../../shared/voteLog/definition';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { firstSegment, Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import type { Action } from '../../ui/useAction';
import { Options } from '../../ui/Options';

const COUNTED: MotionMethod[] = ['show-of-hands', 'standing', 'roll-call', 'paper-ballot'];

/** Conditions are typed one a line; without "conditional" they (and the review date) are not sent. */
const EndorsementSchema = z
  .object({
    conditional: z.boolean(),
    conditions: z.string(),
    reviewDate: z.string(),
    method: MotionMethodSchema,
  })
  .transform(
    parsedAs(
      candidatesChannels['candidates.openEndorsementVote'].input.omit({ id: true }),
      ({ conditional, conditions, reviewDate, method }) => ({
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
      firstSegment,
    ),
  );

const SetAsideSchema = candidatesChannels['candidates.setAsideDecision'].input.pick({
  reason: true,
});

export function EndorsementPanel({ detail, action }: { detail: CandidateDetail; action: Action }) {
  const c = detail.candidate;
  const form = useSchemaForm(EndorsementSchema, {
    conditional: false,
    conditions: '',
    reviewDate: '',
    method: 'show-of-hands',
  });
  const conditional = useWatch({ control: form.control, name: 'conditional' });
  const open = detail.decisions.find((d) => d.settledAt === null);
  const eligible = (c.status === 'interviewed' || c.status === 'under-review') && !open;
  const threshold = THRESHOLD_LABELS[detail.settings.endorsementThreshold];
  return (
    <section className="card" aria-labelledby="endorsement-heading">
      <h2 id="endorsement-heading">Endorsement</h2>
      {c.endorsement && (
        <div className="endorsement">
          <p>
            Endorsed {formatDate(c.endorsement.at, 'en-US')}: {c.endorsement.vote.sentence}
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
              {d.settledAt === null && (
                <SetAside detail={detail} decisionId={d.id} action={action} />
              )}
            </li>
          ))}
        </ul>
      )}
      {eligible ? (
        <Form
          form={form}
          action={action}
          aria-label="Endorsement vote"
          onSubmit={(vote) => api.candidates.openEndorsementVote({ id: c.id, ...vote })}
          success={`The endorsement vote is open at “${threshold}”. Count and certify it in Votes; the status follows the result.`}
          submitLabel="Open the endorsement vote"
        >
          <p>
            An endorsement is a vote of the members at the chapter’s threshold:{' '}
            <strong>{threshold}</strong> (Settings).
          </p>
          <label className="check">
            <input type="checkbox" {...form.register('conditional')} /> Conditional endorsement
            (written conditions and a review date)
          </label>
          {conditional && (
            <>
              <Field label="Conditions, one per line">
                <textarea rows={3} {...form.register('conditions')} />
              </Field>
              <Field label="Review date">
                <input type="date" {...form.register('reviewDate')} />
              </Field>
            </>
          )}
          <Field label="How the room votes">
            <select {...form.register('method')}>
              <Options values={COUNTED} labels={MOTION_METHOD_LABELS} />
            </select>
          </Field>
        </Form>
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
  action,
}: {
  detail: CandidateDetail;
  decisionId: string;
  action: Action;
}) {
  const [open, setOpen] = useState(false);
  const form = useSchemaForm(SetAsideSchema, { reason: '' });
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Set aside…
      </button>
    );
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      aria-label="Set the decision aside"
      onSubmit={({ reason }) =>
        api.candidates.setAsideDecision({ id: detail.candidate.id, decisionId, reason })
      }
      success="Set aside. The vote stays in the log as it is."
      submitLabel="Set aside"
      primary={false}
      onCancel={() => setOpen(false)}
    >
      <Field label="Why is it set aside?">
        <input {...form.register('reason')} />
      </Field>
    </Form>
  );
}
