import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/index.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../../scripts/demo/vault.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore, TEST_KDF_COST } from '../fixtures/core.ts';
import { demoVaultSuite } from '../fixtures/demo-suite.ts';
import { residentInput } from '../fixtures/premises.ts';
import { snapshot } from '../fixtures/state.ts';

const PASSWORD = 'demo-password-2026';
const PASSPHRASE = 'lilac tractor ponders the harbour';
const RESIDENTS = 200;

const suite = demoVaultSuite({ password: PASSWORD, seed: 3, residents: RESIDENTS });
const { folder, cores } = suite;

/** A copy of the demo vault, with the demo administrator signed in. */
async function demo(clock?: () => Date) {
  const dir = folder();
  cpSync(suite.dir(), dir, { recursive: true });
  const core = newCore(dir, clock);
  cores.push(core);
  const client = core.connect();
  await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
  return { dir, core, client, key: Buffer.from(core.heldDataKey()) };
}

/** Every table of a SQLCipher database, row for row (rowid kept where there is one), by table name. */
function tables(db: Database.Database, skip: string[] = []): Record<string, unknown[]> {
  const all = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  const rows = ({ name, sql }: { name: string; sql: string }) =>
    /\bWITHOUT\s+ROWID\b/i.test(sql)
      ? db.prepare(`SELECT * FROM "${name}"`).all() // kept in primary-key order
      : db.prepare(`SELECT rowid AS _rowid, * FROM "${name}" ORDER BY rowid`).all();
  return Object.fromEntries(all.filter((t) => !skip.includes(t.name)).map((t) => [t.name, rows(t)]));
}

function openRaw(file: string, key: Buffer | string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(typeof key === 'string' ? `key='${key.replace(/'/g, "''")}'` : `key="x'${key.toString('hex')}'"`);
  return db;
}

