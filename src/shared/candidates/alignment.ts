import { z } from 'zod';
import { ok, type Result } from '../platform/outcome';
import { checkPinned, isAnswered, type QuestionnaireResponse } from './answers';
import { panelSummary, type PanelScore } from './panel';
import {
  isScored,
  SUPPORT_LEVELS,
  WEIGHT_FACTORS,
  type ScoredQuestion,
  type SupportLevel,
  type Questionnaire,
} from './questions';

export const ScoringSettingsSchema = z.object({
  /** Skipped questions either leave the maximum (voting-advice practice) or score 0. */
  nonAnswers: z.enum(['exclude', 'zero']),
  disagreementSpread: z.number().positive().optional(),
});
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;
export const DEFAULT_SCORING: ScoringSettings = { nonAnswers: 'exclude' };

export type MustMatchFailure = {
  questionId: string;
  prompt: string;
  reason: 'unanswered' | 'declined' | 'opposite' | 'low-record';
};

export type QuestionScore = {
  questionId: string;
  answered: boolean;
  /** 0–2 before weighting; null when unanswered or a record answer still awaits the panel. */
  raw: number | null;
  weightFactor: number;
  points: number;
  maxPoints: number;
  /** Whether the question is part of points ÷ maximum. */
  counted: boolean;
  pendingPanel: boolean;
  mustMatchFailed: boolean;
};

export type AlignmentScore = {
  /** Listed first on every screen: a must-match failure outweighs any percentage. */
  mustMatchFailures: MustMatchFailure[];
  points: number;
  maxPoints: number;
  /** points ÷ maxPoints, 0–1; null when nothing could be scored. */
  alignment: number | null;
  alignmentPct: number | null;
  answered: number;
  asked: number;
  coverage: number | null;
  coveragePct: number | null;
  /** Record answers given but not yet scored by the panel (left out of both sides). */
  pendingPanel: number;
  questions: QuestionScore[];
};

const position = (s: SupportLevel) => SUPPORT_LEVELS.indexOf(s);
/** +1 on the support side, −1 on the oppose side, 0 neutral. */
const side = (s: SupportLevel) => Math.sign(2 - position(s));

/** Exact match 2, adjacent answer 1, anything further 0. */
export function scalePoints(stance: SupportLevel, answer: SupportLevel): number {
  return Math.max(0, 2 - Math.abs(position(stance) - position(answer)));
}

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

function scoreQuestion(
  q: ScoredQuestion,
  response: QuestionnaireResponse,
  panel: readonly PanelScore[],
  settings: ScoringSettings,
): { score: QuestionScore; failure: MustMatchFailure['reason'] | null } {
  const answer = response.answers[q.id];
  const answered = isAnswered(answer);
  const weightFactor = WEIGHT_FACTORS[q.weight];
  const max = 2 * weightFactor;
  let raw: number | null = null;
  let pendingPanel = false;
  let failure: MustMatchFailure['reason'] | null = null;
  if (answered && answer) {
    if (q.type === 'scale' && answer.type === 'scale' && answer.value) {
      raw = scalePoints(q.stance, answer.value);
      if (side(answer.value) !== side(q.stance)) failure = 'opposite';
    } else if (q.type === 'pledge' && answer.type === 'pledge' && answer.value) {
      raw = answer.value === q.expected ? 2 : 0;
      if (raw === 0) failure = 'opposite';
    } else if (q.type === 'record') {
      raw = panelSummary(panel, response.candidateId, q.id).mean;
      pendingPanel = raw === null;
      if (raw !== null && raw < 1) failure = 'low-record';
    }
  } else {
    failure = answer ? 'declined' : 'unanswered';
  }
  const counted = raw !== null || (!answered && settings.nonAnswers === 'zero');
  return {
    score: {
      questionId: q.id,
      answered,
      raw,
      weightFactor,
      points: raw === null ? 0 : raw * weightFactor,
      maxPoints: max,
      counted,
      pendingPanel,
      mustMatchFailed: q.mustMatch && failure !== null,
    },
    failure: q.mustMatch ? failure : null,
  };
}

/**
 * Alignment as voting-advice tools compute it: points ÷ maximum over the questions that count,
 * always returned with coverage (answered ÷ asked, over scored questions).
 */
export function scoreResponse(
  questionnaire: Questionnaire,
  response: QuestionnaireResponse,
  opts: { panel?: readonly PanelScore[]; settings?: ScoringSettings } = {},
): Result<AlignmentScore> {
  const pinned = checkPinned(questionnaire, response);
  if (!pinned.ok) return pinned;
  const settings = opts.settings ?? DEFAULT_SCORING;
  const scoredQs = questionnaire.questions.filter(isScored);
  const results = scoredQs.map((q) => ({
    q,
    ...scoreQuestion(q, response, opts.panel ?? [], settings),
  }));
  const counted = results.filter((r) => r.score.counted);
  const points = counted.reduce((s, r) => s + r.score.points, 0);
  const maxPoints = counted.reduce((s, r) => s + r.score.maxPoints, 0);
  const answered = results.filter((r) => r.score.answered).length;
  const asked = scoredQs.length;
  const alignment = maxPoints > 0 ? points / maxPoints : null;
  const coverage = asked > 0 ? answered / asked : null;
  return ok({
    mustMatchFailures: results.flatMap((r) =>
      r.failure ? [{ questionId: r.q.id, prompt: r.q.prompt, reason: r.failure }] : [],
    ),
    points,
    maxPoints,
    alignment,
    alignmentPct: pct(alignment),
    answered,
    asked,
    coverage,
    coveragePct: pct(coverage),
    pendingPanel: results.filter((r) => r.score.pendingPanel).length,
    questions: results.map((r) => r.score),
  });
}
