import { z } from 'zod';
import { ChapterSchema } from './chapter';
import { MemberSchema } from './member';
import { VoteRecordSchema } from '../votes/events';
import { CountyProfileSchema } from '../outreach/county';
import { FlyerSchema } from '../outreach/flyer';
import { StoredMeetingSchema } from '../meetings/stored';
import { PlatformStoreSchema } from '../platform/stored';
import { ChapterSettingsSchema } from '../settings';
import {
  CandidateDecisionSchema,
  CandidateSchema,
  InterviewSchema,
  OfficialVoteSchema,
  StoredKeyVoteSchema,
  StoredQuestionnaireSchema,
  StoredResponseSchema,
} from '../candidates';

/**
 * Version of the chapter data file this build writes; older files are migrated on open.
 * A NEW top-level collection may be added with a `.default(...)` (older files simply lack
 * it). Any change to the shape of existing data needs a version bump and a migration in
 * src/main/store/migrations.ts.
 */
export const CURRENT_SCHEMA_VERSION = 1;

export const StoreSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** True only for the sample chapter, which lives in its own folder. */
  sample: z.boolean(),
  /** The Chapterhouse version that last wrote the file (shown if a newer one wrote it). */
  writtenBy: z.string().max(40).optional(),
  chapter: ChapterSchema.nullable(),
  members: z.array(MemberSchema),
  /** The hash-chained vote log (src/shared/votes/events.ts). */
  votes: z.array(VoteRecordSchema).default([]),
  /** Outreach (src/shared/outreach): county profiles and flyers. */
  countyProfiles: z.array(CountyProfileSchema).default([]),
  flyers: z.array(FlyerSchema).default([]),
  /** Chapter-level settings (src/shared/settings), each with a default. */
  settings: ChapterSettingsSchema.prefault({}),
  /** Secured Rights, policy areas, policies, amendments, platform versions. */
  platform: PlatformStoreSchema.prefault({}),
  /** Meetings with their agendas and event logs. */
  meetings: z.array(StoredMeetingSchema).default([]),
  /** Candidates and officials (src/shared/candidates). */
  candidates: z.array(CandidateSchema).default([]),
  /** Candidate questionnaires, each pinned to a platform version. */
  questionnaires: z.array(StoredQuestionnaireSchema).default([]),
  questionnaireResponses: z.array(StoredResponseSchema).default([]),
  /** Interview panels and every score their panelists gave. */
  interviews: z.array(InterviewSchema).default([]),
  keyVotes: z.array(StoredKeyVoteSchema).default([]),
  /** How officials voted on key votes; corrections are appended. */
  officialVotes: z.array(OfficialVoteSchema).default([]),
  /** Endorsement and accountability decisions waiting on (or settled by) a vote. */
  candidateDecisions: z.array(CandidateDecisionSchema).default([]),
});
export type StoreData = z.infer<typeof StoreSchema>;

export function emptyStore(sample = false): StoreData {
  return StoreSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    sample,
    chapter: null,
    members: [],
  });
}