function withDb<T>(file: string, key: Buffer | string, read: (db: Database.Database) => T): T {
  const db = openRaw(file, key);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function backUp(client: ReturnType<Core['connect']>, targetDir: string, extra: Record<string, unknown> = {}) {
  return call(client, 'backup.create', { targetDir, passphrase: PASSPHRASE, ...extra });
}

describe('backup', () => {
  it('writes a verified SQLCipher 4 file named after the premises, holding every table as it was', async () => {
    const { dir, client, key } = await demo();
    const target = folder();
    const before = withDb(join(dir, 'haven.db'), key, (db) => tables(db));

    const made = await backUp(client, target);

    expect(made.verified).toBe(true);
    expect(made.file).toMatch(/haven-safe-house-belgrade-\d{8}-\d{4}\.havenbak$/);
    expect(readdirSync(target)).toEqual([made.file.split('/').pop()]);
    expect(made.counts.residents).toBe(RESIDENTS);
    for (const [t, rows] of Object.entries(before)) expect(made.counts[t], t).toBe(rows.length);

    // Stock SQLCipher 4 settings and the passphrase alone: no Haven code opens it (with the app's
    // driver here; backup-stock.test.ts opens it with an independent SQLCipher build).
    const inside = withDb(made.file, PASSPHRASE, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('kdf_iter', { simple: true })).toBe('256000');
      const meta = Object.fromEntries(
        (db.prepare('SELECT key, value FROM haven_backup').all() as { key: string; value: string }[]).map((r) => [
          r.key,
          JSON.parse(r.value),
        ]),
      );
      return { rows: tables(db, ['haven_backup']), meta, userVersion: db.pragma('user_version', { simple: true }) };
    });
    expect(inside.rows).toEqual(before);
    expect(inside.meta).toMatchObject({
      format: 'havenbak',
      formatVersion: 1,
      organisation: DEMO_ORGANISATION,
      createdBy: 'Ana Adminović (admin)',
      counts: made.counts,
      schemaVersion: inside.userVersion,
    });
    expect(inside.meta.auditHead).toEqual(
      withDb(join(dir, 'haven.db'), key, (db) =>
        db.prepare('SELECT seq, hash FROM audit_log WHERE seq = ?').get(made.counts.audit_log),
      ),
    );

    const info = await call(client, 'backup.inspect', { file: made.file, passphrase: PASSPHRASE });
    expect(info).toMatchObject({ organisation: DEMO_ORGANISATION, sameInstall: true, counts: made.counts });
    const status = await call(client, 'backup.status', {});
    expect(status.last?.file).toBe(made.file.split('/').pop());
    expect(status.stale).toBe(false);
  });

  it('reports its stage while the worker runs, one job at a time, and only for administrators', async () => {
    const { core, client } = await demo();
    const target = folder();
    const running = client.invoke('backup.create', { targetDir: target, passphrase: PASSPHRASE });
    const progress = await call(client, 'backup.progress', {});
    expect(progress?.kind).toBe('create');
    expect((await callError(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE })).code).toBe(
      'BACKUP_BUSY',
    );
    expect((await running).ok).toBe(true);
    expect(await call(client, 'backup.progress', {})).toBeNull();

    const staff = core.connect();
    await call(staff, 'session.login', { username: DEMO_ACCOUNTS.staff, password: PASSWORD });
    expect((await callError(staff, 'backup.create', { targetDir: target, passphrase: PASSPHRASE })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses a weak passphrase, a missing folder, a read-only folder and a write failing half-way: no file left, nothing changed', async () => {
    const { dir, client, key } = await demo();
    const target = folder();
    const before = snapshot(dir, key);

    expect((await callError(client, 'backup.create', { targetDir: target, passphrase: 'password123' })).fields).toEqual(
      { passphrase: 'validation.passwordLength' },
    );
    expect(
      (await callError(client, 'backup.create', { targetDir: target, passphrase: 'haven haven haven' })).fields
        ?.passphrase,
    ).toMatch(/^validation\./);
    expect(
      (await callError(client, 'backup.create', { targetDir: join(target, 'unplugged'), passphrase: PASSPHRASE })).code,
    ).toBe('BACKUP_TARGET_MISSING');

    const readOnly = join(target, 'ro');
    mkdirSync(readOnly);
    const mounted = readOnlyFolder(readOnly);
    try {
      expect((await callError(client, 'backup.create', { targetDir: readOnly, passphrase: PASSPHRASE })).code).toBe(
        'BACKUP_TARGET_READ_ONLY',
      );
    } finally {
      mounted.undo();
    }

    expect(snapshot(dir, key)).toEqual(before);
    expect(readdirSync(target)).toEqual(['ro']);
  });

  it('a write that fails half-way (injected I/O error) leaves no file behind', async () => {
    const src = await demo();
    src.core.close();
    const core = openCore({ dataDir: src.dir, kdfCost: TEST_KDF_COST, backupTesting: { fault: 'write' } });
    cores.push(core);
    const client = core.connect();
    await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
    const before = snapshot(src.dir, src.key);
    const target = folder();
    const error = await callError(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE });
    expect(error.code).toBe('BACKUP_WRITE_FAILED');
    expect(readdirSync(target)).toEqual([]);
    expect(snapshot(src.dir, src.key)).toEqual(before);
  });

  it('a full drive gives BACKUP_TARGET_FULL and leaves no file (a 64 KiB tmpfs, where the OS lets the test mount one)', async (ctx) => {
    const { client } = await demo();
    const target = folder();
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', target]);
    if (mount.status !== 0) {
      ctx.skip(`cannot mount a small tmpfs here (${mount.stderr.toString().trim() || 'not root'})`);
      return;
    }
    try {
      expect((await callError(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE })).code).toBe(
        'BACKUP_TARGET_FULL',
      );
      expect(readdirSync(target)).toEqual([]);
    } finally {
      spawnSync('umount', [target]);
    }
  });

  it('keeps the last N backups of this install and never touches other files', async () => {
    const time = manualClock('2026-03-10T10:00:00Z');
    const { client } = await demo(time.clock);
    const target = folder();
    writeFileSync(join(target, 'haven-other-house-20200101-0000.havenbak'), 'someone else’s');
    writeFileSync(join(target, 'notes.txt'), 'keep me');
    await call(client, 'backup.setSettings', { keep: 2, warnAfterDays: 7 });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await backUp(client, target)).file.split('/').pop()!);
      time.advance(2 * 60_000); // within the idle lock; a new minute, a new name
    }
    expect(new Set(made).size).toBe(3);
    expect(readdirSync(target).sort()).toEqual(
      [...made.slice(1), 'haven-other-house-20200101-0000.havenbak', 'notes.txt'].sort(),
    );

    // Warned once the last backup is older than the setting.
    time.advance(8 * 86_400_000);
    await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
    expect((await call(client, 'backup.status', {})).stale).toBe(true);
  });

  it('keeps a passphrase for this install only wrapped by the data key, and uses it', async () => {
    const { dir, client, key } = await demo();
    const target = folder();
    expect((await callError(client, 'backup.create', { targetDir: target, useKeptPassphrase: true })).code).toBe(
      'BACKUP_NO_KEPT_PASSPHRASE',
    );
    await backUp(client, target, { keepPassphrase: true });
    expect((await call(client, 'backup.status', {})).hasKeptPassphrase).toBe(true);
    const stored = withDb(join(dir, 'haven.db'), key, (db) =>
      db.prepare(`SELECT value FROM settings WHERE key = 'backup_passphrase'`).get(),
    ) as { value: string };
    expect(stored.value).not.toContain(PASSPHRASE.split(' ')[0]);

    const second = await call(client, 'backup.create', { targetDir: target, useKeptPassphrase: true });
    expect((await call(client, 'backup.inspect', { file: second.file, passphrase: PASSPHRASE })).counts).toEqual(
      second.counts,
    );
  });
});

