// The overlap rules at their edges, each twice: through the core (which explains the refusal) and
// straight against the schema (where the triggers are the last line).
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { underRules } from '../../electron/core/stays/rules.ts';
import { ADMIN, call, callError } from '../fixtures/core.ts';
import { it, type TestVault } from '../fixtures/vault.ts';
import { admitted, day, newResident, newRoom, rawOutage, rawStay, residentInput, TODAY } from '../fixtures/premises.ts';

let admin: Client;
let db: Db;
let time: TestVault['time'];
let core: TestVault['core'];
let A: string;
let B: string;

it.beforeEach(async ({ vault }) => {
  ({ client: admin, db, time, core } = vault);
  const room = await newRoom(admin, 'Room 1', ['A', 'B']);
  A = room.beds.A!;
  B = room.beds.B!;
});

const late = 'From the paper register';
const stays = (residentId: string) =>
  db
    .prepare('SELECT bed_id, start_date, end_date, planned FROM stays WHERE resident_id = ? ORDER BY start_date, id')
    .all(residentId);

describe('same-day move: end on D, start on D', () => {
  it('core: accepted, and the freed bed can take someone that same day', async () => {
    const r = await admitted(admin, A, day(-10));
    await call(admin, 'stays.move', { residentId: r.id, bedId: B, date: day(-4), backdateReason: late });
    expect(stays(r.id)).toEqual([
      { bed_id: A, start_date: day(-10), end_date: day(-4), planned: 0 },
      { bed_id: B, start_date: day(-4), end_date: null, planned: 0 },
    ]);
    await admitted(admin, A, day(-4));
    const detail = await call(admin, 'residents.get', { id: r.id });
    expect(detail.stays.map((s) => [s.roomName, s.bedLabel, s.startDate, s.endDate])).toEqual([
      ['Room 1', 'B', day(-4), null],
      ['Room 1', 'A', day(-10), day(-4)],
    ]);
  });

  it('schema: accepted', async () => {
    const r = await newResident(admin);
    const other = await newResident(admin);
    rawStay(db, { residentId: r.id, bedId: A, start: day(-10), end: day(-4) });
    rawStay(db, { residentId: r.id, bedId: B, start: day(-4) });
    rawStay(db, { residentId: other.id, bedId: A, start: day(-4) });
    expect(stays(r.id)).toHaveLength(2);
  });

  it('core: a move before the current stay began, or into the same bed, is refused', async () => {
    const r = await admitted(admin, A, day(-10));
    expect(
      await callError(admin, 'stays.move', { residentId: r.id, bedId: B, date: day(-11), backdateReason: late }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { date: 'validation.beforeStayStart' },
    });
    expect(await callError(admin, 'stays.move', { residentId: r.id, bedId: A, date: TODAY })).toMatchObject({
      code: 'VALIDATION',
      fields: { bedId: 'validation.sameBed' },
    });
  });
});

describe('open-ended stays', () => {
  it('core: an open stay holds the bed for every later night, and says whose it is', async () => {
    const first = await admitted(admin, A, day(-10));
    const next = await newResident(admin);
    const error = await callError(admin, 'stays.admit', { residentId: next.id, bedId: A, date: TODAY });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: {
        rule: 'STAY_BED_TAKEN',
        residentCode: first.code,
        roomName: 'Room 1',
        bedLabel: 'A',
        startDate: day(-10),
        planned: 0,
      },
    });
    expect(error.details).not.toHaveProperty('endDate');
    expect(error.message).toContain(first.code);
  });

  it('schema: a later stay in an open-ended one is refused; a closed one before it is accepted', async () => {
    const r = await newResident(admin);
    const s = await newResident(admin);
    rawStay(db, { residentId: r.id, bedId: A, start: day(-5) });
    expect(() => rawStay(db, { residentId: s.id, bedId: A, start: day(100), end: day(101) })).toThrow('STAY_BED_TAKEN');
    rawStay(db, { residentId: s.id, bedId: A, start: day(-9), end: day(-5) });
  });
});

