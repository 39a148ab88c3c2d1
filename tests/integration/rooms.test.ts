import { describe, expect } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { call, callError } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { admitted, auditActions, day, newResident, newRoom, signedIn, TODAY } from '../fixtures/premises.ts';

let core: Core;
let admin: Client;
let db: Db;

it.beforeEach(({ vault }) => {
  ({ core, client: admin, db } = vault);
});

describe('rooms and beds', () => {
  it('lists rooms by name as people read them, with beds and outages, in the first premises', async () => {
    await newRoom(admin, 'Room 10', ['B', 'A']);
    const { roomId, beds } = await newRoom(admin, 'Room 2', ['A'], 'family');
    await call(admin, 'beds.setOutOfService', { bedId: beds.A!, fromDate: day(3), untilDate: null, reason: 'Leak' });
    const rooms = await call(admin, 'rooms.list', {});
    expect(rooms.map((r) => [r.name, r.beds.map((b) => b.label)])).toEqual([
      ['Room 2', ['A']],
      ['Room 10', ['A', 'B']],
    ]);
    expect(rooms[0]).toMatchObject({ id: roomId, kind: 'family', floor: '1', notes: '', retiredOn: null });
    expect(rooms[0]!.beds[0]!.outages).toEqual([
      { id: expect.any(String), bedId: beds.A, fromDate: day(3), untilDate: null, reason: 'Leak' },
    ]);
    const premises = db.prepare('SELECT id FROM premises').get() as { id: string };
    expect(db.prepare('SELECT DISTINCT premises_id AS p FROM rooms').all()).toEqual([{ p: premises.id }]);
  });

  it('renames a room keeping its stays, and audits old and new name', async () => {
    const { roomId, beds } = await newRoom(admin, 'Room 1', ['A']);
    const r = await admitted(admin, beds.A!, day(-3));
    await call(admin, 'rooms.update', {
      id: roomId,
      fields: { name: 'Garden room', floor: '0', kind: 'single', notes: 'Ground floor' },
    });
    expect((await call(admin, 'residents.get', { id: r.id })).stays[0]).toMatchObject({
      roomName: 'Garden room',
      bedId: beds.A,
    });
    expect(auditActions(db, roomId).at(-1)).toEqual({
      action: 'rooms.update',
      detail: { fields: ['name', 'floor', 'kind', 'notes'], oldName: 'Room 1', newName: 'Garden room' },
    });
    expect(await callError(admin, 'rooms.update', { id: 'nope', fields: { name: 'X', kind: 'single' } })).toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });

  it('refuses a second room in use with the same name, and a second bed with the same label', async () => {
    const { roomId } = await newRoom(admin, 'Room 1', ['A']);
    expect(await callError(admin, 'rooms.create', { fields: { name: ' room 1 ', kind: 'single' } })).toMatchObject({
      code: 'CONFLICT',
      fields: { name: 'validation.nameTaken' },
    });
    expect(await callError(admin, 'beds.create', { roomId, label: 'A' })).toMatchObject({
      code: 'CONFLICT',
      fields: { label: 'validation.labelTaken' },
    });
    const other = await newRoom(admin, 'Room 2', ['A']);
    expect(other.beds.A).toBeDefined();
    expect(await callError(admin, 'beds.create', { roomId: 'nope', label: 'A' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('retires a room and its beds from a date, after the last stay ends', async () => {
    const { roomId, beds } = await newRoom(admin, 'Room 1', ['A', 'B']);
    const r = await admitted(admin, beds.A!, day(-10));
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: day(-2),
      reason: 'Left',
      destination: 'family',
      backdateReason: 'Late',
    });
    expect(await callError(admin, 'rooms.retire', { id: roomId, date: day(-3) })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'BED_RETIRE_HAS_STAYS', residentCode: r.code, endDate: day(-2) },
    });
    await call(admin, 'rooms.retire', { id: roomId, date: day(-2) });
    const [room] = await call(admin, 'rooms.list', {});
    expect(room!.retiredOn).toBe(day(-2));
    expect(room!.beds.map((b) => b.retiredOn)).toEqual([day(-2), day(-2)]);
    expect((await call(admin, 'stays.board', { date: day(-3) })).rooms).toHaveLength(1);
    expect((await call(admin, 'stays.board', { date: day(-2) })).rooms).toEqual([]);
    const s = await newResident(admin);
    expect(await callError(admin, 'stays.admit', { residentId: s.id, bedId: beds.B, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'STAY_BED_RETIRED', retiredOn: day(-2) },
    });
    expect(await callError(admin, 'beds.create', { roomId, label: 'C' })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'ROOM_RETIRED' },
    });
    expect(await callError(admin, 'rooms.retire', { id: roomId, date: TODAY })).toMatchObject({ code: 'CONFLICT' });
    // The name is free again for a new room.
    await newRoom(admin, 'Room 1', ['A']);
  });

  it('ends an out-of-service period, refusing an end before its start or one that runs into a stay', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id: outageId } = await call(admin, 'beds.setOutOfService', {
      bedId: beds.A!,
      fromDate: day(-3),
      untilDate: day(1),
      reason: 'Paint',
    });
    expect(
      await callError(admin, 'beds.setOutOfService', {
        bedId: beds.A,
        fromDate: day(0),
        untilDate: null,
        reason: 'Leak',
      }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OUTAGE_OVERLAP', startDate: day(-3), endDate: day(1) },
    });
    expect(
      await callError(admin, 'beds.setOutOfService', {
        bedId: beds.A,
        fromDate: day(2),
        untilDate: day(2),
        reason: 'x',
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { untilDate: 'validation.untilAfterFrom' },
    });
    expect(await callError(admin, 'beds.endOutOfService', { outageId, untilDate: day(-3) })).toMatchObject({
      fields: { untilDate: 'validation.untilAfterFrom' },
    });
    await call(admin, 'beds.endOutOfService', { outageId, untilDate: TODAY });
    const r = await admitted(admin, beds.A!, TODAY);
    expect(await callError(admin, 'beds.endOutOfService', { outageId, untilDate: day(2) })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OUTAGE_BED_OCCUPIED', residentCode: r.code },
    });
  });
});

