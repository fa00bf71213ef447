/**
 * Schemas of the computed views the Candidates screens receive, so main checks every output of
 * the API like any other. Each is typed against the pure function's own result type.
 */
import { z } from 'zod';
import type { AlignmentScore } from './alignment';
import type { Comparison } from './comparison';
import { PanelScoreSchema, type PanelSummary } from './panel';
import { KeyVoteSchema, OfficialVoteSchema, type Scorecard } from './scorecard';

const pctOrNull = z.number().nullable();

export const AlignmentScoreSchema: z.ZodType<AlignmentScore> = z.object({
  mustMatchFailures: z.array(
    z.object({
      questionId: z.string(),
      prompt: z.string(),
      reason: z.enum(['unanswered', 'declined', 'opposite', 'low-record']),
    }),
  ),
  points: z.number(),
  maxPoints: z.number(),
  alignment: pctOrNull,
  alignmentPct: pctOrNull,
  answered: z.number(),
  asked: z.number(),
  coverage: pctOrNull,
  coveragePct: pctOrNull,
  pendingPanel: z.number(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      answered: z.boolean(),
      raw: z.number().nullable(),
      weightFactor: z.number(),
      points: z.number(),
      maxPoints: z.number(),
      counted: z.boolean(),
      pendingPanel: z.boolean(),
      mustMatchFailed: z.boolean(),
    }),
  ),
});

export const PanelSummarySchema: z.ZodType<PanelSummary> = z.object({
  questionId: z.string(),
  scores: z.array(PanelScoreSchema),
  mean: z.number().nullable(),
  spread: z.number().nullable(),
  disagreement: z.boolean(),
});

const TallySchema = z.object({
  aligned: z.number(),
  misaligned: z.number(),
  scored: z.number(),
  excluded: z.number(),
  unrecorded: z.number(),
  score: z.number().nullable(),
  pct: z.number().nullable(),
});

export const ScorecardSchema: z.ZodType<Scorecard> = z.object({
  officialId: z.string(),
  rows: z.array(
    z.object({
      keyVote: KeyVoteSchema,
      vote: OfficialVoteSchema.nullable(),
      verdict: z.enum(['aligned', 'misaligned', 'excluded', 'unrecorded']),
    }),
  ),
  lifetime: TallySchema,
  byYear: z.array(TallySchema.extend({ year: z.number() })),
  byTerm: z.array(TallySchema.extend({ termId: z.string(), label: z.string() })),
});

export const ComparisonSchema: z.ZodType<Comparison> = z.object({
  columns: z.array(
    z.object({
      candidateId: z.string(),
      name: z.string(),
      returned: z.boolean(),
      points: z.number(),
      maxPoints: z.number(),
      alignmentPct: pctOrNull,
      coveragePct: pctOrNull,
      answered: z.number(),
      asked: z.number(),
      mustMatchFailures: z.array(
        z.object({
          questionId: z.string(),
          prompt: z.string(),
          reason: z.enum(['unanswered', 'declined', 'opposite', 'low-record']),
        }),
      ),
      pendingPanel: z.number(),
    }),
  ),
  groups: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      rows: z.array(
        z.object({
          questionId: z.string(),
          type: z.enum(['scale', 'pledge', 'record', 'open']),
          prompt: z.string(),
          weight: z.string().nullable(),
          mustMatch: z.boolean(),
          cells: z.array(
            z.object({
              candidateId: z.string(),
              answer: z.string().nullable(),
              points: z.number().nullable(),
              maxPoints: z.number(),
              mustMatchFailed: z.boolean(),
              disagreement: z.boolean(),
              note: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});
