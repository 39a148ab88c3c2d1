import { createDecipheriv, scryptSync } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { openCore } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore, TEST_KDF_COST } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { bytesOf, folderListing, UUID } from '../fixtures/state.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

const vaultPath = () => join(dir, 'vault.json');
const dbPath = () => join(dir, 'haven.db');

interface SlotJson {
  id: string;
  kind: string;
  userId: string | null;
  username?: string;
  kdf: { name: string; N: number; r: number; p: number; salt: string };
  wrap: { alg: string; iv: string; ciphertext: string; tag: string };
  createdAt: string;
}

/** What a recovery tool written from ARCHITECTURE.md alone would do: derive the wrapping key … */
function deriveAsDocumented(slot: SlotJson, secret: string): Buffer {
  return scryptSync(Buffer.from(secret, 'utf8'), Buffer.from(slot.kdf.salt, 'base64'), 32, {
    N: slot.kdf.N,
    r: slot.kdf.r,
    p: slot.kdf.p,
    maxmem: 256 * slot.kdf.N * slot.kdf.r,
  });
}

/** … and unwrap the data key with it (AES-256-GCM, the slot id as AAD). */
function unwrapAsDocumented(slot: SlotJson, kek: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
  d.setAAD(Buffer.from(slot.id, 'utf8'));
  d.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
  return Buffer.concat([d.update(Buffer.from(slot.wrap.ciphertext, 'base64')), d.final()]);
}

