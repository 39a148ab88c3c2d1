// Donor figures through client.invoke against a hand-built January 2026 (issue 10): who counts,
// each breakdown, suppression in the output, staff refused, and nothing personal in the JSON.
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { cellText, type DonorFigures } from '../../shared/donors.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import { call, callError } from '../fixtures/core.ts';
import { newResident, newRoom, rawStay, signedIn } from '../fixtures/premises.ts';
import { rawActivity, rawHearing, rawPlan, rawSession } from '../fixtures/services-raw.ts';
import { it } from '../fixtures/vault.ts';

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const shown = (rows: { label: string; count: DonorFigures['people'] }[]) =>
  Object.fromEntries(rows.map((r) => [r.label, cellText(r.count)]));

let admin: Client;
let db: Db;
let beds: string[];
/** Everything personal the fixture typed: none of it may appear in the figures. */
const personal: string[] = [];
let n = 0;

async function person(over: Partial<ResidentFieldsInput>) {
  n++;
  const givenName = `Zvezdana${String.fromCharCode(64 + n)}q`;
  const familyName = `Vukomanović${n}x`;
  const fields: Partial<ResidentFieldsInput> = {
    givenName,
    familyName,
    referralDate: '2025-11-01',
    consentGivenOn: '2025-11-01',
    ...over,
  };
  if (over.dateOfBirth && over.dateOfBirth > '2007-06-01') fields.guardianName = 'Gordana Guardian';
  const r = await newResident(admin, fields);
  personal.push(givenName, familyName, r.id, r.code, over.dateOfBirth ?? '');
  return r;
}

/** One resident housed from `start` (to `end`, or open) in the next free bed. */
async function housed(start: string, end: string | null, over: Partial<ResidentFieldsInput>) {
  const r = await person(over);
  rawStay(db, { residentId: r.id, bedId: beds.shift()!, start, end });
  return r;
}

it.beforeEach(async ({ vault }) => {
  ({ client: admin, db } = vault);
  personal.length = 0;
  const room = await newRoom(
    admin,
    'Lipa',
    Array.from({ length: 20 }, (_, k) => `B${k + 1}`),
  );
  beds = Object.values(room.beds);
  for (const b of beds) db.prepare('UPDATE beds SET created_at = ? WHERE id = ?').run('2020-01-01T12:00:00.000Z', b);
});

const F = { sex: 'female', referralSource: 'center', identificationStatus: 'potential' } as const;
const formal = {
  identificationStatus: 'formal',
  formallyIdentifiedOn: '2025-10-01',
  identificationBody: 'Center',
} as const;

/** Twelve people housed in January (5 continuing, 7 new) and four who are not. */
async function january() {
  // Continuing: housed on the night of 1 January by a residence that began before it.
  await housed('2025-12-10', null, { ...F, dateOfBirth: '1996-03-01', exploitationForms: ['sexual'] });
  await housed('2025-12-10', '2026-01-20', {
    ...F,
    dateOfBirth: '1995-06-01',
    exploitationForms: ['sexual', 'labour'],
  });
  // 17 on 1 January, 18 on the 10th: her age band is the one of her first night in the period.
  await housed('2025-12-20', null, {
    ...F,
    referralSource: 'police',
    dateOfBirth: '2008-01-10',
    exploitationForms: ['sexual'],
  });
  // Left on 5 January and came back on the 20th: one person, continuing.
  const back = await housed('2025-12-01', '2026-01-05', {
    ...F,
    ...formal,
    dateOfBirth: '2005-05-05',
    exploitationForms: ['labour'],
  });
  rawStay(db, { residentId: back.id, bedId: beds.shift()!, start: '2026-01-20', end: '2026-01-25' });
  await housed('2025-12-15', null, {
    ...F,
    ...formal,
    sex: 'male',
    referralSource: 'self',
    dateOfBirth: '2004-02-02',
    exploitationForms: ['labour'],
  });
  // New: admitted in January.
  await housed('2026-01-03', null, { ...F, dateOfBirth: '1990-01-01', exploitationForms: ['sexual'] });
  // Moved on the 10th: two stays, one person.
  const moved = await housed('2026-01-05', '2026-01-10', {
    ...F,
    dateOfBirth: '1988-08-08',
    exploitationForms: ['sexual', 'labour'],
  });
  rawStay(db, { residentId: moved.id, bedId: beds.shift()!, start: '2026-01-10', end: null });
  await housed('2026-01-10', null, { ...F, referralSource: 'police', dateOfBirth: '2015-04-04' });
  await housed('2026-01-12', null, {
    ...F,
    ...formal,
    dateOfBirth: '2005-01-01',
    exploitationForms: ['sexual', 'forced_begging'],
  });
  await housed('2026-01-15', null, {
    ...F,
    ...formal,
    sex: 'male',
    referralSource: 'police',
    dateOfBirth: '2006-07-07',
    exploitationForms: ['labour'],
  });
  await housed('2026-01-20', '2026-01-28', { ...F, ...formal, referralSource: 'self', dateOfBirth: '2000-01-01' });
  await housed('2026-01-31', null, { ...F, dateOfBirth: '2003-03-03', exploitationForms: ['labour'] });

  // Not housed in January: after it, a stay without nights, a plan, and a stay whose last night was 31 December.
  const other = { ...F, sex: 'other', referralSource: 'other_ngo', dateOfBirth: '1950-01-01' } as const;
  await housed('2026-02-01', null, other);
  await housed('2026-01-15', '2026-01-15', other);
  const planned = await person(other);
  rawStay(db, { residentId: planned.id, bedId: beds.shift()!, start: '2026-01-20', planned: true });
  await housed('2025-12-01', '2026-01-01', other);
}

