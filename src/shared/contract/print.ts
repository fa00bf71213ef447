import { z } from 'zod';
import { SocialImageParamsSchema } from '../outreach/socialImage';
import { PrintRequestSchema, SignInSheetParamsSchema } from '../print/documents';
import { SavedFileSchema } from './app';
import { channels } from './define';

// The documents, their parameters and the request schema live in the print registry.
export { SignInSheetParamsSchema, printRoute } from '../print/documents';

export const SignInSheetDataSchema = z.object({
  chapterName: z.string(),
  sample: z.boolean(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  names: z.array(z.string()),
  blankRows: z.number(),
});
export type SignInSheetData = z.infer<typeof SignInSheetDataSchema>;

export const printChannels = channels({
  'print.signInSheet': { input: SignInSheetParamsSchema, output: SignInSheetDataSchema },
  'print.save': { input: PrintRequestSchema, output: SavedFileSchema },
  /** A flyer's social image (the `social-image` document) as a PNG, where the person chooses. */
  'print.saveImage': { input: SocialImageParamsSchema, output: SavedFileSchema },
});
