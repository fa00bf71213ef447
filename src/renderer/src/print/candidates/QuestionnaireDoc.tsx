import {
  choiceLabels,
  QUESTION_TYPE_LABELS,
  type StoredQuestionnaire,
} from '../../../../shared/candidates';
import { api } from '../../api';
import { DocHead } from '../DocHead';
import type { PrintView } from '../printView';
import './candidates-print.css';

export type QuestionnaireDocData = {
  questionnaire: StoredQuestionnaire;
  chapterName: string;
  candidateName: string | null;
};

export const questionnaireView: PrintView<'candidate-questionnaire'> = async (params) => (
  <QuestionnaireDoc data={await loadQuestionnaireDoc(params)} />
);

async function loadQuestionnaireDoc(params: {
  questionnaireId: string;
  candidateId?: string | undefined;
}): Promise<QuestionnaireDocData> {
  const questionnaire = await api.candidates.questionnaire({ id: params.questionnaireId });
  const status = await api.app.status();
  const candidate = params.candidateId
    ? (await api.candidates.get({ id: params.candidateId })).candidate
    : null;
  return {
    questionnaire,
    chapterName: status.chapter?.name ?? '',
    candidateName: candidate?.name ?? null,
  };
}

/** The questionnaire on paper: boxes to tick and ruled lines to write on. */
export function QuestionnaireDoc({ data }: { data: QuestionnaireDocData }) {
  const q = data.questionnaire;
  return (
    <article className="doc questionnaire-doc">
      <DocHead
        title={q.title}
        sub={`${data.chapterName}${data.candidateName ? ` — for ${data.candidateName}` : ''}`}
      >
        <p className="small">
          Platform version {q.platformVersion}. Tick one box where boxes are given, and write your
          answers on the lines; please keep within the word limits. Questions marked “must match”
          are ones the chapter treats as essential.
        </p>
      </DocHead>
      <ol className="q-doc-list">
        {q.questions.map((question) => {
          const lines =
            question.wordLimit === null ? 4 : Math.min(8, Math.ceil(question.wordLimit / 25));
          return (
            <li key={question.id} className="q-doc-item">
              <p className="q-doc-prompt">{question.prompt}</p>
              <p className="q-doc-meta">
                {QUESTION_TYPE_LABELS[question.type]}
                {question.type !== 'open' && question.mustMatch ? ' · must match' : ''}
                {question.wordLimit !== null ? ` · up to ${question.wordLimit} words` : ''}
              </p>
              {choiceLabels(question).length > 0 && (
                <p className="q-doc-boxes">
                  {choiceLabels(question).map((c) => (
                    <span key={c.value}>☐ {c.label}</span>
                  ))}
                </p>
              )}
              {Array.from(
                { length: question.type === 'scale' || question.type === 'pledge' ? 2 : lines },
                (_, i) => (
                  <div key={i} className="q-doc-line" />
                ),
              )}
            </li>
          );
        })}
      </ol>
      <p className="doc-foot-note">Signature ______________________________ Date ____________</p>
    </article>
  );
}
