import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { ADMIN, call, callError, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let core: Core | undefined;
it.beforeEach(({ dir: d }) => {
  dir = d;
});
it.afterEach(() => {
  core?.close();
  core = undefined;
});

describe('the core enforces the password policy', () => {
  it.each([
    ['password1234', 'validation.passwordWeak'],
    ['qwertyuiop12', 'validation.passwordWeak'],
    ['ana loves her cat', 'validation.passwordContainsName'],
    ['my name is ANA ADMIN', 'validation.passwordContainsName'],
    ['anaadmin-2026-rocks', 'validation.passwordContainsName'],
  ])(
    'session.changePassword refuses %j as VALIDATION on newPassword, and nothing changes',
    async (newPassword, key) => {
      let client;
      ({ core, client } = await setUpCore(dir));
      const vaultBefore = readFileSync(join(dir, 'vault.json'), 'utf8');
      const error = await callError(client, 'session.changePassword', { currentPassword: ADMIN.password, newPassword });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { newPassword: key } });
      expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe(vaultBefore);
      // Nothing counted against ana either: the current password was right.
      await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
    },
  );

  it('accepts a strong password that does not contain the name', async () => {
    let client;
    ({ core, client } = await setUpCore(dir));
    await call(client, 'session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'quiet river under seven bridges',
    });
    await call(core.connect(), 'session.login', { username: 'ana', password: 'quiet river under seven bridges' });
  });

  it('vault.setup refuses a weak password or one built from the names typed, and creates nothing', async () => {
    core = newCore(dir);
    const client = core.connect();
    for (const [password, key] of [
      ['password1234', 'validation.passwordWeak'],
      ['Ana Admin forever', 'validation.passwordContainsName'],
      // The organisation's words are zxcvbn user inputs: guessable, so weak.
      ['Together We Thrive', 'validation.passwordWeak'],
    ] as const) {
      expect(await callError(client, 'vault.setup', { ...ADMIN, password })).toMatchObject({
        code: 'VALIDATION',
        fields: { password: key },
      });
    }
    expect(existsSync(join(dir, 'vault.json'))).toBe(false);
    expect(existsSync(join(dir, 'haven.db'))).toBe(false);
    expect((await call(client, 'vault.status', {})).state).toBe('new');
  });
});
