// A vault made by the app at schema 2 (residents, rooms, stays), opened by this version: every row
// that was there is still there, unchanged, and the core reads it.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findBrokenLink } from '../../electron/core/audit/log.ts';
import { openDatabase, type Db } from '../../electron/core/db/connection.ts';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { writeTx } from '../../electron/core/db/tx.ts';
import { normalisePassword } from '../../electron/core/vault/kdf.ts';
import { makeSlot, newDataKey } from '../../electron/core/vault/keyring.ts';
import { writeVaultFile } from '../../electron/core/vault/vault-file.ts';
import { call, manualClock, newCore, TEST_KDF_COST } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

const MADE_AT = new Date('2026-02-01T09:00:00Z');
const PASSWORD = 'an administrator password';
const ids = {
  premises: '0190a000-0000-7000-8000-000000000001',
  admin: '0190a000-0000-7000-8000-000000000002',
  staff: '0190a000-0000-7000-8000-000000000003',
  roomA: '0190a000-0000-7000-8000-000000000010',
  roomB: '0190a000-0000-7000-8000-000000000011',
  bedA1: '0190a000-0000-7000-8000-000000000020',
  bedA2: '0190a000-0000-7000-8000-000000000021',
  bedB1: '0190a000-0000-7000-8000-000000000022',
  bedB2: '0190a000-0000-7000-8000-000000000023',
  mother: '0190a000-0000-7000-8000-000000000030',
  child: '0190a000-0000-7000-8000-000000000031',
  hidden: '0190a000-0000-7000-8000-000000000032',
  exited: '0190a000-0000-7000-8000-000000000033',
  declined: '0190a000-0000-7000-8000-000000000034',
};

function insert(db: Db, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

function resident(id: string, code: string, over: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    code,
    status: 'in_residence',
    given_name: 'Jelena',
    family_name: 'Marković',
    date_of_birth: '1994-05-17',
    sex: 'female',
    nationalities: '["RS"]',
    languages: '["sr"]',
    id_document_status: 'none',
    identification_status: 'preliminary',
    preliminary_identified_on: '2026-01-05',
    referral_source: 'center',
    referral_date: '2026-01-05',
    referral_outcome: 'accepted',
    exploitation_forms: '["labour"]',
    risk_level: 'medium',
    consent_given_on: '2026-01-05',
    consent_scope: 'Housing and case management',
    consent_recorded_by: 'Ana Admin',
    search_key: `${code} jelena markovic`.toLowerCase(),
    created_at: '2026-01-05T10:00:00.000Z',
    updated_at: '2026-01-05T10:00:00.000Z',
    ...over,
  };
}

/** What a schema-2 Haven wrote: the tables of migrations 1–2 and rows of every kind, through raw SQL. */
function buildSchema2(db: Db): void {
  expect(migrate(db, MADE_AT, MIGRATIONS.slice(0, 2))).toBe(2);
  writeTx(db, { at: MADE_AT, userId: ids.admin }, (audit) => {
    insert(db, 'settings', { key: 'organisation', value: 'Together We Thrive' });
    insert(db, 'premises', { id: ids.premises, name: 'Safe House Belgrade', created_at: MADE_AT.toISOString() });
    const user = {
      full_name: 'Ana Admin',
      role: 'admin',
      language: 'en',
      created_at: MADE_AT.toISOString(),
      password_changed_at: MADE_AT.toISOString(),
    };
    insert(db, 'users', { ...user, id: ids.admin, username: 'ana' });
    insert(db, 'users', {
      ...user,
      id: ids.staff,
      username: 'sam',
      full_name: 'Sam Staff',
      role: 'staff',
      language: 'sr-Latn',
      active: 0,
    });
    audit({ action: 'vault.setup', recordType: 'user', recordId: ids.admin });
  });
  writeTx(db, { at: new Date('2026-01-05T10:00:00Z'), userId: ids.admin }, (audit) => {
    const room = { premises_id: ids.premises, floor: '1', created_at: '2026-01-02T10:00:00.000Z' };
    insert(db, 'rooms', { ...room, id: ids.roomA, name: 'Lipa', kind: 'family', notes: 'Cot available' });
    insert(db, 'rooms', { ...room, id: ids.roomB, name: 'Breza', kind: 'shared', retired_on: '2026-03-01' });
    const bed = { created_at: '2026-01-02T10:00:00.000Z' };
    insert(db, 'beds', { ...bed, id: ids.bedA1, room_id: ids.roomA, label: 'A' });
    insert(db, 'beds', { ...bed, id: ids.bedA2, room_id: ids.roomA, label: 'B' });
    insert(db, 'beds', { ...bed, id: ids.bedB1, room_id: ids.roomB, label: 'A', retired_on: '2026-03-01' });
    insert(db, 'beds', { ...bed, id: ids.bedB2, room_id: ids.roomB, label: 'B', retired_on: '2026-03-01' });
    insert(db, 'bed_outages', {
      id: randomUUID(),
      bed_id: ids.bedB2,
      from_date: '2026-01-10',
      until_date: '2026-01-20',
      reason: 'Leak',
      created_at: '2026-01-09T08:00:00.000Z',
    });
    insert(db, 'code_counters', { year: 2026, last: 5 });
    insert(db, 'residents', resident(ids.mother, 'R-2026-0001', {}));
    insert(
      db,
      'residents',
      resident(ids.child, 'R-2026-0002', {
        given_name: 'Đurđa',
        date_of_birth: '2020-03-03',
        parent_resident_id: ids.mother,
        guardian_name: 'Jelena Marković',
        search_key: 'r-2026-0002 djurdja markovic',
      }),
    );
    insert(
      db,
      'residents',
      resident(ids.hidden, 'R-2026-0003', {
        alias: 'Guest K',
        do_not_disclose: 1,
        risk_level: 'high',
        safety_notes: 'Do not confirm presence',
        date_of_birth: null,
        birth_year_estimate: 1990,
      }),
    );
    insert(
      db,
      'residents',
      resident(ids.exited, 'R-2026-0004', {
        status: 'exited',
        exit_date: '2026-01-25',
        exit_reason: 'Moved on',
        exit_destination: 'independent_living',
        stateless: 1,
        nationalities: '[]',
      }),
    );
    insert(
      db,
      'residents',
      resident(ids.declined, 'R-2026-0005', {
        status: 'referred',
        referral_outcome: 'declined',
        decline_reason: 'no_free_bed',
        consent_given_on: null,
        consent_pending_reason: 'Not met yet',
      }),
    );
    insert(db, 'resident_changes', {
      resident_id: ids.mother,
      at: '2026-01-06T10:00:00.000Z',
      user_id: ids.admin,
      field: 'phone',
      old_value: '',
      new_value: '+381 60 000 000',
    });
    const stay = { created_at: '2026-01-05T10:00:00.000Z', created_by: ids.admin };
    insert(db, 'stays', {
      ...stay,
      id: randomUUID(),
      resident_id: ids.mother,
      bed_id: ids.bedA1,
      start_date: '2026-01-05',
    });
    insert(db, 'stays', {
      ...stay,
      id: randomUUID(),
      resident_id: ids.child,
      bed_id: ids.bedA2,
      start_date: '2026-01-05',
    });
    insert(db, 'stays', {
      ...stay,
      id: randomUUID(),
      resident_id: ids.exited,
      bed_id: ids.bedB1,
      start_date: '2025-12-20',
      end_date: '2026-01-25',
      backdate_reason: 'From the paper register',
    });
    insert(db, 'stays', {
      ...stay,
      id: randomUUID(),
      resident_id: ids.hidden,
      bed_id: ids.bedB1,
      start_date: '2026-01-26',
      end_date: '2026-02-01',
    });
    insert(db, 'stays', {
      ...stay,
      id: randomUUID(),
      resident_id: ids.hidden,
      bed_id: ids.bedB2,
      start_date: '2026-02-01',
      end_date: '2026-03-01',
    });
    audit({ action: 'residents.create', recordType: 'resident', recordId: ids.mother });
    audit({ action: 'stays.admit', recordType: 'resident', recordId: ids.mother, detail: { bed: 'Lipa A' } });
  });
}

