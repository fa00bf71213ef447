/** The volunteers and shifts channels, through the real dispatch (src/main/services/volunteers). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type {
  ShiftPrint,
  ShiftSummary,
  ShiftView,
  VolunteerImportPreview,
} from '../../../src/shared/contract/volunteers';
import type { VolunteerRecord } from '../../../src/shared/volunteers/activity';
import type { Volunteer, VolunteerView } from '../../../src/shared/volunteers/schema';
import type { Member } from '../../../src/shared/schema/member';
import {
  call,
  failure,
  fakeHost,
  memberInput,
  tempDir,
  withChapter,
  type Backend,
} from '../foundation/helpers';

const HOWARD = '24027';

async function addMember(b: Backend, name: string, extra = {}) {
  return call<Member>(b.dispatch, 'members.add', memberInput(name, extra));
}

describe('volunteers', () => {
  it('links a member without copying their details, once; a supporter keeps their own', async () => {
    const b = await withChapter();
    const rosa = await addMember(b, 'Rosa Parks', {
      email: 'rosa@example.org',
      phone: '410-555-0101',
    });
    const v = await call<Volunteer>(b.dispatch, 'volunteers.add', {
      memberId: rosa.id,
      name: 'ignored',
      skills: ['driving'],
      languages: ['English'],
    });
    expect(v).toMatchObject({ memberId: rosa.id, skills: ['driving'] });
    const stored = JSON.parse(await readFile(b.file, 'utf8')) as { volunteers: Volunteer[] };
    expect(stored.volunteers[0]).not.toHaveProperty('email');
    expect(stored.volunteers[0]).not.toHaveProperty('name');

    const again = await failure(b.dispatch, 'volunteers.add', { memberId: rosa.id });
    expect(again).toMatchObject({
      code: 'conflict',
      message: 'Rosa Parks is already a volunteer.',
    });
    expect(await failure(b.dispatch, 'volunteers.add', { memberId: 'nobody' })).toMatchObject({
      code: 'not-found',
    });

    // The member's new phone shows on the volunteer: there is one copy, the member's.
    await call(b.dispatch, 'members.update', { id: rosa.id, member: { phone: '410-555-0199' } });
    const [view] = await call<VolunteerView[]>(b.dispatch, 'volunteers.list');
    expect(view).toMatchObject({ name: 'Rosa Parks', phone: '410-555-0199', livesIn: '24005' });

    const named = await failure(b.dispatch, 'volunteers.add', { skills: ['tabling'] });
    expect(named.issues).toEqual([{ path: 'name', message: 'Name is required' }]);
  });

  it('finds volunteers by language, skill, county (home or travel) and availability', async () => {
    const b = await withChapter();
    const add = (input: object) => call<Volunteer>(b.dispatch, 'volunteers.add', input);
    await add({
      name: 'Ana',
      languages: ['Spanish'],
      skills: ['driving'],
      homeCounty: HOWARD,
      availability: ['weekend'],
    });
    await add({
      name: 'Ben',
      languages: ['Spanish'],
      skills: ['driving'],
      travelCounties: [HOWARD],
      availability: ['weekend', 'evening'],
    });
    await add({
      name: 'Cy',
      languages: ['Spanish'],
      skills: ['driving'],
      homeCounty: HOWARD,
      availability: ['weekday'],
    });
    await add({
      name: 'Di',
      languages: ['Spanish'],
      skills: ['driving'],
      homeCounty: HOWARD,
      availability: ['weekend'],
      doNotContact: true,
    });
    const found = await call<VolunteerView[]>(b.dispatch, 'volunteers.list', {
      language: 'Spanish',
      skills: ['driving'],
      county: HOWARD,
      availability: ['weekend'],
    });
    expect(found.map((v) => v.name)).toEqual(['Ana', 'Ben']);
  });

  it('imports a CSV: every problem of a row by line, duplicates flagged and never merged silently', async () => {
    const b = await withChapter();
    const rosa = await addMember(b, 'Rosa Parks', { email: 'rosa@example.org' });
    await call(b.dispatch, 'volunteers.add', { name: 'Ana Ruiz', phone: '(410) 555-0142' });
    const csv = [
      'Name,Email,Phone,Skills,Languages,County,Travel,Availability,DNC',
      'Lucía Fernández,lucia@example.org,,driving; phone bank,Spanish,Howard,Baltimore,weekends,',
      'Ana R.,,+1 410 555 0142,canvassing,,,,,',
      'R. Parks,ROSA@example.org,,tabling,,,,,',
      ',bad-email,,,,Atlantis,,someday,maybe',
      'Lucy F.,Lucia@Example.org,,,,,,,',
      'Kim,kim@example.org,,graphic design,,,,,yes',
    ].join('\n');
    const preview = await call<VolunteerImportPreview>(b.dispatch, 'volunteers.importPreview', {
      csv,
    });
    expect(preview.mapping).toMatchObject({
      name: 'Name',
      homeCounty: 'County',
      travelCounties: 'Travel',
      doNotContact: 'DNC',
    });
    // Every problem of the bad row, each with its column.
    expect(preview.problems).toEqual([
      { line: 5, field: 'homeCounty', reason: 'unknown county "Atlantis" in MD' },
      {
        line: 5,
        field: 'availability',
        reason: 'unknown availability "someday" (use weekday, evening or weekend)',
      },
      { line: 5, field: 'doNotContact', reason: 'do-not-contact "maybe" is not yes or no' },
      { line: 5, field: 'email', reason: 'Enter an email like name@example.org' },
      { line: 5, field: 'name', reason: 'Name is required' },
    ]);
    const dup = (line: number) => preview.rows.find((r) => r.line === line)?.duplicates;
    expect(dup(2)).toEqual([]);
    expect(dup(3)).toEqual([{ by: 'phone', kind: 'volunteer', name: 'Ana Ruiz' }]);
    expect(dup(4)).toEqual([
      { by: 'email', kind: 'member', name: 'Rosa Parks', memberId: rosa.id },
    ]);
    expect(dup(6)).toEqual([{ by: 'email', kind: 'line', name: 'Lucía Fernández', line: 2 }]);
    expect(preview.rows.find((r) => r.line === 2)).toMatchObject({
      skills: ['phone-banking', 'driving'],
      homeCounty: HOWARD,
      travelCounties: ['24005'],
      availability: ['weekend'],
    });
    expect(preview.rows.find((r) => r.line === 7)).toMatchObject({
      skills: ['other'],
      doNotContact: true,
    });

    // Line 4 becomes Rosa’s volunteer record, line 6 is added anyway; line 3, given no
    // choice, is skipped and said to be.
    const before = await readFile(b.file, 'utf8');
    const result = await call<{ added: number; linked: number; skippedDuplicates: number[] }>(
      b.dispatch,
      'volunteers.importCommit',
      {
        csv,
        mapping: preview.mapping,
        choices: [
          { line: 4, choice: 'link' },
          { line: 6, choice: 'add' },
        ],
      },
    );
    expect(result).toMatchObject({ added: 3, linked: 1, skippedDuplicates: [3] });
    expect(await readFile(b.file, 'utf8')).not.toBe(before);
    const all = await call<VolunteerView[]>(b.dispatch, 'volunteers.list', {
      includeDoNotContact: true,
    });
    expect(all.map((v) => v.name).sort()).toEqual([
      'Ana Ruiz',
      'Kim',
      'Lucy F.',
      'Lucía Fernández',
      'Rosa Parks',
    ]);
    expect(all.find((v) => v.name === 'Kim')?.otherSkill).toBe('graphic design');
    expect(all.find((v) => v.name === 'Rosa Parks')).toMatchObject({
      memberId: rosa.id,
      skills: ['tabling'],
    });
  });
});

describe('shifts', () => {
  const SHIFT = {
    kind: 'canvass',
    title: 'Saturday canvass',
    place: 'Library',
    date: '2026-03-07',
    start: '10:00',
    end: '13:00',
    county: '24005',
    capacity: 2,
  };

  it('signs volunteers up to capacity, refuses one more, and marks attendance once started', async () => {
    const b = await withChapter();
    const ids: string[] = [];
    for (const name of ['Ana', 'Ben', 'Cy'])
      ids.push((await call<Volunteer>(b.dispatch, 'volunteers.add', { name })).id);
    const shift = await call<{ id: string }>(b.dispatch, 'shifts.add', SHIFT);
    for (const volunteerId of ids.slice(0, 2))
      await call(b.dispatch, 'shifts.signUp', { shiftId: shift.id, volunteerId });
    const full = await failure(b.dispatch, 'shifts.signUp', {
      shiftId: shift.id,
      volunteerId: ids[2],
    });
    expect(full).toMatchObject({ code: 'conflict' });
    expect(full.message).toMatch(/“Saturday canvass” is full: all 2 places are taken/);
    expect(
      await failure(b.dispatch, 'shifts.update', {
        id: shift.id,
        shift: { ...SHIFT, capacity: 1 },
      }),
    ).toMatchObject({ code: 'conflict' });

    // The backend's clock is 1 March: the shift has not started.
    const early = await failure(b.dispatch, 'shifts.setStatus', {
      shiftId: shift.id,
      volunteerId: ids[0],
      status: 'attended',
    });
    expect(early.message).toMatch(/has not started yet/);
    b.time.set('2026-03-07T18:00:00.000Z');
    const view = await call<ShiftView>(b.dispatch, 'shifts.setStatus', {
      shiftId: shift.id,
      volunteerId: ids[0],
      status: 'attended',
    });
    expect(view).toMatchObject({ taken: 2, started: true });
    expect(view.roster.map((r) => [r.name, r.status])).toEqual([
      ['Ana', 'attended'],
      ['Ben', 'signed-up'],
    ]);
    const list = await call<ShiftSummary[]>(b.dispatch, 'shifts.list');
    expect(list[0]).toMatchObject({ taken: 2, attended: 1 });
    const { record } = await call<{ record: VolunteerRecord }>(b.dispatch, 'volunteers.get', {
      id: ids[0],
    });
    expect(record).toMatchObject({ attended: 1, hours: 3, doors: 0 });
  });

  it('refuses a turf that has not been cut', async () => {
    const b = await withChapter();
    const error = await failure(b.dispatch, 'shifts.add', {
      ...SHIFT,
      turf: { listId: 'md-baltimore', turfId: 'T001' },
    });
    expect(error).toMatchObject({ code: 'not-found', issues: [{ path: 'turf' }] });
  });
});

describe('sample chapter', () => {
  it('shows volunteers and a canvass shift credited with its turf’s doors, and prints it', async () => {
    const dir = await tempDir('volunteers-sample-');
    const { dispatch } = await startBackend(join(dir, 'data'), fakeHost(join(dir, 'saved')));
    await call(dispatch, 'sample.open');
    const found = await call<VolunteerView[]>(dispatch, 'volunteers.list', {
      language: 'Spanish',
      skills: ['driving'],
      county: '39131', // Pike County, Ohio
      availability: ['weekend'],
    });
    expect(found.map((v) => v.name)).toEqual(['Carmen Delgado', 'Lucía Fernández', 'Luis Moreno']);
    const shift = await call<ShiftView>(dispatch, 'shifts.get', { id: 'sample-shift-1' });
    // The sample turf T001 has 12 doors with results, 3 of them conversations.
    expect(shift).toMatchObject({ results: { doors: 12, conversations: 3 }, started: true });
    const carmen = await call<{ record: VolunteerRecord }>(dispatch, 'volunteers.get', {
      id: 'sample-volunteer-1',
    });
    expect(carmen.record).toMatchObject({ attended: 1, hours: 3, doors: 12, conversations: 3 });
    const print = await call<ShiftPrint>(dispatch, 'shifts.print', { id: 'sample-shift-1' });
    expect(print).toMatchObject({ countyName: 'Franklin County', organiserName: 'Amara Okafor' });
  });
});
