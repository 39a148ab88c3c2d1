// The occupancy report against hand-computed figures, one definition at a time (issue 10).
// Rooms "Lipa" (beds A, B) and "Hrast" (bed A), entered long before; January 2026 unless said.
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import type { OccupancyReport } from '../../shared/reports.ts';
import { call, callError } from '../fixtures/core.ts';
import { newResident, newRoom, rawOutage, rawStay, signedIn } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

let admin: Client;
let db: Db;
let lipa: { roomId: string; beds: Record<string, string> };
let hrast: { roomId: string; beds: Record<string, string> };
let LA: string;
let LB: string;
let HA: string;

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const late = 'From the paper register';
const person = (over: Parameters<typeof newResident>[1] = {}) =>
  newResident(admin, { referralDate: '2023-01-01', consentGivenOn: '2023-01-01', ...over });
const report = (period = JAN) => call(admin, 'reports.occupancy', period);
const room = (r: OccupancyReport, name: string) => r.rooms.find((x) => x.name === name)!;
const day = (r: OccupancyReport, date: string) => r.daily.find((d) => d.date === date)!;
/** Beds entered on a day (created_at is when the record was made; tests set it). */
const entered = (bedId: string, date: string) =>
  db.prepare('UPDATE beds SET created_at = ? WHERE id = ?').run(`${date}T12:00:00.000Z`, bedId);

it.beforeEach(async ({ vault }) => {
  ({ client: admin, db } = vault);
  lipa = await newRoom(admin, 'Lipa', ['A', 'B']);
  hrast = await newRoom(admin, 'Hrast', ['A']);
  LA = lipa.beds.A!;
  LB = lipa.beds.B!;
  HA = hrast.beds.A!;
  for (const b of [LA, LB, HA]) entered(b, '2020-01-01');
});

describe('nights of stays', () => {
  it('stays crossing both ends, open stays, stays without nights and plans', async () => {
    const r1 = await person();
    rawStay(db, { residentId: r1.id, bedId: LA, start: '2025-12-20', end: '2026-02-05' }); // 31 nights in January
    const r2 = await person();
    rawStay(db, { residentId: r2.id, bedId: LB, start: '2026-01-10' }); // open: 10 … 31 = 22 nights
    const r3 = await person();
    rawStay(db, { residentId: r3.id, bedId: LB, start: '2026-01-05', end: '2026-01-05' }); // no nights: nothing
    const r5 = await person();
    rawStay(db, { residentId: r5.id, bedId: HA, start: '2025-12-28', end: '2026-01-15' }); // 1 … 14 = 14 nights; an exit of 18
    const r4 = await person();
    rawStay(db, { residentId: r4.id, bedId: HA, start: '2026-01-20', planned: true }); // a plan: nothing

    const r = await report();
    expect(r.nights).toBe(31);
    expect(r.total).toEqual({
      bedNightsAvailable: 93,
      bedNightsOccupied: 67,
      occupancyRate: 67 / 93,
      admissions: 1,
      exits: 1,
      averageLengthOfStay: 18,
      medianLengthOfStay: 18,
    });
    expect(room(r, 'Lipa')).toMatchObject({
      bedNightsAvailable: 62,
      bedNightsOccupied: 53,
      admissions: 1,
      exits: 0,
      averageLengthOfStay: null,
    });
    expect(room(r, 'Hrast')).toMatchObject({
      bedNightsAvailable: 31,
      bedNightsOccupied: 14,
      admissions: 0,
      exits: 1,
      medianLengthOfStay: 18,
    });
    expect(r.daily).toHaveLength(31);
    expect([day(r, '2026-01-01'), day(r, '2026-01-10'), day(r, '2026-01-15'), day(r, '2026-01-31')]).toEqual([
      { date: '2026-01-01', occupied: 2, inService: 3 },
      { date: '2026-01-10', occupied: 3, inService: 3 },
      { date: '2026-01-15', occupied: 2, inService: 3 },
      { date: '2026-01-31', occupied: 2, inService: 3 },
    ]);
    expect(r.peopleHoused).toEqual({ total: 3, adults: 3, children: 0, ageUnknown: 0 });
    expect(r.presentAtEnd.map((p) => [p.code, p.roomName, p.bedLabel, p.since])).toEqual([
      [r1.code, 'Lipa', 'A', '2025-12-20'],
      [r2.code, 'Lipa', 'B', '2026-01-10'],
    ]);
  });

  it('same-day moves count one person once; a residence runs across moves; destinations come from the exits', async () => {
    const r = await person();
    const q = await person();
    await call(admin, 'stays.admit', { residentId: r.id, bedId: LA, date: '2026-01-03', backdateReason: late });
    await call(admin, 'stays.admit', { residentId: q.id, bedId: HA, date: '2026-01-05', backdateReason: late });
    await call(admin, 'stays.move', { residentId: q.id, bedId: LB, date: '2026-01-05', backdateReason: late }); // no night in Hrast
    await call(admin, 'stays.exit', {
      residentId: q.id,
      date: '2026-01-08',
      reason: 'Moved on',
      destination: 'other_shelter',
      backdateReason: late,
    });
    await call(admin, 'stays.move', { residentId: r.id, bedId: LB, date: '2026-01-10', backdateReason: late });
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: '2026-01-20',
      reason: 'Moved on',
      destination: 'family',
      backdateReason: late,
    });

    const rep = await report();
    // r: 3 … 19 = 17 nights (7 in A, 10 in B); q: 5 … 7 = 3 nights in B.
    expect(rep.total).toMatchObject({
      bedNightsOccupied: 20,
      admissions: 2,
      exits: 2,
      averageLengthOfStay: 10,
      medianLengthOfStay: 10,
    });
    expect(room(rep, 'Lipa')).toMatchObject({ bedNightsOccupied: 20, admissions: 2, exits: 2 });
    expect(room(rep, 'Hrast')).toMatchObject({ bedNightsOccupied: 0, admissions: 0, exits: 0 });
    expect(day(rep, '2026-01-05').occupied).toBe(2);
    expect(day(rep, '2026-01-10').occupied).toBe(1); // the day of the move: one person, one bed
    expect(rep.peopleHoused.total).toBe(2);
    expect(rep.exitsByDestination.filter((d) => d.exits > 0)).toEqual([
      { destination: 'family', exits: 1 },
      { destination: 'other_shelter', exits: 1 },
    ]);
    expect(rep.presentAtEnd).toEqual([]);

    // Re-admitted later: the earlier exit keeps its destination (from the audit log).
    await call(admin, 'stays.admit', { residentId: r.id, bedId: HA, date: '2026-02-01', backdateReason: late });
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: '2026-02-03',
      reason: 'Again',
      destination: 'unknown',
      backdateReason: late,
    });
    expect((await report()).exitsByDestination.find((d) => d.destination === 'family')!.exits).toBe(1);
  });
});

