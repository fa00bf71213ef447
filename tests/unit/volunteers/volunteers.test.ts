/** Volunteer records, finding them, and telling when two people may be one (src/shared/volunteers). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactIndex, emailKey, phoneKey } from '../../../src/shared/volunteers/contact';
import { findVolunteers, type VolunteerFilter } from '../../../src/shared/volunteers/filter';
import {
  AVAILABILITY,
  SKILLS,
  VolunteerInputSchema,
  volunteerView,
} from '../../../src/shared/volunteers/schema';
import { FRANKLIN, PIKE, ROSS, supporter } from './fixtures';

describe('volunteer input', () => {
  it('keeps skills and times in their canonical order, once, and languages once whatever their case', () => {
    const v = VolunteerInputSchema.parse({
      name: ' Ana Ruiz ',
      skills: ['driving', 'canvassing', 'driving'],
      availability: ['weekend', 'weekday'],
      languages: ['Spanish', 'spanish', 'English'],
      travelCounties: [ROSS, PIKE, ROSS],
    });
    expect(v).toMatchObject({
      name: 'Ana Ruiz',
      skills: ['canvassing', 'driving'],
      availability: ['weekday', 'weekend'],
      languages: ['Spanish', 'English'],
      travelCounties: [PIKE, ROSS],
      doNotContact: false,
    });
  });

  it('a supporter needs a name; a member’s record keeps no copy of the member’s details', () => {
    const missing = VolunteerInputSchema.safeParse({ email: 'x@example.org' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ['name'], message: 'Name is required' });
    const linked = VolunteerInputSchema.parse({
      memberId: 'm-1',
      name: 'Typed again',
      email: 'copy@example.org',
      phone: '555-0100',
      skills: ['tabling'],
    });
    expect(linked).toMatchObject({ memberId: 'm-1', skills: ['tabling'] });
    expect(linked.name).toBeUndefined();
    expect(linked.email).toBeUndefined();
    expect(linked.phone).toBeUndefined();
  });

  it('a linked volunteer shows the member’s name, contact details and county', () => {
    const fields = VolunteerInputSchema.parse({ memberId: 'm-1', skills: ['driving'] });
    const members = new Map([
      [
        'm-1',
        {
          id: 'm-1',
          name: 'Carmen Delgado',
          email: 'carmen@example.org',
          phone: '614-555-0101',
          county: FRANKLIN,
          active: true,
        },
      ],
    ]);
    const v = volunteerView({ ...fields, id: 'v1', addedAt: '2026-01-01T00:00:00Z' }, members);
    expect(v).toMatchObject({
      name: 'Carmen Delgado',
      email: 'carmen@example.org',
      phone: '614-555-0101',
      livesIn: FRANKLIN,
      member: { id: 'm-1', active: true },
    });
    expect(v.homeCounty).toBeUndefined(); // the volunteer record itself holds no copy
    const gone = volunteerView({ ...fields, id: 'v1', addedAt: '2026-01-01T00:00:00Z' }, new Map());
    expect(gone).toMatchObject({ name: 'Former member', member: null });
  });
});

const VOLUNTEERS = [
  supporter('lucia', {
    name: 'Lucía Fernández',
    skills: ['driving', 'phone-banking'],
    languages: ['Spanish'],
    homeCounty: PIKE,
    availability: ['weekend'],
  }),
  supporter('carmen', {
    name: 'Carmen Delgado',
    skills: ['driving', 'canvassing'],
    languages: ['Spanish', 'English'],
    homeCounty: FRANKLIN,
    travelCounties: [PIKE, ROSS],
    availability: ['evening', 'weekend'],
  }),
  supporter('hector', {
    name: 'Hector Ramirez',
    skills: ['canvassing', 'phone-banking'],
    languages: ['Spanish'],
    homeCounty: PIKE,
    availability: ['weekday'],
  }),
  supporter('tom', {
    name: 'Tom Becker',
    phone: '(740) 555-0123',
    skills: ['driving'],
    languages: ['Spanish'],
    homeCounty: PIKE,
    availability: ['weekend'],
    doNotContact: true,
  }),
  supporter('amara', {
    name: 'Amara Okafor',
    email: 'amara@example.org',
    skills: ['driving'],
    languages: ['English'],
    homeCounty: PIKE,
    availability: ['weekend'],
  }),
];

const names = (filter: VolunteerFilter) => findVolunteers(VOLUNTEERS, filter).map((v) => v.id);

describe('finding volunteers', () => {
  it('"Spanish speakers who drive in Pike County on weekends": home or travel county, not do-not-contact', () => {
    const filter = {
      language: 'spanish',
      skills: ['driving' as const],
      county: PIKE,
      availability: ['weekend' as const],
    };
    expect(names(filter)).toEqual(['carmen', 'lucia']);
    // Tom matches too, but asked not to be contacted: only when asked for.
    expect(names({ ...filter, includeDoNotContact: true })).toEqual(['carmen', 'lucia', 'tom']);
  });

  it('every skill and every time chosen must hold', () => {
    expect(names({ skills: ['driving', 'phone-banking'] })).toEqual(['lucia']);
    expect(names({ availability: ['evening', 'weekend'] })).toEqual(['carmen']);
  });

  it('finds by part of a name, an email or the digits of a phone', () => {
    expect(names({ text: 'ramir' })).toEqual(['hector']);
    expect(names({ text: 'AMARA@' })).toEqual(['amara']);
    expect(names({ text: '555 0123', includeDoNotContact: true })).toEqual(['tom']);
  });

  it('no condition: everyone who may be contacted, by name', () => {
    expect(names({})).toEqual(['amara', 'carmen', 'hector', 'lucia']);
  });

  it('adding a condition never finds more people (fast-check)', () => {
    const filterArb = fc.record({
      skills: fc.subarray([...SKILLS]),
      availability: fc.subarray([...AVAILABILITY]),
      language: fc.constantFrom('', 'Spanish', 'English'),
      county: fc.constantFrom('', PIKE, ROSS, FRANKLIN),
      includeDoNotContact: fc.boolean(),
    });
    fc.assert(
      fc.property(filterArb, fc.constantFrom(...SKILLS), (filter, extra) => {
        const wider = new Set(names(filter));
        const narrower = names({ ...filter, skills: [...new Set([...filter.skills, extra])] });
        return narrower.every((id) => wider.has(id));
      }),
    );
  });
});

describe('same person? email and phone compared normalised', () => {
  it('an email is compared without case or spaces; a phone by its digits, a leading US 1 aside', () => {
    expect(emailKey(' Ana@Example.org ')).toBe('ana@example.org');
    expect(emailKey('')).toBeNull();
    expect(phoneKey('(614) 555-0142')).toBe('6145550142');
    expect(phoneKey('+1 614.555.0142')).toBe('6145550142');
    expect(phoneKey('555')).toBeNull();
  });

  it('formatting never changes a phone’s key (fast-check)', () => {
    const digit = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 10, maxLength: 10 }),
        fc.constantFrom('', '1', '+1 ', '1-'),
        fc.constantFrom('-', '.', ' ', ''),
        (d, prefix, sep) => {
          const plain = d.join('');
          const formatted = `${prefix}(${plain.slice(0, 3)}) ${plain.slice(3, 6)}${sep}${plain.slice(6)}`;
          return phoneKey(formatted) === phoneKey(plain);
        },
      ),
    );
  });

  it('the index says who shares the email or the phone, and by which', () => {
    const index = contactIndex<string>();
    index.add({ email: 'ana@example.org', phone: '614-555-0142' }, 'Ana');
    index.add({ phone: '(614) 555 0142' }, 'Ben');
    expect(index.find({ email: 'ANA@example.org' })).toEqual([{ by: 'email', owner: 'Ana' }]);
    expect(index.find({ phone: '6145550142' })).toEqual([
      { by: 'phone', owner: 'Ana' },
      { by: 'phone', owner: 'Ben' },
    ]);
    expect(index.find({ email: 'other@example.org', phone: '' })).toEqual([]);
  });
});