/** Makes `dir` read-only for this process: a read-only tmpfs as root (who ignores modes), else its mode. */
function readOnlyFolder(dir: string): { undo: () => void } {
  if (process.getuid?.() === 0) {
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir]);
    if (r.status === 0) return { undo: () => void spawnSync('umount', [dir]) };
  }
  chmodSync(dir, 0o555);
  return { undo: () => chmodSync(dir, 0o755) };
}

describe('inspect and restore', () => {
  it('restores into a fresh install: every table equal row for row, re-keyed to that install, its administrator kept', async () => {
    const src = await demo();
    const made = await backUp(src.client, folder());
    const backupRows = withDb(made.file, PASSPHRASE, (db) => tables(db, ['haven_backup']));

    const dest = folder();
    const { core, client } = await setUpCore(dest);
    cores.push(core);
    const destKey = Buffer.from(core.heldDataKey());
    await call(client, 'backup.restore', { file: made.file, passphrase: PASSPHRASE, confirm: ADMIN.organisation });

    expect(await call(client, 'session.current', {})).toBeNull();
    const restored = withDb(join(dest, 'haven.db'), destKey, (db) => tables(db));
    const { audit_log: auditRows, key_slot_owners: slots, settings, users, ...rest } = restored;
    const {
      audit_log: backupAudit,
      key_slot_owners: _s,
      settings: backupSettings,
      users: backupUsers,
      ...backupRest
    } = backupRows;
    expect(rest).toEqual(backupRest);
    // The restore's own audit entry follows the backup's log.
    expect(auditRows!.slice(0, backupAudit!.length)).toEqual(backupAudit);
    expect(auditRows!.slice(backupAudit!.length).map((r) => (r as { action: string }).action)).toEqual([
      'backup.restore',
    ]);
    const withoutRecovery = (rows: unknown[]) => rows.filter((r) => (r as { key: string }).key !== 'recovery_slot');
    expect(withoutRecovery(settings!)).toEqual(withoutRecovery(backupSettings!));
    // The administrator of the new install (no such username in the backup) is added, and only their slot is bound.
    expect(users!.filter((u) => (u as { username: string }).username !== ADMIN.username)).toEqual(backupUsers);
    expect(slots).toHaveLength(1);
    expect(readdirSync(dest).filter((f) => f.includes('restore'))).toEqual([
      expect.stringMatching(/^haven\.db\.before-restore-\d{8}T\d{6}$/),
    ]);

    const again = await call(client, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(again.auditWarning).toBeNull();
    expect(await call(client, 'residents.list', {})).toHaveLength(RESIDENTS);
  });

  it('restores into the same install: later changes are gone, sessions end, key slots and the audit head still fit', async () => {
    const src = await demo();
    const made = await backUp(src.client, folder());
    const later = await call(src.client, 'residents.create', { fields: residentInput({ givenName: 'Later' }) });
    const other = src.core.connect();
    await call(other, 'session.login', { username: DEMO_ACCOUNTS.staff, password: PASSWORD });

    expect(
      (
        await callError(src.client, 'backup.restore', {
          file: made.file,
          passphrase: PASSPHRASE,
          confirm: 'Wrong name',
        })
      ).fields,
    ).toEqual({
      confirm: 'validation.confirmOrganisation',
    });
    const { createdAt } = await call(src.client, 'backup.inspect', { file: made.file, passphrase: PASSPHRASE });
    await call(src.client, 'backup.restore', { file: made.file, passphrase: PASSPHRASE, confirm: DEMO_ORGANISATION });

    expect(await call(other, 'session.current', {})).toBeNull();
    // Every login screen says why, and from which backup.
    for (const window of [src.client, other]) {
      expect(await call(window, 'vault.status', {})).toMatchObject({
        lockReason: 'restore',
        restoredBackupAt: createdAt,
        lockedUsername: window === other ? DEMO_ACCOUNTS.staff : DEMO_ACCOUNTS.admin,
      });
    }
    expect((await callError(other, 'residents.list', {})).code).toBe('NO_SESSION');
    const again = await call(src.client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
    expect(again.auditWarning).toBeNull();
    expect((await callError(src.client, 'residents.get', { id: later.id })).code).toBe('NOT_FOUND');
    expect(await call(src.client, 'residents.list', {})).toHaveLength(RESIDENTS);
    await call(other, 'session.login', { username: DEMO_ACCOUNTS.staff, password: PASSWORD });
    expect(readdirSync(src.dir).filter((f) => /restore\.json|haven\.db\.restore/.test(f))).toEqual([]);
  });

  it('a wrong passphrase, a truncated file, a flipped byte and a file that is not a backup: each a clear error, nothing changed', async () => {
    const { dir, client, key } = await demo();
    const target = folder();
    const made = await backUp(client, target);
    const size = statSync(made.file).size;
    const variant = (name: string, change: (file: string) => void) => {
      const file = join(target, name);
      cpSync(made.file, file);
      change(file);
      return file;
    };
    const truncated = variant('truncated.havenbak', (f) => truncateSync(f, Math.floor(size / 2) + 100));
    const flipped = variant('flipped.havenbak', (f) => {
      const bytes = readFileSync(f);
      bytes[Math.floor(size / 2)]! ^= 0x01;
      writeFileSync(f, bytes);
    });
    const plain = join(target, 'plain.db');
    new Database(plain).exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const before = snapshot(dir, key);

    const cases: [string, string, string][] = [
      [made.file, 'not the passphrase at all', 'BACKUP_WRONG_PASSPHRASE'],
      [truncated, PASSPHRASE, 'BACKUP_DAMAGED'],
      [flipped, PASSPHRASE, 'BACKUP_DAMAGED'],
      [join(dir, 'vault.json'), PASSPHRASE, 'BACKUP_NOT_A_BACKUP'],
      [plain, PASSPHRASE, 'BACKUP_NOT_A_BACKUP'],
      [join(target, 'absent.havenbak'), PASSPHRASE, 'NOT_FOUND'],
    ];
    for (const [file, passphrase, code] of cases) {
      expect((await callError(client, 'backup.inspect', { file, passphrase })).code, file).toBe(code);
      expect(
        (await callError(client, 'backup.restore', { file, passphrase, confirm: DEMO_ORGANISATION })).code,
        file,
      ).toBe(code);
    }
    expect(await call(client, 'session.current', {})).not.toBeNull();
    expect(snapshot(dir, key)).toEqual(before);
  });
});

describe('a restore killed with SIGKILL', () => {
  /** Runs a restore in a child process (tests/fixtures/child-restore.ts) that stops dead at `step`, then kills it. */
  async function killedAt(dir: string, file: string, step: string): Promise<void> {
    const args = [
      '--import',
      './scripts/raw-loader.ts',
      'tests/fixtures/child-restore.ts',
      dir,
      file,
      PASSPHRASE,
      DEMO_ORGANISATION,
      step,
      PASSWORD,
    ];
    const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes(`{"stopped":"${step}"}`)) resolve();
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before ${step}: ${out} ${err}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
  }

  for (const [step, expected] of [
    ['safetyCopied', 'old'],
    ['markerWritten', 'restored'],
    ['swapped', 'restored'],
  ] as const) {
    it(`at ${step}: the next start opens the ${expected} data, whole`, async () => {
      const src = await demo();
      const made = await backUp(src.client, folder());
      const later = await call(src.client, 'residents.create', { fields: residentInput({ givenName: 'Later' }) });
      src.core.close();

      await killedAt(src.dir, made.file, step);

      const core = newCore(src.dir);
      cores.push(core);
      const client = core.connect();
      const session = await call(client, 'session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
      expect(session.auditWarning).toBeNull();
      const list = await call(client, 'residents.list', {});
      expect(list).toHaveLength(expected === 'old' ? RESIDENTS + 1 : RESIDENTS);
      expect(list.some((r) => r.id === later.id)).toBe(expected === 'old');
      expect(core.database().pragma('integrity_check', { simple: true })).toBe('ok');
      expect(existsSync(join(src.dir, 'restore.json'))).toBe(false);
      expect(existsSync(join(src.dir, 'haven.db.restore'))).toBe(false);
    });
  }
});