describe('beds available', () => {
  it('a bed out of service mid-period, a bed entered mid-period, a room retired mid-period', async () => {
    rawOutage(db, { bedId: LA, from: '2026-01-10', until: '2026-01-20' }); // 10 nights out: 21 available
    const { id: LC } = await call(admin, 'beds.create', { roomId: lipa.roomId, label: 'C' });
    entered(LC, '2026-01-25'); // 25 … 31 = 7 nights
    const { id: LD } = await call(admin, 'beds.create', { roomId: lipa.roomId, label: 'D' });
    entered(LD, '2026-01-25');
    const r = await person();
    rawStay(db, { residentId: r.id, bedId: LD, start: '2026-01-22' }); // entered late: the bed existed from its first stay, 22 … 31 = 10
    await call(admin, 'rooms.retire', { id: hrast.roomId, date: '2026-01-21' }); // 1 … 20 = 20 nights

    const rep = await report();
    expect(room(rep, 'Lipa')).toMatchObject({ bedNightsAvailable: 21 + 31 + 7 + 10, bedNightsOccupied: 10 });
    expect(room(rep, 'Hrast')).toMatchObject({ bedNightsAvailable: 20, bedNightsOccupied: 0, retiredOn: '2026-01-21' });
    expect(rep.total.bedNightsAvailable).toBe(89);
    expect(rep.total.occupancyRate).toBeCloseTo(10 / 89, 12);
    expect(
      ['2026-01-01', '2026-01-10', '2026-01-19', '2026-01-20', '2026-01-21', '2026-01-22', '2026-01-25'].map(
        (d) => day(rep, d).inService,
      ),
    ).toEqual([3, 2, 2, 3, 2, 3, 4]);
    // After its retirement the room is not in a later period at all.
    expect((await report({ from: '2026-02-01', to: '2026-02-28' })).rooms.map((x) => x.name)).toEqual(['Lipa']);
  });
});