describe('vault.json, format 1', () => {
  it('matches ARCHITECTURE.md at the production cost, and a tool written from the doc opens it', async () => {
    const { clock } = manualClock('2026-04-02T08:30:00Z');
    const core = openCore({ dataDir: dir, clock }); // no kdfCost: the real one
    const client = core.connect();
    const { recoveryKey, session } = await call(client, 'vault.setup', { ...ADMIN, username: 'Ana.Admin' });
    const dataKey = Buffer.from(core.heldDataKey());
    core.close();

    const vault = JSON.parse(readFileSync(vaultPath(), 'utf8')) as {
      format: string;
      version: number;
      installId: string;
      slots: SlotJson[];
    };
    expect(Object.keys(vault).sort()).toEqual(['auditHead', 'format', 'installId', 'slots', 'version']);
    expect(vault.format).toBe('haven-vault');
    expect(vault.version).toBe(1);
    expect(vault.installId).toMatch(UUID);
    expect(vault.slots.map((s) => s.kind).sort()).toEqual(['password', 'recovery']);

    for (const slot of vault.slots) {
      expect(slot.id).toMatch(UUID);
      expect(slot.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
      expect(Buffer.from(slot.kdf.salt, 'base64')).toHaveLength(16);
      expect(slot.wrap.alg).toBe('A256GCM');
      expect(Buffer.from(slot.wrap.iv, 'base64')).toHaveLength(12);
      expect(Buffer.from(slot.wrap.ciphertext, 'base64')).toHaveLength(32);
      expect(Buffer.from(slot.wrap.tag, 'base64')).toHaveLength(16);
      expect(slot.createdAt).toBe('2026-04-02T08:30:00.000Z');
    }
    expect(new Set(vault.slots.map((s) => s.kdf.salt)).size).toBe(2);
    expect(new Set(vault.slots.map((s) => s.id)).size).toBe(2);

    const password = vault.slots.find((s) => s.kind === 'password')!;
    expect(password.username).toBe('ana.admin');
    expect(password.userId).toMatch(UUID);
    expect(password.userId).toBe(session.user.id);
    const recovery = vault.slots.find((s) => s.kind === 'recovery')!;
    expect(recovery.userId).toBeNull();
    expect(recovery).not.toHaveProperty('username');

    // KDF input: NFKC password / recovery key without separators, upper-cased. AAD: the slot id.
    const passwordKek = deriveAsDocumented(password, ADMIN.password.normalize('NFKC'));
    expect(unwrapAsDocumented(password, passwordKek)).toEqual(dataKey);
    expect(
      unwrapAsDocumented(recovery, deriveAsDocumented(recovery, recoveryKey.replace(/-/g, '').toUpperCase())),
    ).toEqual(dataKey);
    // The slot id really is the AAD: the same wrap under another id does not open.
    expect(() => unwrapAsDocumented({ ...password, id: recovery.id }, passwordKek)).toThrow();

    // And that key opens the database with stock SQLCipher 4 settings.
    const db = new Database(dbPath(), { fileMustExist: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    expect(db.prepare('SELECT username FROM users').all()).toEqual([{ username: 'ana.admin' }]);
    db.close();
  });

  it('keeps each slot’s own KDF cost when a core of another cost uses it', async () => {
    const { core } = await setUpCore(dir); // cheap slots
    core.close();
    const real = openCore({ dataDir: dir }).connect(); // default cost from here on
    await call(real, 'session.login', { username: 'ana', password: ADMIN.password });
    await call(real, 'session.changePassword', { currentPassword: ADMIN.password, newPassword: 'a costlier password' });
    real.core.close();
    const slots = (JSON.parse(readFileSync(vaultPath(), 'utf8')) as { slots: SlotJson[] }).slots;
    expect(slots.find((s) => s.kind === 'recovery')!.kdf).toMatchObject(TEST_KDF_COST);
    expect(slots.find((s) => s.kind === 'password')!.kdf).toMatchObject({ N: 131072, r: 8, p: 1 });
  });

  it('keeps fields it does not know about when it rewrites the file', async () => {
    const { core } = await setUpCore(dir);
    core.close();
    const vault = JSON.parse(readFileSync(vaultPath(), 'utf8')) as { slots: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    vault.note = 'written by a later Haven';
    for (const s of vault.slots) s.label = `slot ${String(s.kind)}`;
    writeFileSync(vaultPath(), JSON.stringify(vault));

    const client = newCore(dir).connect();
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    await call(client, 'vault.newRecoveryKey', {});
    const after = JSON.parse(readFileSync(vaultPath(), 'utf8')) as { slots: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    expect(after.note).toBe('written by a later Haven');
    expect(after.slots.find((s) => s.kind === 'password')!.label).toBe('slot password');
    client.core.close();
  });

  it('is readable by its owner only (POSIX)', async () => {
    if (process.platform === 'win32') return;
    const { core } = await setUpCore(dir);
    await callError(core.connect(), 'session.login', { username: 'ana', password: 'a wrong password' });
    core.close();
    expect(statSync(vaultPath()).mode & 0o077).toBe(0);
    expect(statSync(join(dir, 'login-throttle.json')).mode & 0o077).toBe(0);
  });
});

describe('a damaged vault.json', () => {
  const damage: [string, (original: Buffer) => Buffer | string][] = [
    ['binary garbage', () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0xfe, 0x00, 0x42])],
    ['invalid JSON', () => '{"format": "haven-vault", "version": 1,'],
    ['truncated to half', (o) => o.subarray(0, Math.floor(o.length / 2))],
    ['empty', () => ''],
    ['JSON of the wrong shape (array)', () => '[1, 2, 3]'],
    ['JSON null', () => 'null'],
    ['an unknown version', (o) => JSON.stringify({ ...JSON.parse(o.toString('utf8')), version: 2 })],
    ['no slots', (o) => JSON.stringify({ ...JSON.parse(o.toString('utf8')), slots: [] })],
    [
      'a slot with a short ciphertext',
      (o) => {
        const v = JSON.parse(o.toString('utf8')) as { slots: SlotJson[] };
        v.slots[0]!.wrap.ciphertext = Buffer.alloc(31).toString('base64');
        return JSON.stringify(v);
      },
    ],
    [
      'a slot without an id',
      (o) => {
        const v = JSON.parse(o.toString('utf8')) as { slots: Partial<SlotJson>[] };
        delete v.slots[0]!.id;
        return JSON.stringify(v);
      },
    ],
  ];

  it.each(damage)('%s → broken / VAULT_CORRUPT, refused everywhere, file untouched', async (_name, spoil) => {
    const { core, recoveryKey } = await setUpCore(dir);
    core.close();
    writeFileSync(vaultPath(), spoil(readFileSync(vaultPath())));
    const vaultBefore = readFileSync(vaultPath());
    const dbBefore = readFileSync(dbPath());
    const listing = folderListing(dir);

    const client = newCore(dir).connect();
    const status = await call(client, 'vault.status', {});
    expect(status).toMatchObject({ state: 'broken', problem: { code: 'VAULT_CORRUPT' }, retryAt: null });
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'VAULT_CORRUPT',
    });
    expect(await callError(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey })).toMatchObject({
      code: 'VAULT_CORRUPT',
    });
    expect(await callError(client, 'vault.setup', ADMIN)).toMatchObject({ code: 'VAULT_CORRUPT' });
    expect(await call(client, 'session.current', {})).toBeNull();

    expect(readFileSync(vaultPath())).toEqual(vaultBefore);
    expect(readFileSync(dbPath())).toEqual(dbBefore);
    // No throttle file (a damaged vault is not a failed login), no scratch folder, no temp file.
    expect(folderListing(dir)).toEqual(listing);
  });

  it('a folder where vault.json should be is VAULT_CORRUPT too', async () => {
    const { core } = await setUpCore(dir);
    core.close();
    rmSync(vaultPath());
    mkdirSync(vaultPath());
    const client = newCore(dir).connect();
    expect(await call(client, 'vault.status', {})).toMatchObject({
      state: 'broken',
      problem: { code: 'VAULT_CORRUPT' },
    });
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'VAULT_CORRUPT',
    });
  });
});

