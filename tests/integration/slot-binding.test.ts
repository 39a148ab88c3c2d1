import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from '../../electron/core/ids.ts';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { openDatabase } from '../../electron/core/db/connection.ts';
import { writeTx } from '../../electron/core/db/tx.ts';
import { insertUser } from '../../electron/core/users/queries.ts';
import { addPasswordSlot } from '../../electron/core/vault/password-slot.ts';
import { newRecoveryKey } from '../../electron/core/vault/recovery-key.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { dbRows } from '../fixtures/state.ts';

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

const SAM_PASSWORD = 'sams own password';
interface SlotJson {
  id: string;
  kind: string;
  userId: string | null;
  username?: string;
}
interface AuditJson {
  seq: number;
  user_id: string | null;
  action: string;
  record_id: string | null;
}
const vaultPath = () => join(dir, 'vault.json');
const readVault = () =>
  JSON.parse(readFileSync(vaultPath(), 'utf8')) as { slots: SlotJson[] } & Record<string, unknown>;

/**
 * Ana (admin) and Sam (staff); Sam made the way the accounts feature will: a row written with the
 * driver, then a password slot bound to him. Everyone signed out, the core closed.
 */
async function adminAndStaff() {
  const time = manualClock();
  const { core, client, recoveryKey } = await setUpCore(dir, time.clock);
  const anaId = client.session!.userId;
  const key = Buffer.from(core.heldDataKey());
  const samId = uuidv7();
  const db = core.database();
  writeTx(db, { at: time.clock(), userId: anaId }, () =>
    insertUser(db, { id: samId, username: 'sam', fullName: 'Sam Staff', role: 'staff', language: 'en' }, time.clock()),
  );
  await addPasswordSlot(core, { id: samId, username: 'sam' }, SAM_PASSWORD, { now: time.clock(), userId: anaId });
  core.close();
  const fresh = newCore(dir, time.clock);
  cores.push(fresh);
  return { core: fresh, key, anaId, samId, time, recoveryKey };
}

function editSamsSlot(change: (slot: SlotJson) => void, { first = false } = {}): void {
  const vault = readVault();
  const sam = vault.slots.find((s) => s.username === 'sam')!;
  change(sam);
  if (first) vault.slots = [sam, ...vault.slots.filter((s) => s !== sam)];
  writeFileSync(vaultPath(), JSON.stringify(vault, null, 2));
}

const auditSince = (key: Buffer, seq: number) => (dbRows(dir, key).audit as AuditJson[]).filter((r) => r.seq > seq);
const lastSeq = (key: Buffer) => (dbRows(dir, key).audit as AuditJson[]).at(-1)!.seq;

