import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { ADMIN, call, callError, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

const PAGE = 4096; // SQLCipher 4's default page size

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

/** A real encrypted vault of many pages, closed (its WAL folded into haven.db). */
async function vaultOfManyPages(): Promise<{ pages: number }> {
  const { core } = await setUpCore(dir);
  const db = core.database();
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`filler.${i}`, `value ${i} `.repeat(30));
  })();
  core.close();
  const pages = statSync(join(dir, 'haven.db')).size / PAGE;
  expect(pages).toBeGreaterThan(20);
  return { pages };
}

/** Flips bytes in the middle of a page: SQLCipher's per-page HMAC no longer matches. */
function damagePage(page: number): void {
  const fd = openSync(join(dir, 'haven.db'), 'r+');
  try {
    const at = (page - 1) * PAGE + 1000;
    const bytes = Buffer.alloc(16);
    readSync(fd, bytes, 0, bytes.length, at);
    for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeSync(fd, bytes, 0, bytes.length, at);
  } finally {
    closeSync(fd);
  }
}

function restartedCore(): Core {
  const core = newCore(dir);
  cores.push(core);
  return core;
}

it('a damaged page past the header is DATABASE_DAMAGED at login, not a wrong password or key', async () => {
  const { pages } = await vaultOfManyPages();
  // The middle (with this data a page of the schema, which spans several), the first after the header, the last.
  for (const page of [Math.floor(pages / 2), 2, pages]) {
    damagePage(page);
    const client = restartedCore().connect();
    const error = await callError(client, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(error.code, `page ${page}`).toBe('DATABASE_DAMAGED');
    expect(client.session).toBeNull();
    // The right password was typed: not counted as a failure.
    expect((await call(client, 'vault.status', {})).retryAt).toBeNull();
    // A wrong password never reaches the database: still the plain answer.
    expect((await callError(client, 'session.login', { username: 'ana', password: 'not the password' })).code).toBe(
      'WRONG_CREDENTIALS',
    );
    damagePage(page); // the same bytes flipped back: the file is whole again
    cores.pop()!.close(); // one process per folder: the next "restart" needs it free
  }
  await call(restartedCore().connect(), 'session.login', { username: 'ana', password: ADMIN.password });
});

it('the same vault undamaged: the right password opens it, a wrong one is WRONG_CREDENTIALS', async () => {
  await vaultOfManyPages();
  const core = restartedCore();
  expect(
    (await callError(core.connect(), 'session.login', { username: 'ana', password: 'not the password' })).code,
  ).toBe('WRONG_CREDENTIALS');
  const client = core.connect();
  await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
  expect(core.database().prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'filler.%'").get()).toEqual({
    n: 400,
  });
});
