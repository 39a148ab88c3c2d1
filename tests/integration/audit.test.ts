import { copyFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { findBrokenLink, type AuditRow } from '../../electron/core/audit/log.ts';
import { openDatabase, type Db } from '../../electron/core/db/connection.ts';
import { writeTx } from '../../electron/core/db/tx.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

type Row = AuditRow;

const rows = (db: Db) => db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];

/** A vault with some history, closed, and its data key. */
async function vaultWithHistory() {
  const time = manualClock('2026-06-01T08:00:00Z');
  const { core, client, recoveryKey } = await setUpCore(dir, time.clock);
  const key = Buffer.from(core.heldDataKey());
  const adminId = client.session!.userId;
  time.advance(60_000);
  await callError(core.connect(), 'session.login', { username: 'ana', password: 'a wrong password' });
  time.advance(60_000);
  await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
  time.advance(60_000);
  await addUser(
    core,
    { username: 'sam', fullName: 'Sam', role: 'staff', password: 'sams own password' },
    adminId,
    time.clock(),
  );
  await call(client, 'session.setLanguage', { language: 'sr-Latn' });
  await call(client, 'vault.newRecoveryKey', {});
  core.close();
  return { key, adminId, recoveryKey, time };
}

/** A copy of the closed database, opened with the key, triggers dropped: what someone with the key could do. */
function tamperableCopy(key: Buffer, name: string): Db {
  const copyDir = join(dir, name);
  mkdirSync(copyDir);
  copyFileSync(join(dir, 'haven.db'), join(copyDir, 'haven.db'));
  const db = openDatabase(join(copyDir, 'haven.db'), key);
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  return db;
}

describe('audit log', () => {
  it('set-up, logins and changes append rows that chain from a zero genesis', async () => {
    const { key, adminId } = await vaultWithHistory();
    const db = openDatabase(join(dir, 'haven.db'), key);
    const log = rows(db);
    expect(log.map((r) => r.action)).toEqual([
      'vault.setup',
      'session.loginFailed',
      'session.login',
      'users.create',
      'session.setLanguage',
      'vault.newRecoveryKey',
    ]);
    expect(log[0]).toMatchObject({
      seq: 1,
      user_id: adminId,
      record_type: 'user',
      record_id: adminId,
      prev_hash: '0'.repeat(64),
    });
    expect(log[0]!.at).toBe('2026-06-01T08:00:00.000Z');
    // The login after one failure says so.
    // The failed attempt is in the log (no user: nobody signed in), and the login after it says so.
    expect(log[1]).toMatchObject({ user_id: null, record_type: 'user', record_id: adminId });
    expect(JSON.parse(log[2]!.detail)).toEqual({ failedBefore: 1 });
    expect(JSON.parse(log[3]!.detail)).toEqual({ role: 'staff' });
    for (let i = 1; i < log.length; i++) expect(log[i]!.prev_hash).toBe(log[i - 1]!.hash);
    for (const r of log) expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(findBrokenLink(db)).toBeNull();
    db.close();
  });

  it('the chain is a plain SHA-256 over the previous hash and the row (checkable without Haven)', async () => {
    const { key } = await vaultWithHistory();
    const db = openDatabase(join(dir, 'haven.db'), key);
    for (const r of rows(db)) {
      const canonical = JSON.stringify([r.at, r.user_id, r.action, r.record_type, r.record_id, r.detail]);
      expect(createHash('sha256').update(r.prev_hash).update(canonical).digest('hex')).toBe(r.hash);
    }
    db.close();
  });

  it('UPDATE and DELETE are refused by the triggers, and nothing changes', async () => {
    const { key } = await vaultWithHistory();
    const db = openDatabase(join(dir, 'haven.db'), key);
    const before = rows(db);
    expect(() => db.prepare("UPDATE audit_log SET action = 'nothing' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(rows(db)).toEqual(before);
    db.close();
  });

  it('a change whose transaction fails leaves neither the change nor its audit row', async () => {
    const { core, client } = await setUpCore(dir);
    const db = core.database();
    const before = rows(db);
    expect(() =>
      writeTx(db, { at: new Date(), userId: client.session!.userId }, (audit) => {
        db.prepare("UPDATE users SET full_name = 'Changed' WHERE username = 'ana'").run();
        audit({ action: 'users.rename' });
        throw new Error('the rest of the change failed');
      }),
    ).toThrow(/rest of the change/);
    expect(rows(db)).toEqual(before);
    expect(db.prepare("SELECT full_name FROM users WHERE username = 'ana'").get()).toEqual({
      full_name: ADMIN.fullName,
    });
    core.close();
  });

  it('failed calls write no audit rows, except the failed sign-in itself', async () => {
    const { core, client } = await setUpCore(dir);
    const before = rows(core.database()).length;
    const other = core.connect();
    await callError(other, 'session.login', { username: 'ana', password: 'wrong wrong wrong' });
    expect(
      rows(core.database())
        .slice(before)
        .map((r) => r.action),
    ).toEqual(['session.loginFailed']);
    await callError(other, 'vault.newRecoveryKey', {});
    await callError(client, 'session.setLanguage', { language: 'fr' });
    await callError(client, 'session.changePassword', {
      currentPassword: 'wrong wrong',
      newPassword: 'whatever it may be',
    });
    expect(rows(core.database())).toHaveLength(before + 1);
    core.close();
  });

  describe('tampering (on a copy, triggers dropped)', () => {
    it('an edited row is found', async () => {
      const { key } = await vaultWithHistory();
      const db = tamperableCopy(key, 'edit');
      db.prepare("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 2").run();
      expect(findBrokenLink(db)).toBe(2);
      db.close();
    });

    it('a row inserted by hand with a wrong hash is found', async () => {
      const { key } = await vaultWithHistory();
      const db = tamperableCopy(key, 'insert');
      const last = rows(db).at(-1)!;
      db.prepare(
        `INSERT INTO audit_log (at, user_id, action, detail, prev_hash, hash) VALUES ('2026-06-02T00:00:00.000Z', NULL, 'forged', '{}', ?, ?)`,
      ).run(last.hash, 'f'.repeat(64));
      expect(findBrokenLink(db)).toBe(last.seq + 1);
      db.close();
    });

    it('a row with a self-consistent hash but a wrong prev_hash is found', async () => {
      const { key } = await vaultWithHistory();
      const db = tamperableCopy(key, 'prev');
      const at = '2026-06-02T00:00:00.000Z';
      const prev = '0'.repeat(64);
      const hash = createHash('sha256')
        .update(prev)
        .update(JSON.stringify([at, null, 'forged', null, null, '{}']))
        .digest('hex');
      db.prepare(`INSERT INTO audit_log (at, action, detail, prev_hash, hash) VALUES (?, 'forged', '{}', ?, ?)`).run(
        at,
        prev,
        hash,
      );
      expect(findBrokenLink(db)).toBe(rows(db).at(-1)!.seq);
      db.close();
    });

    it('a deleted row in the middle is found at the row after it', async () => {
      const { key } = await vaultWithHistory();
      const db = tamperableCopy(key, 'delete');
      db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
      expect(findBrokenLink(db)).toBe(3);
      db.close();
    });

    it('the original is untouched by the tampering of a copy', async () => {
      const { key } = await vaultWithHistory();
      const copy = tamperableCopy(key, 'copy');
      copy.prepare('DELETE FROM audit_log').run();
      copy.close();
      const client = newCore(dir).connect();
      await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
      expect(findBrokenLink(client.core.database())).toBeNull();
      expect(rows(client.core.database()).length).toBeGreaterThan(4);
      client.core.close();
    });
  });
});
