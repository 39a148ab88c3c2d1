import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { sessionExpiry } from '../../electron/core/session/limits.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function signedIn() {
  const time = manualClock();
  const { core, client } = await setUpCore(dir, time.clock);
  cores.push(core);
  return { core, client, time, db: () => core.database() };
}

function actions(db: Db): { action: string; detail: string }[] {
  return db.prepare('SELECT action, detail FROM audit_log ORDER BY seq').all() as { action: string; detail: string }[];
}

describe('idle lock', () => {
  it('a call at N-1 minutes works; after more than N minutes it finds no session, with the reason', async () => {
    const { client, time } = await signedIn();
    time.advance(4 * MINUTE);
    await call(client, 'residents.list', {});
    time.advance(1 * MINUTE + 1_000); // 5 min 1 s since sign-in: the list call above was not activity
    expect(await callError(client, 'residents.list', {})).toMatchObject({
      code: 'NO_SESSION',
      details: { reason: 'idle', minutes: 5 },
    });
    expect(client.session).toBeNull();
    // The login screen learns who was signed in and why.
    expect(await call(client, 'vault.status', {})).toMatchObject({
      lockedUsername: 'ana',
      lockReason: 'idle',
      lockMinutes: 5,
    });
    expect(await call(client, 'session.current', {})).toBeNull();
  });

  it('exactly N minutes is still within the limit', async () => {
    const { client, time } = await signedIn();
    time.advance(5 * MINUTE);
    await call(client, 'residents.list', {});
  });

  it('is recorded in the audit log, once', async () => {
    const { core, client, time } = await signedIn();
    const other = core.connect();
    await call(other, 'session.login', { username: 'ana', password: ADMIN.password }); // keeps the database open
    time.advance(3 * MINUTE);
    await call(other, 'session.activity', {});
    time.advance(3 * MINUTE);
    await callError(client, 'residents.list', {});
    await callError(client, 'residents.list', {});
    await call(other, 'residents.list', {}); // the other window is unaffected
    const locks = actions(core.database()).filter((a) => a.action === 'session.idleLock');
    expect(locks).toHaveLength(1);
    expect(JSON.parse(locks[0]!.detail)).toEqual({ reason: 'idle', minutes: 5 });
  });

  it('session.activity resets the idle clock', async () => {
    const { client, time } = await signedIn();
    for (let i = 0; i < 5; i++) {
      time.advance(4 * MINUTE);
      await call(client, 'session.activity', {});
    }
    time.advance(4 * MINUTE);
    await call(client, 'residents.list', {}); // 24 minutes after sign-in, 4 after the last activity
  });

  it('polling session.current never counts as activity', async () => {
    const { client, time } = await signedIn();
    for (let i = 0; i < 10; i++) {
      time.advance(30_000);
      expect(await call(client, 'session.current', {})).not.toBeNull();
    }
    time.advance(MINUTE); // 6 minutes of polling, no typing
    expect(await call(client, 'session.current', {})).toBeNull();
    expect(await callError(client, 'residents.list', {})).toMatchObject({ code: 'NO_SESSION' });
  });

  it('session.activity after the limit does not bring the session back', async () => {
    const { client, time } = await signedIn();
    time.advance(6 * MINUTE);
    expect(await callError(client, 'session.activity', {})).toMatchObject({
      code: 'NO_SESSION',
      details: { reason: 'idle' },
    });
    expect(await callError(client, 'residents.list', {})).toMatchObject({ code: 'NO_SESSION' });
  });

  it('the lock button says why too, and signing in again clears the reason', async () => {
    const { client } = await signedIn();
    expect(await call(client, 'session.lock', {})).toEqual({ username: 'ana', reason: 'user' });
    expect(await call(client, 'vault.status', {})).toMatchObject({
      lockedUsername: 'ana',
      lockReason: 'user',
      lockMinutes: null,
    });
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(await call(client, 'vault.status', {})).toMatchObject({
      lockedUsername: null,
      lockReason: null,
      lockMinutes: null,
    });
  });
});