/** Referrals declined: 6 for no bed, 1 not eligible, 1 who declined, in January; one in December. */
async function declines() {
  const decline = async (referralDate: string, reason: 'no_free_bed' | 'not_eligible' | 'person_declined') => {
    const r = await person({ ...F, referralDate, consentGivenOn: referralDate, dateOfBirth: '1999-09-09' });
    await call(admin, 'residents.declineReferral', { id: r.id, reason });
  };
  for (let k = 0; k < 6; k++) await decline(`2026-01-${String(10 + k)}`, 'no_free_bed');
  await decline('2026-01-20', 'not_eligible');
  await decline('2026-01-21', 'person_declined');
  await decline('2025-12-20', 'no_free_bed');
  await person({ ...F, referralDate: '2026-01-22', consentGivenOn: '2026-01-22', dateOfBirth: '1999-09-09' }); // pending
}

/**
 * Support plans and hearings of seven people (not housed: services count whoever received them).
 * Counted in January: A–F (safety 6, legal 1, employment 1); G's goals were all closed before it.
 */
async function services() {
  const [a, b, c, d, e, f, g] = await Promise.all(Array.from({ length: 7 }, () => person(F)));
  const safety = { domain: 'safety', status: 'open', created: '2025-12-01' } as const;
  rawPlan(db, {
    residentId: a!.id,
    version: 1,
    created: '2025-12-01',
    goals: [
      safety,
      { domain: 'legal', status: 'in_progress', created: '2025-12-02', updated: '2025-12-03' },
      // Achieved before the period: not support given in it.
      { domain: 'health', status: 'achieved', created: '2025-12-01', updated: '2025-12-20' },
    ],
  });
  // B's first version was frozen on 5 January: its open goal was worked on in the period. The
  // second version's copy of the health goal achieved in November is stamped 5 January, but the
  // goal was closed before: it does not count.
  rawPlan(db, {
    residentId: b!.id,
    version: 1,
    created: '2025-11-01',
    frozen: '2026-01-05',
    goals: [
      { domain: 'safety', status: 'open' },
      { domain: 'health', status: 'achieved', updated: '2025-11-20' },
    ],
  });
  rawPlan(db, {
    residentId: b!.id,
    version: 2,
    created: '2026-01-05',
    goals: [
      { domain: 'safety', status: 'open' },
      { domain: 'health', status: 'achieved' },
    ],
  });
  // Dropped in the period: worked on until then.
  rawPlan(db, {
    residentId: c!.id,
    version: 1,
    created: '2025-12-01',
    goals: [safety, { domain: 'employment', status: 'dropped', created: '2025-12-01', updated: '2026-01-15' }],
  });
  // Set after the period.
  rawPlan(db, {
    residentId: d!.id,
    version: 1,
    created: '2025-12-01',
    goals: [safety, { domain: 'education', status: 'open', created: '2026-02-03' }],
  });
  for (const r of [e!, f!]) rawPlan(db, { residentId: r.id, version: 1, created: '2025-12-01', goals: [safety] });
  // G: a version frozen before the period, and its goal achieved before it too.
  rawPlan(db, {
    residentId: g!.id,
    version: 1,
    created: '2025-11-01',
    frozen: '2025-12-15',
    goals: [{ domain: 'psychological', status: 'open' }],
  });
  rawPlan(db, {
    residentId: g!.id,
    version: 2,
    created: '2025-12-15',
    goals: [{ domain: 'psychological', status: 'achieved', created: '2025-12-15', updated: '2025-12-20' }],
  });

  // Accompanied in January: A twice, B once, F three times (6 appointments, 3 people).
  for (const [r, date] of [
    [a!, '2026-01-10'],
    [a!, '2026-01-20'],
    [b!, '2026-01-12'],
    [f!, '2026-01-05'],
    [f!, '2026-01-06'],
    [f!, '2026-01-31'],
  ] as const)
    rawHearing(db, { residentId: r.id, date, accompanied: true });
  rawHearing(db, { residentId: c!.id, date: '2026-01-14', accompanied: false });
  rawHearing(db, { residentId: d!.id, date: '2026-02-02', accompanied: true });
  rawHearing(db, { residentId: e!.id, date: '2025-12-31', accompanied: true });
}

