import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { FindingKindSchema } from '../platform/policy';
import { PlatformStoreSchema } from '../platform/stored';
import { MotionMethodSchema } from '../votes/definition';
import { CountedThresholdSchema } from '../voting/motion';
import { ChapterSettingsSchema } from '../settings';
import { channels } from './define';

const person = z.string().trim().min(1, 'Name the person').max(120);
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`);

/** Where a decision is being taken: in a meeting (and item) or outside any meeting. */
const where = {
  meetingId: IdSchema.optional(),
  itemId: IdSchema.optional(),
  mover: person,
  seconder: person.optional(),
  method: MotionMethodSchema.default('show-of-hands'),
};

export const RightProposalSchema = z.discriminatedUnion('change', [
  z.object({
    change: z.literal('adopt'),
    title: text('Title', 200),
    text: text('Text', 5000),
    ...where,
  }),
  z.object({
    change: z.literal('amend'),
    rightId: IdSchema,
    title: text('Title', 200),
    text: text('Text', 5000),
    ...where,
  }),
  z.object({ change: z.literal('remove'), rightId: IdSchema, ...where }),
]);
export type RightProposal = z.input<typeof RightProposalSchema>;

export const PolicyInputSchema = z.object({
  areaId: IdSchema,
  title: text('Title', 200),
  summary: z.string().trim().max(2000),
  text: z.string().trim().max(50_000),
  sponsors: z.array(z.string().trim().min(1).max(120)).max(50),
});
export type PolicyInput = z.input<typeof PolicyInputSchema>;

export const PolicyVoteInputSchema = z.object({
  subject: z.discriminatedUnion('type', [
    z.object({ type: z.literal('policy-adoption'), policyId: IdSchema }),
    z.object({ type: z.literal('amendment'), amendmentId: IdSchema }),
    z.object({
      type: z.literal('policy-status'),
      policyId: IdSchema,
      to: z.enum(['tabled', 'ready']),
    }),
  ]),
  threshold: CountedThresholdSchema,
  ...where,
});
export type PolicyVoteInput = z.input<typeof PolicyVoteInputSchema>;

export const DecisionViewSchema = z.object({
  id: IdSchema,
  voteId: IdSchema,
  title: z.string(),
  status: z.enum(['open', 'certified']),
  summary: z.string().nullable(),
  problem: z.string().nullable(),
  kind: z.string(),
  refId: IdSchema.nullable(),
});
export type DecisionView = z.infer<typeof DecisionViewSchema>;

export const PlatformViewSchema = z.object({
  platform: PlatformStoreSchema,
  settings: ChapterSettingsSchema,
  decisions: z.array(DecisionViewSchema),
  chapterName: z.string(),
});
export type PlatformView = z.infer<typeof PlatformViewSchema>;

export const platformChannels = channels({
  'platform.get': { input: z.undefined(), output: PlatformViewSchema },
  'platform.proposeRight': { input: RightProposalSchema, output: z.object({ voteId: IdSchema }) },
  'platform.addArea': {
    input: z.object({ name: text('Area name', 120), description: z.string().trim().max(1000) }),
    output: PlatformViewSchema,
  },
  'platform.renameArea': {
    input: z.object({ id: IdSchema, name: text('Area name', 120) }),
    output: PlatformViewSchema,
  },
  'platform.removeArea': { input: z.object({ id: IdSchema }), output: PlatformViewSchema },
  'platform.createPolicy': { input: PolicyInputSchema, output: z.object({ id: IdSchema }) },
  'platform.updatePolicy': {
    input: z.object({ id: IdSchema, policy: PolicyInputSchema }),
    output: PlatformViewSchema,
  },
  'platform.transition': {
    input: z.object({
      policyId: IdSchema,
      to: z.enum(['draft', 'rights-review', 'ready', 'withdrawn']),
      by: z.string().trim().max(120).optional(),
      reason: z.string().trim().max(1000).optional(),
    }),
    output: PlatformViewSchema,
  },
  'platform.recordFinding': {
    input: z.object({
      policyId: IdSchema,
      rightId: IdSchema,
      finding: FindingKindSchema,
      note: z.string().trim().max(2000),
      by: person,
    }),
    output: PlatformViewSchema,
  },
  'platform.proposeAmendment': {
    input: z.object({
      policyId: IdSchema,
      newText: z.string().trim().min(1, 'Write the amended text').max(50_000),
      by: person,
      rationale: z.string().trim().max(2000),
    }),
    output: z.object({ id: IdSchema }),
  },
  'platform.withdrawAmendment': { input: z.object({ id: IdSchema }), output: PlatformViewSchema },
  'platform.putToVote': { input: PolicyVoteInputSchema, output: z.object({ voteId: IdSchema }) },
});
