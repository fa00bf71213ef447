import { formatDate } from '../../../../shared/dates';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  AnswerSchema,
  SUPPORT_LABELS,
  SUPPORT_LEVELS,
  wordCount,
  type Answer,
  type AlignmentScore,
  type Question,
  type StoredQuestionnaire,
} from '../../../../shared/candidates';
import { candidatesChannels, type CandidateDetail } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { ItemOptions } from '../../ui/Options';
import type { Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { pct } from './format';
import type { CandidatePanelProps } from './panel';

const round = (x: number) => Math.round(x * 100) / 100;

const REASONS = {
  unanswered: 'not answered',
  declined: 'declined to say',
  opposite: 'answered against the platform',
  'low-record': 'record scored low by the panel',
} as const;

/** Must-match failures first, then the percentage with its coverage beside it. */
export function AlignmentSummary({ alignment }: { alignment: AlignmentScore }) {
  return (
    <div className="alignment">
      {alignment.mustMatchFailures.length > 0 && (
        <div className="must-match" role="note" aria-label="Must-match failures">
          <strong>
            {alignment.mustMatchFailures.length} must-match{' '}
            {alignment.mustMatchFailures.length === 1 ? 'failure' : 'failures'}
          </strong>
          <ul>
            {alignment.mustMatchFailures.map((f) => (
              <li key={f.questionId}>
                {f.prompt} — <em>{REASONS[f.reason]}</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="alignment-figures">
        Alignment <strong>{pct(alignment.alignmentPct)}</strong> · answered{' '}
        <strong>{pct(alignment.coveragePct)}</strong> ({alignment.answered} of {alignment.asked}{' '}
        scored questions) · {round(alignment.points)} of {round(alignment.maxPoints)} points
        {alignment.pendingPanel > 0 && ` · ${alignment.pendingPanel} awaiting the panel`}
      </p>
    </div>
  );
}

export function AnswersPanel({ detail, questionnaires, action }: CandidatePanelProps) {
  const [entering, setEntering] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const chosen = choice || questionnaires[0]?.id || '';
  return (
    <section className="card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Questionnaire answers and alignment</h2>
      {detail.responses.length === 0 && <p className="muted">No answers on record yet.</p>}
      {detail.responses.map((r) => (
        <div key={r.response.id} className="response">
          <h3>
            {r.questionnaire.title}{' '}
            <span className="muted">
              (platform version {r.questionnaire.platformVersion}; {r.response.source}{' '}
              {formatDate(r.response.receivedAt, 'en-US')})
            </span>
          </h3>
          {r.outdated && (
            <Notice kind="info">
              A newer platform has been adopted since; these answers are judged against version{' '}
              {r.questionnaire.platformVersion}.
            </Notice>
          )}
          {r.alignment ? (
            <AlignmentSummary alignment={r.alignment} />
          ) : (
            <Notice kind="error">{r.problem}</Notice>
          )}
          <button type="button" onClick={() => setEntering(r.questionnaire.id)}>
            Edit answers
          </button>
        </div>
      ))}
      {questionnaires.length > 0 && entering === null && (
        <div className="form inline">
          <Field label="Questionnaire">
            <select value={chosen} onChange={(e) => setChoice(e.target.value)}>
              <ItemOptions items={questionnaires} label={(q) => q.title} />
            </select>
          </Field>
          <button type="button" onClick={() => setEntering(chosen)}>
            Enter answers from paper
          </button>
        </div>
      )}
      {entering && (
        <AnswerEntry
          key={entering}
          questionnaireId={entering}
          detail={detail}
          action={action}
          onDone={() => setEntering(null)}
        />
      )}
    </section>
  );
}

function AnswerEntry({
  questionnaireId,
  detail,
  action,
  onDone,
}: {
  questionnaireId: string;
  detail: CandidateDetail;
  action: Action;
  onDone: () => void;
}) {
  const { value: q, error } = useAsync(() => api.candidates.questionnaire({ id: questionnaireId }));
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!q) return <p aria-busy="true">Loading…</p>;
  return <AnswerForm q={q} detail={detail} action={action} onDone={onDone} />;
}

function blankAnswer(q: Question): Answer {
  if (q.type === 'scale') return { type: 'scale', value: null, comment: '' };
  if (q.type === 'pledge') return { type: 'pledge', value: null, comment: '' };
  return { type: q.type, text: '' };
}

/**
 * The answers, one a question in the questionnaire's order, sent as `candidates.saveResponse`'s
 * record by question id (its issues come back to the question's fields).
 */
function answersSchema(q: StoredQuestionnaire) {
  const index = new Map(q.questions.map((x, i) => [x.id, i]));
  return z.object({ answers: z.array(AnswerSchema) }).transform(
    parsedAs(
      candidatesChannels['candidates.saveResponse'].input.pick({ answers: true }),
      ({ answers }: { answers: Answer[] }) => ({
        answers: Object.fromEntries(
          q.questions.flatMap((x, i) => (answers[i] ? [[x.id, answers[i]]] : [])),
        ),
      }),
      ([, id, ...rest]) =>
        ['answers', index.get(String(id)) ?? String(id), ...rest.map(String)].join('.'),
    ),
  );
}

function AnswerForm({
  q,
  detail,
  action,
  onDone,
}: {
  q: StoredQuestionnaire;
  detail: CandidateDetail;
  action: Action;
  onDone: () => void;
}) {
  const existing = detail.responses.find((r) => r.questionnaire.id === q.id)?.response.answers;
  const schema = useMemo(() => answersSchema(q), [q]);
  const form = useSchemaForm(schema, {
    answers: q.questions.map((x) => existing?.[x.id] ?? blankAnswer(x)),
  });
  const answers = useWatch({ control: form.control, name: 'answers' });
  const [warnings, setWarnings] = useState<string[]>([]);
  return (
    <Form
      form={form}
      action={action}
      className="form wide answer-form"
      aria-label="Answers"
      onSubmit={(values) =>
        api.candidates.saveResponse({
          candidateId: detail.candidate.id,
          questionnaireId: q.id,
          ...values,
        })
      }
      success="Answers saved."
      onSuccess={(r) => {
        setWarnings(r.warnings);
        if (r.warnings.length === 0) onDone();
      }}
      submitLabel="Save answers"
      actions={
        <button type="button" onClick={onDone}>
          Close
        </button>
      }
    >
      {q.questions.map((question, i) => {
        const a = answers[i] ?? blankAnswer(question);
        const marked = a.type === 'scale' || a.type === 'pledge';
        const words = wordCount(marked ? a.comment : a.text);
        const over = question.wordLimit !== null && words > question.wordLimit;
        const label = `Question ${i + 1}`;
        return (
          <fieldset key={question.id}>
            <legend>
              {label}: {question.prompt}
            </legend>
            {marked && (
              <div role="radiogroup" aria-label={`${label} answer`} className="choices">
                {(a.type === 'scale' ? SUPPORT_LEVELS : (['yes', 'no'] as const)).map((v) => (
                  <label key={v} className="check">
                    <input type="radio" value={v} {...form.register(`answers.${i}.value`)} />{' '}
                    {a.type === 'scale'
                      ? SUPPORT_LABELS[v as (typeof SUPPORT_LEVELS)[number]]
                      : v === 'yes'
                        ? 'Yes'
                        : 'No'}
                  </label>
                ))}
              </div>
            )}
            <Field
              label={marked ? `${label} comment` : `${label} answer text`}
              {...(over ? { error: `${words} words; the limit is ${question.wordLimit}` } : {})}
            >
              <textarea
                rows={2}
                {...form.register(marked ? `answers.${i}.comment` : `answers.${i}.text`)}
              />
            </Field>
          </fieldset>
        );
      })}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Word limits">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </Form>
  );
}