describe('a back-dated stay colliding with a later one', () => {
  it('core: refused, naming the later stay with its dates', async () => {
    const later = await admitted(admin, A, day(-3));
    await call(admin, 'stays.exit', {
      residentId: later.id,
      date: day(-1),
      reason: 'Left',
      destination: 'unknown',
      backdateReason: late,
    });
    const r = await newResident(admin);
    const error = await callError(admin, 'stays.admit', {
      residentId: r.id,
      bedId: A,
      date: day(-8),
      backdateReason: late,
    });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'STAY_BED_TAKEN', residentCode: later.code, startDate: day(-3), endDate: day(-1) },
    });
    expect(error.message).toContain(`${day(-3)} to ${day(-1)}`);
  });

  it('schema: refused', async () => {
    const later = await newResident(admin);
    const r = await newResident(admin);
    rawStay(db, { residentId: later.id, bedId: A, start: day(-3), end: day(-1) });
    expect(() => rawStay(db, { residentId: r.id, bedId: A, start: day(-8), end: day(-2) })).toThrow('STAY_BED_TAKEN');
    rawStay(db, { residentId: r.id, bedId: A, start: day(-8), end: day(-3) });
  });

  it('core: a back-dated entry needs a reason; a future one is refused', async () => {
    const r = await newResident(admin);
    expect(await callError(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(-1) })).toMatchObject({
      code: 'VALIDATION',
      fields: { backdateReason: 'validation.backdateReason' },
    });
    expect(
      await callError(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(-1), backdateReason: '   ' }),
    ).toMatchObject({
      fields: { backdateReason: 'validation.backdateReason' },
    });
    expect(await callError(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(1) })).toMatchObject({
      code: 'VALIDATION',
      fields: { date: 'validation.notInFuture' },
    });
    await call(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(-1), backdateReason: late });
    expect(db.prepare('SELECT backdate_reason FROM stays WHERE resident_id = ?').get(r.id)).toEqual({
      backdate_reason: late,
    });
  });
});

describe('an exit before the start', () => {
  it('core: refused', async () => {
    const r = await admitted(admin, A, day(-5));
    expect(
      await callError(admin, 'stays.exit', {
        residentId: r.id,
        date: day(-6),
        reason: 'x',
        destination: 'unknown',
        backdateReason: late,
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { date: 'validation.beforeStayStart' } });
    expect(
      await callError(admin, 'stays.exit', { residentId: r.id, date: day(1), reason: 'x', destination: 'unknown' }),
    ).toMatchObject({
      fields: { date: 'validation.notInFuture' },
    });
  });

  it('schema: refused on insert and on update', async () => {
    const r = await newResident(admin);
    expect(() => rawStay(db, { residentId: r.id, bedId: A, start: day(-5), end: day(-6) })).toThrow(/CHECK constraint/);
    const id = rawStay(db, { residentId: r.id, bedId: A, start: day(-5) });
    expect(() => db.prepare('UPDATE stays SET end_date = ? WHERE id = ?').run(day(-6), id)).toThrow(/CHECK constraint/);
    db.prepare('UPDATE stays SET end_date = ? WHERE id = ?').run(day(-5), id);
  });
});

describe('a bed out of service for one night in the middle', () => {
  it('core: a stay across that night is refused, naming the outage', async () => {
    await call(admin, 'beds.setOutOfService', {
      bedId: A,
      fromDate: day(-6),
      untilDate: day(-5),
      reason: 'Broken frame',
    });
    const r = await newResident(admin);
    expect(
      await callError(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(-8), backdateReason: late }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: {
        rule: 'STAY_BED_OUT_OF_SERVICE',
        startDate: day(-6),
        endDate: day(-5),
        reason: 'Broken frame',
        bedLabel: 'A',
      },
    });
    // The first night back is free again.
    await call(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(-5), backdateReason: late });
  });

  it('core: a stay ending exactly on the outage’s first night is accepted', async () => {
    const r = await admitted(admin, A, day(-8));
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: day(-6),
      reason: 'Left',
      destination: 'family',
      backdateReason: late,
    });
    expect(
      await callError(admin, 'beds.setOutOfService', {
        bedId: A,
        fromDate: day(-7),
        untilDate: day(-5),
        reason: 'Paint',
      }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OUTAGE_BED_OCCUPIED', residentCode: r.code, startDate: day(-8), endDate: day(-6) },
    });
    await call(admin, 'beds.setOutOfService', { bedId: A, fromDate: day(-6), untilDate: day(-5), reason: 'Paint' });
  });

  it('schema: across refused, ending on its first night accepted', async () => {
    rawOutage(db, { bedId: A, from: day(-6), until: day(-5) });
    const r = await newResident(admin);
    expect(() => rawStay(db, { residentId: r.id, bedId: A, start: day(-8), end: day(-3) })).toThrow(
      'STAY_BED_OUT_OF_SERVICE',
    );
    expect(() => rawStay(db, { residentId: r.id, bedId: A, start: day(-8) })).toThrow('STAY_BED_OUT_OF_SERVICE');
    const id = rawStay(db, { residentId: r.id, bedId: A, start: day(-8), end: day(-6) });
    expect(() => db.prepare('UPDATE stays SET end_date = ? WHERE id = ?').run(day(-5), id)).toThrow(
      'STAY_BED_OUT_OF_SERVICE',
    );
    rawStay(db, { residentId: r.id, bedId: A, start: day(-5), end: day(-1) });
  });
});

