import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.ts';
import { ADMIN, call, callError, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

const MARK = 'Đorđević-PLAINTEXT-MARKER-7731';

describe('encryption at rest', () => {
  it('keeps no plaintext in the database file or its WAL', async () => {
    const { core } = await setUpCore(dir);
    const db = core.database();
    db.prepare("INSERT INTO settings (key, value) VALUES ('marker', ?)").run(MARK);
    const dbFile = join(dir, 'haven.db');
    const wal = `${dbFile}-wal`;
    expect(existsSync(wal)).toBe(true); // the insert is in the WAL right now
    for (const file of [dbFile, wal]) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(MARK))).toBe(false);
      expect(bytes.includes(Buffer.from('PLAINTEXT-MARKER'))).toBe(false);
      expect(bytes.includes(Buffer.from(ADMIN.organisation))).toBe(false);
    }
    expect(readFileSync(dbFile).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    core.close();
    expect(readFileSync(dbFile).includes(Buffer.from(MARK))).toBe(false);
  });

  it('refuses a wrong key and opens with the right one after a restart', async () => {
    const first = await setUpCore(dir);
    const key = Buffer.from(first.core.heldDataKey());
    first.core.close();

    const wrong = Buffer.alloc(32, 7);
    expect(() => openDatabase(join(dir, 'haven.db'), wrong)).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    // Without any key the file is not a database either.
    const raw = new Database(join(dir, 'haven.db'), { fileMustExist: true });
    expect(() => raw.prepare('SELECT * FROM users').all()).toThrow();
    raw.close();

    const db = openDatabase(join(dir, 'haven.db'), key);
    expect(db.prepare('SELECT username FROM users').all()).toEqual([{ username: 'ana' }]);
    db.close();

    // And through the front door of a fresh core.
    const again = newCore(dir).connect();
    const session = await call(again, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(session.user.fullName).toBe('Ana Admin');
    expect(session.organisation).toBe(ADMIN.organisation);
  });

  it('never writes the data key into vault.json', async () => {
    const { core } = await setUpCore(dir);
    const key = core.heldDataKey();
    const vaultText = readFileSync(join(dir, 'vault.json'), 'utf8');
    expect(vaultText).not.toContain(key.toString('hex'));
    expect(vaultText).not.toContain(key.toString('base64'));
    expect(readFileSync(join(dir, 'vault.json')).includes(key)).toBe(false);
    for (const f of ['haven.db', 'haven.db-wal']) {
      if (existsSync(join(dir, f))) expect(readFileSync(join(dir, f)).includes(key)).toBe(false);
    }
  });

  it('opens with the SQLCipher 4 settings and the raw key, as stock SQLCipher would', async () => {
    const { core } = await setUpCore(dir);
    const key = Buffer.from(core.heldDataKey());
    core.close();
    const hexKey = `key="x'${key.toString('hex')}'"`;
    // The driver's default cipher (ChaCha20) cannot read it: the file really is in the SQLCipher scheme.
    const chacha = new Database(join(dir, 'haven.db'));
    chacha.pragma(hexKey);
    expect(() => chacha.prepare('SELECT count(*) FROM users').get()).toThrow();
    chacha.close();
    const db = new Database(join(dir, 'haven.db'));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(hexKey);
    expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    db.close();
  });

  it('uses the pragmas the design requires', async () => {
    const { core } = await setUpCore(dir);
    const db = core.database();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it('reports a locked database after sign-out and wipes the held key', async () => {
    const { core, client } = await setUpCore(dir);
    const held = core.heldDataKey();
    await call(client, 'session.lock', {});
    expect(held.equals(Buffer.alloc(32))).toBe(true);
    expect(await callError(client, 'session.setLanguage', { language: 'sr-Latn' })).toMatchObject({
      code: 'NO_SESSION',
    });
  });
});