/** Open Club in January: five residents in a bed and two former ones; see the counts below. */
async function openClub() {
  // Its own room, so that it fits beside january().
  const room = await newRoom(
    admin,
    'Breza',
    Array.from({ length: 7 }, (_, k) => `C${k + 1}`),
  );
  beds.push(...Object.values(room.beds));
  for (const b of Object.values(room.beds))
    db.prepare('UPDATE beds SET created_at = ? WHERE id = ?').run('2020-01-01T12:00:00.000Z', b);
  const current = [];
  for (let k = 0; k < 5; k++) current.push((await housed('2025-12-01', null, F)).id);
  const former = [];
  for (let k = 0; k < 2; k++) former.push((await housed('2025-11-01', '2025-12-20', F)).id);
  const [h1, h2, h3, h4, h5] = current as [string, string, string, string, string];
  const [x1, x2] = former as [string, string];
  const workshop = rawActivity(db, 'workshop');
  const outing = rawActivity(db, 'outing');
  rawSession(db, workshop, '2025-12-20', [h3]);
  rawSession(db, workshop, '2026-01-08', [h1, h2, h3, h4, h5, x1]);
  rawSession(db, workshop, '2026-01-22', [h1, h2, x1, x2]);
  rawSession(db, outing, '2026-01-15', [h1, h2]);
  // Archived since: its sessions were held all the same and still count.
  db.prepare('UPDATE openclub_activities SET archived_at = ? WHERE id = ?').run('2026-02-01T12:00:00.000Z', outing);
  // Held with nobody ticked: a session all the same.
  rawSession(db, rawActivity(db, 'training'), '2026-01-20', []);
}

