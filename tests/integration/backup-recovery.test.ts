// Disaster recovery: a new install (no vault yet) set up from a backup of another, in the set-up
// wizard's channels vault.inspectBackup and vault.restoreBackup.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import { openDatabase } from '../../electron/core/db/connection.ts';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { writeTx } from '../../electron/core/db/tx.ts';
import { deriveBackupKey } from '../../electron/core/backup/key.ts';
import { runJob } from '../../electron/core/backup/work.ts';
import { newDataKey } from '../../electron/core/vault/keyring.ts';
import { PENDING_VAULT } from '../../electron/core/vault/install.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../../scripts/demo/vault.ts';
import { demoVaultSuite } from '../fixtures/demo-suite.ts';
import { call, callError, newCore } from '../fixtures/core.ts';

const PASSWORD = 'demo-password-2026';
const PASSPHRASE = 'lilac tractor ponders the harbour';
const NEW_PASSWORD = 'violet kettles hum beside the river';
const RESIDENTS = 60;

const demo = demoVaultSuite({ password: PASSWORD, seed: 5, residents: RESIDENTS });
const { folder, cores } = demo;

function core(dir: string): { core: Core; client: Client } {
  const c = newCore(dir);
  cores.push(c);
  return { core: c, client: c.connect() };
}

type Rows = Record<string, Record<string, unknown>[]>;

/** Every table, row for row (rowid kept where there is one). */
function tables(file: string, key: Buffer | string, skip: string[] = []): Rows {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(typeof key === 'string' ? `key='${key.replace(/'/g, "''")}'` : `key="x'${key.toString('hex')}'"`);
    const all = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    const rows = ({ name, sql }: { name: string; sql: string }) =>
      (/\bWITHOUT\s+ROWID\b/i.test(sql)
        ? db.prepare(`SELECT * FROM "${name}"`).all()
        : db.prepare(`SELECT rowid AS _rowid, * FROM "${name}" ORDER BY rowid`).all()) as Record<string, unknown>[];
    return Object.fromEntries(all.filter((t) => !skip.includes(t.name)).map((t) => [t.name, rows(t)]));
  } finally {
    db.close();
  }
}

