import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

/** A set-up vault, everyone signed out, and a clock the test moves. */
async function signedOutVault() {
  const time = manualClock();
  const { core } = await setUpCore(dir, time.clock);
  core.close();
  const fresh = newCore(dir, time.clock);
  cores.push(fresh);
  return { ...time, core: fresh };
}

const wrong = { username: 'ana', password: 'not the password' };
const right = { username: 'ana', password: ADMIN.password };

describe('login', () => {
  it('opens a session with the user, organisation and premises', async () => {
    const { core } = await signedOutVault();
    const client = core.connect();
    const view = await call(client, 'session.login', right);
    expect(view).toMatchObject({
      user: { username: 'ana', fullName: ADMIN.fullName, role: 'admin', language: 'en' },
      organisation: ADMIN.organisation,
      premises: ADMIN.premises,
      mustChangePassword: false,
    });
    expect(await call(client, 'session.current', {})).toEqual(view);
    expect(client.session).toMatchObject({ username: 'ana', role: 'admin' });
  });

  it('gives the same answer for a wrong password and an unknown username', async () => {
    const { core } = await signedOutVault();
    const client = core.connect();
    const badPassword = await callError(client, 'session.login', wrong);
    const unknownUser = await callError(client, 'session.login', { username: 'nobody', password: ADMIN.password });
    expect(badPassword.code).toBe('WRONG_CREDENTIALS');
    expect(unknownUser).toEqual(badPassword);
    expect(client.session).toBeNull();
    // Neither opened the database.
    expect(() => core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
  });

  it('treats the username case- and space-insensitively', async () => {
    const { core } = await signedOutVault();
    expect(
      (await call(core.connect(), 'session.login', { username: 'ANA', password: ADMIN.password })).user.username,
    ).toBe('ana');
    expect(
      (await call(core.connect(), 'session.login', { username: '  Ana ', password: ADMIN.password })).user.username,
    ).toBe('ana');
  });

  it('does not treat the password case-insensitively, but does NFKC-normalise it', async () => {
    const { core } = await signedOutVault();
    expect(
      await callError(core.connect(), 'session.login', { username: 'ana', password: ADMIN.password.toUpperCase() }),
    ).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    // U+FB01 (the "fi" ligature) NFKC-normalises to "fi": what another keyboard layout may type.
    const client = core.connect();
    await call(client, 'session.login', right);
    await call(client, 'session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'final fiesta of files',
    });
    await call(core.connect(), 'session.login', { username: 'ana', password: '\uFB01nal \uFB01esta of \uFB01les' });
  });

  it('refuses an inactive account even with the right password', async () => {
    const { core, clock } = await signedOutVault();
    const admin = core.connect();
    await call(admin, 'session.login', right);
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam', role: 'staff', password: 'sams own password' },
      admin.session!.userId,
      clock(),
    );
    core.database().prepare("UPDATE users SET active = 0 WHERE username = 'sam'").run();
    const sam = core.connect();
    expect(await callError(sam, 'session.login', { username: 'sam', password: 'sams own password' })).toMatchObject({
      code: 'ACCOUNT_INACTIVE',
    });
    expect(sam.session).toBeNull();
    expect(await call(sam, 'session.current', {})).toBeNull();
  });
});

