/**
 * Patches keep what they are not given (issue #11, "Trust"). Every channel that changes part
 * of a stored record is called here through the real dispatch: the record is first given
 * values that are not the defaults, one field is changed, and everything else must read back
 * exactly as it was.
 *
 * Channels judged to be patches (a field may be left out): settings.update, members.update,
 * canvass.saveSettings, and outreach.saveCounty (the Spanish event name, added after the rest
 * of the profile, may be left out). The other update channels replace a record whole and
 * require every field (chapter.update, candidates.update, meetings.update, meetings.setAgenda,
 * platform.updatePolicy, outreach.updateFlyer, outreach.saveSettings): nothing can be left out
 * of them, so nothing can be reset by leaving it out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { CanvassSettings } from '../../../src/shared/contract/canvass';
import type { CountyProfile } from '../../../src/shared/outreach/county';
import type { OutreachSettings } from '../../../src/shared/outreach/flyer';
import type { Member } from '../../../src/shared/schema/member';
import {
  DEFAULT_SETTINGS,
  type ChapterSettings,
  type SettingsPatch,
} from '../../../src/shared/settings';
import { CHAPTER, call, fakeHost, tempDir } from './helpers';

async function backend() {
  const dir = await tempDir('chapterhouse-patches-');
  const { dispatch } = await startBackend(join(dir, 'data'), fakeHost(join(dir, 'saved')));
  await call(dispatch, 'chapter.create', CHAPTER);
  return dispatch;
}

/** Every setting away from its default (two different sets, to change one field between). */
const FIRST: SettingsPatch = {
  rightsThreshold: 'majority-members',
  endorsementThreshold: 'majority-present',
  accountabilityThreshold: 'two-thirds-members',
  scorecardBarPct: 65,
  scorecardNonVotes: 'excluded',
  questionnaireNonAnswers: 'zero',
  flyerDisclaimer: { en: 'Paid for by the Baltimore chapter', es: 'Pagado por el capítulo' },
};
const SECOND: Required<SettingsPatch> = {
  rightsThreshold: 'majority-cast',
  endorsementThreshold: 'majority-cast',
  accountabilityThreshold: 'majority-cast',
  scorecardBarPct: 55,
  scorecardNonVotes: 'misaligned',
  questionnaireNonAnswers: 'exclude',
  flyerDisclaimer: { en: 'Paid for by friends', es: 'Pagado por amigos' },
};

describe('settings.update', () => {
  it('sets non-default values to start from', async () => {
    const dispatch = await backend();
    const saved = await call<ChapterSettings>(dispatch, 'settings.update', FIRST);
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, ...FIRST });
    for (const [key, value] of Object.entries(FIRST)) {
      expect(value, key).not.toEqual(DEFAULT_SETTINGS[key as keyof ChapterSettings]);
    }
  });

  it.each(Object.keys(SECOND) as (keyof ChapterSettings)[])(
    'a patch of %s alone leaves every other setting as it was',
    async (key) => {
      const dispatch = await backend();
      const before = await call<ChapterSettings>(dispatch, 'settings.update', FIRST);
      const after = await call<ChapterSettings>(dispatch, 'settings.update', {
        [key]: SECOND[key],
      });
      expect(after).toEqual({ ...before, [key]: SECOND[key] });
      expect(await call(dispatch, 'settings.get')).toEqual(after);
    },
  );

  it('keeps the "Paid for by" disclaimer when another setting is saved', async () => {
    const dispatch = await backend();
    const disclaimer = { en: 'Paid for by the chapter', es: 'Pagado por el capítulo' };
    await call(dispatch, 'outreach.saveSettings', { disclaimer });
    await call(dispatch, 'settings.update', { scorecardBarPct: 70 });
    expect(await call<OutreachSettings>(dispatch, 'outreach.settings')).toEqual({ disclaimer });
  });

  it('refuses half a disclaimer rather than blanking the other language', async () => {
    const dispatch = await backend();
    await call(dispatch, 'settings.update', FIRST);
    const result = await dispatch('settings.update', { flyerDisclaimer: { en: 'Only English' } });
    expect(result.ok).toBe(false);
    expect((await call<ChapterSettings>(dispatch, 'settings.get')).flyerDisclaimer).toEqual(
      FIRST.flyerDisclaimer,
    );
  });
});

