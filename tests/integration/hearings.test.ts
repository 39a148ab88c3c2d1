import { describe, expect } from 'vitest';
import { uuidv7 } from '../../electron/core/ids.ts';
import { upcomingHearings } from '../../electron/core/hearings/queries.ts';
import type { HearingFieldsInput } from '../../shared/hearings.ts';
import { call, callError } from '../fixtures/core.ts';
import { day, newResident, signedIn, TODAY } from '../fixtures/premises.ts';
import { it, type TestVault } from '../fixtures/vault.ts';

let v: TestVault;
it.beforeEach(({ vault }) => {
  v = vault;
});

const fields = (over: Partial<HearingFieldsInput> = {}): HearingFieldsInput => ({
  date: day(3),
  time: '09:30',
  kind: 'hearing',
  institution: 'Higher Court in Belgrade',
  accompaniedBy: null,
  outcome: '',
  ...over,
});
const count = () => (v.db.prepare('SELECT count(*) AS n FROM hearings').get() as { n: number }).n;

describe('hearings and appointments', () => {
  it('staff record, list and update them; the companion is named; every change is audited', async () => {
    const sara = await signedIn(v.core, v.client, 'sara', 'staff');
    const saraId = sara.session!.userId;
    const { id: residentId } = await newResident(v.client);
    expect(await call(sara, 'users.active', {})).toEqual([
      { id: v.client.session!.userId, fullName: 'Ana Admin' },
      { id: saraId, fullName: 'sara tester' },
    ]);

    const later = await call(sara, 'hearings.create', { residentId, fields: fields({ accompaniedBy: saraId }) });
    const earlier = await call(sara, 'hearings.create', {
      residentId,
      fields: fields({
        date: day(-10),
        time: '14:00',
        kind: 'police_interview',
        institution: '  Police station Vračar ',
      }),
    });
    expect(later).toMatchObject({
      residentId,
      date: day(3),
      time: '09:30',
      accompaniedByName: 'sara tester',
      outcome: '',
    });
    expect(earlier.institution).toBe('Police station Vračar');
    expect((await call(sara, 'hearings.list', { residentId })).map((h) => h.id)).toEqual([earlier.id, later.id]);

    v.time.advance(60_000);
    const updated = await call(sara, 'hearings.update', {
      id: earlier.id,
      fields: fields({
        date: day(-10),
        time: '14:00',
        kind: 'police_interview',
        institution: 'Police station Vračar',
        outcome: 'Statement given; interpreter present.',
      }),
    });
    expect(updated).toMatchObject({
      outcome: 'Statement given; interpreter present.',
      updatedAt: v.time.clock().toISOString(),
    });
    const audit = v.db
      .prepare("SELECT action, record_id, detail FROM audit_log WHERE record_type = 'hearing' ORDER BY seq")
      .all();
    expect(audit).toEqual([
      {
        action: 'hearings.create',
        record_id: later.id,
        detail: JSON.stringify({ residentId, kind: 'hearing', date: day(3) }),
      },
      {
        action: 'hearings.create',
        record_id: earlier.id,
        detail: JSON.stringify({ residentId, kind: 'police_interview', date: day(-10) }),
      },
      { action: 'hearings.update', record_id: earlier.id, detail: JSON.stringify({ residentId, fields: ['outcome'] }) },
    ]);
  });

  it('bad input is refused and changes nothing', async () => {
    const { id: residentId } = await newResident(v.client);
    const bad: [Partial<HearingFieldsInput>, string][] = [
      [{ institution: ' \u200B ' }, 'fields.institution'],
      [{ time: '25:00' }, 'fields.time'],
      [{ time: '9:30' }, 'fields.time'],
      [{ date: '2026-02-30' }, 'fields.date'],
      [{ kind: 'trial' as never }, 'fields.kind'],
      [{ accompaniedBy: uuidv7() }, 'fields.accompaniedBy'],
    ];
    for (const [over, field] of bad) {
      const e = await callError(v.client, 'hearings.create', { residentId, fields: fields(over) });
      expect(e.code).toBe('VALIDATION');
      expect(e.fields).toHaveProperty([field]);
    }
    expect((await callError(v.client, 'hearings.create', { residentId: uuidv7(), fields: fields() })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callError(v.client, 'hearings.update', { id: uuidv7(), fields: fields() })).code).toBe('NOT_FOUND');
    expect((await callError(v.client, 'hearings.list', { residentId: uuidv7() })).code).toBe('NOT_FOUND');
    expect(count()).toBe(0);
  });

  it('upcomingHearings lists the given days in time order and names protected residents by alias or code', async () => {
    const { id: open } = await newResident(v.client, { givenName: 'Jelena', familyName: 'Marković' });
    const { id: hidden, code } = await newResident(v.client, {
      givenName: 'Vesna',
      familyName: 'Ilić',
      doNotDisclose: true,
    });
    const add = (residentId: string, date: string, time: string) =>
      call(v.client, 'hearings.create', { residentId, fields: fields({ date, time }) });
    await add(open, day(-1), '10:00'); // yesterday: not upcoming
    const a = await add(hidden, TODAY, '15:00');
    const b = await add(open, TODAY, '08:15');
    const c = await add(open, day(13), '11:00'); // the 14th day, counting today
    await add(open, day(14), '11:00'); // the 15th: outside

    const upcoming = upcomingHearings(v.db, { from: TODAY, days: 14 });
    expect(upcoming.map((h) => h.id)).toEqual([b.id, a.id, c.id]);
    expect(upcoming[0]).toMatchObject({
      residentId: open,
      residentName: 'Jelena Marković',
      date: TODAY,
      time: '08:15',
    });
    expect(upcoming[1]).toMatchObject({ residentId: hidden, residentName: code, residentCode: code });
    expect(JSON.stringify(upcoming)).not.toMatch(/Vesna|Ilić/);
    expect(upcomingHearings(v.db, { from: TODAY, days: 0 })).toEqual([]);
  });
});
