import type { ComparisonView } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { ComparisonTable } from '../../ui/ComparisonTable';
import type { PrintView } from '../printView';
import './candidates-print.css';

export const comparisonView: PrintView<'candidate-comparison'> = async (params) => (
  <ComparisonDoc view={await api.candidates.compare(params)} />
);

/** The side-by-side comparison for the meeting: US Letter landscape. */
export function ComparisonDoc({ view }: { view: ComparisonView }) {
  const q = view.questionnaire;
  return (
    <article className="doc comparison-doc">
      <header className="doc-head">
        <h1>{view.chapterName}</h1>
        <p className="doc-sub">
          Candidates side by side — {q.title}
          {q.title.includes('platform version') ? '' : ` (platform version ${q.platformVersion})`}
        </p>
        <p className="small">
          Points: exact answer 2, adjacent 1, otherwise 0, times the weight (core ×3, standard ×1,
          minor ×½). Alignment = points ÷ maximum over{' '}
          {view.nonAnswers === 'exclude'
            ? 'answered questions'
            : 'all questions (unanswered score 0)'}
          ; “answered” is the share of scored questions answered. ✗ marks a must-match failure; ⚑
          marks a panel disagreement.
        </p>
      </header>
      <ComparisonTable comparison={view.comparison} promptLength={110} />
    </article>
  );
}
