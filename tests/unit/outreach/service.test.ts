import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import type { CountyEntry, FlyerPrintData } from '../../../src/shared/contract/outreach';
import type { Flyer, FlyerContentInput } from '../../../src/shared/outreach/flyer';
import { CHAPTER, call, fakeHost, tempDir } from '../foundation/helpers';

async function backend() {
  const dir = await tempDir();
  const host = fakeHost(join(dir, 'saved'));
  const { dispatch } = await startBackend(dir, host);
  await call(dispatch, 'chapter.create', CHAPTER);
  return { dir, host, dispatch, file: join(dir, DATA_FILE) };
}

const PROFILE = {
  fips: '24005',
  contact: { name: 'Ana Ruiz', phone: '(410) 555-0100', email: 'ana@example.org' },
  event: { title: 'Chapter meeting', date: '2026-12-03', time: '19:00', place: 'Towson Library' },
  electionDate: '2026-11-03',
  pollingLookupUrl: 'https://elections.maryland.gov/voting/where.html',
  languages: ['English', 'Spanish', 'English'],
};

function content(extra: Partial<FlyerContentInput> = {}): FlyerContentInput {
  const both = (t: string) => ({ en: t, es: `${t} (es)` });
  return {
    name: 'Flyer',
    template: 'letter',
    languages: 'both',
    layout: 'front-back',
    countyFips: '24005',
    headline: both('Headline'),
    highlights: [1, 2, 3].map((i) => ({ policyId: null, text: both(`Point ${i}`) })),
    callToAction: both('Join us'),
    event: both(''),
    contact: both(''),
    qrUrl: 'https://example.org',
    ...extra,
  };
}

describe('outreach service', () => {
  it('keeps one profile per chapter county and refuses other counties without writing', async () => {
    const { dispatch, file } = await backend();
    const saved = await call<{ languages: string[] }>(dispatch, 'outreach.saveCounty', PROFILE);
    expect(saved.languages).toEqual(['English', 'Spanish']);
    await call(dispatch, 'outreach.saveCounty', { ...PROFILE, languages: ['Spanish'] });
    const counties = await call<CountyEntry[]>(dispatch, 'outreach.counties');
    expect(counties.map((c) => [c.fips, c.name, c.profile?.languages ?? null])).toEqual([
      ['24005', 'Baltimore County', ['Spanish']],
      ['24510', 'Baltimore city', null],
    ]);
    const before = await readFile(file);
    const refused = await dispatch('outreach.saveCounty', { ...PROFILE, fips: '39035' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Cuyahoga County, OH is not one of');
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('drafts a flyer from the county profile, stores it, and prints it through the flyer route', async () => {
    const { dispatch, host } = await backend();
    await call(dispatch, 'outreach.saveCounty', PROFILE);
    const draft = await call<FlyerContentInput>(dispatch, 'outreach.draftFlyer', {
      countyFips: '24005',
      template: 'door-hanger',
    });
    expect(draft.template).toBe('door-hanger');
    expect(draft.event.en).toContain('Chapter meeting: Thursday, December 3, 2026, 7:00 PM');
    expect(draft.contact.es).toBe('Ana Ruiz · (410) 555-0100 · ana@example.org');
    // A draft misses its Spanish texts: storing it is refused with the fields named.
    const incomplete = await dispatch('outreach.createFlyer', draft);
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok)
      expect(incomplete.error.issues?.map((i) => i.path)).toContain('callToAction.es');

    const flyer = await call<Flyer>(dispatch, 'outreach.createFlyer', content());
    expect(flyer.platformVersion).toBeNull();
    const updated = await call<Flyer>(dispatch, 'outreach.updateFlyer', {
      id: flyer.id,
      flyer: content({ name: 'Renamed' }),
    });
    expect(updated.createdAt).toBe(flyer.createdAt);
    expect(
      (await call<{ name: string }[]>(dispatch, 'outreach.flyers')).map((f) => f.name),
    ).toEqual(['Renamed']);

    await call(dispatch, 'outreach.saveSettings', {
      disclaimer: { en: 'Paid for by X.', es: 'Pagado por X.' },
    });
    const print = await call<FlyerPrintData>(dispatch, 'outreach.flyerPrint', { id: flyer.id });
    expect(print.settings.disclaimer).toEqual({ en: 'Paid for by X.', es: 'Pagado por X.' });
    // The disclaimer is a chapter setting.
    expect(await call<{ flyerDisclaimer: unknown }>(dispatch, 'settings.get')).toMatchObject({
      flyerDisclaimer: { en: 'Paid for by X.', es: 'Pagado por X.' },
    });
    const saved = await call<{ saved: boolean; fileName: string }>(dispatch, 'print.save', {
      document: 'flyer',
      params: { id: flyer.id },
    });
    expect(saved.fileName).toMatch(/^flyer-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(host.printed.at(-1)).toBe(
      `#/print/flyer?p=${encodeURIComponent(JSON.stringify({ id: flyer.id }))}`,
    );

    expect(await call(dispatch, 'outreach.deleteFlyer', { id: flyer.id })).toEqual({
      deleted: true,
    });
    const gone = await dispatch('outreach.flyer', { id: flyer.id });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('not-found');
  });

  it('the sample chapter holds a county profile and a valid bilingual flyer', async () => {
    const { dispatch } = await backend();
    await call(dispatch, 'sample.open');
    const flyers = await call<{ id: string }[]>(dispatch, 'outreach.flyers');
    expect(flyers).toHaveLength(1);
    const print = await call<FlyerPrintData>(dispatch, 'outreach.flyerPrint', {
      id: flyers[0]!.id,
    });
    expect(print.flyer.languages).toBe('both');
    expect(print.settings.disclaimer.es).toContain('Pagado por');
    const counties = await call<CountyEntry[]>(dispatch, 'outreach.counties');
    expect(counties.find((c) => c.profile)?.profile?.contact.name).toBe('Carmen Delgado');
  });
});
