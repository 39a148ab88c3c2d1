import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { matchesSearch, searchKey } from '../../shared/search.ts';
import { ADMIN, call, callError } from '../fixtures/core.ts';
import { it, type TestVault } from '../fixtures/vault.ts';
import { admitted, auditActions, day, newResident, newRoom, residentInput, TODAY } from '../fixtures/premises.ts';

let admin: Client;
let db: Db;
let time: TestVault['time'];

it.beforeEach(({ vault }) => {
  ({ client: admin, db, time } = vault);
});

describe('residents.create', () => {
  it('assigns sequential codes per year of the core clock, past 9999 too', async ({ vault }) => {
    expect((await newResident(admin)).code).toBe('R-2026-0001');
    expect((await newResident(admin)).code).toBe('R-2026-0002');
    time.advance(300 * 86_400_000); // into 2027; the idle lock ended the session meanwhile
    await call(admin, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    db = vault.core.database();
    expect((await newResident(admin)).code).toBe('R-2027-0001');
    db.prepare('UPDATE code_counters SET last = 9999 WHERE year = 2027').run();
    expect((await newResident(admin)).code).toBe('R-2027-10000');
  });

  it('starts referred and pending, with a search key and an audit row', async () => {
    const { id, code } = await newResident(admin, { alias: 'Lela' });
    const row = db.prepare('SELECT status, referral_outcome, search_key FROM residents WHERE id = ?').get(id);
    expect(row).toEqual({
      status: 'referred',
      referral_outcome: 'pending',
      search_key: `jelena markovic lela r ${code.slice(2).replace('-', ' ')}`,
    });
    expect(auditActions(db, id)).toEqual([{ action: 'residents.create', detail: { code } }]);
  });

  it.each([
    ['a birth date in the future', { dateOfBirth: day(1) }, { dateOfBirth: 'validation.notInFuture' }],
    ['a minor without a guardian', { dateOfBirth: '2012-01-01' }, { guardianName: 'validation.guardianRequired' }],
    [
      'identification dates out of order',
      {
        identificationStatus: 'formal' as const,
        preliminaryIdentifiedOn: day(-10),
        formallyIdentifiedOn: day(-20),
        identificationBody: 'Center',
      },
      { formallyIdentifiedOn: 'validation.identificationOrder' },
    ],
    ['a referral in the future', { referralDate: day(2) }, { referralDate: 'validation.notInFuture' }],
  ])('refuses %s, naming the field, and writes nothing', async (_what, over, fields) => {
    const error = await callError(admin, 'residents.create', { fields: residentInput(over) });
    expect(error).toMatchObject({ code: 'VALIDATION', fields });
    expect(db.prepare('SELECT count(*) AS n FROM residents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM code_counters').get()).toEqual({ n: 0 });
  });

  it('accepts a minor with a guardian, linked to a parent resident who must exist', async () => {
    const mother = await newResident(admin);
    const child = await newResident(admin, {
      givenName: 'Mila',
      dateOfBirth: '2019-02-02',
      guardianName: 'Vera Ilić',
      parentResidentId: mother.id,
    });
    const missing = await callError(admin, 'residents.create', {
      fields: residentInput({ parentResidentId: '01900000-0000-7000-8000-000000000000' }),
    });
    expect(missing).toMatchObject({ code: 'VALIDATION', fields: { parentResidentId: 'validation.invalid' } });
    const detail = await call(admin, 'residents.get', { id: mother.id });
    expect(detail.children.map((c) => [c.code, c.minor])).toEqual([[child.code, true]]);
  });
});

describe('residents.update', () => {
  it('writes one change-log row per changed field and an audit row naming fields, never values', async () => {
    const { id } = await newResident(admin, { languages: ['Serbian'] });
    time.advance(60_000);
    const detail = await call(admin, 'residents.update', {
      id,
      fields: residentInput({ familyName: 'Marković-Ilić', languages: ['Serbian', 'Romani'], doNotDisclose: true }),
    });
    // Now protected: the name leaves the core only through residents.revealName, and the change
    // log says that the family name changed without saying from what to what.
    expect(detail).toMatchObject({ familyName: null, protected: true, displayName: detail.code });
    expect(await call(admin, 'residents.revealName', { id })).toMatchObject({ familyName: 'Marković-Ilić' });
    expect(
      detail.changes.map(({ field, oldValue, newValue, userName }) => ({ field, oldValue, newValue, userName })),
    ).toEqual(
      expect.arrayContaining([
        { field: 'familyName', oldValue: null, newValue: null, userName: 'Ana Admin' },
        { field: 'languages', oldValue: '["Serbian"]', newValue: '["Serbian","Romani"]', userName: 'Ana Admin' },
        { field: 'doNotDisclose', oldValue: 'false', newValue: 'true', userName: 'Ana Admin' },
      ]),
    );
    expect(detail.changes).toHaveLength(3);
    expect(detail.changes[0]!.at).toBe('2026-03-10T12:01:00.000Z');
    const update = auditActions(db, id).find((a) => a.action === 'residents.update')!;
    expect(update.detail).toEqual({ fields: ['familyName', 'languages', 'doNotDisclose'] });
    expect(JSON.stringify(update)).not.toContain('Ilić');
    // Now do-not-disclose: the real name no longer finds the record, the code still does.
    const { search_key } = db.prepare('SELECT search_key FROM residents WHERE id = ?').get(id) as {
      search_key: string;
    };
    expect(search_key).not.toContain('markovic');
    expect(search_key).toContain(searchKey(detail.code));
  });

  it('applies the rules again, with the first admission as the admission day', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await admitted(admin, beds.A!, day(-30), { referralDate: day(-40) });
    const error = await callError(admin, 'residents.update', { id, fields: residentInput({ referralDate: day(-20) }) });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { referralDate: 'validation.referralAfterAdmission' } });
    const loop = await callError(admin, 'residents.update', { id, fields: residentInput({ parentResidentId: id }) });
    expect(loop.fields).toEqual({ parentResidentId: 'validation.invalid' });
  });

  it('changes nothing and logs nothing when nothing changed', async () => {
    const { id } = await newResident(admin);
    const before = db.prepare('SELECT count(*) AS n FROM audit_log').get();
    await call(admin, 'residents.update', { id, fields: residentInput() });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
    expect(await callError(admin, 'residents.update', { id: 'nope', fields: residentInput() })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('reading, deciding and archiving', () => {
  it('records each read of a record', async () => {
    const { id } = await newResident(admin);
    await call(admin, 'residents.get', { id });
    await call(admin, 'residents.get', { id });
    expect(auditActions(db, id).map((a) => a.action)).toEqual(['residents.create', 'residents.read', 'residents.read']);
    expect(await callError(admin, 'residents.get', { id: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a declined referral keeps the record, and cannot be decided again or admitted', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin);
    await call(admin, 'residents.declineReferral', { id, reason: 'no_free_bed' });
    const [summary] = await call(admin, 'residents.list', {});
    expect(summary).toMatchObject({ id, status: 'referred', referralOutcome: 'declined' });
    expect(await call(admin, 'residents.get', { id })).toMatchObject({ declineReason: 'no_free_bed' });
    expect(await callError(admin, 'residents.acceptReferral', { id })).toMatchObject({ code: 'CONFLICT' });
    expect(await callError(admin, 'residents.declineReferral', { id, reason: 'not_eligible' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await callError(admin, 'stays.admit', { residentId: id, bedId: beds.A, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'RESIDENT_STATUS' },
    });
  });

  it('accepting a referral, then admitting', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin);
    await call(admin, 'residents.acceptReferral', { id });
    expect(await call(admin, 'residents.get', { id })).toMatchObject({
      status: 'referred',
      referralOutcome: 'accepted',
    });
    await call(admin, 'stays.admit', { residentId: id, bedId: beds.A!, date: TODAY });
    expect(await call(admin, 'residents.get', { id })).toMatchObject({
      status: 'in_residence',
      referralOutcome: 'accepted',
    });
  });

  it('archives only an exited resident', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin);
    expect(await callError(admin, 'residents.archive', { id })).toMatchObject({
      code: 'CONFLICT',
      details: { status: 'referred' },
    });
    await call(admin, 'stays.admit', { residentId: id, bedId: beds.A!, date: day(-5), backdateReason: 'Late entry' });
    expect(await callError(admin, 'residents.archive', { id })).toMatchObject({
      code: 'CONFLICT',
      details: { status: 'in_residence' },
    });
    await call(admin, 'stays.exit', { residentId: id, date: TODAY, reason: 'Moved out', destination: 'family' });
    await call(admin, 'residents.archive', { id });
    expect(await call(admin, 'residents.get', { id })).toMatchObject({
      status: 'archived',
      exitDate: TODAY,
      exitDestination: 'family',
    });
    expect(await callError(admin, 'stays.admit', { residentId: id, bedId: beds.A!, date: TODAY })).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('admission rules from the record', () => {
  it('refuses an admission before the referral date', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin, { referralDate: day(-3) });
    const error = await callError(admin, 'stays.admit', {
      residentId: id,
      bedId: beds.A,
      date: day(-5),
      backdateReason: 'Late',
    });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { referralDate: 'validation.referralAfterAdmission' } });
  });

  it('judges minority on the admission day: adult today, a minor then, needs a guardian', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin, { dateOfBirth: addYears(day(-10), -18) });
    const error = await callError(admin, 'stays.admit', {
      residentId: id,
      bedId: beds.A,
      date: day(-20),
      backdateReason: 'Late',
    });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { guardianName: 'validation.guardianRequired' } });
    await call(admin, 'stays.admit', { residentId: id, bedId: beds.A!, date: day(-10), backdateReason: 'Late' });
  });

  it('needs consent for the first stay, or a reason it is pending', async () => {
    const { beds } = await newRoom(admin, 'Room 1', ['A']);
    const { id } = await newResident(admin, { consentGivenOn: null });
    const error = await callError(admin, 'stays.admit', { residentId: id, bedId: beds.A, date: TODAY });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { consentGivenOn: 'validation.consentRequired' } });
    await call(admin, 'residents.update', {
      id,
      fields: residentInput({ consentGivenOn: null, consentPendingReason: 'Interpreter needed' }),
    });
    await call(admin, 'stays.admit', { residentId: id, bedId: beds.A!, date: TODAY });
  });
});

