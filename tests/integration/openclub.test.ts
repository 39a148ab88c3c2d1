// Open Club: activities, sessions and attendance of residents and former residents, and the
// figures of a period, through client.invoke on a real vault.
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { call, callError } from '../fixtures/core.ts';
import { admitted, auditActions, day, newResident, newRoom, signedIn, TODAY } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

let admin: Client;
let db: Db;
let staff: Client;
let manager: Client;

it.beforeEach(async ({ vault }) => {
  ({ client: admin, db } = vault);
  staff = await signedIn(vault.core, admin, 'sara', 'staff');
  manager = await signedIn(vault.core, admin, 'mira', 'manager');
});

/** Everything a refused call could have touched. */
const snapshot = () => ({
  activities: db.prepare('SELECT * FROM openclub_activities ORDER BY id').all(),
  sessions: db.prepare('SELECT * FROM openclub_sessions ORDER BY id').all(),
  attendance: db.prepare('SELECT * FROM openclub_attendance ORDER BY session_id, resident_id').all(),
  audit: db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'openclub.%'").get(),
});

/**
 * Ana: in bed A from day -40, left on day -20 (a former resident since). Bea: in bed B since day -30.
 * Cara: protected (do-not-disclose, alias Zora), in bed C since day -5. Dora: referred, never admitted.
 */
async function house() {
  const { beds } = await newRoom(admin, 'Room 1', ['A', 'B', 'C']);
  const ana = await admitted(admin, beds.A!, day(-40), { givenName: 'Ana', familyName: 'Anić' });
  await call(admin, 'stays.exit', {
    residentId: ana.id,
    date: day(-20),
    reason: 'Own flat',
    destination: 'independent_living',
    backdateReason: 'From the paper register',
  });
  const bea = await admitted(admin, beds.B!, day(-30), { givenName: 'Bea', familyName: 'Berić' });
  const cara = await admitted(admin, beds.C!, day(-5), {
    givenName: 'Cara',
    familyName: 'Carić',
    alias: 'Zora',
    doNotDisclose: true,
    riskLevel: 'high',
  });
  const dora = await newResident(admin, { givenName: 'Dora', familyName: 'Dorić' });
  return { ana, bea, cara, dora };
}

const activity = (client: Client, name: string, kind: 'workshop' | 'outing' | 'training' | 'group_session') =>
  call(client, 'openclub.createActivity', { fields: { name, kind, description: '' } });