describe('throttling', () => {
  /** retryAt as the login screen learns it: from the THROTTLED answer to a try. */
  async function retryAtFor(core: Core, username: string): Promise<string> {
    const error = await callError(core.connect(), 'session.login', { username, password: 'any password at all' });
    expect(error.code).toBe('THROTTLED');
    return error.details!.retryAt as string;
  }

  it('after 5 failures in a row the next try is THROTTLED, even with the right password', async () => {
    const { core, clock } = await signedOutVault();
    const client = core.connect();
    for (let i = 0; i < 5; i++)
      expect(await callError(client, 'session.login', wrong)).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    const error = await callError(client, 'session.login', right);
    expect(error.code).toBe('THROTTLED');
    expect(error.details?.retryAt).toBe(new Date(clock().getTime() + 30_000).toISOString());
    expect(client.session).toBeNull();
    // Counted per name: a login screen that does not know who is coming shows no wait.
    expect((await call(client, 'vault.status', {})).retryAt).toBeNull();
  });

  it('one person’s wrong passwords throttle that name only: another user still signs in', async () => {
    const { core, clock } = await signedOutVault();
    const admin = core.connect();
    await call(admin, 'session.login', right);
    await addUser(
      core,
      { username: 'boris', fullName: 'Boris Staff', role: 'staff', password: 'boris has a password' },
      admin.session!.userId,
      clock(),
    );
    await call(admin, 'session.lock', {});

    const shared = core.connect();
    for (let i = 0; i < 6; i++) await callError(shared, 'session.login', wrong);
    expect(await callError(shared, 'session.login', right)).toMatchObject({ code: 'THROTTLED' });
    expect(
      (await call(shared, 'session.login', { username: 'boris', password: 'boris has a password' })).user.username,
    ).toBe('boris');
    // The window locked as boris shows no wait; ana is still held up.
    await call(shared, 'session.lock', {});
    expect((await call(shared, 'vault.status', {})).retryAt).toBeNull();
    expect(await callError(core.connect(), 'session.login', right)).toMatchObject({ code: 'THROTTLED' });
  });

  it('unknown usernames are counted too, under the name typed', async () => {
    const { core } = await signedOutVault();
    const client = core.connect();
    const nobody = { username: 'nobody', password: 'whatever it is' };
    for (let i = 0; i < 5; i++)
      expect(await callError(client, 'session.login', nobody)).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    // The same answer a real name gets: throttling does not tell which names exist.
    expect(await callError(client, 'session.login', nobody)).toMatchObject({ code: 'THROTTLED' });
    await call(client, 'session.login', right);
  });

  it('many failures across different names throttle every name (password spraying)', async () => {
    const { core, clock, advance } = await signedOutVault();
    const client = core.connect();
    const first = clock().getTime();
    for (let i = 0; i < 20; i++) {
      expect(await callError(client, 'session.login', { username: `user${i}`, password: 'Summer2026!' })).toMatchObject(
        {
          code: 'WRONG_CREDENTIALS',
        },
      );
      advance(1000);
    }
    const until = new Date(first + 15 * 60_000).toISOString();
    expect(await callError(client, 'session.login', right)).toMatchObject({
      code: 'THROTTLED',
      details: { retryAt: until },
    });
    expect((await call(core.connect(), 'vault.status', {})).retryAt).toBe(until);
    core.close();

    const restarted = newCore(dir, clock);
    cores.push(restarted);
    expect(await callError(restarted.connect(), 'session.login', right)).toMatchObject({
      code: 'THROTTLED',
      details: { retryAt: until },
    });
    advance(Date.parse(until) - clock().getTime());
    await call(restarted.connect(), 'session.login', right);
  });

  it('waits longer after each further failure, up to the exact retryAt', async () => {
    const { core, clock, advance } = await signedOutVault();
    const client = core.connect();
    for (let i = 0; i < 5; i++) await callError(client, 'session.login', wrong);

    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const retryAt = Date.parse(await retryAtFor(core, 'ana'));
      waits.push(retryAt - clock().getTime());
      advance(retryAt - clock().getTime() - 1);
      expect(await callError(client, 'session.login', wrong)).toMatchObject({ code: 'THROTTLED' }); // 1 ms early
      advance(1);
      expect(await callError(client, 'session.login', wrong)).toMatchObject({ code: 'WRONG_CREDENTIALS' }); // on time
    }
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    // A THROTTLED answer is not itself a failure: the wait did not grow while being refused.
    const throttle = JSON.parse(readFileSync(join(dir, 'login-throttle.json'), 'utf8')) as {
      names: Record<string, { failures: number }>;
    };
    expect(throttle.names.ana?.failures).toBe(8);
  });

  it('survives a restart, and a correct login after the wait resets the counter', async () => {
    const { core, clock, advance } = await signedOutVault();
    for (let i = 0; i < 6; i++) {
      advance(60_001);
      await callError(core.connect(), 'session.login', wrong);
    }
    const retryAt = await retryAtFor(core, 'ana');
    core.close();

    const restarted = newCore(dir, clock);
    cores.push(restarted);
    const client = restarted.connect();
    expect(await callError(client, 'session.login', right)).toMatchObject({ code: 'THROTTLED', details: { retryAt } });

    advance(Date.parse(retryAt) - clock().getTime());
    await call(client, 'session.login', right);
    // Counter reset: five fresh free failures before the next wait.
    await call(client, 'session.lock', {});
    expect((await call(client, 'vault.status', {})).retryAt).toBeNull();
    for (let i = 0; i < 5; i++)
      expect(await callError(client, 'session.login', wrong)).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect(await callError(client, 'session.login', wrong)).toMatchObject({ code: 'THROTTLED' });
    // This window was ana's: its login screen shows her wait.
    expect((await call(client, 'vault.status', {})).retryAt).toBe(new Date(clock().getTime() + 30_000).toISOString());
  });

  it('invalid input is not a failed attempt', async () => {
    const { core } = await signedOutVault();
    const client = core.connect();
    for (let i = 0; i < 10; i++) {
      expect(await callError(client, 'session.login', { username: 'a', password: '' })).toMatchObject({
        code: 'VALIDATION',
      });
    }
    await call(client, 'session.login', right);
  });
});

