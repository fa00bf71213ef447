import { useState } from 'react';
import {
  answerText,
  excerpt,
  isScored,
  latestScores,
  SUPPORT_LABELS,
  type Answer,
  type StoredQuestionnaire,
} from '../../../../shared/candidates';
import type { CandidateDetail, CandidatesOverview } from '../../../../shared/contract/candidates';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import type { Run } from './CandidatePage';

type InterviewView = CandidateDetail['interviews'][number];

const fmt = (x: number | null) => (x === null ? '—' : String(Math.round(x * 100) / 100));

function shortAnswer(a: Answer | undefined): string {
  if (!a) return 'No answer';
  if (a.type === 'scale') return a.value ? SUPPORT_LABELS[a.value] : 'Declined';
  if (a.type === 'pledge') return a.value ? (a.value === 'yes' ? 'Yes' : 'No') : 'Declined';
  return excerpt(answerText(a), 60) || 'No answer';
}

export function InterviewPanel({
  detail,
  questionnaires,
  run,
}: {
  detail: CandidateDetail;
  questionnaires: CandidatesOverview['questionnaires'];
  run: Run;
}) {
  return (
    <section className="card" aria-labelledby="interview-heading">
      <h2 id="interview-heading">Interview and panel scores</h2>
      {detail.interviews.map((iv) => (
        <Interview key={iv.interview.id} iv={iv} detail={detail} run={run} />
      ))}
      {/* Remount when the questionnaires or interviews arrive, so the form starts from them. */}
      <PanelSetup
        key={`${questionnaires.map((q) => q.id).join(',')}|${detail.interviews.map((iv) => iv.interview.id).join(',')}`}
        detail={detail}
        questionnaires={questionnaires}
        run={run}
      />
    </section>
  );
}

