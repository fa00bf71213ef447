import { z } from 'zod';
import { LIMITS } from '../limits';
import { ChapterSchema } from './chapter';
import { boundedText, listOf } from './common';
import { MemberSchema } from './member';
import { VoteRecordSchema } from '../voteLog/events';
import { CountyProfileSchema } from '../outreach/county';
import { FlyerSchema } from '../outreach/flyer';
import { FlyerPrintSchema } from '../outreach/flyerPrints';
import { StoredMeetingSchema } from '../meetings/stored';
import { PlatformStoreSchema } from '../platform/stored';
import { ChapterSettingsSchema } from '../settings';
import { VolunteerSchema } from '../volunteers/schema';
import { ShiftSchema } from '../volunteers/shifts';
import { ElectionSchema } from '../gotv/election';
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

/** One of the file's collections: at most LIMITS.collection records. */
function collection<T extends z.ZodType>(record: T, what: string) {
  return listOf(record, LIMITS.collection, what);
}

export const StoreSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** True only for the sample chapter, which lives in its own folder. */
  sample: z.boolean(),
  /** The Chapterhouse version that last wrote the file (shown if a newer one wrote it). */
  writtenBy: boundedText('The version', LIMITS.id).optional(),
  chapter: ChapterSchema.nullable(),
  members: collection(MemberSchema, 'members'),
  /** The hash-chained vote log (src/shared/voteLog/events.ts). */
  votes: listOf(VoteRecordSchema, LIMITS.voteLog, 'records in the vote log').default([]),
  /** Outreach (src/shared/outreach): county profiles and flyers. */
  countyProfiles: collection(CountyProfileSchema, 'county profiles').default([]),
  flyers: collection(FlyerSchema, 'flyers').default([]),
  /** Flyer PDFs saved, counted per flyer and county (src/shared/outreach/flyerPrints.ts). */
  flyerPrints: collection(FlyerPrintSchema, 'flyer print counts').default([]),
  /** Chapter-level settings (src/shared/settings), each with a default. */
  settings: ChapterSettingsSchema.prefault({}),
  /** Secured Rights, policy areas, policies, amendments, platform versions. */
  platform: PlatformStoreSchema.prefault({}),
  /** Meetings with their agendas and event logs. */
  meetings: collection(StoredMeetingSchema, 'meetings').default([]),
  /** Candidates and officials (src/shared/candidates). */
  candidates: collection(CandidateSchema, 'candidates').default([]),
  /** Candidate questionnaires, each pinned to a platform version. */
  questionnaires: collection(StoredQuestionnaireSchema, 'questionnaires').default([]),
  questionnaireResponses: collection(StoredResponseSchema, 'questionnaire responses').default([]),
  /** Interview panels and every score their panelists gave. */
  interviews: collection(InterviewSchema, 'interviews').default([]),
  keyVotes: collection(StoredKeyVoteSchema, 'key votes').default([]),
  /** How officials voted on key votes; corrections are appended. */
  officialVotes: collection(OfficialVoteSchema, 'officials’ votes').default([]),
  /** Endorsement and accountability decisions waiting on (or settled by) a vote. */
  candidateDecisions: collection(CandidateDecisionSchema, 'candidate decisions').default([]),
  /** Volunteers (src/shared/volunteers): members and supporters, their skills and counties. */
  volunteers: collection(VolunteerSchema, 'volunteers').default([]),
  /** Shifts and events with their sign-ups and attendance. */
  shifts: collection(ShiftSchema, 'shifts').default([]),
  /** Get-out-the-vote elections (src/shared/gotv/election.ts); a new collection, so no migration. */
  gotvElections: collection(ElectionSchema, 'GOTV elections').default([]),
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
