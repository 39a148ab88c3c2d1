import { describe, expect } from 'vitest';
import { z } from 'zod';
import type { Client, Core } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { filterRows, toRow, DEFAULT_FILTERS } from '../../renderer/features/residents/list/rows.ts';
import { contract, type Channel } from '../../shared/contract.ts';
import { searchKey } from '../../shared/search.ts';
import { call, callError } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { admitted, auditActions, day, newResident, newRoom, residentInput, signedIn } from '../fixtures/premises.ts';

// The real names of the protected residents below. None may appear in any output meant for a
// shared screen, neither as typed nor as a search key would hold it.
const HIDDEN = ['Zorana', 'Zoranka', 'Vukadinović', 'Lazar', 'Milunka', 'Stevanović', 'Dragica', 'Jeftić'];
const CONTROL = 'Petrović'; // a resident without the flag: proves the check sees names at all

let core: Core;
let admin: Client;
let db: Db;
let ids: Record<'mother' | 'child' | 'waiting' | 'accepted' | 'control', string>;
let dates: string[];
let activityId: string;

it.beforeEach(async ({ vault }) => {
  ({ core, client: admin, db } = vault);
  const { beds } = await newRoom(admin, 'Lipa', ['A', 'B', 'C', 'D']);
  // Named openly at first and renamed, then flagged: the change log holds both real names.
  const mother = await admitted(admin, beds.A!, day(-20), {
    givenName: 'Zorana',
    familyName: 'Vukadinović',
    alias: 'Sunce',
  });
  await call(admin, 'residents.update', {
    id: mother.id,
    fields: residentInput({
      givenName: 'Zoranka',
      familyName: 'Vukadinović',
      alias: 'Sunce',
      doNotDisclose: true,
      riskLevel: 'high',
    }),
  });
  // Her son is not flagged himself: his name and his guardian's name point at her.
  const child = await admitted(admin, beds.B!, day(-20), {
    givenName: 'Lazar',
    familyName: 'Vukadinović',
    dateOfBirth: '2018-04-02',
    guardianName: 'Zoranka Vukadinović (mother)',
    parentResidentId: mother.id,
  });
  // A waiting referral with a bed held from a later day, and an accepted one without a bed yet.
  const waiting = await newResident(admin, {
    givenName: 'Milunka',
    familyName: 'Stevanović',
    doNotDisclose: true,
    referralDate: day(-2),
  });
  await call(admin, 'stays.plan', { residentId: waiting.id, bedId: beds.C!, date: day(3) });
  const accepted = await newResident(admin, {
    givenName: 'Dragica',
    familyName: 'Jeftić',
    alias: 'Dada',
    doNotDisclose: true,
    referralDate: day(-1),
  });
  await call(admin, 'residents.acceptReferral', { id: accepted.id });
  const control = await admitted(admin, beds.D!, day(-10), { givenName: 'Ana', familyName: CONTROL });
  ids = { mother: mother.id, child: child.id, waiting: waiting.id, accepted: accepted.id, control: control.id };
  dates = [day(-20), day(-10), day(0), day(3), day(10)];
  // An Open Club session the mother, her son and the control resident attended.
  activityId = (
    await call(admin, 'openclub.createActivity', { fields: { name: 'Sewing', kind: 'workshop', description: '' } })
  ).id;
  await call(admin, 'openclub.createSession', {
    activityId,
    date: day(-5),
    facilitator: 'Jovana',
    residentIds: [mother.id, child.id, control.id],
  });
});

/** Every call whose answer reaches a shared screen, with the inputs that show the protected residents. */
function sharedScreenCalls(): { channel: Channel; input: unknown; manager?: true }[] {
  const byId = Object.values(ids).map((id) => ({ id }));
  return [
    { channel: 'residents.list', input: {} },
    ...byId.map((input) => ({ channel: 'residents.get' as const, input })),
    ...Object.values(ids).map((residentId) => ({ channel: 'plans.get' as const, input: { residentId } })),
    ...dates.map((date) => ({ channel: 'stays.board' as const, input: { date } })),
    { channel: 'rooms.list', input: {} },
    { channel: 'today.get', input: {} },
    { channel: 'openclub.activity', input: { id: activityId } },
    // Reports are for managers; the residents present at the period's end are named there.
    ...dates.map((to) => ({
      channel: 'reports.occupancy' as const,
      input: { from: day(-30), to },
      manager: true as const,
    })),
    { channel: 'session.current', input: {} },
    { channel: 'vault.status', input: {} },
  ];
}

function leaks(json: string): string[] {
  const text = json.normalize('NFC');
  const keys = searchKey(text);
  return HIDDEN.filter((name) => text.includes(name) || keys.includes(searchKey(name)));
}