describe('stays.board', () => {
  it('shows each bed’s night: occupied, reserved, out of service, free (maybe held later), with totals', async () => {
    const one = await newRoom(admin, 'Room 1', ['A', 'B', 'C']);
    const two = await newRoom(admin, 'Room 2', ['A', 'B'], 'child_friendly');
    const r = await admitted(admin, one.beds.A!, day(-5));
    await call(admin, 'beds.setOutOfService', {
      bedId: one.beds.B!,
      fromDate: day(-1),
      untilDate: day(2),
      reason: 'Leak',
    });
    const planned = await newResident(admin, { givenName: 'Sara' });
    const { id: planId } = await call(admin, 'stays.plan', {
      residentId: planned.id,
      bedId: two.beds.A!,
      date: day(3),
    });

    const today = await call(admin, 'stays.board', { date: TODAY });
    const bed = (room: number, label: string) => today.rooms[room]!.beds.find((b) => b.label === label)!;
    expect(bed(0, 'A')).toMatchObject({
      state: 'occupied',
      stayId: expect.any(String),
      since: day(-5),
      resident: { id: r.id, currentBed: 'Room 1 · A' },
    });
    expect(bed(0, 'B')).toMatchObject({
      state: 'out_of_service',
      since: day(-1),
      until: day(2),
      reason: 'Leak',
      resident: null,
    });
    expect(bed(0, 'C')).toMatchObject({ state: 'free', resident: null, plannedFrom: null });
    expect(bed(1, 'A')).toMatchObject({
      state: 'free',
      plannedFrom: day(3),
      stayId: planId,
      resident: { id: planned.id },
    });
    expect(today.rooms[1]).toMatchObject({ name: 'Room 2', kind: 'child_friendly', floor: '1' });
    expect(today.totals).toEqual({ beds: 5, occupied: 1, free: 3, outOfService: 1, reserved: 0 });

    const later = await call(admin, 'stays.board', { date: day(3) });
    expect(later.rooms[1]!.beds[0]).toMatchObject({ state: 'reserved', since: day(3), stayId: planId });
    expect(later.totals).toEqual({ beds: 5, occupied: 1, free: 3, outOfService: 0, reserved: 1 });

    const before = await call(admin, 'stays.board', { date: day(-6) });
    expect(before.totals).toEqual({ beds: 5, occupied: 0, free: 5, outOfService: 0, reserved: 0 });
  });
});

describe('roles', () => {
  it('staff may read rooms and the board but not change premises; a manager may', async () => {
    const staff = await signedIn(core, admin, 'sam', 'staff');
    const manager = await signedIn(core, admin, 'mia', 'manager');
    const { roomId, beds } = await newRoom(manager, 'Room 1', ['A']);
    for (const [channel, input] of [
      ['rooms.create', { fields: { name: 'Room 9', kind: 'single' } }],
      ['rooms.update', { id: roomId, fields: { name: 'Room 9', kind: 'single' } }],
      ['rooms.retire', { id: roomId, date: TODAY }],
      ['beds.create', { roomId, label: 'B' }],
      ['beds.setOutOfService', { bedId: beds.A, fromDate: TODAY, reason: 'Leak' }],
    ] as const) {
      expect(await callError(staff, channel, input), channel).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await call(staff, 'rooms.list', {})).toHaveLength(1);
    expect((await call(staff, 'stays.board', { date: TODAY })).totals.beds).toBe(1);
    const { id: outageId } = await call(manager, 'beds.setOutOfService', {
      bedId: beds.A!,
      fromDate: TODAY,
      reason: 'Leak',
    });
    expect(await callError(staff, 'beds.endOutOfService', { outageId, untilDate: day(1) })).toMatchObject({
      code: 'FORBIDDEN',
    });
    await call(manager, 'beds.endOutOfService', { outageId, untilDate: day(1) });
    // Staff do the daily work: intake and stays.
    const r = await newResident(staff);
    await call(staff, 'stays.plan', { residentId: r.id, bedId: beds.A!, date: day(2) });
    const log = db.prepare("SELECT user_id FROM audit_log WHERE action = 'stays.plan'").get() as { user_id: string };
    expect(log.user_id).toBe(staff.session!.userId);
  });
});
