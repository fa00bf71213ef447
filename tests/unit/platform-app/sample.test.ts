import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { MeetingSummary } from '../../../src/shared/contract/meetings';
import type { PlatformView } from '../../../src/shared/contract/platform';
import { call, fakeHost, tempDir } from '../foundation/helpers';

describe('sample chapter: platform and meetings', () => {
  it('has Secured Rights, policies in the seed areas (one adopted) and a past meeting with minutes', async () => {
    const dir = await tempDir();
    const { dispatch } = await startBackend(dir, fakeHost(join(dir, 'saved')));
    await call(dispatch, 'sample.open');
    const platform = await call<PlatformView>(dispatch, 'platform.get');
    expect(platform.platform.rights).toHaveLength(3);
    expect(platform.platform.policies.map((p) => p.status).sort()).toEqual(
      ['adopted', 'draft', 'ready', 'rights-review'].sort(),
    );
    expect(platform.platform.versions.at(-1)?.cause.kind).toBe('policy-adopted');
    const meetings = await call<MeetingSummary[]>(dispatch, 'meetings.list');
    expect(meetings.map((m) => [m.phase, m.minutes])).toEqual([
      ['not-started', 'none'],
      ['adjourned', 'draft'],
    ]);
    const { markdown } = await call<{ markdown: string }>(dispatch, 'meetings.minutesMarkdown', {
      id: meetings[1]!.id,
    });
    expect(markdown).toContain('Members present (17)');
    expect(markdown).toMatch(/Result: Adopted: 14 yes, 2 no, 1 abstain/);
    expect(markdown).toContain('violates Secured Right 2 (Due process)');
  });
});
