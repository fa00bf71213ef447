import { formatDate } from '../../../../shared/dates';
import { useState } from 'react';
import { QUESTION_TYPE_LABELS, SUPPORT_LABELS, type Question } from '../../../../shared/candidates';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { Field } from '../../ui/Field';
import { ActionNotice, Notice } from '../../ui/Notice';
import { ItemOptions } from '../../ui/Options';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

type FormProblem = { line: number; message: string };

export function describeQuestion(q: Question): string {
  const parts: string[] = [QUESTION_TYPE_LABELS[q.type]];
  if (q.type !== 'open') parts.push(`weight ${q.weight}`);
  if (q.type === 'scale') parts.push(`platform: ${SUPPORT_LABELS[q.stance].toLowerCase()}`);
  if (q.type === 'pledge') parts.push(`expected: ${q.expected}`);
  if (q.type !== 'open' && q.mustMatch) parts.push('must match');
  if (q.wordLimit !== null) parts.push(`${q.wordLimit} words`);
  return parts.join(' · ');
}

export function QuestionnairePage({ id }: { id: string }) {
  const { value: q, error } = useAsync(() => api.candidates.questionnaire({ id }));
  const { value: overview } = useAsync(() => api.candidates.list());
  const [candidateId, setCandidateId] = useState('');
  const action = useAction();
  const [problems, setProblems] = useState<{ errors: FormProblem[]; warnings: FormProblem[] }>({
    errors: [],
    warnings: [],
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!q) return <p aria-busy="true">Loading…</p>;
  const candidates = overview?.candidates.map((s) => s.candidate) ?? [];
  const chosen = candidateId || candidates[0]?.id || '';
  /** Runs `fn`; the line it returns is shown as its success. */
  const run = (fn: () => Promise<string>) => action.run(fn, { success: (line) => line });
  return (
    <section aria-labelledby="questionnaire-heading">
      <BackLink href="#/candidates">Candidates</BackLink>
      <h1 id="questionnaire-heading">{q.title}</h1>
      <p className="muted">
        Pinned to platform version {q.platformVersion} · {q.questions.length} questions · created{' '}
        {formatDate(q.createdAt, 'en-US')}
      </p>
      {overview?.questionnaires.find((x) => x.id === q.id)?.outdated && (
        <Notice kind="info">
          A newer platform version has been adopted since this questionnaire was built. Answers stay
          judged against version {q.platformVersion}; build a new questionnaire to ask about the
          current platform.
        </Notice>
      )}
      <ActionNotice action={action} />

      <section className="card" aria-labelledby="send-heading">
        <h2 id="send-heading">Send to a candidate, and read the answers back</h2>
        {candidates.length === 0 ? (
          <p className="muted">Add a candidate first.</p>
        ) : (
          <>
            <Field label="Candidate">
              <select value={chosen} onChange={(e) => setCandidateId(e.target.value)}>
                <ItemOptions items={candidates} label={(c) => c.name} />
              </select>
            </Field>
            <div className="actions wrap">
              <button
                type="button"
                disabled={action.busy}
                onClick={() =>
                  void run(async () => {
                    const r = await api.print.save({
                      document: 'candidate-questionnaire',
                      params: { questionnaireId: q.id, candidateId: chosen },
                    });
                    return r.saved ? `Saved ${r.fileName ?? 'the PDF'}.` : 'Not saved.';
                  })
                }
              >
                Save questionnaire as PDF
              </button>
              <button
                type="button"
                disabled={action.busy}
                onClick={() =>
                  void run(async () => {
                    const r = await api.candidates.exportForm({
                      questionnaireId: q.id,
                      candidateId: chosen,
                    });
                    return r.saved
                      ? `Saved ${r.fileName ?? 'the form'}: the candidate fills it in and sends it back.`
                      : 'Not saved.';
                  })
                }
              >
                Save fill-in form (Markdown)
              </button>
            </div>
          </>
        )}
        <label className="file">
          Filled-in form to import (Markdown)
          <input
            type="file"
            accept=".md,.txt,text/markdown,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              await action.run(
                async () => {
                  const text = await file.text();
                  const r = await api.candidates.importForm({ questionnaireId: q.id, text });
                  if (r.ok) {
                    setProblems({ errors: [], warnings: r.warnings });
                    return `Imported the answers of ${r.candidateName}: ${r.answered} of ${q.questions.length} questions answered.`;
                  }
                  setProblems({ errors: r.errors, warnings: [] });
                  throw new Error(
                    `The form was not imported: fix ${r.errors.length === 1 ? 'this line' : 'these lines'} and import it again. Nothing was changed.`,
                  );
                },
                { success: (line) => line },
              );
            }}
          />
        </label>
        {problems.errors.length > 0 && (
          <ul className="problems" aria-label="Problems in the form">
            {problems.errors.map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        )}
        {problems.warnings.length > 0 && (
          <ul className="warnings" aria-label="Warnings">
            {problems.warnings.map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`#/candidates/compare?q=${q.id}`}>
            Compare the candidates on this questionnaire
          </a>
        </p>
      </section>

      <ol className="question-list">
        {q.questions.map((question) => (
          <li key={question.id}>
            <p>{question.prompt}</p>
            <p className="muted">{describeQuestion(question)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
