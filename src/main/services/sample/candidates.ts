/**
 * Sample candidates for "Explore with a sample chapter", made through the real services so
 * that the endorsement is a certified vote in the hash-chained log: two candidates, one of them
 * an endorsed official with a term and a few key votes (one missed, so the scorecard shows a
 * trigger). When the sample holds an adopted platform, both answer a questionnaire built from it
 * and are interviewed by a panel of three.
 */
import type { Answer } from '../../../shared/candidates';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import {
  addCandidate,
  addKeyVote,
  addTerm,
  createQuestionnaire,
  openEndorsementVote,
  recordOfficialVote,
  saveResponse,
  savePanel,
  scoreAnswers,
  setStatus,
} from '../candidates';
import { certify, freezePresence, recordCounts } from '../votes';

type CandidateCollections = Pick<
  StoreData,
  | 'candidates'
  | 'questionnaires'
  | 'questionnaireResponses'
  | 'interviews'
  | 'keyVotes'
  | 'officialVotes'
  | 'candidateDecisions'
>;

/** The collections start empty; `seedSampleCandidates` fills them through the services. */
export function sampleCandidates(_now: Date): CandidateCollections {
  return {
    candidates: [],
    questionnaires: [],
    questionnaireResponses: [],
    interviews: [],
    keyVotes: [],
    officialVotes: [],
    candidateDecisions: [],
  };
}

const DAY = 86_400_000;

export async function seedSampleCandidates(session: Session): Promise<void> {
  const now = session.clock();
  const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
  const marisol = await addCandidate(session, {
    name: 'Marisol Ortega',
    office: 'Columbus City Council',
    jurisdiction: { kind: 'district', name: 'District 3' },
    electionDate: day(-200),
    contact: { email: 'marisol@example.org', phone: '614-555-0142' },
  });
  const graham = await addCandidate(session, {
    name: 'Graham Pierce',
    office: 'Franklin County Commissioner',
    jurisdiction: { kind: 'county', name: 'Franklin County', fips: '39049' },
    electionDate: day(160),
    contact: { email: 'graham@example.org' },
  });

  const data = session.current().data;
  const platform = [...data.platform.versions].sort((a, b) => b.number - a.number)[0];
  if (platform && platform.policies.length + platform.rights.length > 0) {
    const [first, second] = platform.policies;
    const q = await createQuestionnaire(session, {
      platformVersion: platform.number,
      weights: first ? { [first.id]: 'core' } : {},
      mustMatch: second ? [second.id] : [],
      stances: {},
      rightsMustMatch: true,
      wordLimit: 150,
      custom: [
        {
          type: 'record',
          prompt: 'Cite a vote you cast or an action you took for working people.',
          areaId: null,
          weight: 'standard',
          mustMatch: false,
          stance: 'strongly-support',
          expected: 'yes',
          wordLimit: 100,
        },
      ],
    });
    const answersFor = (lean: 'strongly-support' | 'support' | 'neutral') =>
      Object.fromEntries(
        q.questions.map((x): [string, Answer] => {
          if (x.type === 'pledge') return [x.id, { type: 'pledge', value: 'yes', comment: '' }];
          if (x.type === 'scale') return [x.id, { type: 'scale', value: lean, comment: '' }];
          return [x.id, { type: x.type, text: 'Organised the 2024 transit riders’ petition.' }];
        }),
      );
    await saveResponse(session, {
      candidateId: marisol.id,
      questionnaireId: q.id,
      answers: answersFor('strongly-support'),
    });
    await saveResponse(session, {
      candidateId: graham.id,
      questionnaireId: q.id,
      answers: answersFor('neutral'),
    });
    const panel = data.members.filter((m) => m.active).slice(0, 3);
    for (const c of [marisol, graham]) {
      const interview = await savePanel(session, {
        candidateId: c.id,
        questionnaireId: q.id,
        date: day(-220),
        panelistIds: panel.map((m) => m.id),
      });
      for (const [i, m] of panel.entries()) {
        await scoreAnswers(session, {
          interviewId: interview.id,
          panelistId: m.id,
          scores: [{ questionId: 'custom:1', score: c === marisol ? 2 : i, note: '' }],
        });
      }
    }
  }

  // Marisol was interviewed and endorsed by a counted vote at the chapter's threshold.
  await setStatus(session, marisol.id, 'interviewed', 'Interviewed by the candidate committee');
  await setStatus(session, graham.id, 'questionnaire-sent', '');
  const { voteId } = await openEndorsementVote(session, marisol.id, {
    conditional: false,
    conditions: [],
    reviewDate: null,
    method: 'show-of-hands',
  });
  await freezePresence(session, voteId, 17);
  await recordCounts(session, voteId, { yes: 14, no: 2, abstain: 1 });
  await certify(session, voteId);
  await addTerm(session, marisol.id, { label: 'First term', start: day(-150), end: null });

  const policyId = (i: number) => platform?.policies[i]?.id ?? null;
  const keyVotes: [string, string, number, 'yes' | 'no', 'yes' | 'no' | 'absent', number][] = [
    ['Ord. 0412-2026', 'Solar panels on city buildings', -120, 'yes', 'yes', 0],
    ['Ord. 0519-2026', 'Tenant right to counsel', -80, 'yes', 'yes', 1],
    ['Ord. 0603-2026', 'Police surveillance contract', -45, 'no', 'absent', 2],
    ['Ord. 0711-2026', 'Free fares on the COTA 2 line', -12, 'yes', 'yes', 3],
  ];
  for (const [bill, title, offset, position, vote, policy] of keyVotes) {
    const kv = await addKeyVote(session, {
      body: 'Columbus City Council',
      bill,
      title,
      date: day(offset),
      policyId: policyId(policy),
      position,
      rationale: `The chapter's platform calls for a ${position} vote.`,
      officialIds: [marisol.id],
      announced: true,
    });
    await recordOfficialVote(session, { keyVoteId: kv.id, officialId: marisol.id, vote, note: '' });
  }
}