describe('lock and sessions', () => {
  it('lock returns the username, status shows it for that window only, current is null', async () => {
    const { core } = await signedOutVault();
    const client = core.connect();
    const bystander = core.connect();
    await call(client, 'session.login', right);
    expect(await call(client, 'session.lock', {})).toEqual({ username: 'ana', reason: 'user' });
    expect(await call(client, 'session.current', {})).toBeNull();
    expect(await call(client, 'vault.status', {})).toEqual({
      state: 'ready',
      problem: null,
      lockedUsername: 'ana',
      lockReason: 'user',
      lockMinutes: null,
      restoredBackupAt: null,
      retryAt: null,
    });
    expect((await call(bystander, 'vault.status', {})).lockedUsername).toBeNull();
    // Locking again keeps the name; logging in clears it.
    expect(await call(client, 'session.lock', {})).toEqual({ username: 'ana', reason: 'user' });
    await call(client, 'session.login', right);
    expect((await call(client, 'vault.status', {})).lockedUsername).toBeNull();
  });

  it('closes the database when the last session locks', async () => {
    const { core } = await signedOutVault();
    const a = core.connect();
    const b = core.connect();
    await call(a, 'session.login', right);
    await call(b, 'session.login', { username: 'ANA', password: ADMIN.password });
    await call(a, 'session.lock', {});
    expect(core.database().open).toBe(true); // b still holds it
    expect((await call(b, 'session.current', {}))?.user.username).toBe('ana');
    await call(b, 'session.lock', {});
    expect(() => core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
  });

  it('a second window can sign in while the first is signed in, and they stay separate', async () => {
    const { core, clock } = await signedOutVault();
    const admin = core.connect();
    await call(admin, 'session.login', right);
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam Staff', role: 'staff', password: 'sams own password' },
      admin.session!.userId,
      clock(),
    );
    const staff = core.connect();
    expect(await callError(staff, 'session.login', { username: 'sam', password: 'wrong' })).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    expect((await call(admin, 'session.current', {}))?.user.username).toBe('ana'); // a failure elsewhere changes nothing here
    await call(staff, 'session.login', { username: 'sam', password: 'sams own password' });
    expect((await call(admin, 'session.current', {}))?.user.username).toBe('ana');
    expect((await call(staff, 'session.current', {}))?.user).toMatchObject({ username: 'sam', role: 'staff' });
    staff.disconnect();
    expect((await call(admin, 'session.current', {}))?.user.username).toBe('ana');
  });

  it('keeps each user’s language across a restart', async () => {
    const { core, clock } = await signedOutVault();
    const admin = core.connect();
    await call(admin, 'session.login', right);
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam', role: 'staff', password: 'sams own password' },
      admin.session!.userId,
      clock(),
    );
    expect((await call(admin, 'session.setLanguage', { language: 'sr-Latn' })).user.language).toBe('sr-Latn');
    core.close();

    const restarted = newCore(dir, clock);
    cores.push(restarted);
    expect((await call(restarted.connect(), 'session.login', right)).user.language).toBe('sr-Latn');
    expect(
      (await call(restarted.connect(), 'session.login', { username: 'sam', password: 'sams own password' })).user
        .language,
    ).toBe('en');
  });
});
