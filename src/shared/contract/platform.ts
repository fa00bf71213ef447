import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, listOf, tooLong } from '../schema/common';
import { FindingKindSchema } from '../platform/policy';
import { PlatformStoreSchema } from '../platform/stored';
import { MotionMethodSchema } from '../voteLog/definition';
import { CountedThresholdSchema } from '../voting/motion';
import { ChapterSettingsSchema } from '../settings';
import { channels } from './define';

const person = z
  .string()
  .trim()
  .min(1, 'Name the person')
  .max(LIMITS.name, tooLong('A name', LIMITS.name));
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, tooLong(label, max));
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, tooLong(label, max));

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
    title: text('Title', LIMITS.title),
    text: text('Text', LIMITS.paragraph),
    ...where,
  }),
  z.object({
    change: z.literal('amend'),
    rightId: IdSchema,
    title: text('Title', LIMITS.title),
    text: text('Text', LIMITS.paragraph),
    ...where,
  }),
  z.object({ change: z.literal('remove'), rightId: IdSchema, ...where }),
]);
export type RightProposal = z.input<typeof RightProposalSchema>;

export const PolicyInputSchema = z.object({
  areaId: IdSchema,
  title: text('Title', LIMITS.title),
  summary: optionalText('The summary', LIMITS.notes),
  text: optionalText('The text', LIMITS.long),
  sponsors: listOf(text('A sponsor', LIMITS.name), LIMITS.shortList, 'sponsors'),
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
    input: z.object({
      name: text('Area name', LIMITS.name),
      description: optionalText('The description', LIMITS.notes),
    }),
    output: PlatformViewSchema,
  },
  'platform.renameArea': {
    input: z.object({ id: IdSchema, name: text('Area name', LIMITS.name) }),
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
      by: optionalText('A name', LIMITS.name).optional(),
      reason: optionalText('The reason', LIMITS.notes).optional(),
    }),
    output: PlatformViewSchema,
  },
  'platform.recordFinding': {
    input: z.object({
      policyId: IdSchema,
      rightId: IdSchema,
      finding: FindingKindSchema,
      note: optionalText('The note', LIMITS.notes),
      by: person,
    }),
    output: PlatformViewSchema,
  },
  'platform.proposeAmendment': {
    input: z.object({
      policyId: IdSchema,
      newText: optionalText('The amended text', LIMITS.long).min(1, 'Write the amended text'),
      by: person,
      rationale: optionalText('The rationale', LIMITS.notes),
    }),
    output: z.object({ id: IdSchema }),
  },
  'platform.withdrawAmendment': { input: z.object({ id: IdSchema }), output: PlatformViewSchema },
  'platform.putToVote': { input: PolicyVoteInputSchema, output: z.object({ voteId: IdSchema }) },
});
