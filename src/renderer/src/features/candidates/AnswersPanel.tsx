import { useState } from 'react';
import {
  SUPPORT_LABELS,
  SUPPORT_LEVELS,
  wordCount,
  type Answer,
  type AlignmentScore,
  type Question,
  type StoredQuestionnaire,
} from '../../../../shared/candidates';
import type { CandidateDetail, CandidatesOverview } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import type { Run } from './CandidatePage';
import { pct } from './format';

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

export function AnswersPanel({
  detail,
  questionnaires,
  run,
}: {
  detail: CandidateDetail;
  questionnaires: CandidatesOverview['questionnaires'];
  run: Run;
}) {
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
              {new Date(r.response.receivedAt).toLocaleDateString()})
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
              {questionnaires.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.title}
                </option>
              ))}
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
          run={run}
          onDone={() => setEntering(null)}
        />
      )}
    </section>
  );
}

function AnswerEntry({
  questionnaireId,
  detail,
  run,
  onDone,
}: {
  questionnaireId: string;
  detail: CandidateDetail;
  run: Run;
  onDone: () => void;
}) {
  const { value: q, error } = useAsync(() => api.candidates.questionnaire({ id: questionnaireId }));
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!q) return <p aria-busy="true">Loading…</p>;
  return <AnswerForm q={q} detail={detail} run={run} onDone={onDone} />;
}

function blankAnswer(q: Question): Answer {
  if (q.type === 'scale') return { type: 'scale', value: null, comment: '' };
  if (q.type === 'pledge') return { type: 'pledge', value: null, comment: '' };
  return { type: q.type, text: '' };
}

function AnswerForm({
  q,
  detail,
  run,
  onDone,
}: {
  q: StoredQuestionnaire;
  detail: CandidateDetail;
  run: Run;
  onDone: () => void;
}) {
  const existing = detail.responses.find((r) => r.questionnaire.id === q.id)?.response.answers;
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(q.questions.map((x) => [x.id, existing?.[x.id] ?? blankAnswer(x)])),
  );
  const [warnings, setWarnings] = useState<string[]>([]);
  const set = (id: string, a: Answer) => setAnswers({ ...answers, [id]: a });
  return (
    <form
      className="form wide answer-form"
      aria-label="Answers"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const r = await api.candidates.saveResponse({
            candidateId: detail.candidate.id,
            questionnaireId: q.id,
            answers,
          });
          setWarnings(r.warnings);
          if (r.warnings.length === 0) onDone();
        }, 'Answers saved.');
      }}
    >
      {q.questions.map((question, i) => {
        const a = answers[question.id] ?? blankAnswer(question);
        const text = a.type === 'scale' || a.type === 'pledge' ? a.comment : a.text;
        const words = wordCount(text);
        const over = question.wordLimit !== null && words > question.wordLimit;
        const label = `Question ${i + 1}`;
        return (
          <fieldset key={question.id}>
            <legend>
              {label}: {question.prompt}
            </legend>
            {a.type === 'scale' && (
              <div role="radiogroup" aria-label={`${label} answer`} className="choices">
                {SUPPORT_LEVELS.map((s) => (
                  <label key={s} className="check">
                    <input
                      type="radio"
                      name={question.id}
                      checked={a.value === s}
                      onChange={() => set(question.id, { ...a, value: s })}
                    />{' '}
                    {SUPPORT_LABELS[s]}
                  </label>
                ))}
              </div>
            )}
            {a.type === 'pledge' && (
              <div role="radiogroup" aria-label={`${label} answer`} className="choices">
                {(['yes', 'no'] as const).map((v) => (
                  <label key={v} className="check">
                    <input
                      type="radio"
                      name={question.id}
                      checked={a.value === v}
                      onChange={() => set(question.id, { ...a, value: v })}
                    />{' '}
                    {v === 'yes' ? 'Yes' : 'No'}
                  </label>
                ))}
              </div>
            )}
            <Field
              label={
                a.type === 'scale' || a.type === 'pledge'
                  ? `${label} comment`
                  : `${label} answer text`
              }
              {...(over ? { error: `${words} words; the limit is ${question.wordLimit}` } : {})}
            >
              <textarea
                rows={2}
                value={text}
                onChange={(e) =>
                  set(
                    question.id,
                    a.type === 'scale' || a.type === 'pledge'
                      ? { ...a, comment: e.target.value }
                      : { ...a, text: e.target.value },
                  )
                }
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
      <div className="actions">
        <button type="submit" className="primary">
          Save answers
        </button>
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