/** A copy of the demo install A, its administrator signed in, and a backup of it on a "drive". */
async function backupOfDemo(prepare?: (client: Client) => Promise<void>) {
  const dir = folder();
  cpSync(demo.dir(), dir, { recursive: true });
  const a = core(dir);
  await call(a.client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
  await prepare?.(a.client);
  const made = await call(a.client, 'backup.create', { targetDir: folder(), passphrase: PASSPHRASE });
  const keyA = Buffer.from(a.core.heldDataKey());
  a.core.close();
  return { file: made.file, keyA };
}

/** Nothing of a vault in the folder: the wizard would be shown again. */
function expectNothingWritten(dir: string): void {
  expect(readdirSync(dir).filter((f) => f !== 'haven.lock')).toEqual([]);
}

describe('disaster recovery from a backup into an empty install', () => {
  it('brings every table back, signs the chosen administrator in, and hands out a new recovery key and temporary passwords', async () => {
    const { file, keyA } = await backupOfDemo();
    const backupRows = tables(file, PASSPHRASE, ['haven_backup']);
    const dirB = folder();
    const { core: coreB, client } = core(dirB);
    expect((await call(client, 'vault.status', {})).state).toBe('new');

    const seen = await call(client, 'vault.inspectBackup', { file, passphrase: PASSPHRASE });
    expect(seen.info).toMatchObject({ organisation: DEMO_ORGANISATION, sameInstall: false });
    expect(seen.info.counts.residents).toBe(RESIDENTS);
    expect(seen.admins.map((a) => a.username)).toEqual([DEMO_ACCOUNTS.admin]);
    expect(seen.otherUsers).toBe(2);
    expectNothingWritten(dirB);

    const admin = seen.admins[0]!;
    const done = await call(client, 'vault.restoreBackup', {
      file,
      passphrase: PASSPHRASE,
      adminId: admin.id,
      password: NEW_PASSWORD,
    });
    expect(done.session.user.username).toBe(DEMO_ACCOUNTS.admin);
    expect(done.session.mustChangePassword).toBe(false);
    expect(done.temporaryPasswords.map((p) => [p.username, p.role]).sort()).toEqual([
      [DEMO_ACCOUNTS.manager, 'manager'],
      [DEMO_ACCOUNTS.staff, 'staff'],
    ]);
    expect(await call(client, 'residents.list', {})).toHaveLength(RESIDENTS);
    expect(readdirSync(dirB).filter((f) => f.startsWith('.setup-') || f === PENDING_VAULT)).toEqual([]);

    // A NEW data key: install A's key does not open B's database.
    const keyB = Buffer.from(coreB.heldDataKey());
    expect(keyB.equals(keyA)).toBe(false);
    const vault = JSON.parse((await import('node:fs')).readFileSync(join(dirB, 'vault.json'), 'utf8')) as {
      slots: { id: string; kind: string; userId: string | null }[];
    };
    expect(vault.slots.map((s) => s.kind).sort()).toEqual(['password', 'password', 'password', 'recovery']);

    // Row for row, but for the expected changes: passwords of the active users, their slots, the
    // recovery slot, and the audit entries of the recovery after the backup's own.
    const restored = tables(join(dirB, 'haven.db'), keyB);
    const { audit_log: auditB, key_slot_owners: slotsB, settings: settingsB, users: usersB, ...restB } = restored;
    const { audit_log: auditA, key_slot_owners: _slotsA, settings: settingsA, users: usersA, ...restA } = backupRows;
    expect(restB).toEqual(restA);
    expect(auditB!.slice(0, auditA!.length)).toEqual(auditA);
    expect(auditB!.slice(auditA!.length).map((r) => r.action)).toEqual([
      'vault.restoreBackup',
      'users.resetPassword',
      'users.resetPassword',
    ]);
    const unchanging = (rows: Record<string, unknown>[]) =>
      rows.map(
        ({ password_changed_at: _p, must_change_password: _m, password_version: _v, last_sign_in_at: _l, ...r }) => r,
      );
    expect(unchanging(usersB!)).toEqual(unchanging(usersA!));
    expect(usersB!.map((u) => [u.username, u.must_change_password])).toEqual(
      usersA!.map((u) => [u.username, u.username === DEMO_ACCOUNTS.admin ? 0 : u.active]),
    );
    const bySlot = Object.fromEntries(slotsB!.map((s) => [s.slot_id, s.user_id]));
    for (const s of vault.slots.filter((x) => x.kind === 'password')) expect(bySlot[s.id]).toBe(s.userId);
    const settingKeys = (rows: Record<string, unknown>[]) =>
      rows.map((r) => r.key).filter((k) => k !== 'recovery_slot');
    expect(settingKeys(settingsB!)).toEqual(settingKeys(settingsA!).filter((k) => k !== 'backup_passphrase'));
    expect(settingsB!.find((r) => r.key === 'recovery_slot')?.value).toBe(
      vault.slots.find((s) => s.kind === 'recovery')!.id,
    );

    expect(await call(client, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });

    // The chosen administrator signs in again with the new password; the old one is gone.
    await call(client, 'session.lock', {});
    expect((await callError(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD })).code).toBe(
      'WRONG_CREDENTIALS',
    );
    const again = await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: NEW_PASSWORD });
    expect(again.auditWarning).toBeNull();
    await call(client, 'session.lock', {});

    // The new recovery key works: the recovery sign-in, then a new password of her own.
    const viaKey = await call(client, 'session.loginWithRecoveryKey', {
      username: DEMO_ACCOUNTS.admin,
      recoveryKey: done.recoveryKey,
    });
    expect(viaKey.mustChangePassword).toBe(true);
    await call(client, 'session.changePassword', { newPassword: 'chosen after the recovery key' });
    await call(client, 'session.lock', {});

    // Everyone else must replace the temporary password first; their old password does not open B.
    for (const issued of done.temporaryPasswords) {
      const other = coreB.connect();
      expect((await callError(other, 'session.login', { username: issued.username, password: PASSWORD })).code).toBe(
        'WRONG_CREDENTIALS',
      );
      const view = await call(other, 'session.login', {
        username: issued.username,
        password: issued.temporaryPassword,
      });
      expect(view.passwordChangeReason).toBe('temporaryPassword');
      expect((await callError(other, 'residents.list', {})).code).toBe('PASSWORD_CHANGE_REQUIRED');
      await call(other, 'session.changePassword', {
        newPassword: `quiet lanterns ${issued.temporaryPassword.slice(0, 4)} over the river`,
      });
      expect(await call(other, 'residents.list', {})).toHaveLength(RESIDENTS);
      other.disconnect();
    }

    // Once a vault exists, both channels are refused and change nothing.
    const before = readdirSync(dirB).sort();
    const fresh = coreB.connect();
    expect((await callError(fresh, 'vault.inspectBackup', { file, passphrase: PASSPHRASE })).code).toBe(
      'ALREADY_SET_UP',
    );
    expect(
      (
        await callError(fresh, 'vault.restoreBackup', {
          file,
          passphrase: PASSPHRASE,
          adminId: admin.id,
          password: NEW_PASSWORD,
        })
      ).code,
    ).toBe('ALREADY_SET_UP');
    expect(readdirSync(dirB).sort()).toEqual(before);
    const login = await call(client, 'session.login', {
      username: DEMO_ACCOUNTS.admin,
      password: 'chosen after the recovery key',
    });
    expect(login.auditWarning).toBeNull();
    expect(await call(client, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
  });

  it('refuses a staff member, a deactivated administrator, a wrong passphrase, a file that is not a backup and a weak password: nothing written', async () => {
    let staffId = '';
    let formerId = '';
    const { file } = await backupOfDemo(async (client) => {
      const former = await call(client, 'users.create', {
        username: 'former',
        fullName: 'Former Admin',
        role: 'admin',
      });
      await call(client, 'users.deactivate', { id: former.id });
      formerId = former.id;
      staffId = (await call(client, 'users.list', {})).find((u) => u.username === DEMO_ACCOUNTS.staff)!.id;
    });
    const dirB = folder();
    const { client } = core(dirB);
    const seen = await call(client, 'vault.inspectBackup', { file, passphrase: PASSPHRASE });
    expect(seen.admins.map((a) => a.username)).toEqual([DEMO_ACCOUNTS.admin]);
    const restore = (over: Record<string, string>) =>
      callError(client, 'vault.restoreBackup', {
        file,
        passphrase: PASSPHRASE,
        adminId: seen.admins[0]!.id,
        password: NEW_PASSWORD,
        ...over,
      });

    expect(await restore({ adminId: staffId })).toMatchObject({
      code: 'NOT_AN_ACTIVE_ADMIN',
      fields: { adminId: 'validation.notAnActiveAdmin' },
    });
    expect((await restore({ adminId: formerId })).code).toBe('NOT_AN_ACTIVE_ADMIN');
    expect((await restore({ adminId: 'no-such-account' })).code).toBe('NOT_AN_ACTIVE_ADMIN');
    expect((await restore({ passphrase: 'not the passphrase at all' })).code).toBe('BACKUP_WRONG_PASSPHRASE');
    expect((await callError(client, 'vault.inspectBackup', { file, passphrase: 'nope nope' })).code).toBe(
      'BACKUP_WRONG_PASSPHRASE',
    );
    expect((await restore({ file: join(demo.dir(), 'vault.json') })).code).toBe('BACKUP_NOT_A_BACKUP');
    expect((await restore({ password: 'admin' + 'admin' + 'admin' })).code).toBe('VALIDATION');
    expect((await restore({ password: DEMO_ORGANISATION })).fields).toHaveProperty('password');
    expectNothingWritten(dirB);
    expect((await call(client, 'vault.status', {})).state).toBe('new');
  });

  it('a backup holding no active administrator is refused at inspect and at restore', async () => {
    const { file } = await backupOfDemo();
    // Same rows, roles changed: the counts the backup lists still hold, so it opens as whole.
    const db = new Database(file);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key='${PASSPHRASE}'`);
    db.prepare(`UPDATE users SET role = 'manager' WHERE role = 'admin'`).run();
    const anyId = (db.prepare('SELECT id FROM users LIMIT 1').get() as { id: string }).id;
    db.close();
    const dirB = folder();
    const { client } = core(dirB);
    expect((await callError(client, 'vault.inspectBackup', { file, passphrase: PASSPHRASE })).code).toBe(
      'BACKUP_NO_ADMIN',
    );
    const refused = await callError(client, 'vault.restoreBackup', {
      file,
      passphrase: PASSPHRASE,
      adminId: anyId,
      password: NEW_PASSWORD,
    });
    expect(refused.code).toBe('BACKUP_NO_ADMIN');
    expectNothingWritten(dirB);
  });

  it('migrates a backup made at an older schema', async () => {
    // What a schema-2 Haven held: an administrator, a staff member, the set-up's audit entry.
    const made = folder();
    const key = newDataKey();
    const at = new Date('2026-02-01T09:00:00Z');
    const db = openDatabase(join(made, 'haven.db'), key, { create: true });
    migrate(db, at, MIGRATIONS.slice(0, 2));
    const ids = { admin: '0190a000-0000-7000-8000-000000000002', staff: '0190a000-0000-7000-8000-000000000003' };
    writeTx(db, { at, userId: ids.admin }, (audit) => {
      db.prepare(`INSERT INTO settings (key, value) VALUES ('organisation', 'Old House')`).run();
      const user = db.prepare(
        `INSERT INTO users (id, username, full_name, role, language, created_at, password_changed_at)
         VALUES (?, ?, ?, ?, 'en', ?, ?)`,
      );
      user.run(ids.admin, 'ana', 'Ana Admin', 'admin', at.toISOString(), at.toISOString());
      user.run(ids.staff, 'sam', 'Sam Staff', 'staff', at.toISOString(), at.toISOString());
      audit({ action: 'vault.setup', recordType: 'user', recordId: ids.admin });
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = join(folder(), 'old.havenbak');
    const salt = randomBytes(16);
    runJob(
      {
        kind: 'create',
        dbPath: join(made, 'haven.db'),
        key: new Uint8Array(key),
        tmpFile: `${file}.tmp`,
        salt,
        meta: {
          format: 'havenbak',
          formatVersion: 1,
          appVersion: 'old',
          createdAt: at.toISOString(),
          createdBy: 'Ana Admin (ana)',
          createdById: ids.admin,
          installId: '0190a000-0000-7000-8000-0000000000ff',
          organisation: 'Old House',
          premises: '',
        },
      },
      await deriveBackupKey(PASSPHRASE, salt),
      () => {},
    );
    renameSync(`${file}.tmp`, file);

    const dirB = folder();
    const { client } = core(dirB);
    const seen = await call(client, 'vault.inspectBackup', { file, passphrase: PASSPHRASE });
    expect(seen.info.schemaVersion).toBe(2);
    const done = await call(client, 'vault.restoreBackup', {
      file,
      passphrase: PASSPHRASE,
      adminId: ids.admin,
      password: NEW_PASSWORD,
    });
    expect(done.temporaryPasswords.map((p) => p.username)).toEqual(['sam']);
    expect(await call(client, 'audit.verify', {})).toMatchObject({ ok: true });
    await call(client, 'session.lock', {});
    const sam = await call(client, 'session.login', {
      username: 'sam',
      password: done.temporaryPasswords[0]!.temporaryPassword,
    });
    expect(sam.mustChangePassword).toBe(true);
  });
});

describe('a set-up cut short', () => {
  async function recovered() {
    const { file } = await backupOfDemo();
    const dir = folder();
    const { core: c, client } = core(dir);
    const seen = await call(client, 'vault.inspectBackup', { file, passphrase: PASSPHRASE });
    await call(client, 'vault.restoreBackup', {
      file,
      passphrase: PASSPHRASE,
      adminId: seen.admins[0]!.id,
      password: NEW_PASSWORD,
    });
    c.close();
    return dir;
  }

  it('after the database was renamed in, the pending vault.json is put in place at the next start', async () => {
    const dir = await recovered();
    renameSync(join(dir, 'vault.json'), join(dir, PENDING_VAULT));
    cpSync(join(dir, 'haven.db'), join(dir, '.setup-leftover', 'haven.db'), { recursive: true });
    const { client } = core(dir);
    expect((await call(client, 'vault.status', {})).state).toBe('ready');
    await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: NEW_PASSWORD });
    expect(readdirSync(dir).filter((f) => f.startsWith('.setup-') || f === PENDING_VAULT)).toEqual([]);
  });

  it('before the database was renamed in, the leftovers go and the wizard runs again', async () => {
    const dir = await recovered();
    renameSync(join(dir, 'vault.json'), join(dir, PENDING_VAULT));
    rmSync(join(dir, 'haven.db'));
    const { client } = core(dir);
    expect((await call(client, 'vault.status', {})).state).toBe('new');
    expect(existsSync(join(dir, PENDING_VAULT))).toBe(false);
  });
});
