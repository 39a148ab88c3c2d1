import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
// Signal's SQLCipher build: a second, independent SQLCipher from npm, a devDependency used only
// here, so that a backup is proven readable by code that shares nothing with the app's driver.
import StockDatabase from '@signalapp/sqlcipher';
import { expect } from 'vitest';
import { call } from '../fixtures/core.ts';
import { newResident } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

const PASSPHRASE = 'lilac tractor ponders the harbour';

/**
 * Opens `file` with the passphrase alone and SQLCipher 4's defaults. This build already defaults to
 * them; `cipher_compatibility = 4` pins them so that a later default of the build cannot make the
 * check pass or fail for another reason than the file.
 */
function openStock(file: string, passphrase: string): StockDatabase {
  const db = new StockDatabase(file);
  db.pragma(`key = '${passphrase.replace(/'/g, "''")}'`);
  db.pragma('cipher_compatibility = 4');
  return db;
}

/** The part both drivers share: Haven's (the live database) and the stock one (the backup). */
interface Reader {
  prepare(sql: string): { all(): unknown[]; get(): unknown };
}

/** Rows per table. */
function rowCounts(db: Reader): Record<string, number> {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(
    names.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

function metaOf(db: StockDatabase): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM haven_backup').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
}

it('stock SQLCipher 4 (@signalapp/sqlcipher) opens a backup with the passphrase alone; a wrong one reads nothing', async ({
  vault,
  dir,
}) => {
  const { client, db: live } = vault;
  for (let i = 0; i < 3; i++) await newResident(client, { givenName: `Stock${i}` });
  const target = join(dir, 'usb');
  mkdirSync(target);

  const source = rowCounts(live);
  const made = await call(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE });

  expect(source.residents).toBe(3);
  const stock = openStock(made.file, PASSPHRASE);
  try {
    expect(stock.pragma('cipher_version', { simple: true })).toMatch(/^4\./);
    expect(stock.pragma('kdf_iter', { simple: true })).toBe('256000');
    expect(stock.pragma('integrity_check', { simple: true })).toBe('ok');
    const meta = metaOf(stock);
    expect(meta).toMatchObject({
      format: 'havenbak',
      organisation: 'Together We Thrive',
      createdBy: 'Ana Admin (ana)',
      counts: made.counts,
      schemaVersion: live.pragma('user_version', { simple: true }),
    });
    expect(meta.counts).toEqual(source);
    const { haven_backup: metaRows, ...copied } = rowCounts(stock);
    expect(metaRows).toBeGreaterThan(0);
    expect(copied).toEqual(source);
    const names = stock.prepare('SELECT count(*) AS n FROM residents WHERE given_name LIKE ?').get(['Stock%']) as {
      n: number;
    };
    expect(names.n).toBe(3);
  } finally {
    stock.close();
  }

  // A copy, so that the wrong key cannot touch the backup itself.
  const copy = join(dir, 'copy.havenbak');
  copyFileSync(made.file, copy);
  const wrong = openStock(copy, `${PASSPHRASE}!`);
  try {
    expect(() => wrong.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
  } finally {
    wrong.close();
  }
  expect(existsSync(made.file)).toBe(true);
});
