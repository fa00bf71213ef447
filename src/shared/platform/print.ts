import { z } from 'zod';
import type { PlatformVersion } from './versions';

export const PrintablePlatformSchema = z.object({
  title: z.string(),
  versionLabel: z.string(),
  versionNumber: z.int().min(1),
  date: z.string(),
  rights: z.array(z.object({ number: z.int().min(1), title: z.string(), text: z.string() })),
  areas: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      policies: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          summary: z.string(),
          text: z.string(),
          sponsors: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type PrintablePlatform = z.infer<typeof PrintablePlatformSchema>;

/**
 * What the printed platform shows, in print order: Secured Rights first (they bound everything
 * after them), then adopted policies by area in the chapter's area order; empty areas are left out.
 */
export function printablePlatform(
  version: PlatformVersion,
  opts: { chapterName?: string } = {},
): PrintablePlatform {
  return {
    title: opts.chapterName ? `${opts.chapterName} Platform` : 'Platform',
    versionLabel: `Platform version ${version.number}`,
    versionNumber: version.number,
    date: version.date,
    rights: version.rights.map((r) => ({ number: r.number, title: r.title, text: r.text })),
    areas: version.areas
      .map((area) => ({
        id: area.id,
        name: area.name,
        policies: version.policies
          .filter((p) => p.areaId === area.id)
          .sort((a, b) => a.title.localeCompare(b.title, 'en'))
          .map((p) => ({
            id: p.id,
            title: p.title,
            summary: p.summary,
            text: p.text,
            sponsors: [...p.sponsors],
          })),
      }))
      .filter((a) => a.policies.length > 0),
  };
}
