import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

it('records a language change in the audit log', async () => {
  const { core, client } = await setUpCore(dir);
  await call(client, 'session.setLanguage', { language: 'sr-Latn' });
  const row = core.database().prepare("SELECT detail FROM audit_log WHERE action = 'session.setLanguage'").get() as {
    detail: string;
  };
  expect(JSON.parse(row.detail)).toEqual({ language: 'sr-Latn' });
});

it('counts wrong current passwords at a signed-in screen like failed logins', async () => {
  const clock = manualClock();
  const { core, client } = await setUpCore(dir, clock.clock);
  for (let i = 0; i < 5; i++) {
    const e = await callError(client, 'session.changePassword', {
      currentPassword: `guess number ${i}`,
      newPassword: 'a new long password',
    });
    expect(e.code).toBe('WRONG_CREDENTIALS');
  }
  expect(
    (
      await callError(client, 'session.changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'a new long password',
      })
    ).code,
  ).toBe('THROTTLED');
  const other = core.connect();
  expect((await callError(other, 'session.login', { username: 'ana', password: ADMIN.password })).code).toBe(
    'THROTTLED',
  );
});

it('refuses a vault.json whose scrypt parameters would need gigabytes, and leaves it as it was', async () => {
  const { core } = await setUpCore(dir);
  core.close();
  const path = join(dir, 'vault.json');
  const vault = JSON.parse(readFileSync(path, 'utf8'));
  vault.slots[0].kdf.N = 2 ** 22;
  vault.slots[0].kdf.r = 32;
  const tampered = JSON.stringify(vault);
  writeFileSync(path, tampered);
  const client = newCore(dir).connect();
  expect((await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).code).toBe(
    'VAULT_CORRUPT',
  );
  expect(readFileSync(path, 'utf8')).toBe(tampered);
});