describe('periods', () => {
  it('leap-year February has 29 nights; 2023 has 28', async () => {
    const r = await person();
    rawStay(db, { residentId: r.id, bedId: LA, start: '2024-02-28', end: '2024-03-01' });
    const leap = await report({ from: '2024-02-01', to: '2024-02-29' });
    expect(leap.nights).toBe(29);
    expect(leap.total).toMatchObject({ bedNightsAvailable: 87, bedNightsOccupied: 2, admissions: 1, exits: 0 });
    expect(day(leap, '2024-02-29')).toEqual({ date: '2024-02-29', occupied: 1, inService: 3 });
    expect((await report({ from: '2023-02-01', to: '2023-02-28' })).total.bedNightsAvailable).toBe(84);
    expect((await report({ from: '2024-03-01', to: '2024-03-31' })).total).toMatchObject({
      bedNightsOccupied: 0,
      exits: 1,
      averageLengthOfStay: 2,
    });
  });

  it('a one-night period: the night of its one date', async () => {
    const tonight = await person();
    rawStay(db, { residentId: tonight.id, bedId: LA, start: '2026-01-15', end: '2026-01-16' });
    const leftThatMorning = await person();
    rawStay(db, { residentId: leftThatMorning.id, bedId: LB, start: '2026-01-10', end: '2026-01-15' });
    const r = await report({ from: '2026-01-15', to: '2026-01-15' });
    expect(r.nights).toBe(1);
    expect(r.total).toEqual({
      bedNightsAvailable: 3,
      bedNightsOccupied: 1,
      occupancyRate: 1 / 3,
      admissions: 1,
      exits: 1,
      averageLengthOfStay: 5,
      medianLengthOfStay: 5,
    });
    expect(r.daily).toEqual([{ date: '2026-01-15', occupied: 1, inService: 3 }]);
    expect(r.presentAtEnd.map((p) => p.code)).toEqual([tonight.code]);
    expect(r.peopleHoused.total).toBe(1);
  });
});

describe('people', () => {
  it('adults and children by age on their first night in the period; protected residents by code; declined for lack of a bed', async () => {
    const mother = await person({
      givenName: 'Zorana',
      familyName: 'Vukadinović',
      alias: 'Sunce',
      doNotDisclose: true,
    });
    rawStay(db, { residentId: mother.id, bedId: LA, start: '2025-11-01' });
    const child = await person({
      givenName: 'Lazar',
      dateOfBirth: '2008-01-20',
      guardianName: 'Centar',
      parentResidentId: mother.id,
    });
    rawStay(db, { residentId: child.id, bedId: LB, start: '2025-11-01' }); // 17 on 1 January, 18 on the 20th
    const open = await person({ givenName: 'Ana', familyName: 'Petrović' });
    rawStay(db, { residentId: open.id, bedId: HA, start: '2026-01-02', end: '2026-01-31' });
    const declined = await person({ referralDate: '2026-01-12' });
    await call(admin, 'residents.declineReferral', { id: declined.id, reason: 'no_free_bed' });
    const otherReason = await person({ referralDate: '2026-01-12' });
    await call(admin, 'residents.declineReferral', { id: otherReason.id, reason: 'not_eligible' });
    const december = await person({ referralDate: '2025-12-31' });
    await call(admin, 'residents.declineReferral', { id: december.id, reason: 'no_free_bed' });

    const r = await report();
    expect(r.peopleHoused).toEqual({ total: 3, adults: 2, children: 1, ageUnknown: 0 });
    expect(r.declinedNoBed).toBe(1);
    const json = JSON.stringify(r);
    for (const hidden of ['Zorana', 'Sunce', 'Lazar', 'Vukadinović']) expect(json).not.toContain(hidden);
    expect(r.presentAtEnd.map((p) => [p.displayName, p.protected])).toEqual([
      [mother.code, true],
      [child.code, true],
    ]);
    expect(json).not.toContain('Ana Petrović'); // left on the period's last date: not present that night
  });
});

describe('access and input', () => {
  it('managers and administrators only; a backwards or over-long period is refused', async ({ vault }) => {
    const staff = await signedIn(vault.core, admin, 'sara', 'staff');
    expect(await callError(staff, 'reports.occupancy', JAN)).toMatchObject({ code: 'FORBIDDEN' });
    const manager = await signedIn(vault.core, admin, 'mila', 'manager');
    expect((await call(manager, 'reports.occupancy', JAN)).nights).toBe(31);
    expect(await callError(admin, 'reports.occupancy', { from: '2026-02-01', to: '2026-01-31' })).toMatchObject({
      code: 'VALIDATION',
      fields: { to: 'validation.periodOrder' },
    });
    expect(await callError(admin, 'reports.occupancy', { from: '2010-01-01', to: '2026-01-31' })).toMatchObject({
      code: 'VALIDATION',
      fields: { to: 'validation.periodTooLong' },
    });
    expect(await callError(admin, 'reports.occupancy', { from: '2026-01-01' })).toMatchObject({ code: 'VALIDATION' });
  });
});
