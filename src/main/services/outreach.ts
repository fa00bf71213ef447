/**
 * Outreach: county profiles, flyers and the chapter's "Paid for by …" disclaimer. Highlights
 * come from the latest adopted platform version when there is one.
 */
import { randomUUID } from 'node:crypto';
import type { CountyEntry, FlyerPrintData, SocialBasics } from '../../shared/contract/outreach';
import { AppError } from '../../shared/errors';
import { countyByFips, countyLabel } from '../../shared/geo/counties';
import { type CountyProfile, type CountyProfileSave } from '../../shared/outreach/county';
import {
  draftFlyer,
  highlightOptions,
  type Flyer,
  type FlyerContent,
  type FlyerSummary,
  type FlyerTemplate,
  type OutreachSettings,
} from '../../shared/outreach/flyer';
import { recordFlyerPrint } from '../../shared/outreach/flyerPrints';
import type { PlatformVersion } from '../../shared/platform/versions';
import type { StoreData } from '../../shared/schema/store';
import type { Session } from '../session';
import { readSettled, updateSettled } from './settled';

function chapterOf(data: StoreData) {
  if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  return data.chapter;
}

/** The newest platform version (what the chapter has adopted so far) of settled data, or null. */
function latestPlatformVersion(data: StoreData): PlatformVersion | null {
  return data.platform.versions.at(-1) ?? null;
}

export function listCounties(session: Session): CountyEntry[] {
  const data = session.current().data;
  const chapter = chapterOf(data);
  return chapter.counties.map((fips) => {
    const county = countyByFips(fips);
    return {
      fips,
      name: county?.name ?? fips,
      state: county?.state ?? chapter.state,
      profile: data.countyProfiles.find((p) => p.fips === fips) ?? null,
    };
  });
}

export function saveCountyProfile(
  session: Session,
  input: CountyProfileSave,
): Promise<CountyProfile> {
  return updateSettled(session, (data) => {
    const chapter = chapterOf(data);
    if (!chapter.counties.includes(input.fips)) {
      throw new AppError(
        'invalid-input',
        `${countyLabel(input.fips)} is not one of the chapter’s counties. Add it under Settings first.`,
      );
    }
    const saved = data.countyProfiles.find((p) => p.fips === input.fips);
    const profile: CountyProfile = {
      ...input,
      event: { ...input.event, titleEs: input.event.titleEs ?? saved?.event.titleEs ?? '' },
      languages: [...new Set(input.languages)],
      updatedAt: session.clock().toISOString(),
    };
    const others = data.countyProfiles.filter((p) => p.fips !== input.fips);
    return { data: { ...data, countyProfiles: [...others, profile] }, result: profile };
  });
}

export function outreachSettings(session: Session): OutreachSettings {
  return { disclaimer: { ...session.current().data.settings.flyerDisclaimer } };
}

export function saveOutreachSettings(
  session: Session,
  settings: OutreachSettings,
): Promise<OutreachSettings> {
  return updateSettled(session, (data) => {
    chapterOf(data);
    const next = { ...data.settings, flyerDisclaimer: settings.disclaimer };
    return { data: { ...data, settings: next }, result: settings };
  });
}

export function flyerHighlightOptions(session: Session) {
  const version = latestPlatformVersion(readSettled(session));
  return { platformVersion: version?.number ?? null, options: highlightOptions(version) };
}

export function newFlyerDraft(
  session: Session,
  input: { countyFips: string | null; template: FlyerTemplate },
) {
  const data = readSettled(session);
  const chapter = chapterOf(data);
  const fips = input.countyFips ?? chapter.counties[0] ?? null;
  return draftFlyer({
    chapterName: chapter.name,
    version: latestPlatformVersion(data),
    profile: data.countyProfiles.find((p) => p.fips === fips) ?? null,
    countyFips: fips,
    template: input.template,
  });
}

function summaryOf(f: Flyer): FlyerSummary {
  return {
    id: f.id,
    name: f.name,
    template: f.template,
    languages: f.languages,
    updatedAt: f.updatedAt,
  };
}

export function listFlyers(session: Session): FlyerSummary[] {
  return session
    .current()
    .data.flyers.map(summaryOf)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

function findFlyer(data: StoreData, id: string): Flyer {
  const flyer = data.flyers.find((f) => f.id === id);
  if (!flyer) throw new AppError('not-found', 'That flyer no longer exists.');
  return flyer;
}

export function getFlyer(session: Session, id: string): Flyer {
  return findFlyer(session.current().data, id);
}

/** The platform version a flyer's highlights came from: the latest, if any highlight is from it. */
function platformVersionFor(data: StoreData, content: FlyerContent): number | null {
  const version = latestPlatformVersion(data);
  if (!version) return null;
  const ids = new Set(version.policies.map((p) => p.id));
  return content.highlights.some((h) => h.policyId && ids.has(h.policyId)) ? version.number : null;
}

export function createFlyer(session: Session, content: FlyerContent): Promise<Flyer> {
  return updateSettled(session, (data) => {
    chapterOf(data);
    const now = session.clock().toISOString();
    const flyer: Flyer = {
      ...content,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      platformVersion: platformVersionFor(data, content),
    };
    return { data: { ...data, flyers: [...data.flyers, flyer] }, result: flyer };
  });
}

export function updateFlyer(session: Session, id: string, content: FlyerContent): Promise<Flyer> {
  return updateSettled(session, (data) => {
    const current = findFlyer(data, id);
    const flyer: Flyer = {
      ...content,
      id,
      createdAt: current.createdAt,
      updatedAt: session.clock().toISOString(),
      platformVersion: platformVersionFor(data, content) ?? current.platformVersion,
    };
    return {
      data: { ...data, flyers: data.flyers.map((f) => (f.id === id ? flyer : f)) },
      result: flyer,
    };
  });
}

export function deleteFlyer(session: Session, id: string): Promise<{ deleted: boolean }> {
  return updateSettled(session, (data) => {
    findFlyer(data, id);
    return {
      data: { ...data, flyers: data.flyers.filter((f) => f.id !== id) },
      result: { deleted: true },
    };
  });
}

export function socialBasics(session: Session): SocialBasics {
  const data = session.current().data;
  const chapter = chapterOf(data);
  return {
    chapterName: chapter.name,
    sample: data.sample,
    settings: { disclaimer: { ...data.settings.flyerDisclaimer } },
  };
}

export function flyerPrintData(session: Session, id: string): FlyerPrintData {
  return { ...socialBasics(session), flyer: findFlyer(session.current().data, id) };
}

/** Counts one more saved PDF of the flyer, for the county it is made for (coverage). */
export function countFlyerPrint(session: Session, id: string): Promise<void> {
  return updateSettled(session, (data) => {
    const flyer = findFlyer(data, id);
    const at = session.clock().toISOString();
    return { data: { ...data, flyerPrints: recordFlyerPrint(data.flyerPrints, flyer, at) } };
  });
}