describe('a resident in two beds on one night', () => {
  it('core: a re-admission overlapping the earlier stay is refused, naming it', async () => {
    const r = await admitted(admin, A, day(-10));
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: day(-4),
      reason: 'Left',
      destination: 'family',
      backdateReason: late,
    });
    expect(
      await callError(admin, 'stays.admit', { residentId: r.id, bedId: B, date: day(-6), backdateReason: late }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: {
        rule: 'STAY_RESIDENT_ELSEWHERE',
        residentCode: r.code,
        bedLabel: 'A',
        startDate: day(-10),
        endDate: day(-4),
      },
    });
    await call(admin, 'stays.admit', { residentId: r.id, bedId: B, date: day(-4), backdateReason: late });
  });

  it('core: someone in residence is not admitted again', async () => {
    const r = await admitted(admin, A, day(-10));
    expect(await callError(admin, 'stays.admit', { residentId: r.id, bedId: B, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'RESIDENT_STATUS', status: 'in_residence' },
    });
  });

  it('schema: refused', async () => {
    const r = await newResident(admin);
    rawStay(db, { residentId: r.id, bedId: A, start: day(-10), end: day(-4) });
    expect(() => rawStay(db, { residentId: r.id, bedId: B, start: day(-5) })).toThrow('STAY_RESIDENT_ELSEWHERE');
    rawStay(db, { residentId: r.id, bedId: B, start: day(-4) });
  });
});