describe('members.update', () => {
  const FULL = {
    name: 'Ada Lovelace',
    county: '24005',
    email: 'ada@example.org',
    phone: '410-555-0101',
    roles: ['chair', 'teller'],
    joined: '2024-02-03',
  } as const;

  it.each([
    ['name', 'Ada King'],
    ['county', '24510'],
    ['email', 'ada.king@example.org'],
    ['phone', '443-555-0199'],
    ['roles', ['secretary']],
    ['joined', '2023-12-31'],
  ] as const)('a patch of %s alone leaves every other field as it was', async (key, value) => {
    const dispatch = await backend();
    const added = await call<Member>(dispatch, 'members.add', FULL);
    const updated = await call<Member>(dispatch, 'members.update', {
      id: added.id,
      member: { [key]: value },
    });
    expect(updated).toEqual({ ...added, [key]: value });
    expect(await call<Member[]>(dispatch, 'members.list')).toEqual([updated]);
  });

  it('keeps the roles when a whole member is sent without them', async () => {
    const dispatch = await backend();
    const added = await call<Member>(dispatch, 'members.add', FULL);
    const { roles: _roles, ...withoutRoles } = FULL;
    const updated = await call<Member>(dispatch, 'members.update', {
      id: added.id,
      member: { ...withoutRoles, name: 'Ada King' },
    });
    expect(updated.roles).toEqual(['chair', 'teller']);
  });

  it('clears an optional field given as empty, and keeps the rest', async () => {
    const dispatch = await backend();
    const added = await call<Member>(dispatch, 'members.add', FULL);
    const updated = await call<Member>(dispatch, 'members.update', {
      id: added.id,
      member: { email: '' },
    });
    const { email: _email, ...rest } = added;
    expect(updated).toEqual({ ...rest, email: undefined });
  });

  it('refuses a field it does not know', async () => {
    const dispatch = await backend();
    const added = await call<Member>(dispatch, 'members.add', FULL);
    const result = await dispatch('members.update', { id: added.id, member: { active: false } });
    expect(result.ok).toBe(false);
  });
});

describe('canvass.saveSettings', () => {
  const FULL: CanvassSettings = {
    script: 'Hi, I am a volunteer with the chapter.',
    callScript: 'Hi, this is a volunteer calling from the chapter.',
    organiserName: 'Rosa Parks',
    organiserPhone: '614-555-0100',
  };

  it.each([
    ['script', 'Hello, neighbour.'],
    ['callScript', 'Hello, is this a good time?'],
    ['organiserName', 'Ida Wells'],
    ['organiserPhone', '614-555-0199'],
  ] as const)('a patch of %s alone leaves the other settings as they were', async (key, value) => {
    const dispatch = await backend();
    await call(dispatch, 'canvass.saveSettings', FULL);
    const saved = await call<CanvassSettings>(dispatch, 'canvass.saveSettings', {
      [key]: value,
    });
    expect(saved).toEqual({ ...FULL, [key]: value });
    expect(await call(dispatch, 'canvass.settings')).toEqual(saved);
  });
});

describe('outreach.saveCounty', () => {
  const PROFILE = {
    fips: '24005',
    contact: { name: 'Ana Ruiz', phone: '(410) 555-0100', email: 'ana@example.org' },
    event: {
      title: 'Chapter meeting',
      titleEs: 'Reunión del capítulo',
      date: '2026-12-03',
      time: '19:00',
      place: 'Towson Library',
    },
    electionDate: '2026-11-03',
    pollingLookupUrl: 'https://elections.maryland.gov/voting/where.html',
    languages: ['English', 'Spanish'],
  };

  it('keeps the Spanish event name when a profile is saved without it', async () => {
    const dispatch = await backend();
    const first = await call<CountyProfile>(dispatch, 'outreach.saveCounty', PROFILE);
    const { titleEs: _titleEs, ...event } = PROFILE.event;
    const second = await call<CountyProfile>(dispatch, 'outreach.saveCounty', {
      ...PROFILE,
      contact: { ...PROFILE.contact, phone: '(410) 555-0199' },
      event,
    });
    expect(second).toEqual({
      ...first,
      contact: { ...first.contact, phone: '(410) 555-0199' },
      updatedAt: second.updatedAt,
    });
    expect(second.event.titleEs).toBe('Reunión del capítulo');
  });

  it('still changes or clears the Spanish event name when it is given', async () => {
    const dispatch = await backend();
    await call(dispatch, 'outreach.saveCounty', PROFILE);
    const cleared = await call<CountyProfile>(dispatch, 'outreach.saveCounty', {
      ...PROFILE,
      event: { ...PROFILE.event, titleEs: '' },
    });
    expect(cleared.event).toEqual({ ...PROFILE.event, titleEs: '' });
  });

  it('starts a new profile with no Spanish event name when none is given', async () => {
    const dispatch = await backend();
    const { titleEs: _titleEs, ...event } = PROFILE.event;
    const saved = await call<CountyProfile>(dispatch, 'outreach.saveCounty', {
      ...PROFILE,
      event,
    });
    expect(saved.event.titleEs).toBe('');
  });
});
