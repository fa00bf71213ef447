import { useState } from 'react';
import type { ComparisonView } from '../../../../shared/contract/candidates';
import { api, messageOf } from '../../api';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { ComparisonTable } from '../../ui/ComparisonTable';

export function ComparisonPage({ initialQuestionnaire }: { initialQuestionnaire: string | null }) {
  const { value: overview, error } = useAsync(() => api.candidates.list());
  const [questionnaireId, setQuestionnaireId] = useState(initialQuestionnaire ?? '');
  const [picked, setPicked] = useState<string[] | null>(null);
  const [view, setView] = useState<ComparisonView | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const qs = overview?.questionnaires ?? [];
  const qid = questionnaireId || qs[0]?.id || '';
  const candidates = overview?.candidates ?? [];
  const chosen = picked ?? candidates.map((c) => c.candidate.id);

  const show = async () => {
    try {
      setView(await api.candidates.compare({ questionnaireId: qid, candidateIds: chosen }));
      setMessage(null);
    } catch (e) {
      setView(null);
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <section aria-labelledby="compare-heading">
      <p>
        <a href="#/candidates">← Candidates</a>
      </p>
      <h1 id="compare-heading">Compare candidates side by side</h1>
      <Notice kind="error">{error}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {qs.length === 0 ? (
        <p className="muted">Create a questionnaire first.</p>
      ) : (
        <form
          className="form wide"
          onSubmit={(e) => {
            e.preventDefault();
            void show();
          }}
        >
          <Field label="Questionnaire">
            <select value={qid} onChange={(e) => setQuestionnaireId(e.target.value)}>
              {qs.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.title}
                </option>
              ))}
            </select>
          </Field>
          <fieldset>
            <legend>Candidates to compare</legend>
            <div className="member-grid">
              {candidates.map((s) => (
                <label key={s.candidate.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.candidate.id)}
                    onChange={(e) =>
                      setPicked(
                        e.target.checked
                          ? [...chosen, s.candidate.id]
                          : chosen.filter((x) => x !== s.candidate.id),
                      )
                    }
                  />{' '}
                  {s.candidate.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary">
              Show the comparison
            </button>
            <button
              type="button"
              disabled={chosen.length === 0}
              onClick={async () => {
                try {
                  const r = await api.print.save({
                    document: 'candidate-comparison',
                    params: { questionnaireId: qid, candidateIds: chosen },
                  });
                  if (r.saved)
                    setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the PDF'}.` });
                } catch (e) {
                  setMessage({ kind: 'error', text: messageOf(e) });
                }
              }}
            >
              Save as PDF (landscape)
            </button>
          </div>
        </form>
      )}
      {view && (
        <div className="table-scroll">
          <p className="muted">
            {view.questionnaire.title}: rows are questions grouped by area, columns are candidates.
            Unanswered questions {view.nonAnswers === 'exclude' ? 'are left out of' : 'score 0 in'}{' '}
            the alignment.
          </p>
          <ComparisonTable comparison={view.comparison} />
        </div>
      )}
    </section>
  );
}