describe('the idle-lock setting', () => {
  it('is respected: 2 minutes locks after 2, not 5', async () => {
    const { client, time } = await signedIn();
    expect(await call(client, 'settings.get', {})).toEqual({ idleLockMinutes: 5, absoluteLimitHours: 12 });
    expect(await call(client, 'settings.setIdleLock', { minutes: 2 })).toEqual({
      idleLockMinutes: 2,
      absoluteLimitHours: 12,
    });
    time.advance(2 * MINUTE);
    await call(client, 'residents.list', {});
    time.advance(1_000);
    expect(await callError(client, 'residents.list', {})).toMatchObject({
      code: 'NO_SESSION',
      details: { reason: 'idle', minutes: 2 },
    });
  });

  it('a longer setting keeps a quiet session open longer', async () => {
    const { client, time } = await signedIn();
    await call(client, 'settings.setIdleLock', { minutes: 60 });
    time.advance(59 * MINUTE);
    await call(client, 'residents.list', {});
  });

  it('accepts 1 to 60 whole minutes, refuses anything else with VALIDATION and changes nothing', async () => {
    const { client, db } = await signedIn();
    await call(client, 'settings.setIdleLock', { minutes: 1 });
    await call(client, 'settings.setIdleLock', { minutes: 60 });
    for (const minutes of [0, 61, -5, 2.5, Number.NaN]) {
      expect(await callError(client, 'settings.setIdleLock', { minutes })).toMatchObject({
        code: 'VALIDATION',
        fields: { minutes: 'validation.idleMinutes' },
      });
    }
    expect(await callError(client, 'settings.setIdleLock', { minutes: '10' })).toMatchObject({ code: 'VALIDATION' });
    expect(await call(client, 'settings.get', {})).toMatchObject({ idleLockMinutes: 60 });
    const audited = actions(db()).filter((a) => a.action === 'settings.setIdleLock');
    expect(audited.map((a) => JSON.parse(a.detail))).toEqual([
      { from: 5, to: 1 },
      { from: 1, to: 60 },
    ]);
  });

  it('only an administrator may change it; staff may read it', async () => {
    const { core, client, time } = await signedIn();
    await addUser(
      core,
      { username: 'sam', fullName: 'Sam Staff', role: 'staff', password: 'sams own password' },
      client.session!.userId,
      time.clock(),
    );
    const staff = core.connect();
    await call(staff, 'session.login', { username: 'sam', password: 'sams own password' });
    expect(await callError(staff, 'settings.setIdleLock', { minutes: 30 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await call(staff, 'settings.get', {})).toMatchObject({ idleLockMinutes: 5 });
  });
});

describe('absolute limit', () => {
  it('ends a session after 12 hours despite steady activity', async () => {
    const { core, client, time } = await signedIn();
    for (let elapsed = 0; elapsed < 12 * HOUR; elapsed += 4 * MINUTE) {
      await call(client, 'session.activity', {});
      time.advance(4 * MINUTE);
    }
    // 12 h 0 min exactly: still inside; one more step and it is over.
    await call(client, 'session.activity', {});
    time.advance(MINUTE);
    expect(await callError(client, 'session.activity', {})).toMatchObject({
      code: 'NO_SESSION',
      details: { reason: 'absolute', hours: 12 },
    });
    expect(await call(client, 'vault.status', {})).toMatchObject({ lockedUsername: 'ana', lockReason: 'absolute' });
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    const last = actions(core.database()).filter((a) => a.action === 'session.absoluteLock');
    expect(last).toHaveLength(1);
  });

  it('the pure rule: absolute wins over idle, and both are strict', () => {
    const startedAt = new Date('2026-03-01T09:00:00Z');
    const limits = { idleMinutes: 5, absoluteHours: 12 };
    const at = (ms: number) => new Date(startedAt.getTime() + ms);
    expect(sessionExpiry({ startedAt, lastActivityAt: startedAt }, at(5 * MINUTE), limits)).toBeNull();
    expect(sessionExpiry({ startedAt, lastActivityAt: startedAt }, at(5 * MINUTE + 1), limits)).toEqual({
      reason: 'idle',
      minutes: 5,
    });
    expect(sessionExpiry({ startedAt, lastActivityAt: at(12 * HOUR) }, at(12 * HOUR), limits)).toBeNull();
    expect(sessionExpiry({ startedAt, lastActivityAt: startedAt }, at(12 * HOUR + 1), limits)).toEqual({
      reason: 'absolute',
      hours: 12,
    });
  });
});
