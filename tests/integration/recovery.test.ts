import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { newRecoveryKey } from '../../electron/core/vault/recovery-key.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let core: Core;
let recoveryKey: string;
let time: ReturnType<typeof manualClock>;

it.beforeEach(async ({ dir: d, cores }) => {
  dir = d;
  time = manualClock();
  ({ core, recoveryKey } = await setUpCore(dir, time.clock));
  core.close();
  core = newCore(dir, time.clock);
  cores.push(core);
});

const vaultBytes = () => readFileSync(join(dir, 'vault.json'));
const NEW_PASSWORD = 'a brand new passphrase';

/** Changes one character of the key to another letter of the alphabet that is not a look-alike. */
function typo(key: string, at = 3): string {
  const chars = [...key];
  chars[at] = chars[at] === 'Q' ? 'R' : 'Q';
  return chars.join('');
}

describe('the recovery key from set-up', () => {
  it('is six groups of five base32 characters', () => {
    expect(recoveryKey).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){5}$/);
  });

  it('opens the vault typed lower-case, without dashes or with spaces, and demands a new password', async () => {
    for (const typed of [recoveryKey.toLowerCase(), recoveryKey.replace(/-/g, ''), recoveryKey.replace(/-/g, ' ')]) {
      const client = core.connect();
      const view = await call(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey: typed });
      expect(view).toMatchObject({ user: { username: 'ana', role: 'admin' }, mustChangePassword: true });
      expect(client.session?.mustChangePassword).toBe(true);
    }
  });

  it('a typo is caught by the checksum: WRONG_RECOVERY_KEY naming the field, and no throttle count', async () => {
    const client = core.connect();
    // Positions in the first group, the middle and the checksum group (index 5, 11, … are dashes).
    for (const at of [0, 14, 33]) {
      const error = await callError(client, 'session.loginWithRecoveryKey', {
        username: 'ana',
        recoveryKey: typo(recoveryKey, at),
      });
      expect(error).toMatchObject({
        code: 'WRONG_RECOVERY_KEY',
        fields: { recoveryKey: 'validation.recoveryKeyTypo' },
      });
    }
    expect(
      await callError(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey: 'ABCDE' }),
    ).toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      fields: { recoveryKey: 'validation.recoveryKeyTypo' },
    });
    expect(client.session).toBeNull();
    expect((await call(client, 'vault.status', {})).retryAt).toBeNull();
    await call(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
  });

  it('a well-formed key of another vault is WRONG_RECOVERY_KEY and counts toward the throttle', async () => {
    const client = core.connect();
    for (let i = 0; i < 5; i++) {
      const error = await callError(client, 'session.loginWithRecoveryKey', {
        username: 'ana',
        recoveryKey: newRecoveryKey(),
      });
      expect(error.code).toBe('WRONG_RECOVERY_KEY');
      expect(error.fields).toBeUndefined();
    }
    expect(await callError(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey })).toMatchObject({
      code: 'THROTTLED',
      details: { retryAt: new Date(time.clock().getTime() + 30_000).toISOString() },
    });
    // The same counter as password logins.
    expect(await callError(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      code: 'THROTTLED',
    });
    time.advance(30_000);
    await call(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
  });

  it('only resets an administrator: FORBIDDEN for staff and for unknown names', async () => {
    const admin = core.connect();
    await call(admin, 'session.login', { username: 'ana', password: ADMIN.password });
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam', role: 'manager', password: 'sams own password' },
      admin.session!.userId,
      time.clock(),
    );
    await call(admin, 'session.lock', {});

    const client = core.connect();
    for (const username of ['sam', 'nobody']) {
      const error = await callError(client, 'session.loginWithRecoveryKey', { username, recoveryKey });
      expect(error).toMatchObject({ code: 'FORBIDDEN', fields: { username: 'validation.notAnAdmin' } });
    }
    expect(client.session).toBeNull();
    expect(() => core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
  });
});

describe('changing the password', () => {
  it('after a recovery login: no current password needed; old fails, new works, recovery key still works', async () => {
    const client = core.connect();
    await call(client, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    const view = await call(client, 'session.changePassword', { newPassword: NEW_PASSWORD });
    expect(view.mustChangePassword).toBe(false);
    expect(client.session?.mustChangePassword).toBe(false);
    await call(client, 'session.lock', {});

    expect(
      await callError(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password }),
    ).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    await call(core.connect(), 'session.login', { username: 'ana', password: NEW_PASSWORD });
    await call(core.connect(), 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    // Exactly one password slot remains for ana.
    const slots = (JSON.parse(vaultBytes().toString('utf8')) as { slots: { kind: string; username?: string }[] }).slots;
    expect(slots.filter((s) => s.kind === 'password' && s.username === 'ana')).toHaveLength(1);
  });

  it('normally needs the right current password; wrong or missing changes nothing', async () => {
    const client = core.connect();
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    const before = vaultBytes();
    expect(
      await callError(client, 'session.changePassword', {
        currentPassword: 'not my password',
        newPassword: NEW_PASSWORD,
      }),
    ).toMatchObject({
      code: 'WRONG_CREDENTIALS',
      fields: { currentPassword: 'validation.currentPasswordWrong' },
    });
    expect(await callError(client, 'session.changePassword', { newPassword: NEW_PASSWORD })).toMatchObject({
      code: 'VALIDATION',
      fields: { currentPassword: 'validation.required' },
    });
    expect(
      await callError(client, 'session.changePassword', { currentPassword: ADMIN.password, newPassword: 'too short' }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { newPassword: 'validation.passwordLength' },
    });
    expect(vaultBytes()).toEqual(before);
    expect(client.session).not.toBeNull(); // a wrong current password does not sign you out

    await call(client, 'session.changePassword', { currentPassword: ADMIN.password, newPassword: NEW_PASSWORD });
    expect(vaultBytes()).not.toEqual(before);
    expect(
      await callError(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password }),
    ).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    await call(core.connect(), 'session.login', { username: 'ana', password: NEW_PASSWORD });
  });

  it('changes only the caller’s own slot', async () => {
    const admin = core.connect();
    await call(admin, 'session.login', { username: 'ana', password: ADMIN.password });
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam', role: 'staff', password: 'sams own password' },
      admin.session!.userId,
      time.clock(),
    );
    const sam = core.connect();
    await call(sam, 'session.login', { username: 'sam', password: 'sams own password' });
    await call(sam, 'session.changePassword', { currentPassword: 'sams own password', newPassword: NEW_PASSWORD });
    await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
    await call(core.connect(), 'session.login', { username: 'sam', password: NEW_PASSWORD });
    expect(await callError(core.connect(), 'session.login', { username: 'ana', password: NEW_PASSWORD })).toMatchObject(
      {
        code: 'WRONG_CREDENTIALS',
      },
    );
  });
});

describe('vault.newRecoveryKey', () => {
  it('replaces the key: the old one is refused, the new one opens', async () => {
    const admin = core.connect();
    await call(admin, 'session.login', { username: 'ana', password: ADMIN.password });
    const { recoveryKey: fresh } = await call(admin, 'vault.newRecoveryKey', {});
    expect(fresh).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){5}$/);
    expect(fresh).not.toBe(recoveryKey);
    await call(admin, 'session.lock', {});

    expect(
      await callError(core.connect(), 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey }),
    ).toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    await call(core.connect(), 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey: fresh });
    const slots = (JSON.parse(vaultBytes().toString('utf8')) as { slots: { kind: string }[] }).slots;
    expect(slots.filter((s) => s.kind === 'recovery')).toHaveLength(1);
    // Password logins are untouched.
    await call(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password });
  });
});