describe('reports.donors', () => {
  it('counts the people housed in the period, each breakdown suppressed as the rule says', async () => {
    await january();
    await declines();
    const r = await call(admin, 'reports.donors', JAN);

    expect(r.people).toBe(12);
    expect(shown(r.residence)).toEqual({ new: '7', continuing: '5' });
    // 1 and 1 beside 5, 5 and a total of 12: the two small cells would add up to 2 (each 1), so
    // the next-smallest (the first 5) is withheld too.
    expect(shown(r.ageBands)).toEqual({
      '0-13': '<5',
      '14-17': '<5',
      '18-25': '*',
      '26-40': '5',
      '41+': '0',
      unknown: '0',
    });
    // The subtraction case: 12 − 10 would give the 2 men away, so the 10 women are withheld.
    expect(shown(r.sex)).toEqual({ female: '*', male: '<5', other: '0', unknown: '0' });
    // 3 and 2 beside 7: the small cells add up to 5, which leaves each of them open.
    expect(shown(r.referralSource)).toEqual({
      center: '7',
      police: '<5',
      social_work_centre: '0',
      other_ngo: '0',
      self: '<5',
      other: '0',
    });
    expect(shown(r.identification)).toEqual({ potential: '7', preliminary: '0', formal: '5', not_identified: '0' });
    // A person counts in each form recorded: 6 + 6 + 1 + 2 is more than 12 people.
    expect(shown(r.exploitation)).toEqual({
      sexual: '6',
      labour: '6',
      forced_begging: '<5',
      forced_marriage: '0',
      forced_criminality: '0',
      domestic_servitude: '0',
      other: '0',
      not_recorded: '<5',
    });
    // 6, 1, 1 of 8: the two ones would be worked out (8 − 6 = 2), so the 6 goes too.
    expect(r.declined.total).toBe(8);
    expect(shown(r.declined.byReason)).toEqual({
      no_free_bed: '*',
      not_eligible: '<5',
      person_declined: '<5',
      not_recorded: '0',
    });
  });

  it('bed-nights are the occupancy report’s', async () => {
    await january();
    const r = await call(admin, 'reports.donors', JAN);
    const occupancy = await call(admin, 'reports.occupancy', JAN);
    expect(r.bedNights).toEqual({
      available: occupancy.total.bedNightsAvailable,
      occupied: occupancy.total.bedNightsOccupied,
    });
    expect(r.bedNights.available).toBe(20 * 31);
    // Continuing 31 + 19 + 31 + 4 + 5 + 31; new 29 + 27 + 22 + 20 + 17 + 8 + 1.
    expect(r.bedNights.occupied).toBe(31 + 19 + 31 + 4 + 5 + 31 + 29 + 27 + 22 + 20 + 17 + 8 + 1);
    // The occupancy report's people housed are the donor population.
    expect(occupancy.peopleHoused.total).toBe(r.people);
  });

  it('a small population is itself "<5"', async () => {
    await housed('2026-01-03', null, { ...F, dateOfBirth: '1990-01-01' });
    await housed('2026-01-04', null, { ...F, dateOfBirth: '1991-01-01' });
    const r = await call(admin, 'reports.donors', JAN);
    expect(r.people).toEqual({ suppressed: 'small' });
    expect(shown(r.residence)).toEqual({ new: '<5', continuing: '0' });
    expect(r.declined.total).toBe(0);
    const empty = await call(admin, 'reports.donors', { from: '2024-01-01', to: '2024-01-31' });
    expect(empty.people).toBe(0);
    expect(empty.bedNights.occupied).toBe(0);
  });

  it('counts the people given support in each domain once, and those accompanied', async () => {
    await services();
    const r = await call(admin, 'reports.donors', JAN);
    expect(r.services.people).toBe(6);
    // Legal and employment are one person each: "<5", not worked out since a person may count in
    // several domains (the rows add up to at least 6).
    expect(shown(r.services.byDomain)).toEqual({
      safety: '6',
      health: '0',
      psychological: '0',
      legal: '<5',
      documents: '0',
      housing: '0',
      education: '0',
      employment: '<5',
      family: '0',
      social: '0',
    });
    expect(r.services.accompanied).toEqual({ appointments: 6, people: { suppressed: 'small' } });
    const december = await call(admin, 'reports.donors', { from: '2025-12-01', to: '2025-12-31' });
    // A, C–F from the 1st; B's first version; G's psychological goal until the 20th: 7 people.
    expect(december.services.people).toBe(7);
    expect(cellText(december.services.byDomain.find((d) => d.label === 'health')!.count)).toBe('<5');
    expect(december.services.accompanied).toEqual({
      appointments: { suppressed: 'small' },
      people: { suppressed: 'small' },
    });
  });

  it('Open Club: openclub.counts’ figures, people suppressed, sessions as they are', async () => {
    await openClub();
    const r = await call(admin, 'reports.donors', JAN);
    const counts = await call(admin, 'openclub.counts', JAN);
    expect(counts.total).toEqual({ sessions: 4, attendances: 12, participants: 7 });
    expect(r.openClub.sessions).toBe(4);
    // 9 current and 3 former attendances of 12: 12 − 9 would give the 3 away, so the 9 is withheld.
    expect(r.openClub.attendances).toEqual({
      total: 12,
      current: { suppressed: 'secondary' },
      former: { suppressed: 'small' },
    });
    // 5 current and 2 former participants of 7: the same.
    expect(r.openClub.participants).toEqual({
      total: 7,
      current: { suppressed: 'secondary' },
      former: { suppressed: 'small' },
    });
    expect(
      r.openClub.byKind.map((k) => [k.kind, k.sessions, cellText(k.attendances), cellText(k.participants)]),
    ).toEqual([
      // Attendances add up to 12, so the outing's 2 needs the workshop's 10 withheld; participants
      // may count in several kinds, so the workshop's 7 stays.
      ['workshop', 2, '*', '7'],
      ['training', 1, '0', '0'],
      ['group_session', 0, '0', '0'],
      ['outing', 1, '<5', '<5'],
    ]);
  });

  it('holds no name, code, id or date of birth', async () => {
    await january();
    await declines();
    await services();
    await openClub();
    const figures = await call(admin, 'reports.donors', JAN);
    // The new parts are there to be checked, not empty.
    expect(figures.services.people).not.toBe(0);
    expect(figures.openClub.attendances.total).not.toBe(0);
    const json = JSON.stringify(figures);
    expect(personal.length).toBeGreaterThan(60);
    for (const value of ['Viši sud', 'Institucija', 'Kreativna', 'Voditeljka', 'Goal'])
      expect(json).not.toContain(value);
    for (const value of personal.filter((v) => v !== '')) expect(json).not.toContain(value);
    expect(json).not.toMatch(/R-\d{4}-\d{4}/);
    // Only the two period dates are dates at all.
    expect(json.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-01-01', '2026-01-31']);
  });

  it('is for managers and up: staff are refused, bad periods change nothing', async ({ vault }) => {
    const staff = await signedIn(vault.core, admin, 'sara', 'staff');
    expect((await callError(staff, 'reports.donors', JAN)).code).toBe('FORBIDDEN');
    const manager = await signedIn(vault.core, admin, 'mila', 'manager');
    expect((await call(manager, 'reports.donors', JAN)).people).toBe(0);
    expect((await callError(admin, 'reports.donors', { from: '2026-02-01', to: '2026-01-01' })).code).toBe(
      'VALIDATION',
    );
    expect((await callError(admin, 'reports.donors', { ...JAN, residentId: 'x' })).code).toBe('VALIDATION');
  });
});