describe('protected residents leave the core as alias or code', () => {
  it('no shared-screen output carries a protected real name, as typed or as a search key', async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    let controlSeen = 0;
    for (const { channel, input, manager } of sharedScreenCalls()) {
      const r = await (manager ? admin : staff).invoke(channel, input);
      expect(r.ok, `${channel} ${JSON.stringify(input)}`).toBe(true);
      const json = JSON.stringify(r);
      expect(leaks(json), `${channel} ${JSON.stringify(input)}`).toEqual([]);
      if (json.includes(CONTROL)) controlSeen++;
    }
    // The check is not blind: the resident without the flag is named by the list, her page and the boards.
    expect(controlSeen).toBeGreaterThanOrEqual(5);
  });

  it("a parent's refused exit names her children in residence by code, never by name", async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    const r = await staff.invoke('stays.exit', {
      residentId: ids.mother,
      date: day(0),
      reason: 'Moved',
      destination: 'family',
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain('CHILDREN_IN_RESIDENCE');
    expect(leaks(JSON.stringify(r))).toEqual([]);
  });

  it('every channel whose output can hold a name is among the calls checked above', () => {
    const checked = new Set(sharedScreenCalls().map((c) => c.channel));
    // residents.update answers with the same record as residents.get (checked in the edit test);
    // residents.revealName is the one audited way to the name.
    const elsewhere = new Set<Channel>(['residents.update', 'residents.revealName']);
    const naming = Object.entries(contract)
      .filter(([, spec]) =>
        /"(givenName|familyName|guardianName|displayName)"/.test(
          JSON.stringify(z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' })),
        ),
      )
      .map(([name]) => name as Channel);
    expect(naming).toContain('stays.board');
    expect(naming.filter((c) => !checked.has(c) && !elsewhere.has(c))).toEqual([]);
  });

  it('the audit log, its CSV and "who has seen this record" name a protected resident by alias or code only', async () => {
    for (const id of Object.values(ids)) await call(admin, 'residents.get', { id });
    await call(admin, 'residents.revealName', { id: ids.mother });
    const outputs: unknown[] = [
      await call(admin, 'audit.list', { filters: {}, limit: 500 }),
      await call(admin, 'audit.exportCsv', { filters: {} }),
      await call(admin, 'audit.filterOptions', {}),
      ...(await Promise.all(
        Object.values(ids).map((residentId) => call(admin, 'audit.recordReaders', { residentId })),
      )),
      ...(await Promise.all(
        Object.values(ids).map((residentId) => call(admin, 'audit.list', { filters: { residentId } })),
      )),
    ];
    for (const out of outputs) expect(leaks(JSON.stringify(out))).toEqual([]);
    // Not blind: the resident without the flag is named in the log and the CSV.
    expect(JSON.stringify(outputs[0])).toContain(CONTROL);
    expect(JSON.stringify(outputs[1])).toContain(CONTROL);
  });

  it('names the shapes: real-name fields null, a displayName built by the core, protected set', async () => {
    const list = await call(admin, 'residents.list', {});
    const byId = new Map(list.map((r) => [r.id, r]));
    expect(byId.get(ids.mother)).toMatchObject({
      givenName: null,
      familyName: null,
      displayName: 'Sunce',
      protected: true,
      doNotDisclose: true,
    });
    expect(byId.get(ids.child)).toMatchObject({
      givenName: null,
      familyName: null,
      protected: true,
      doNotDisclose: false,
    });
    expect(byId.get(ids.child)!.displayName).toBe(byId.get(ids.child)!.code);
    expect(byId.get(ids.waiting)!.displayName).toBe(byId.get(ids.waiting)!.code);
    expect(byId.get(ids.control)).toMatchObject({
      givenName: 'Ana',
      familyName: CONTROL,
      displayName: `Ana ${CONTROL}`,
      protected: false,
    });

    const mother = await call(admin, 'residents.get', { id: ids.mother });
    expect(mother).toMatchObject({ givenName: null, familyName: null, guardianName: null, protected: true });
    expect(mother.children).toEqual([
      expect.objectContaining({ id: ids.child, givenName: null, displayName: expect.stringMatching(/^R-/) }),
    ]);
    const nameChanges = mother.changes.filter((c) => c.field === 'givenName');
    expect(nameChanges).toEqual([expect.objectContaining({ oldValue: null, newValue: null, withheld: true })]);
    expect(mother.changes.find((c) => c.field === 'riskLevel')).toMatchObject({
      oldValue: 'low',
      newValue: 'high',
      withheld: false,
    });

    const child = await call(admin, 'residents.get', { id: ids.child });
    expect(child).toMatchObject({ givenName: null, guardianName: null, parentResidentId: ids.mother, protected: true });

    const board = await call(admin, 'stays.board', { date: day(0) });
    const tiles = board.rooms.flatMap((r) => r.beds).filter((b) => b.resident);
    expect(tiles.map((b) => b.resident!.displayName).sort()).toEqual(
      [`Ana ${CONTROL}`, 'Sunce', byId.get(ids.child)!.code, byId.get(ids.waiting)!.code].sort(),
    );
  });

  it('search never matches a protected real name, only the alias or code', async () => {
    const rows = (await call(admin, 'residents.list', {})).map(toRow);
    const all = { ...DEFAULT_FILTERS };
    for (const name of HIDDEN) expect(filterRows(rows, name, all), name).toEqual([]);
    expect(filterRows(rows, 'vukadinovic', all)).toEqual([]);
    expect(filterRows(rows, 'sunce', all).map((r) => r.id)).toEqual([ids.mother]);
    expect(filterRows(rows, CONTROL, all).map((r) => r.id)).toEqual([ids.control]);
    const stored = db.prepare('SELECT search_key FROM residents WHERE id IN (?, ?)').all(ids.mother, ids.child) as {
      search_key: string;
    }[];
    for (const { search_key } of stored) expect(search_key).not.toContain('vukadinovic');
  });

  it('a parent flagged later hides the child from search too; unflagged, both are named again', async () => {
    const key = () =>
      (db.prepare('SELECT search_key FROM residents WHERE id = ?').get(ids.child) as { search_key: string }).search_key;
    const revealName = await call(admin, 'residents.revealName', { id: ids.mother });
    await call(admin, 'residents.update', {
      id: ids.mother,
      fields: residentInput({ ...revealName, alias: 'Sunce', riskLevel: 'high' }),
    });
    expect(key()).toContain('lazar');
    expect((await call(admin, 'residents.get', { id: ids.child })).givenName).toBe('Lazar');
    await call(admin, 'residents.update', {
      id: ids.mother,
      fields: residentInput({ ...revealName, alias: 'Sunce', riskLevel: 'high', doNotDisclose: true }),
    });
    expect(key()).not.toContain('lazar');
  });
});

describe('residents.revealName', () => {
  it('returns the real name to staff and records who asked, when, for whom', async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    const before = auditActions(db, ids.mother).length;
    const name = await call(staff, 'residents.revealName', { id: ids.mother });
    expect(name).toEqual({ givenName: 'Zoranka', familyName: 'Vukadinović', guardianName: '' });
    expect(await call(staff, 'residents.revealName', { id: ids.child })).toMatchObject({
      guardianName: 'Zoranka Vukadinović (mother)',
    });
    const rows = db
      .prepare(
        "SELECT a.at, u.username FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.action = 'residents.revealName' AND a.record_id = ?",
      )
      .all(ids.mother);
    expect(rows).toEqual([{ at: '2026-03-10T12:00:00.000Z', username: 'sara' }]);
    expect(auditActions(db, ids.mother)).toHaveLength(before + 1);
  });

  it('is refused without a session and for an unknown resident, writing nothing', async () => {
    const count = () => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = count();
    const nobody = core.connect();
    expect(await callError(nobody, 'residents.revealName', { id: ids.mother })).toMatchObject({ code: 'NO_SESSION' });
    expect(
      await callError(admin, 'residents.revealName', { id: '0190aaaa-0000-7000-8000-000000000000' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callError(admin, 'residents.revealName', {})).toMatchObject({ code: 'VALIDATION' });
    expect(count()).toBe(before);
  });
});

describe('editing a protected record', () => {
  it('keeps the names when saved with the revealed ones, and its answer withholds them', async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    const names = await call(staff, 'residents.revealName', { id: ids.mother });
    const detail = await call(staff, 'residents.update', {
      id: ids.mother,
      fields: residentInput({ ...names, alias: 'Sunce', doNotDisclose: true, riskLevel: 'medium' }),
    });
    expect(leaks(JSON.stringify(detail))).toEqual([]);
    expect(detail.changes.filter((c) => c.field === 'givenName' || c.field === 'familyName')).toHaveLength(1); // the old rename only
    expect(await call(staff, 'residents.revealName', { id: ids.mother })).toEqual(names);
  });

  it('refuses to save a name made blank (empty or invisible characters) and changes nothing', async () => {
    const updatedAt = () =>
      db.prepare('SELECT updated_at, given_name, family_name FROM residents WHERE id = ?').get(ids.mother);
    const before = updatedAt();
    for (const givenName of ['', '\u200b\u200d\ufeff', '\u200e \u2060']) {
      const error = await callError(admin, 'residents.update', {
        id: ids.mother,
        fields: residentInput({
          givenName,
          familyName: 'Vukadinović',
          alias: 'Sunce',
          doNotDisclose: true,
          riskLevel: 'high',
        }),
      });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'fields.givenName': 'validation.required' } });
    }
    expect(updatedAt()).toEqual(before);
  });
});