describe('a key slot belongs to the user the database says', () => {
  it('a staff slot edited to carry the admin userId still signs in only as staff', async () => {
    const { core, key, anaId, samId } = await adminAndStaff();
    editSamsSlot((s) => (s.userId = anaId));
    const before = lastSeq(key);

    const client = core.connect();
    const view = await call(client, 'session.login', { username: 'sam', password: SAM_PASSWORD });
    expect(view.user).toMatchObject({ id: samId, username: 'sam', role: 'staff' });
    expect(client.session).toMatchObject({ userId: samId, role: 'staff' });
    expect(await callError(client, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'FORBIDDEN' });
    // Typing the admin's name with the staff password opens nothing.
    expect(await callError(core.connect(), 'session.login', { username: 'ana', password: SAM_PASSWORD })).toMatchObject(
      {
        code: 'WRONG_CREDENTIALS',
      },
    );

    const rows = auditSince(key, before);
    // Nothing was done as the admin; the failed try at her account is itself logged, by no one.
    expect(rows.map((r) => [r.action, r.user_id])).toEqual([
      ['session.login', samId],
      ['session.loginFailed', null],
    ]);
    expect(rows.some((r) => r.user_id === anaId)).toBe(false);
    expect(rows.filter((r) => r.record_id === anaId).map((r) => r.action)).toEqual(['session.loginFailed']);
  });

  it("a staff slot relabelled with the admin's username and userId is refused like a wrong password", async () => {
    const { core, key, anaId } = await adminAndStaff();
    // Listed first, so it is the slot tried first for "ana".
    editSamsSlot(
      (s) => {
        s.username = 'ana';
        s.userId = anaId;
      },
      { first: true },
    );
    const forgedId = readVault().slots[0]!.id;
    const before = lastSeq(key);

    const client = core.connect();
    expect(await callError(client, 'session.login', { username: 'ana', password: SAM_PASSWORD })).toMatchObject({
      code: 'WRONG_CREDENTIALS',
      message: 'Wrong username or password.',
    });
    expect(client.session).toBeNull();
    expect(await call(client, 'session.current', {})).toBeNull();
    expect(await callError(client, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'NO_SESSION' });
    // Counted as a failed attempt, and the database was released again.
    expect(JSON.parse(readFileSync(join(dir, 'login-throttle.json'), 'utf8'))).toMatchObject({
      names: { ana: { failures: 1 } },
    });
    expect(() => core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));

    const rows = auditSince(key, before);
    expect(rows.map((r) => [r.action, r.user_id, r.record_id])).toEqual([['session.slotRefused', null, forgedId]]);
    expect(rows.some((r) => r.user_id === anaId || r.record_id === anaId)).toBe(false);

    // The planted copy does not lock the real administrator out: her own slot is tried next.
    const ana = await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
    expect(ana.user).toMatchObject({ id: anaId, role: 'admin' });
  });

  it('a staff slot relabelled "recovery" does not reset the administrator', async () => {
    const { core } = await adminAndStaff();
    // Sam picks a password shaped like a recovery key, then swaps his slot in as the recovery slot.
    const fakeKey = newRecoveryKey();
    const sam = core.connect();
    await call(sam, 'session.login', { username: 'sam', password: SAM_PASSWORD });
    await call(sam, 'session.changePassword', {
      currentPassword: SAM_PASSWORD,
      newPassword: fakeKey.replace(/-/g, ''),
    });
    await call(sam, 'session.lock', {});
    const vault = readVault();
    const samSlot = vault.slots.find((s) => s.username === 'sam')!;
    vault.slots = vault.slots
      .filter((s) => s.kind !== 'recovery')
      .map((s) => (s === samSlot ? { ...s, kind: 'recovery', userId: null } : s));
    writeFileSync(vaultPath(), JSON.stringify(vault));

    const client = core.connect();
    expect(
      await callError(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey: fakeKey }),
    ).toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    expect(client.session).toBeNull();
    expect(await callError(client, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'NO_SESSION' });
  });

  it('the recovery key finds the administrator by username in the database, not in vault.json', async () => {
    const time = manualClock();
    const { core, client, recoveryKey } = await setUpCore(dir, time.clock);
    cores.push(core);
    const anaId = client.session!.userId;
    await call(client, 'session.lock', {});
    // vault.json no longer names ana anywhere: the recovery login must still find her.
    const vault = readVault();
    for (const s of vault.slots) if (s.kind === 'password') Object.assign(s, { username: 'someone', userId: null });
    writeFileSync(vaultPath(), JSON.stringify(vault));
    const view = await call(core.connect(), 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    expect(view.user).toMatchObject({ id: anaId, role: 'admin' });
  });
});

describe('vaults made before slots were bound (schema 3)', () => {
  /** The state migration 004 leaves an older database in: no bindings, the backfill marker set. */
  async function asUpgraded(edit?: () => void) {
    const { key, anaId, samId, core, time, recoveryKey } = await adminAndStaff();
    core.close();
    const db = openDatabase(join(dir, 'haven.db'), key);
    db.exec(`DELETE FROM key_slot_owners; DELETE FROM settings WHERE key = 'recovery_slot';
             INSERT INTO settings (key, value) VALUES ('slot_owners_backfill', 'pending');`);
    db.close();
    edit?.();
    const fresh = newCore(dir, time.clock);
    cores.push(fresh);
    return { core: fresh, key, anaId, samId, recoveryKey };
  }

  it('binds each slot whose username and userId agree at the first unlock, audited', async () => {
    const { core, key, anaId, samId, recoveryKey } = await asUpgraded();
    const before = lastSeq(key);
    await call(core.connect(), 'session.login', { username: 'sam', password: SAM_PASSWORD });
    const rows = auditSince(key, before);
    expect(rows.filter((r) => r.action === 'vault.slotBound').map((r) => r.record_id)).toEqual(
      expect.arrayContaining([anaId, samId]),
    );
    expect(dbRows(dir, key).settings).not.toContainEqual(expect.objectContaining({ key: 'slot_owners_backfill' }));
    // The one recovery slot was bound as well.
    const view = await call(core.connect(), 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    expect(view.user.id).toBe(anaId);
  });

  it('binds nothing for a user whose slot was tampered with before the upgrade', async () => {
    const { core, key, samId } = await asUpgraded(() => editSamsSlot((s) => (s.userId = uuidv7())));
    expect(await callError(core.connect(), 'session.login', { username: 'sam', password: SAM_PASSWORD })).toMatchObject(
      {
        code: 'WRONG_CREDENTIALS',
      },
    );
    const rows = dbRows(dir, key).audit as AuditJson[];
    expect(rows.find((r) => r.action === 'vault.slotNotBound' && r.record_id === samId)).toBeDefined();
    // The administrator's own slot was bound and still works.
    await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
  });
});
