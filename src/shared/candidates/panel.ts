import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, TimestampSchema } from '../schema/common';

/** One panelist's score of one answer. Re-scoring appends; the latest per panelist counts. */
export const PanelScoreSchema = z.object({
  candidateId: IdSchema,
  questionId: IdSchema,
  panelistId: IdSchema,
  score: z.number().min(0).max(2),
  note: boundedText('The note', LIMITS.notes),
  at: TimestampSchema,
});
export type PanelScore = z.infer<typeof PanelScoreSchema>;

export type PanelSummary = {
  questionId: string;
  scores: PanelScore[];
  mean: number | null;
  /** Highest minus lowest score. */
  spread: number | null;
  /** Panelists are far apart: worth talking over before the numbers are used. */
  disagreement: boolean;
};

/** Spread at which a question is flagged: with scores 0–2, only a 0 beside a 2. */
export const DEFAULT_DISAGREEMENT_SPREAD = 2;

export function latestScores(
  scores: readonly PanelScore[],
  candidateId: string,
  questionId: string,
): PanelScore[] {
  const byPanelist = new Map<string, PanelScore>();
  for (const s of scores) {
    if (s.candidateId === candidateId && s.questionId === questionId)
      byPanelist.set(s.panelistId, s);
  }
  return [...byPanelist.values()];
}

export function panelSummary(
  scores: readonly PanelScore[],
  candidateId: string,
  questionId: string,
  disagreementSpread: number = DEFAULT_DISAGREEMENT_SPREAD,
): PanelSummary {
  const latest = latestScores(scores, candidateId, questionId);
  if (latest.length === 0)
    return { questionId, scores: [], mean: null, spread: null, disagreement: false };
  const values = latest.map((s) => s.score);
  const spread = Math.max(...values) - Math.min(...values);
  return {
    questionId,
    scores: latest,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    spread,
    disagreement: spread >= disagreementSpread,
  };
}
