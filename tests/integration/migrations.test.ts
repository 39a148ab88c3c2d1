import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/connection.ts';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations/index.ts';
import { ADMIN, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

const NOW = new Date('2026-05-01T10:00:00Z');

function tables(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('the list is ordered, numbered from 1 without gaps, with unique names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    for (const m of MIGRATIONS) expect(m.sql.trim().length).toBeGreaterThan(0);
  });

  it('a fresh database is at the last version with one schema_migrations row per migration', async () => {
    const { clock } = manualClock('2026-05-01T10:00:00Z');
    const { core } = await setUpCore(dir, clock);
    const db = core.database();
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: '2026-05-01T10:00:00.000Z' })),
    );
    expect(tables(db)).toEqual(
      expect.arrayContaining(['audit_log', 'premises', 'schema_migrations', 'settings', 'users']),
    );
    core.close();
  });

  it('running migrate again on an up-to-date database does nothing', async () => {
    const { core } = await setUpCore(dir);
    const db = core.database();
    const before = db.prepare('SELECT * FROM schema_migrations').all();
    expect(migrate(db, new Date('2030-01-01T00:00:00Z'))).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(before);
    core.close();
  });

  it('a database newer than the app is refused at login with DATABASE_TOO_NEW and left as it was', async () => {
    const { core } = await setUpCore(dir);
    const key = Buffer.from(core.heldDataKey());
    core.database().pragma('user_version = 99');
    core.close();
    const dbFile = join(dir, 'haven.db');
    const before = readFileSync(dbFile);

    const client = newCore(dir).connect();
    const error = await callError(client, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(error).toMatchObject({
      code: 'DATABASE_TOO_NEW',
      details: { found: 99, supported: MIGRATIONS.at(-1)!.version },
    });
    expect(client.session).toBeNull();
    expect(() => client.core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
    expect(await client.invoke('session.current', {})).toEqual({ ok: true, value: null });
    client.core.close();

    expect(readFileSync(dbFile)).toEqual(before);
    const db = openDatabase(dbFile, key);
    expect(schemaVersion(db)).toBe(99);
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    db.close();
  });

  it('a failing migration is rolled back on its own; the ones before it stay', () => {
    const file = join(dir, 'm.db');
    const key = randomBytes(32);
    const good: Migration = {
      version: 1,
      name: '001-first',
      sql: 'CREATE TABLE first (x INTEGER) STRICT; INSERT INTO first VALUES (1);',
    };
    const bad: Migration = {
      version: 2,
      name: '002-broken',
      // The first statement succeeds, the second fails: both must be undone.
      sql: 'CREATE TABLE second (y INTEGER) STRICT; INSERT INTO first VALUES (2); INSERT INTO no_such_table VALUES (1);',
    };
    const db = openDatabase(file, key, { create: true });
    expect(() => migrate(db, NOW, [good, bad])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: '001-first' },
    ]);
    expect(tables(db)).not.toContain('second');
    expect(db.prepare('SELECT x FROM first').all()).toEqual([{ x: 1 }]);
    db.close();

    // On disk too, and a fixed migration 2 then applies on top of 1.
    const again = openDatabase(file, key);
    expect(schemaVersion(again)).toBe(1);
    const fixed: Migration = { ...bad, sql: 'CREATE TABLE second (y INTEGER) STRICT;' };
    expect(migrate(again, NOW, [good, fixed])).toBe(2);
    expect(tables(again)).toEqual(expect.arrayContaining(['first', 'second']));
    expect(again.prepare('SELECT count(*) AS n FROM first').get()).toEqual({ n: 1 });
    again.close();
  });

  it('an empty database gets the real schema, and its constraints hold', () => {
    const db = openDatabase(join(dir, 'n.db'), randomBytes(32), { create: true });
    migrate(db, NOW);
    const insert = db.prepare(
      `INSERT INTO users (id, username, full_name, role, created_at, password_changed_at) VALUES (?, ?, 'X', ?, 'now', 'now')`,
    );
    expect(() => insert.run('u1', 'Upper', 'staff')).toThrow(/CHECK/);
    expect(() => insert.run('u2', 'fine', 'superuser')).toThrow(/CHECK/);
    insert.run('u3', 'fine', 'staff');
    expect(() => insert.run('u4', 'fine', 'staff')).toThrow(/UNIQUE/);
    db.close();
  });

  it('an Open Club activity made at schema 11 opens after migration 12 as open, with no archive date', () => {
    const db = openDatabase(join(dir, 'o.db'), randomBytes(32), { create: true });
    expect(migrate(db, NOW, MIGRATIONS.slice(0, 11))).toBe(11);
    db.prepare(
      `INSERT INTO openclub_activities (id, name, kind, description, created_at, created_by)
       VALUES ('a1', 'Sewing', 'workshop', '', '2026-04-01T10:00:00.000Z', NULL)`,
    ).run();
    expect(migrate(db, NOW)).toBe(12);
    expect(db.prepare('SELECT name, updated_at, archived_at FROM openclub_activities').all()).toEqual([
      { name: 'Sewing', updated_at: null, archived_at: null },
    ]);
    db.close();
  });
});
