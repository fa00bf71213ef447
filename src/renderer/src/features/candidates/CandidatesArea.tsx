import { useEffect } from 'react';
import { useRoute } from '../../router';
import { loadCounties } from '../../ui/useCounties';
import { CandidatePage } from './CandidatePage';
import { CandidatesList } from './CandidatesList';
import { ComparisonPage } from './ComparisonPage';
import { KeyVotesPage } from './KeyVotesPage';
import { QuestionnaireBuilder } from './QuestionnaireBuilder';
import { QuestionnairePage } from './QuestionnairePage';
import './candidates.css';

/** Routes: /candidates, /candidates/<id>, /candidates/questionnaires/new|<id>, /candidates/compare, /candidates/key-votes. */
export function CandidatesArea() {
  const { path, params } = useRoute();
  // The candidate form's county list: fetched now, so opening the form does not wait for it.
  useEffect(() => {
    void loadCounties();
  }, []);
  const [, , first, second] = path.split('/');
  if (first === 'questionnaires' && second === 'new') return <QuestionnaireBuilder />;
  if (first === 'questionnaires' && second) return <QuestionnairePage key={second} id={second} />;
  if (first === 'compare') return <ComparisonPage initialQuestionnaire={params.get('q')} />;
  if (first === 'key-votes') return <KeyVotesPage />;
  if (first) return <CandidatePage key={first} id={first} />;
  return <CandidatesList />;
}
