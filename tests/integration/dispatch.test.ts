import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, vi } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { contract } from '../../shared/contract.ts';
import { ERROR_CODES, type Result } from '../../shared/errors.ts';
import { ADMIN, call, callError, newCore, removeDir, setUpCore, tempDir } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { snapshot } from '../fixtures/state.ts';

let dir: string;
let core: Core;
let admin: Client;
let recoveryKey: string;
let key: Buffer;

it.beforeEach(async ({ dir: d, cores }) => {
  dir = d;
  ({ core, client: admin, recoveryKey } = await setUpCore(dir));
  cores.push(core);
  key = Buffer.from(core.heldDataKey());
});

function expectResultShape(r: Result<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(ERROR_CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
  }
  // Whatever comes back must survive Electron's structured clone / the E2E bridge's JSON.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('unknown channel', () => {
  it.each(['nope', 'vault.Status', 'vault.status ', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    '%j → UNKNOWN_CHANNEL, nothing changed',
    async (channel) => {
      const before = snapshot(dir, key);
      expect(await callError(admin, channel, {})).toMatchObject({ code: 'UNKNOWN_CHANNEL' });
      expect(snapshot(dir, key)).toEqual(before);
    },
  );
});

describe('invalid input', () => {
  it('a short password in vault.setup names the field and creates nothing', async () => {
    const fresh = tempDir();
    try {
      const client = newCore(fresh).connect();
      const error = await callError(client, 'vault.setup', { ...ADMIN, password: 'short' });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({ password: 'validation.passwordLength' });
      expect(readdirSync(fresh)).toEqual([]);
      expect(await call(client, 'vault.status', {})).toMatchObject({ state: 'new' });
    } finally {
      removeDir(fresh);
    }
  });

  it('names every bad field at once, with i18n keys', async () => {
    const fresh = tempDir();
    try {
      const client = newCore(fresh).connect();
      const error = await callError(client, 'vault.setup', {
        ...ADMIN,
        username: 'x',
        organisation: '   ',
        password: 'x'.repeat(300),
        language: 'fr',
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({
        username: 'validation.usernameLength',
        organisation: 'validation.required',
        password: 'validation.passwordTooLong',
        language: 'validation.invalid',
      });
      expect(readdirSync(fresh)).toEqual([]);
    } finally {
      removeDir(fresh);
    }
  });

  it('rejects unknown keys (strict schemas) and names them', async () => {
    const other = core.connect();
    const before = snapshot(dir, key);
    // Even with the right password, an extra key means nothing runs: no session, no audit row.
    const error = await callError(other, 'session.login', { username: 'ana', password: ADMIN.password, role: 'admin' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { role: 'validation.invalid' } });
    expect(other.session).toBeNull();
    expect(await call(other, 'session.current', {})).toBeNull();
    expect(await callError(admin, 'vault.status', { verbose: true })).toMatchObject({
      code: 'VALIDATION',
      fields: { verbose: 'validation.invalid' },
    });
    expect(snapshot(dir, key)).toEqual(before);
  });

  it('a bad language leaves the stored language as it was', async () => {
    const before = snapshot(dir, key);
    const error = await callError(admin, 'session.setLanguage', { language: 'de' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { language: 'validation.invalid' } });
    expect(snapshot(dir, key)).toEqual(before);
    expect((await call(admin, 'session.current', {}))?.user.language).toBe('en');
  });

  it('authorises before it validates (a caller who may not call learns nothing about the input)', async () => {
    const other = core.connect();
    expect(await callError(other, 'session.setLanguage', { language: 'xx' })).toMatchObject({ code: 'NO_SESSION' });
    expect(await callError(other, 'session.setLanguage', { language: 'sr-Latn' })).toMatchObject({
      code: 'NO_SESSION',
    });
    expect(await callError(admin, 'session.setLanguage', { language: 'xx' })).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('authorisation', () => {
  it('NO_SESSION for signed-in channels, and nothing changes', async () => {
    const other = core.connect();
    const before = snapshot(dir, key);
    expect(await callError(other, 'session.setLanguage', { language: 'sr-Latn' })).toMatchObject({
      code: 'NO_SESSION',
    });
    expect(await callError(other, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'NO_SESSION' });
    expect(await callError(other, 'session.changePassword', { newPassword: 'a whole new password' })).toMatchObject({
      code: 'NO_SESSION',
    });
    expect(snapshot(dir, key)).toEqual(before);
    // The old recovery key still opens: newRecoveryKey really did not run.
    await call(other, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
  });

  it('NO_SESSION after the session is locked', async () => {
    await call(admin, 'session.lock', {});
    expect(await callError(admin, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'NO_SESSION' });
    expect(await callError(admin, 'session.setLanguage', { language: 'en' })).toMatchObject({ code: 'NO_SESSION' });
  });

  it.each(['staff', 'manager'] as const)('FORBIDDEN for a %s calling an admin channel', async (role) => {
    const now = new Date();
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam Staff', role, password: 'sams own password' },
      admin.session!.userId,
      now,
    );
    const staff = core.connect();
    const view = await call(staff, 'session.login', { username: 'sam', password: 'sams own password' });
    expect(view.user.role).toBe(role);

    const before = snapshot(dir, key);
    const error = await callError(staff, 'vault.newRecoveryKey', {});
    expect(error.code).toBe('FORBIDDEN');
    expect(snapshot(dir, key)).toEqual(before);
    // Their own staff-level channels still work.
    expect((await call(staff, 'session.setLanguage', { language: 'sr-Latn' })).user.language).toBe('sr-Latn');
  });

  it('PASSWORD_CHANGE_REQUIRED after a recovery-key login, except for the channels allowed meanwhile', async () => {
    const rescued = core.connect();
    const view = await call(rescued, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    expect(view.mustChangePassword).toBe(true);

    const before = snapshot(dir, key);
    expect(await callError(rescued, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(snapshot(dir, key)).toEqual(before);

    expect((await call(rescued, 'session.setLanguage', { language: 'sr-Latn' })).mustChangePassword).toBe(true);
    expect(await call(rescued, 'session.current', {})).toMatchObject({ mustChangePassword: true });
    const changed = await call(rescued, 'session.changePassword', { newPassword: 'a whole new password' });
    expect(changed.mustChangePassword).toBe(false);
    // Now the admin channel opens.
    expect((await call(rescued, 'vault.newRecoveryKey', {})).recoveryKey).not.toBe(recoveryKey);
  });

  it('only the status, set-up (with restore from a backup), log-in and lock channels are public (none left open by mistake)', () => {
    const open = Object.entries(contract)
      .filter(([, spec]) => spec.access === 'public')
      .map(([name]) => name)
      .sort();
    expect(open).toEqual([
      'session.current',
      'session.lock',
      'session.login',
      'session.loginWithRecoveryKey',
      'vault.inspectBackup',
      'vault.restoreBackup',
      'vault.setup',
      'vault.status',
    ]);
  });
});

describe('dispatch always answers with a Result', () => {
  const weird: [string, unknown][] = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['an object', {}],
    ['an array', []],
    ['an array holding a channel name', ['vault.status']],
    ['a symbol', Symbol('vault.status')],
    ['a bigint', 10n],
    ['a function', () => 'vault.status'],
    ['a null-prototype object', Object.create(null)],
    [
      'an object whose toString throws',
      {
        toString() {
          throw new Error('boom');
        },
      },
    ],
  ];

  it.each(weird)('channel = %s → UNKNOWN_CHANNEL', async (_label, channel) => {
    const r = await admin.invoke(channel, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expectResultShape(r);
  });

  it('garbage input gives VALIDATION, never a throw', async () => {
    const throwingGetter = {
      get username(): string {
        throw new Error('getter');
      },
    };
    const hostileProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    const inputs: unknown[] = ['vault.status', 42, [], [1, 2], true, 10n, throwingGetter, hostileProxy, () => ({})];
    const before = snapshot(dir, key);
    for (const input of inputs) {
      for (const channel of ['session.login', 'vault.setup', 'session.setLanguage', 'vault.status'] as const) {
        const r = await admin.invoke(channel, input);
        expect(r, `${channel} ${String(typeof input)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        expectResultShape(r);
      }
    }
    expect(snapshot(dir, key)).toEqual(before);
  });

  it('null or missing input reads as {} for channels without input', async () => {
    expect(await admin.invoke('vault.status', null)).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(await admin.invoke('session.current', undefined)).toMatchObject({
      ok: true,
      value: { user: { username: 'ana' } },
    });
    expect(await callError(admin, 'session.login', null)).toMatchObject({
      code: 'VALIDATION',
      fields: { username: 'validation.invalid', password: 'validation.invalid' },
    });
  });

  it('property: any channel and any input gives a Result', async () => {
    const channels = Object.keys(contract).filter((c) => c !== 'session.lock');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.constantFrom(...channels)),
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        async (channel, input) => {
          const r = await admin.invoke(channel, input);
          expectResultShape(r);
        },
      ),
      { numRuns: 300 },
    );
    // The administrator is still signed in and the vault is intact.
    expect(await call(admin, 'session.current', {})).toMatchObject({ user: { username: 'ana' } });
  });

  it('an unexpected failure inside a handler becomes INTERNAL, without details', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A "data folder" that is a file: set-up fails in the file system, not with an AppError.
      const ghost = join(dir, 'a-file-not-a-folder');
      writeFileSync(ghost, 'x');
      const client = newCore(ghost).connect();
      const error = await callError(client, 'vault.setup', ADMIN);
      expect(error).toEqual({ code: 'INTERNAL', message: 'Something went wrong inside Haven.' });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