describe('planned admissions', () => {
  it('core: a plan holds the bed from its day; cancelling frees it', async () => {
    const planned = await newResident(admin);
    const { id: planId } = await call(admin, 'stays.plan', { residentId: planned.id, bedId: A, date: day(5) });
    const walkIn = await newResident(admin);
    expect(await callError(admin, 'stays.admit', { residentId: walkIn.id, bedId: A, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'STAY_BED_TAKEN', residentCode: planned.code, startDate: day(5), planned: 1 },
    });
    expect(
      await callError(admin, 'beds.setOutOfService', { bedId: A, fromDate: day(6), untilDate: null, reason: 'Leak' }),
    ).toMatchObject({
      details: { rule: 'OUTAGE_BED_OCCUPIED', residentCode: planned.code },
    });
    await call(admin, 'stays.cancelPlan', { id: planId });
    expect(stays(planned.id)).toEqual([]);
    await call(admin, 'stays.admit', { residentId: walkIn.id, bedId: A, date: TODAY });
    const log = db.prepare("SELECT detail FROM audit_log WHERE action = 'stays.cancelPlan'").all() as {
      detail: string;
    }[];
    expect(log.map((l) => JSON.parse(l.detail))).toEqual([{ stayId: planId, bedId: A, date: day(5) }]);
    expect(await callError(admin, 'stays.cancelPlan', { id: planId })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('core: the plan becomes the stay when admitted to that bed that day; otherwise cancel it first', async () => {
    const r = await newResident(admin);
    const { id: planId } = await call(admin, 'stays.plan', { residentId: r.id, bedId: A, date: day(2) });
    expect(await callError(admin, 'stays.plan', { residentId: r.id, bedId: B, date: day(3) })).toMatchObject({
      details: { rule: 'PLAN_EXISTS' },
    });
    expect(await callError(admin, 'stays.admit', { residentId: r.id, bedId: B, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'PLAN_EXISTS', bedLabel: 'A', startDate: day(2) },
    });
    expect(await callError(admin, 'stays.plan', { residentId: r.id, bedId: B, date: TODAY })).toMatchObject({
      fields: { date: 'validation.planInFuture' },
    });
    time.advance(2 * 86_400_000); // the planned day comes: the idle lock ended the session meanwhile
    await call(admin, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    db = core.database(); // the lock closed the connection the test held
    const { id } = await call(admin, 'stays.admit', { residentId: r.id, bedId: A, date: day(2) });
    expect(id).toBe(planId);
    expect(stays(r.id)).toEqual([{ bed_id: A, start_date: day(2), end_date: null, planned: 0 }]);
  });

  it('core: arriving earlier than planned takes up the planned bed from the day of arrival', async () => {
    const r = await newResident(admin);
    const { id: planId } = await call(admin, 'stays.plan', { residentId: r.id, bedId: A, date: day(3) });
    const { id } = await call(admin, 'stays.admit', { residentId: r.id, bedId: A, date: TODAY });
    expect(id).toBe(planId);
    expect(stays(r.id)).toEqual([{ bed_id: A, start_date: TODAY, end_date: null, planned: 0 }]);
  });

  it('schema: a planned row holds the bed like a stay', async () => {
    const planned = await newResident(admin);
    const other = await newResident(admin);
    rawStay(db, { residentId: planned.id, bedId: A, start: day(5), planned: true });
    expect(() => rawStay(db, { residentId: other.id, bedId: A, start: day(1), end: day(6) })).toThrow('STAY_BED_TAKEN');
    rawStay(db, { residentId: other.id, bedId: A, start: day(1), end: day(5) });
    expect(() =>
      db
        .prepare(
          'INSERT INTO stays (id, resident_id, bed_id, start_date, end_date, planned, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)',
        )
        .run('x', other.id, B, day(7), day(9), TODAY),
    ).toThrow(/CHECK constraint/);
  });
});

describe('re-admission', () => {
  it('an exited resident comes back: a new stay on the same record, exit cleared', async () => {
    const r = await admitted(admin, A, day(-30));
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: day(-20),
      reason: 'Went home',
      destination: 'family',
      backdateReason: late,
    });
    await call(admin, 'stays.admit', { residentId: r.id, bedId: B, date: day(-20), backdateReason: late });
    const detail = await call(admin, 'residents.get', { id: r.id });
    expect(detail).toMatchObject({
      code: r.code,
      status: 'in_residence',
      exitDate: null,
      exitReason: '',
      exitDestination: null,
    });
    expect(detail.stays.map((s) => [s.bedLabel, s.startDate, s.endDate])).toEqual([
      ['B', day(-20), null],
      ['A', day(-30), day(-20)],
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM residents').get()).toEqual({ n: 1 });
  });

  it('core: consent withdrawn since the last stay stops a re-admission', async () => {
    const r = await admitted(admin, A, day(-30));
    await call(admin, 'stays.exit', {
      residentId: r.id,
      date: day(-20),
      reason: 'Went home',
      destination: 'family',
      backdateReason: late,
    });
    await call(admin, 'residents.update', { id: r.id, fields: residentInput({ consentWithdrawnOn: day(-10) }) });
    expect(await callError(admin, 'stays.admit', { residentId: r.id, bedId: B, date: TODAY })).toMatchObject({
      code: 'VALIDATION',
      fields: { consentGivenOn: 'validation.consentRequired' },
    });
  });
});

describe('stay history is kept', () => {
  it('schema: a stay that happened cannot be deleted; a planned one can', async () => {
    const r = await admitted(admin, A, day(-5));
    expect(() => db.prepare('DELETE FROM stays WHERE resident_id = ?').run(r.id)).toThrow(/STAY_HISTORY_KEPT/);
    expect(stays(r.id)).toHaveLength(1);
    const p = await newResident(admin, { givenName: 'Ana' });
    await call(admin, 'stays.plan', { residentId: p.id, bedId: B, date: day(2) });
    expect(db.prepare('DELETE FROM stays WHERE resident_id = ?').run(p.id).changes).toBe(1);
  });
});

describe('outages and retirement over stays', () => {
  it('core and schema: an outage over an existing stay is refused', async () => {
    const r = await admitted(admin, A, day(-3));
    expect(
      await callError(admin, 'beds.setOutOfService', {
        bedId: A,
        fromDate: day(10),
        untilDate: day(12),
        reason: 'Paint',
      }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OUTAGE_BED_OCCUPIED', residentCode: r.code, startDate: day(-3) },
    });
    expect(() => rawOutage(db, { bedId: A, from: day(10), until: day(12) })).toThrow('OUTAGE_BED_OCCUPIED');
  });

  it('core and schema: a room with a future plan cannot be retired before it', async () => {
    const r = await newResident(admin);
    await call(admin, 'stays.plan', { residentId: r.id, bedId: B, date: day(20) });
    const roomId = (await call(admin, 'rooms.list', {}))[0]!.id;
    expect(await callError(admin, 'rooms.retire', { id: roomId, date: day(30) })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'BED_RETIRE_HAS_STAYS', residentCode: r.code, startDate: day(20), planned: 1 },
    });
    expect(() => db.prepare('UPDATE beds SET retired_on = ? WHERE id = ?').run(day(30), B)).toThrow(
      'BED_RETIRE_HAS_STAYS',
    );
    expect(() => rawStay(db, { residentId: r.id, bedId: A, start: day(-9), end: day(-2) })).not.toThrow();
    db.prepare('UPDATE beds SET retired_on = ? WHERE id = ?').run(day(-2), A);
    const t = await newResident(admin);
    expect(() => rawStay(db, { residentId: t.id, bedId: A, start: day(-2), end: day(-1) })).toThrow('STAY_BED_RETIRED');
  });

  it('a trigger that fires past the service checks becomes a CONFLICT, not an internal error', async () => {
    const r = await newResident(admin);
    rawStay(db, { residentId: r.id, bedId: A, start: day(-5) });
    const s = await newResident(admin);
    let thrown: unknown;
    try {
      underRules(() => rawStay(db, { residentId: s.id, bedId: A, start: day(-1) }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: 'CONFLICT', details: { rule: 'STAY_BED_TAKEN' } });
  });
});
