import type { ComparisonView } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { ComparisonTable } from '../../ui/ComparisonTable';
import { DocHead } from '../DocHead';
import type { PrintView } from '../printView';
import './candidates-print.css';

export const comparisonView: PrintView<'candidate-comparison'> = async (params) => (
  <ComparisonDoc view={await api.candidates.compare(params)} />
);

/** The side-by-side comparison for the meeting: US Letter landscape. */
export function ComparisonDoc({ view }: { view: ComparisonView }) {
  const q = view.questionnaire;
  const version = q.title.includes('platform version')
    ? ''
    : ` (platform version ${q.platformVersion})`;
  return (
    <article className="doc comparison-doc">
      <DocHead title={view.chapterName} sub={`Candidates side by side — ${q.title}${version}`}>
        <p className="small">
          Points: exact answer 2, adjacent 1, otherwise 0, times the weight (core ×3, standard ×1,
          minor ×½). Alignment = points ÷ maximum over{' '}
          {view.nonAnswers === 'exclude'
            ? 'answered questions'
            : 'all questions (unanswered score 0)'}
          ; “answered” is the share of scored questions answered. ✗ marks a must-match failure; ⚑
          marks a panel disagreement.
        </p>
      </DocHead>
      <ComparisonTable comparison={view.comparison} promptLength={110} />
    </article>
  );
}
