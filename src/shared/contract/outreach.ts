import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { CountyProfileSaveSchema, CountyProfileSchema } from '../outreach/county';
import {
  FlyerContentSchema,
  FlyerDraftSchema,
  FlyerSchema,
  FlyerSummarySchema,
  FlyerTemplateSchema,
  HighlightOptionSchema,
  OutreachSettingsSchema,
} from '../outreach/flyer';
import { FipsSchema } from '../schema/common';
import { CoverageSchema } from '../outreach/coverage';
import { channels } from './define';

export const CountyEntrySchema = z.object({
  fips: z.string(),
  name: z.string(),
  state: z.string(),
  profile: CountyProfileSchema.nullable(),
});
export type CountyEntry = z.infer<typeof CountyEntrySchema>;

/** What every social image shows of the chapter: its name and its disclaimer. */
export const SocialBasicsSchema = z.object({
  chapterName: z.string(),
  sample: z.boolean(),
  settings: OutreachSettingsSchema,
});
export type SocialBasics = z.infer<typeof SocialBasicsSchema>;

/** Everything a flyer's print route needs, from the data alone. */
export const FlyerPrintDataSchema = SocialBasicsSchema.extend({ flyer: FlyerSchema });
export type FlyerPrintData = z.infer<typeof FlyerPrintDataSchema>;

const byId = z.object({ id: IdSchema });
const none = z.undefined();

export const outreachChannels = channels({
  /** The chapter's counties (bundled Census names) with their profile, if one was saved. */
  'outreach.counties': { input: none, output: z.array(CountyEntrySchema) },
  'outreach.saveCounty': { input: CountyProfileSaveSchema, output: CountyProfileSchema },
  'outreach.settings': { input: none, output: OutreachSettingsSchema },
  'outreach.saveSettings': { input: OutreachSettingsSchema, output: OutreachSettingsSchema },
  /** Adopted policies of the latest platform version, to pick highlights from. */
  'outreach.highlightOptions': {
    input: none,
    output: z.object({
      platformVersion: z.int().nullable(),
      options: z.array(HighlightOptionSchema),
    }),
  },
  /** A new flyer's content: highlights from the adopted platform, meeting and contact from a county. */
  'outreach.draftFlyer': {
    input: z.object({ countyFips: FipsSchema.nullable(), template: FlyerTemplateSchema }),
    output: FlyerDraftSchema,
  },
  'outreach.flyers': { input: none, output: z.array(FlyerSummarySchema) },
  'outreach.flyer': { input: byId, output: FlyerSchema },
  'outreach.createFlyer': { input: FlyerContentSchema, output: FlyerSchema },
  'outreach.updateFlyer': {
    input: z.object({ id: IdSchema, flyer: FlyerContentSchema }),
    output: FlyerSchema,
  },
  'outreach.deleteFlyer': { input: byId, output: z.object({ deleted: z.boolean() }) },
  'outreach.flyerPrint': { input: byId, output: FlyerPrintDataSchema },
  /** The chapter's name and disclaimer, for images of platform highlights. */
  'outreach.socialBasics': { input: none, output: SocialBasicsSchema },
  /** Per county of the chapter's state: members, volunteers, shifts, canvassing, flyers. */
  'outreach.coverage': { input: none, output: CoverageSchema },
});