describe('one of the two files missing', () => {
  it('database without vault.json → VAULT_MISSING, and set-up refuses to overwrite the database', async () => {
    const { core } = await setUpCore(dir);
    core.close();
    rmSync(vaultPath());
    const dbBefore = readFileSync(dbPath());

    const client = newCore(dir).connect();
    expect(await call(client, 'vault.status', {})).toMatchObject({
      state: 'broken',
      problem: { code: 'VAULT_MISSING' },
    });
    expect(await callError(client, 'vault.setup', ADMIN)).toMatchObject({ code: 'VAULT_MISSING' });
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'VAULT_MISSING',
    });
    expect(bytesOf(vaultPath())).toBeNull();
    expect(readFileSync(dbPath())).toEqual(dbBefore);
    expect(folderListing(dir)).toEqual(['haven.db', 'haven.lock']);
  });

  it('vault.json without database → DATABASE_MISSING, and nothing is recreated', async () => {
    const { core, recoveryKey } = await setUpCore(dir);
    core.close();
    for (const f of ['haven.db', 'haven.db-wal', 'haven.db-shm']) rmSync(join(dir, f), { force: true });
    const vaultBefore = readFileSync(vaultPath());

    const client = newCore(dir).connect();
    expect(await call(client, 'vault.status', {})).toMatchObject({
      state: 'broken',
      problem: { code: 'DATABASE_MISSING' },
    });
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'DATABASE_MISSING',
    });
    expect(await callError(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey })).toMatchObject({
      code: 'DATABASE_MISSING',
    });
    expect(await callError(client, 'vault.setup', ADMIN)).toMatchObject({ code: 'DATABASE_MISSING' });
    expect(readFileSync(vaultPath())).toEqual(vaultBefore);
    expect(readdirSync(dir)).toEqual(['haven.lock', 'vault.json']);
  });

  it('an empty folder is "new": login says NOT_SET_UP', async () => {
    const client = newCore(dir).connect();
    expect(await call(client, 'vault.status', {})).toEqual({
      state: 'new',
      problem: null,
      lockedUsername: null,
      lockReason: null,
      lockMinutes: null,
      restoredBackupAt: null,
      retryAt: null,
    });
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'NOT_SET_UP',
    });
    expect(readdirSync(dir)).toEqual(['haven.lock']); // the folder lock (vault/folder-lock.ts), nothing else
  });

  it('a second set-up is ALREADY_SET_UP and leaves vault.json alone', async () => {
    const { core } = await setUpCore(dir);
    const before = readFileSync(vaultPath());
    const other = core.connect();
    expect(await callError(other, 'vault.setup', { ...ADMIN, username: 'mallory' })).toMatchObject({
      code: 'ALREADY_SET_UP',
    });
    expect(readFileSync(vaultPath())).toEqual(before);
    expect(other.session).toBeNull();
    core.close();
  });
});

describe('atomic writes', () => {
  it('leave no temp files or scratch folders behind', async () => {
    const { clock, advance } = manualClock();
    const { core, client } = await setUpCore(dir, clock);
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam', role: 'staff', password: 'sams own password' },
      client.session!.userId,
      clock(),
    );
    await call(client, 'session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'another long password',
    });
    await call(client, 'vault.newRecoveryKey', {});
    const other = core.connect();
    await callError(other, 'session.login', { username: 'sam', password: 'not sams password' });
    advance(1000);
    await call(other, 'session.login', { username: 'sam', password: 'sams own password' });
    await callError(other, 'vault.setup', ADMIN);
    core.close();

    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.startsWith('.setup-'))).toEqual([]);
    expect(folderListing(dir)).toEqual(['haven.db', 'haven.lock', 'login-throttle.json', 'vault.json']);
    const slots = (JSON.parse(readFileSync(vaultPath(), 'utf8')) as { slots: SlotJson[] }).slots;
    expect(slots.map((s) => `${s.kind}:${s.username ?? ''}`).sort()).toEqual([
      'password:ana',
      'password:sam',
      'recovery:',
    ]);
  });
});