function PanelSetup({
  detail,
  questionnaires,
  run,
}: {
  detail: CandidateDetail;
  questionnaires: CandidatesOverview['questionnaires'];
  run: Run;
}) {
  // The form starts from the panel already set for a questionnaire, so saving it again
  // changes only what the chair changes.
  const existing = (id: string) =>
    detail.interviews.find((iv) => iv.interview.questionnaireId === id)?.interview;
  const first = questionnaires[0]?.id ?? '';
  const [questionnaireId, setQuestionnaireId] = useState(first);
  const [date, setDate] = useState(existing(first)?.date ?? localToday());
  const [panel, setPanel] = useState<string[]>(existing(first)?.panelistIds ?? []);
  const chosen = questionnaireId || first;
  const choose = (id: string) => {
    setQuestionnaireId(id);
    const interview = existing(id);
    setPanel(interview?.panelistIds ?? []);
    if (interview) setDate(interview.date);
  };
  if (questionnaires.length === 0) return <p className="muted">Create a questionnaire first.</p>;
  return (
    <form
      className="form wide"
      aria-label="Interview panel"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () =>
            api.candidates.savePanel({
              candidateId: detail.candidate.id,
              questionnaireId: chosen,
              date,
              panelistIds: panel,
            }),
          `The panel of ${panel.length} is set.`,
        );
      }}
    >
      <h3>Set the interview panel</h3>
      <div className="two-col">
        <Field label="Interview on questionnaire">
          <select value={chosen} onChange={(e) => choose(e.target.value)}>
            {questionnaires.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Interview date">
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      <fieldset>
        <legend>Panelists</legend>
        <div className="member-grid">
          {detail.members.map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                checked={panel.includes(m.id)}
                onChange={(e) =>
                  setPanel(e.target.checked ? [...panel, m.id] : panel.filter((p) => p !== m.id))
                }
              />{' '}
              {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit">Save panel</button>
      </div>
    </form>
  );
}

function Interview({ iv, detail, run }: { iv: InterviewView; detail: CandidateDetail; run: Run }) {
  const { value: q } = useAsync(() =>
    api.candidates.questionnaire({ id: iv.interview.questionnaireId }),
  );
  if (!q) return <p aria-busy="true">Loading…</p>;
  const answers = detail.responses.find((r) => r.questionnaire.id === q.id)?.response.answers ?? {};
  const scored = q.questions.filter(isScored);
  const flagged = iv.summaries.filter((s) => s.disagreement).length;
  return (
    <div className="interview">
      <h3>
        {iv.questionnaireTitle} — interviewed {iv.interview.date} by{' '}
        {iv.panelists.map((p) => p.name).join(', ')}
      </h3>
      {flagged > 0 && (
        <Notice kind="info">
          The panel disagrees on {flagged} {flagged === 1 ? 'answer' : 'answers'} (a 0 beside a 2):
          talk them over before the numbers are used.
        </Notice>
      )}
      <div className="table-scroll">
        <table className="table compact panel-table">
          <caption>Each panelist’s score (0–2), the mean and the spread</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              {iv.panelists.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
              <th scope="col">Mean</th>
              <th scope="col">Spread</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((question) => {
              const s = iv.summaries.find((x) => x.questionId === question.id);
              const n = q.questions.indexOf(question) + 1;
              return (
                <tr key={question.id} className={s?.disagreement ? 'disagree' : undefined}>
                  <td>{n}</td>
                  <th scope="row">{excerpt(question.prompt, 70)}</th>
                  <td>{shortAnswer(answers[question.id])}</td>
                  {iv.panelists.map((p) => {
                    const own = s?.scores.find((x) => x.panelistId === p.id);
                    return (
                      <td key={p.id}>
                        {own ? (
                          <>
                            <strong>{own.score}</strong>
                            {own.note && <span className="note"> {excerpt(own.note, 50)}</span>}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                  <td>{fmt(s?.mean ?? null)}</td>
                  <td>
                    {fmt(s?.spread ?? null)}
                    {s?.disagreement && <span className="badge warn">Disagreement</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ScoreForm iv={iv} q={q} answers={answers} run={run} />
    </div>
  );
}

function ScoreForm({
  iv,
  q,
  answers,
  run,
}: {
  iv: InterviewView;
  q: StoredQuestionnaire;
  answers: Record<string, Answer>;
  run: Run;
}) {
  const [panelistId, setPanelistId] = useState(iv.panelists[0]?.id ?? '');
  return (
    <div className="score-form">
      <Field label="Scoring as">
        <select value={panelistId} onChange={(e) => setPanelistId(e.target.value)}>
          {iv.panelists.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <PanelistScores
        key={panelistId}
        iv={iv}
        q={q}
        answers={answers}
        panelistId={panelistId}
        run={run}
      />
    </div>
  );
}

function PanelistScores({
  iv,
  q,
  answers,
  panelistId,
  run,
}: {
  iv: InterviewView;
  q: StoredQuestionnaire;
  answers: Record<string, Answer>;
  panelistId: string;
  run: Run;
}) {
  const scored = q.questions.filter(isScored);
  const name = iv.panelists.find((p) => p.id === panelistId)?.name ?? '';
  const [rows, setRows] = useState<Record<string, { score: string; note: string }>>(() =>
    Object.fromEntries(
      scored.map((x) => {
        const own = latestScores(iv.interview.scores, iv.interview.candidateId, x.id).find(
          (s) => s.panelistId === panelistId,
        );
        return [x.id, { score: own ? String(own.score) : '', note: own?.note ?? '' }];
      }),
    ),
  );
  return (
    <form
      aria-label={`Scores by ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const scores = scored.flatMap((x) => {
          const r = rows[x.id];
          return r && r.score !== ''
            ? [{ questionId: x.id, score: Number(r.score), note: r.note }]
            : [];
        });
        if (scores.length === 0) return;
        void run(
          () => api.candidates.scoreAnswers({ interviewId: iv.interview.id, panelistId, scores }),
          `Saved ${scores.length} scores by ${name}.`,
        );
      }}
    >
      <table className="table compact">
        <caption className="visually-hidden">Scores by {name}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Answer</th>
            <th scope="col">Score</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {scored.map((x) => {
            const n = q.questions.indexOf(x) + 1;
            const r = rows[x.id] ?? { score: '', note: '' };
            return (
              <tr key={x.id}>
                <td>{n}</td>
                <td>{shortAnswer(answers[x.id])}</td>
                <td>
                  <select
                    aria-label={`Score for question ${n}`}
                    value={r.score}
                    onChange={(e) => setRows({ ...rows, [x.id]: { ...r, score: e.target.value } })}
                  >
                    <option value="">—</option>
                    <option value="2">2 — fully</option>
                    <option value="1">1 — partly</option>
                    <option value="0">0 — not at all</option>
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Note for question ${n}`}
                    value={r.note}
                    onChange={(e) => setRows({ ...rows, [x.id]: { ...r, note: e.target.value } })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" className="primary">
        Save {name}’s scores
      </button>
    </form>
  );
}