describe('Open Club', () => {
  it('staff record activities and sessions; exited residents attend as former residents', async () => {
    const { ana, bea } = await house();
    const { id: sewing } = await activity(staff, '  Sewing workshop ', 'workshop');
    const s1 = await call(staff, 'openclub.createSession', {
      activityId: sewing,
      date: day(-21),
      facilitator: 'Jovana',
      residentIds: [ana.id, bea.id],
    });
    const s2 = await call(staff, 'openclub.createSession', {
      activityId: sewing,
      date: day(-10),
      facilitator: 'Jovana',
      residentIds: [bea.id],
    });
    // Bea is already ticked: she stays once.
    await call(staff, 'openclub.addAttendees', { sessionId: s2.id, residentIds: [ana.id, bea.id] });

    const detail = await call(staff, 'openclub.activity', { id: sewing });
    expect(detail.activity).toMatchObject({
      name: 'Sewing workshop',
      kind: 'workshop',
      archived: false,
      sessionCount: 2,
      lastSessionDate: day(-10),
    });
    expect(detail.sessions.map((s) => [s.id, s.facilitator])).toEqual([
      [s2.id, 'Jovana'],
      [s1.id, 'Jovana'],
    ]);
    const names = (i: number) => detail.sessions[i]!.attendees.map((a) => [a.displayName, a.former]);
    expect(names(0)).toEqual([
      ['Ana Anić', true],
      ['Bea Berić', false],
    ]);
    expect(names(1)).toEqual([
      ['Ana Anić', false],
      ['Bea Berić', false],
    ]);
    expect(auditActions(db, s2.id)).toEqual([
      { action: 'openclub.createSession', detail: { activityId: sewing, date: day(-10), attendees: 1 } },
    ]);
    expect(auditActions(db, bea.id).filter((x) => x.action === 'openclub.attend')).toHaveLength(2);
  });

  it('a session before her admission, an unknown or only referred person, is refused and changes nothing', async () => {
    const { ana, bea, cara, dora } = await house();
    const { id: sewing } = await activity(staff, 'Sewing', 'workshop');
    const before = snapshot();
    for (const residentIds of [[dora.id], [cara.id], [bea.id, 'no-such-resident']]) {
      const e = await callError(staff, 'openclub.createSession', {
        activityId: sewing,
        date: day(-10),
        facilitator: 'Jovana',
        residentIds,
      });
      expect(e.code).toBe('VALIDATION');
      expect(e.fields).toEqual({ residentIds: 'validation.notAResident' });
    }
    const bad = [
      { activityId: sewing, date: day(1), facilitator: 'Jovana', residentIds: [] },
      { activityId: sewing, date: day(-1), facilitator: '   ', residentIds: [] },
      { activityId: sewing, date: '2026-02-30', facilitator: 'Jovana', residentIds: [] },
      { activityId: sewing, date: day(-1), facilitator: 'Jovana', residentIds: [ana.id, ana.id] },
    ];
    for (const input of bad) expect((await callError(staff, 'openclub.createSession', input)).code).toBe('VALIDATION');
    expect(
      (
        await callError(staff, 'openclub.createSession', {
          activityId: 'nope',
          date: day(-1),
          facilitator: 'J',
          residentIds: [],
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await callError(staff, 'openclub.createActivity', { fields: { name: ' ', kind: 'workshop', description: '' } }))
        .code,
    ).toBe('VALIDATION');
    expect(
      (await callError(staff, 'openclub.createActivity', { fields: { name: 'X', kind: 'party', description: '' } }))
        .code,
    ).toBe('VALIDATION');
    expect(snapshot()).toEqual({ ...before });
  });

  it('attendance is added and removed with an audit entry on the resident; removing twice is NOT_FOUND', async () => {
    const { ana, bea } = await house();
    const { id: sewing } = await activity(staff, 'Sewing', 'workshop');
    const { id: sessionId } = await call(staff, 'openclub.createSession', {
      activityId: sewing,
      date: day(-1),
      facilitator: 'Jovana',
      residentIds: [ana.id],
    });
    await call(staff, 'openclub.addAttendees', { sessionId, residentIds: [ana.id, bea.id] });
    await call(staff, 'openclub.removeAttendee', { sessionId, residentId: ana.id });
    const [session] = (await call(staff, 'openclub.activity', { id: sewing })).sessions;
    expect(session!.attendees.map((a) => a.residentId)).toEqual([bea.id]);
    expect(auditActions(db, ana.id).filter((a) => a.action.startsWith('openclub.'))).toEqual([
      { action: 'openclub.attend', detail: { sessionId, activityId: sewing } },
      { action: 'openclub.removeAttendance', detail: { sessionId, activityId: sewing } },
    ]);
    const before = snapshot();
    expect((await callError(staff, 'openclub.removeAttendee', { sessionId, residentId: ana.id })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callError(staff, 'openclub.addAttendees', { sessionId, residentIds: [] })).code).toBe('VALIDATION');
    expect(snapshot()).toEqual(before);
  });

  it('a session is corrected: date and facilitator, never to a day before an attendee was admitted', async () => {
    const { ana, bea } = await house();
    const { id: sewing } = await activity(staff, 'Sewing', 'workshop');
    const { id } = await call(staff, 'openclub.createSession', {
      activityId: sewing,
      date: day(-25),
      facilitator: 'Jovana',
      residentIds: [ana.id, bea.id],
    });
    const before = snapshot();
    // Bea came on day -30: a session on day -31 could not have had her.
    const early = await callError(staff, 'openclub.updateSession', { id, date: day(-31), facilitator: 'Jovana' });
    expect(early.fields).toEqual({ residentIds: 'validation.notAResident' });
    const future = await callError(staff, 'openclub.updateSession', { id, date: day(1), facilitator: 'Jovana' });
    expect(future.fields).toEqual({ date: 'validation.notInFuture' });
    expect((await callError(staff, 'openclub.updateSession', { id, date: day(-2), facilitator: ' ' })).code).toBe(
      'VALIDATION',
    );
    expect(snapshot()).toEqual(before);

    await call(staff, 'openclub.updateSession', { id, date: day(-2), facilitator: 'Marko' });
    const [session] = (await call(staff, 'openclub.activity', { id: sewing })).sessions;
    expect(session).toMatchObject({ date: day(-2), facilitator: 'Marko' });
    // Ana had left by day -2: the same attendance now counts as a former resident's.
    expect(session!.attendees.map((a) => a.former)).toEqual([true, false]);
    expect(auditActions(db, id).at(-1)).toEqual({
      action: 'openclub.updateSession',
      detail: { activityId: sewing, fields: ['date', 'facilitator'] },
    });
  });

  it('staff edit activities; the audit names the changed fields; bad input changes nothing', async () => {
    const { id } = await activity(staff, 'Sewing', 'workshop');
    await call(staff, 'openclub.updateActivity', {
      id,
      fields: { name: 'Sewing and mending', kind: 'training', description: 'Tuesdays' },
    });
    expect((await call(staff, 'openclub.activities', {}))[0]).toMatchObject({
      id,
      name: 'Sewing and mending',
      kind: 'training',
      description: 'Tuesdays',
    });
    // Saving the same again writes nothing.
    await call(staff, 'openclub.updateActivity', {
      id,
      fields: { name: 'Sewing and mending', kind: 'training', description: 'Tuesdays' },
    });
    expect(auditActions(db, id)).toEqual([
      { action: 'openclub.createActivity', detail: { kind: 'workshop' } },
      { action: 'openclub.updateActivity', detail: { fields: ['name', 'kind', 'description'] } },
    ]);
    const before = snapshot();
    for (const fields of [
      { name: '', kind: 'training', description: '' },
      { name: 'x'.repeat(121), kind: 'training', description: '' },
      { name: 'Sewing', kind: 'party', description: '' },
    ]) {
      expect((await callError(staff, 'openclub.updateActivity', { id, fields })).code).toBe('VALIDATION');
    }
    expect(
      (
        await callError(staff, 'openclub.updateActivity', {
          id: 'nope',
          fields: { name: 'A', kind: 'outing', description: '' },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(snapshot()).toEqual(before);
  });

  it('archiving is for managers; an archived activity takes no sessions or attendees and still counts', async () => {
    const { ana, bea } = await house();
    const { id } = await activity(staff, 'Sewing', 'workshop');
    const { id: sessionId } = await call(staff, 'openclub.createSession', {
      activityId: id,
      date: day(-1),
      facilitator: 'Jovana',
      residentIds: [bea.id],
    });
    await activity(staff, 'Art', 'workshop');

    expect((await callError(staff, 'openclub.archiveActivity', { id, archived: true })).code).toBe('FORBIDDEN');
    expect((await callError(manager, 'openclub.archiveActivity', { id: 'nope', archived: true })).code).toBe(
      'NOT_FOUND',
    );
    await call(manager, 'openclub.archiveActivity', { id, archived: true });
    // Archiving twice writes nothing more.
    await call(manager, 'openclub.archiveActivity', { id, archived: true });
    // Open activities first, then the archived ones.
    expect((await call(staff, 'openclub.activities', {})).map((a) => [a.name, a.archived])).toEqual([
      ['Art', false],
      ['Sewing', true],
    ]);
    expect((await call(staff, 'openclub.activity', { id })).activity.archived).toBe(true);

    const before = snapshot();
    expect(
      (
        await callError(staff, 'openclub.createSession', {
          activityId: id,
          date: day(-1),
          facilitator: 'J',
          residentIds: [],
        })
      ).code,
    ).toBe('ACTIVITY_ARCHIVED');
    expect((await callError(staff, 'openclub.addAttendees', { sessionId, residentIds: [ana.id] })).code).toBe(
      'ACTIVITY_ARCHIVED',
    );
    expect(
      (await callError(staff, 'openclub.updateSession', { id: sessionId, date: day(-2), facilitator: 'Marko' })).code,
    ).toBe('ACTIVITY_ARCHIVED');
    expect(snapshot()).toEqual(before);
    // Its session stays in the figures of the period.
    expect((await call(manager, 'openclub.counts', { from: day(-1), to: TODAY })).total).toEqual({
      sessions: 1,
      attendances: 1,
      participants: 1,
    });
    // A wrong attendee can still be taken off an archived activity's session.
    await call(staff, 'openclub.removeAttendee', { sessionId, residentId: bea.id });

    await call(manager, 'openclub.archiveActivity', { id, archived: false });
    await call(staff, 'openclub.addAttendees', { sessionId, residentIds: [bea.id] });
    expect(
      auditActions(db, id)
        .map((a) => a.action)
        .filter((a) => a.endsWith('Activity')),
    ).toEqual(['openclub.createActivity', 'openclub.archiveActivity', 'openclub.restoreActivity']);
  });

  it('counts a period by hand: sessions, attendances, unduplicated people, current and former, per kind', async () => {
    const { ana, bea, cara } = await house();
    const { id: sewing } = await activity(staff, 'Sewing', 'workshop');
    const { id: zoo } = await activity(staff, 'Zoo', 'outing');
    const session = (activityId: string, date: string, residentIds: string[]) =>
      call(staff, 'openclub.createSession', { activityId, date, facilitator: 'Jovana', residentIds });
    await session(sewing, day(-35), [ana.id]); // before the period
    const s1 = await session(sewing, day(-21), [ana.id, bea.id]); // Ana's last night in the house
    await session(sewing, day(-20), [ana.id, bea.id]); // the day she left: former
    await session(zoo, day(-3), [ana.id, cara.id]);
    await session(zoo, day(-1), []); // held, nobody came

    // Period day -30 … today. Sessions: 4. Attendances: 2 + 2 + 2 = 6; current: Ana and Bea on
    // day -21, Bea on day -20, Cara on day -3 = 4; former: Ana on day -20 and day -3 = 2.
    // People: Ana, Bea, Cara = 3; Ana last came as a former resident.
    expect(await call(manager, 'openclub.counts', { from: day(-30), to: TODAY })).toEqual({
      from: day(-30),
      to: TODAY,
      total: { sessions: 4, attendances: 6, participants: 3 },
      current: { attendances: 4, participants: 2 },
      former: { attendances: 2, participants: 1 },
      byKind: [
        { kind: 'workshop', sessions: 2, attendances: 4, participants: 2 },
        { kind: 'training', sessions: 0, attendances: 0, participants: 0 },
        { kind: 'group_session', sessions: 0, attendances: 0, participants: 0 },
        { kind: 'outing', sessions: 2, attendances: 2, participants: 2 },
      ],
    });
    // Day -40 … day -21: Ana still lived here at both her sessions.
    expect(await call(manager, 'openclub.counts', { from: day(-40), to: day(-21) })).toMatchObject({
      total: { sessions: 2, attendances: 3, participants: 2 },
      current: { attendances: 3, participants: 2 },
      former: { attendances: 0, participants: 0 },
    });

    const detail = await call(staff, 'openclub.activity', { id: zoo });
    const attendees = detail.sessions.find((s) => s.date === day(-3))!.attendees;
    expect(attendees.map((a) => [a.displayName, a.protected, a.former])).toEqual([
      ['Ana Anić', false, true],
      ['Zora', true, false],
    ]);
    expect(JSON.stringify(detail)).not.toMatch(/Cara|Carić/);
    const first = (await call(staff, 'openclub.activity', { id: sewing })).sessions.find((s) => s.id === s1.id)!;
    expect(first.attendees.every((a) => !a.former)).toBe(true);

    expect((await callError(staff, 'openclub.counts', { from: day(-30), to: TODAY })).code).toBe('FORBIDDEN');
    expect((await callError(manager, 'openclub.counts', { from: TODAY, to: day(-1) })).code).toBe('VALIDATION');
  });
});
