import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { DATA_FILES, makeDataFolderPrivate } from '../../electron/core/platform/private-files.ts';
import { ADMIN, call, callError, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

let root: string;
let cores: Core[];
it.beforeEach(({ dir, cores: c }) => {
  root = dir;
  cores = c;
});

describe.skipIf(process.platform === 'win32')('the data folder is readable by its owner only', () => {
  it('a new folder is 0700 and every file Haven writes in it is 0600', async () => {
    const dir = join(root, 'nested', 'haven-data');
    const previous = process.umask(0o022); // the usual umask: what SQLite alone would leave readable
    try {
      const { core, client } = await setUpCore(dir);
      cores.push(core);
      // Something in the WAL, and a failed login for the throttle file.
      core.database().prepare("INSERT INTO settings (key, value) VALUES ('mode.test', 'x')").run();
      expect(
        await callError(core.connect(), 'session.login', { username: 'nobody', password: 'a wrong password' }),
      ).toMatchObject({
        code: 'WRONG_CREDENTIALS',
      });
      await call(client, 'session.changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'quiet river under seven bridges',
      });

      expect(mode(dir)).toBe(0o700);
      const files = readdirSync(dir).sort();
      // Failed sign-ins wait in login-failures.json only while the database is closed; here it is open.
      expect(files).toEqual(DATA_FILES.filter((f) => f !== 'login-failures.json').sort());
      for (const f of files) expect({ f, mode: mode(join(dir, f)) }).toEqual({ f, mode: 0o600 });
    } finally {
      process.umask(previous);
    }
  });

  it('an existing folder and files left readable by others are tightened when the core starts', async () => {
    const dir = join(root, 'haven-data');
    const { core } = await setUpCore(dir);
    core.close();
    chmodSync(dir, 0o755);
    for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
    writeFileSync(join(dir, 'notes.txt'), 'not Haven’s'); // someone else's file is left alone
    chmodSync(join(dir, 'notes.txt'), 0o644);

    const restarted = newCore(dir);
    cores.push(restarted);
    await call(restarted.connect(), 'vault.status', {}); // the core takes its folder at the first call
    expect(mode(dir)).toBe(0o700);
    for (const f of ['haven.db', 'vault.json']) expect(mode(join(dir, f))).toBe(0o600);
    expect(mode(join(dir, 'notes.txt'))).toBe(0o644);
  });

  it('makeDataFolderPrivate creates missing folders and is idempotent', () => {
    const dir = join(root, 'a', 'b');
    makeDataFolderPrivate(dir);
    makeDataFolderPrivate(dir);
    expect(mode(dir)).toBe(0o700);
    mkdirSync(join(root, 'open'), { mode: 0o777 });
    chmodSync(join(root, 'open'), 0o777);
    makeDataFolderPrivate(join(root, 'open'));
    expect(mode(join(root, 'open'))).toBe(0o700);
  });
});
