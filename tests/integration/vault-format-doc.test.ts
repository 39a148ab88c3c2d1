// docs/vault-format.md, run as written: its example parses as format 1, its script turns the
// recovery key (or a password) into the data key, and its SQL opens haven.db over a fresh
// connection. If the code and the page part ways, this fails.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { auditHeadOf, vaultFileSchema } from '../../electron/core/vault/vault-file.ts';
import { ADMIN, call, setUpCore } from '../fixtures/core.ts';
import { newResident } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/vault-format.md'), 'utf8');
const PLACEHOLDER = '<64 hex digits of the data key>';

/** The fenced blocks of one language, in page order, without the list indentation. */
function blocks(lang: string): string[] {
  const found: string[] = [];
  const re = new RegExp(`^( *)\`\`\`${lang}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm');
  for (const m of DOC.matchAll(re)) {
    const indent = m[1]!.length;
    found.push(
      m[2]!
        .split('\n')
        .map((l) => l.slice(indent))
        .join('\n'),
    );
  }
  return found;
}

/** Runs the page's script with Node, as a reader would. */
function dataKeyByDoc(dir: string, args: string[]): string {
  const script = join(dir, 'haven-data-key.mjs');
  writeFileSync(script, blocks('js')[0]!);
  return execFileSync(process.execPath, [script, join(dir, 'vault.json'), ...args], {
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
}

describe('docs/vault-format.md', () => {
  it('shows a vault.json that format 1 accepts, with both kinds of slot', () => {
    const [example] = blocks('json');
    const vault = vaultFileSchema.parse(JSON.parse(example!));
    expect(vault.slots.map((s) => s.kind)).toEqual(['password', 'recovery']);
    expect(auditHeadOf(vault)).toEqual(vault.auditHead);
  });

  it('its recipe opens haven.db from the printed recovery key, typed carelessly, and from a password', async ({
    dir,
  }) => {
    const { core, client, recoveryKey } = await setUpCore(dir);
    await newResident(client, { givenName: 'Đurđa', familyName: 'Đorđević' });
    const heldKey = Buffer.from(core.heldDataKey()).toString('hex');
    await call(client, 'session.lock', {});
    core.close();

    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const fromRecovery = dataKeyByDoc(dir, [typed]);
    expect(fromRecovery).toMatch(/^[0-9a-f]{64}$/);
    expect(fromRecovery).toBe(heldKey);
    expect(dataKeyByDoc(dir, [ADMIN.password, ADMIN.username.toUpperCase()])).toBe(heldKey);
    expect(() => dataKeyByDoc(dir, ['AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA'])).toThrow(/unable to authenticate/);

    const [stock, multipleCiphers] = blocks('sql');
    // Both ways key the database the same way; the stock SQLCipher 4 shell is not run here.
    const keyLine = (sql: string) => sql.split('\n').find((l) => l.startsWith('PRAGMA key'));
    expect(keyLine(stock!)).toBe(keyLine(multipleCiphers!));

    const db = new Database(join(dir, 'haven.db'), { fileMustExist: true });
    try {
      const statements = multipleCiphers!
        .replace(PLACEHOLDER, fromRecovery)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const sql of statements) db.prepare(sql).all();
      expect(db.prepare('SELECT username FROM users').all()).toEqual([{ username: ADMIN.username }]);
      expect(db.prepare('SELECT given_name, family_name FROM residents').all()).toEqual([
        { given_name: 'Đurđa', family_name: 'Đorđević' },
      ]);
    } finally {
      db.close();
    }
  });

  it('its statements with a wrong key fail at the first read, as the page says', async ({ dir }) => {
    const { core } = await setUpCore(dir);
    core.close();
    const [, multipleCiphers] = blocks('sql');
    const db = new Database(join(dir, 'haven.db'), { fileMustExist: true });
    try {
      const statements = multipleCiphers!
        .replace(PLACEHOLDER, '00'.repeat(32))
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      expect(() => {
        for (const sql of statements) db.prepare(sql).all();
      }).toThrow(/file is not a database/);
    } finally {
      db.close();
    }
  });
});
