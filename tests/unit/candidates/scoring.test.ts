import { describe, expect, it } from 'vitest';
import {
  buildQuestionnaire,
  compareCandidates,
  panelSummary,
  questionnaireIsOutdated,
  QuestionnaireSchema,
  scalePoints,
  scoreResponse,
  SUPPORT_LEVELS,
  type PanelScore,
  type Questionnaire,
} from '../../../src/shared/candidates';
import { PLATFORM_V2, PLATFORM_V3, response, unwrap } from './fixtures';

const AT = '2025-03-05T18:00:00-05:00';

function questionnaire(): Questionnaire {
  return unwrap(
    buildQuestionnaire(PLATFORM_V2, {
      id: 'q-2025',
      createdAt: AT,
      weights: { 'p-meals': 'core', 'p-peace': 'minor' },
      mustMatch: ['p-clinic'],
      custom: [
        {
          type: 'record',
          id: 'c-record',
          prompt: 'Cite a vote or action for working families.',
          source: { kind: 'custom', areaId: 'career-economy' },
          wordLimit: 200,
          weight: 'standard',
          mustMatch: false,
        },
        {
          type: 'open',
          id: 'c-why',
          prompt: 'Why are you running?',
          source: { kind: 'custom', areaId: null },
          wordLimit: 300,
        },
      ],
    }),
  );
}

describe('questionnaire from the platform', () => {
  it('asks one pledge per Secured Right (must-match) and one question per policy, pinned to the version', () => {
    const q = questionnaire();
    expect(QuestionnaireSchema.safeParse(q).success).toBe(true);
    expect(q.platformVersion).toBe(2);
    expect(q.questions.map((x) => x.id)).toEqual([
      'right:r-equal',
      'right:r-speech',
      'policy:p-meals',
      'policy:p-clinic',
      'policy:p-wage',
      'policy:p-peace',
      'policy:p-parole',
      'policy:p-climate',
      'c-record',
      'c-why',
    ]);
    const pledge = q.questions[0]!;
    expect(pledge).toMatchObject({ type: 'pledge', mustMatch: true, expected: 'yes' });
    expect(q.questions.find((x) => x.id === 'policy:p-meals')).toMatchObject({
      type: 'scale',
      weight: 'core',
      stance: 'strongly-support',
      mustMatch: false,
    });
    expect(q.questions.find((x) => x.id === 'policy:p-clinic')).toMatchObject({
      mustMatch: true,
      weight: 'standard',
    });
  });

  it('stays pinned: a later platform does not change it, and answers to another version are refused', () => {
    const q = questionnaire();
    expect(q.questions.some((x) => x.id === 'policy:p-transit')).toBe(false);
    expect(questionnaireIsOutdated(q, PLATFORM_V3.number)).toBe(true);
    const v3 = unwrap(buildQuestionnaire(PLATFORM_V3, { id: 'q-v3', createdAt: AT }));
    expect(v3.questions.some((x) => x.id === 'policy:p-transit')).toBe(true);
    const wrong = scoreResponse(q, response('cand-a', {}, 3));
    expect(wrong).toEqual({
      ok: false,
      reason:
        'These answers were given against platform version 3, but the questionnaire is pinned to version 2.',
    });
    expect(
      buildQuestionnaire(PLATFORM_V2, { id: 'x', createdAt: AT, weights: { 'p-transit': 'core' } })
        .ok,
    ).toBe(false);
  });
});