type Rows = Record<string, Record<string, unknown>[]>;

/** Every row of every schema-2 table, in the columns schema 2 had (a later one may add some). */
function rowsAsOfSchema2(db: Db, columns: Record<string, string[]>): Rows {
  return Object.fromEntries(
    Object.entries(columns).map(([table, cols]) => [
      table,
      db.prepare(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[],
    ]),
  );
}

function columnsOf(db: Db): Record<string, string[]> {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]),
  );
}

it('a schema-2 vault with residents, rooms and stays opens at the latest schema with every row intact', async ({
  dir,
}) => {
  const dataKey = newDataKey();
  const db = openDatabase(join(dir, 'haven.db'), dataKey, { create: true });
  buildSchema2(db);
  const columns = columnsOf(db);
  expect(Object.keys(columns)).toEqual(
    expect.arrayContaining([
      'residents',
      'rooms',
      'beds',
      'bed_outages',
      'stays',
      'resident_changes',
      'code_counters',
      'audit_log',
    ]),
  );
  const before = rowsAsOfSchema2(db, columns);
  expect(before.residents).toHaveLength(5);
  expect(before.stays).toHaveLength(5);
  db.close();
  const slot = await makeSlot(dataKey, normalisePassword(PASSWORD), {
    kind: 'password',
    userId: ids.admin,
    username: 'ana',
    now: MADE_AT,
    cost: TEST_KDF_COST,
  });
  writeVaultFile(join(dir, 'vault.json'), {
    format: 'haven-vault',
    version: 1,
    installId: randomUUID(),
    slots: [slot],
  });

  // Signing in is what migrates: the core opens the database and brings it up to date.
  const time = manualClock('2026-02-15T12:00:00Z');
  const core = newCore(dir, time.clock);
  try {
    const client = core.connect();
    await call(client, 'session.login', { username: 'ana', password: PASSWORD });
    const after = core.database();
    expect(schemaVersion(after)).toBe(MIGRATIONS.at(-1)!.version);
    expect(
      after
        .prepare('SELECT version FROM schema_migrations WHERE applied_at = ? ORDER BY version')
        .all('2026-02-15T12:00:00.000Z'),
    ).toEqual(MIGRATIONS.slice(2).map((m) => ({ version: m.version })));
    const now = rowsAsOfSchema2(after, columns);
    // The login appended to the audit log; everything before it is as it was.
    expect(now.audit_log!.slice(0, before.audit_log!.length)).toEqual(before.audit_log);
    expect({ ...now, audit_log: [] }).toEqual({ ...before, audit_log: [] });
    expect(findBrokenLink(after)).toBeNull();

    // And the core reads the old rows as the app shows them.
    const board = await call(client, 'stays.board', { date: '2026-02-15' });
    const lipa = board.rooms.find((r) => r.name === 'Lipa')!;
    expect(lipa.beds.map((b) => [b.label, b.state, b.resident?.code ?? null])).toEqual([
      ['A', 'occupied', 'R-2026-0001'],
      ['B', 'occupied', 'R-2026-0002'],
    ]);
    const fields = residentInput({ referralDate: '2026-02-15', consentGivenOn: '2026-02-15' });
    expect((await call(client, 'residents.create', { fields })).code).toBe('R-2026-0006'); // the old counter goes on
  } finally {
    core.close();
  }
});