describe('residents.list and search', () => {
  it('summarises every resident with minor and the bed of today', async () => {
    const { beds } = await newRoom(admin, 'Room 3', ['B', 'C']);
    const adult = await admitted(admin, beds.B!, day(-5));
    const child = await admitted(admin, beds.C!, day(-5), {
      givenName: 'Mila',
      dateOfBirth: '2015-06-01',
      guardianName: 'Vera Ilić',
    });
    const waiting = await newResident(admin, { doNotDisclose: true, riskLevel: 'high' });
    const list = await call(admin, 'residents.list', {});
    const byId = new Map(list.map((s) => [s.id, s]));
    expect(byId.get(adult.id)).toMatchObject({ minor: false, currentBed: 'Room 3 · B', status: 'in_residence' });
    expect(byId.get(child.id)).toMatchObject({ minor: true, currentBed: 'Room 3 · C' });
    expect(byId.get(waiting.id)).toMatchObject({
      minor: false,
      currentBed: null,
      doNotDisclose: true,
      riskLevel: 'high',
    });
    expect(Object.keys(byId.get(adult.id)!)).not.toContain('phone');
  });

  it('the search key finds Đorđević typed as djordjevic, dordevic or Ђорђевић', async () => {
    const { id } = await newResident(admin, { givenName: 'Đurđa', familyName: 'Đorđević' });
    await newResident(admin, { givenName: 'Ana', familyName: 'Dimitrijević' });
    const keys = db.prepare('SELECT id, search_key FROM residents').all() as { id: string; search_key: string }[];
    for (const query of ['djordjevic', 'dordevic', 'Ђорђевић', 'ĐORĐEVIĆ', 'durda dord']) {
      expect(
        keys.filter((k) => matchesSearch(k.search_key, query)).map((k) => k.id),
        query,
      ).toEqual([id]);
    }
    expect(keys.find((k) => k.id === id)!.search_key).toContain(searchKey('djordjevic'));
  });
});

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