describe('alignment scoring', () => {
  it('gives 2 for exact, 1 for adjacent, 0 otherwise', () => {
    const table = SUPPORT_LEVELS.map((a) => scalePoints('strongly-support', a));
    expect(table).toEqual([2, 1, 0, 0, 0]);
    expect(SUPPORT_LEVELS.map((a) => scalePoints('support', a))).toEqual([1, 2, 1, 0, 0]);
    expect(SUPPORT_LEVELS.map((a) => scalePoints('neutral', a))).toEqual([0, 1, 2, 1, 0]);
  });

  const answers = response('cand-a', {
    'right:r-equal': { type: 'pledge', value: 'yes', comment: '' },
    'right:r-speech': { type: 'pledge', value: 'yes', comment: '' },
    'policy:p-meals': { type: 'scale', value: 'support', comment: 'Yes, with local sourcing.' }, // core: 1 × 3
    'policy:p-clinic': { type: 'scale', value: 'strongly-support', comment: '' }, // 2 × 1
    'policy:p-wage': { type: 'scale', value: 'oppose', comment: '' }, // 0 × 1
    'policy:p-peace': { type: 'scale', value: 'strongly-support', comment: '' }, // minor: 2 × 0.5
    // p-parole, p-climate unanswered
    'c-record': { type: 'record', text: 'I voted for HB 12.' },
    'c-why': { type: 'open', text: 'Because.' },
  });
  const panel: PanelScore[] = [
    {
      candidateId: 'cand-a',
      questionId: 'c-record',
      panelistId: 'm-1',
      score: 2,
      note: 'Solid',
      at: AT,
    },
    {
      candidateId: 'cand-a',
      questionId: 'c-record',
      panelistId: 'm-2',
      score: 0,
      note: 'Vague',
      at: AT,
    },
    {
      candidateId: 'cand-a',
      questionId: 'c-record',
      panelistId: 'm-2',
      score: 1,
      note: 'On reflection, fair',
      at: AT,
    },
    {
      candidateId: 'cand-a',
      questionId: 'c-record',
      panelistId: 'm-3',
      score: 1,
      note: '',
      at: AT,
    },
  ];

  it('weights points and excludes non-answers by default, with coverage beside it', () => {
    const s = unwrap(scoreResponse(questionnaire(), answers, { panel }));
    // pledges 2×3 + 2×3, meals 1×3, clinic 2, wage 0, peace 1, record mean (2+1+1)/3 × 1
    expect(s.points).toBeCloseTo(12 + 3 + 2 + 0 + 1 + 4 / 3, 10);
    // max: pledges 6+6, meals 6, clinic 2, wage 2, peace 1, record 2
    expect(s.maxPoints).toBe(25);
    expect(s.answered).toBe(7);
    expect(s.asked).toBe(9);
    expect(s.coveragePct).toBe(77.8);
    expect(s.alignmentPct).toBe(Math.round(((18 + 4 / 3) / 25) * 1000) / 10);
    expect(s.mustMatchFailures).toEqual([]);
  });

  it('scores non-answers 0 when the chapter says so', () => {
    const s = unwrap(
      scoreResponse(questionnaire(), answers, { panel, settings: { nonAnswers: 'zero' } }),
    );
    expect(s.maxPoints).toBe(25 + 2 + 2);
    expect(s.points).toBeCloseTo(18 + 4 / 3, 10);
    expect(s.coveragePct).toBe(77.8);
  });

  it('leaves a record answer out until the panel has scored it', () => {
    const s = unwrap(scoreResponse(questionnaire(), answers));
    expect(s.pendingPanel).toBe(1);
    expect(s.maxPoints).toBe(23);
    expect(s.answered).toBe(7);
  });

  it('lists must-match failures first: opposite side, declined, unanswered', () => {
    const s = unwrap(
      scoreResponse(
        questionnaire(),
        response('cand-b', {
          'right:r-equal': { type: 'pledge', value: 'no', comment: 'Not as written.' },
          'right:r-speech': { type: 'pledge', value: null, comment: 'I would rather not pledge.' },
          'policy:p-clinic': { type: 'scale', value: 'neutral', comment: '' },
        }),
      ),
    );
    expect(s.mustMatchFailures.map((f) => [f.questionId, f.reason])).toEqual([
      ['right:r-equal', 'opposite'],
      ['right:r-speech', 'declined'],
      ['policy:p-clinic', 'opposite'],
    ]);
    const adjacentButSameSide = unwrap(
      scoreResponse(
        questionnaire(),
        response('cand-c', { 'policy:p-clinic': { type: 'scale', value: 'support', comment: '' } }),
      ),
    );
    expect(adjacentButSameSide.mustMatchFailures.map((f) => [f.questionId, f.reason])).toEqual([
      ['right:r-equal', 'unanswered'],
      ['right:r-speech', 'unanswered'],
    ]);
  });
});

describe('interview panel', () => {
  it('shows each score, the mean, the spread and flags disagreement', () => {
    const scores: PanelScore[] = [
      { candidateId: 'c', questionId: 'q', panelistId: 'a', score: 0, note: '', at: AT },
      { candidateId: 'c', questionId: 'q', panelistId: 'b', score: 2, note: '', at: AT },
      { candidateId: 'c', questionId: 'q', panelistId: 'c', score: 1, note: '', at: AT },
    ];
    expect(panelSummary(scores, 'c', 'q')).toMatchObject({
      mean: 1,
      spread: 2,
      disagreement: true,
    });
    expect(panelSummary(scores.slice(1), 'c', 'q')).toMatchObject({
      mean: 1.5,
      spread: 1,
      disagreement: false,
    });
    expect(panelSummary(scores.slice(1), 'c', 'q', 1).disagreement).toBe(true);
    expect(panelSummary([], 'c', 'q')).toMatchObject({
      mean: null,
      spread: null,
      disagreement: false,
    });
  });
});

describe('side-by-side comparison', () => {
  it('groups questions by area with candidates as columns', () => {
    const q = questionnaire();
    const a = response('cand-a', {
      'right:r-equal': { type: 'pledge', value: 'yes', comment: '' },
      'policy:p-meals': {
        type: 'scale',
        value: 'support',
        comment:
          'Only if the state pays the whole cost of the programme, every year, forever and always.',
      },
    });
    const c = unwrap(
      compareCandidates(
        q,
        [
          { candidate: { id: 'cand-a', name: 'Rosa Diaz' }, response: a },
          { candidate: { id: 'cand-b', name: 'Sam Cole' }, response: null },
        ],
        { areas: PLATFORM_V2.areas, excerptLength: 40 },
      ),
    );
    expect(c.groups.map((g) => g.title)).toEqual([
      'Secured Rights',
      'Education',
      'Healthcare',
      'Career and economy',
      'Peace and foreign policy',
      'Prison reform',
      'Climate',
      'Other questions',
    ]);
    expect(c.groups[2 - 1]!.rows[0]!.cells[0]).toEqual({
      candidateId: 'cand-a',
      answer: 'Support',
      points: 3,
      maxPoints: 6,
      mustMatchFailed: false,
      disagreement: false,
      note: 'Only if the state pays the whole cost…',
    });
    expect(c.columns.map((x) => [x.name, x.returned, x.alignmentPct, x.coveragePct])).toEqual([
      ['Rosa Diaz', true, 75, 22.2],
      ['Sam Cole', false, null, 0],
    ]);
    expect(c.columns[0]!.mustMatchFailures.map((f) => f.questionId)).toEqual([
      'right:r-speech',
      'policy:p-clinic',
    ]);
  });
});
