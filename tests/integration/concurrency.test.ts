import type { Result } from '../../shared/errors.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, vi } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { newRecoveryKey } from '../../electron/core/vault/recovery-key.ts';
import { ADMIN, call, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { dbRows } from '../fixtures/state.ts';
import { kdfGate } from '../fixtures/kdf-gate.ts';

// Only to choose when a lock lands: the derivation itself is the real scrypt.
vi.mock('../../electron/core/vault/kdf.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/core/vault/kdf.ts')>();
  const { kdfGate: gate } = await import('../fixtures/kdf-gate.ts');
  return { ...real, deriveKey: gate.wrap(real.deriveKey) };
});

// Calls from the renderer arrive concurrently (one window can fire many invokes; several windows
// share one core). These tests start work, let it reach the slow KDF, and interleave other calls.

let dir: string;
let core: Core;
it.beforeEach(({ dir: d }) => {
  dir = d;
});
it.afterEach(() => core?.close());

/** One turn of the event loop: every continuation already queued (no I/O) has run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('concurrent calls', () => {
  it('parallel wrong logins cannot get past the throttle', async () => {
    const time = manualClock();
    ({ core } = await setUpCore(dir, time.clock));
    const attacker = core.connect();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        attacker.invoke('session.login', { username: 'ana', password: 'guess guess guess' }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'WRONG_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(7);
  });

  it('parallel wrong recovery keys cannot get past the throttle either', async () => {
    const time = manualClock();
    ({ core } = await setUpCore(dir, time.clock));
    const attacker = core.connect();
    const results = await Promise.all(
      Array.from({ length: 9 }, () =>
        attacker.invoke('session.loginWithRecoveryKey', { username: 'ana', recoveryKey: newRecoveryKey() }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'WRONG_RECOVERY_KEY')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(4);
  });

  it('two windows setting up at once: one wins, the other is told ALREADY_SET_UP', async () => {
    core = newCore(dir);
    const a = core.connect();
    const b = core.connect();
    const [ra, rb] = await Promise.all([
      a.invoke('vault.setup', ADMIN),
      b.invoke('vault.setup', { ...ADMIN, username: 'boris', password: 'boris has a password' }),
    ]);
    expect(ra.ok).toBe(true);
    expect(rb).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    const slots = (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { slots: unknown[] }).slots;
    expect(slots).toHaveLength(2);
    expect(dbRows(dir, Buffer.from(core.heldDataKey())).users).toHaveLength(1);
  });

  // A lock (button, idle timer, OS lock screen) may land while a change is deriving its key. The
  // change then either completes or is refused, never half-happens. Which one is decided by when
  // the lock lands, so each test holds the derivation and sends the lock at a chosen point.

  /** A set-up vault whose only session came in by recovery key, so no current password is asked. */
  async function recoveredSession() {
    const set = await setUpCore(dir);
    core = set.core;
    const key = Buffer.from(core.heldDataKey());
    await call(set.client, 'session.lock', {});
    const only = core.connect();
    await call(only, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey: set.recoveryKey });
    return { only, key, recoveryKey: set.recoveryKey };
  }

  /** vault.json without the audit head, which every lock moves on by its own audit row. */
  function keySlots(): unknown {
    const { auditHead: _head, ...rest } = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return rest;
  }

  function actionsSince(key: Buffer, auditBefore: number): string[] {
    return dbRows(dir, key)
      .audit.map((r) => (r as { action: string }).action)
      .slice(auditBefore);
  }

  function untouched(result: Result<unknown>, key: Buffer, vaultBefore: unknown, auditBefore: number): void {
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    expect(keySlots()).toEqual(vaultBefore);
    expect(actionsSince(key, auditBefore)).toEqual(['session.lock']);
  }

  async function reopenAndLogin(password: string) {
    core.close();
    core = newCore(dir);
    return core.connect().invoke('session.login', { username: 'ana', password });
  }

  async function reopenAndRecover(recoveryKey: string) {
    core.close();
    core = newCore(dir);
    return core.connect().invoke('session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
  }

  const NEW_PASSWORD = 'a brand new passphrase';

  it('a lock while the new password is being derived refuses the change and leaves everything as it was', async () => {
    const { only, key } = await recoveredSession();
    const vaultBefore = keySlots();
    const auditBefore = dbRows(dir, key).audit.length;

    const held = kdfGate.hold();
    const changing = only.invoke('session.changePassword', { newPassword: NEW_PASSWORD });
    await held.started;
    await call(only, 'session.lock', {}); // the only session: the database closes and the key is wiped
    held.release();

    untouched(await changing, key, vaultBefore, auditBefore);
    expect(await reopenAndLogin(ADMIN.password)).toMatchObject({ ok: true, value: { user: { username: 'ana' } } });
    expect(await reopenAndLogin(NEW_PASSWORD)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
  });

  it('a lock right after the new password is derived finds the change done entirely', async () => {
    const { only, key } = await recoveredSession();
    const auditBefore = dbRows(dir, key).audit.length;

    const held = kdfGate.hold();
    const changing = only.invoke('session.changePassword', { newPassword: NEW_PASSWORD });
    await held.started;
    held.release();
    await held.derived;
    await turn();
    await call(only, 'session.lock', {});

    expect(await changing).toMatchObject({ ok: true });
    expect(actionsSince(key, auditBefore)).toEqual(['session.changePassword', 'session.lock']);
    expect(await reopenAndLogin(NEW_PASSWORD)).toMatchObject({ ok: true, value: { user: { username: 'ana' } } });
    expect(await reopenAndLogin(ADMIN.password)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
  });

  it('a lock while a new recovery key is being derived refuses it and the old key still opens', async () => {
    let recoveryKey: string;
    let client;
    ({ core, recoveryKey, client } = await setUpCore(dir));
    const key = Buffer.from(core.heldDataKey());
    const vaultBefore = keySlots();
    const auditBefore = dbRows(dir, key).audit.length;

    const held = kdfGate.hold();
    const replacing = client.invoke('vault.newRecoveryKey', {});
    await held.started;
    await call(client, 'session.lock', {});
    held.release();

    untouched(await replacing, key, vaultBefore, auditBefore);
    expect(await reopenAndRecover(recoveryKey)).toMatchObject({
      ok: true,
      value: { user: { username: 'ana' }, mustChangePassword: true },
    });
  });

  it('a lock right after a new recovery key is derived finds it done: the new key opens, the old does not', async () => {
    let recoveryKey: string;
    let client;
    ({ core, recoveryKey, client } = await setUpCore(dir));
    const key = Buffer.from(core.heldDataKey());
    const auditBefore = dbRows(dir, key).audit.length;

    const held = kdfGate.hold();
    const replacing = client.invoke('vault.newRecoveryKey', {});
    await held.started;
    held.release();
    await held.derived;
    await turn();
    await call(client, 'session.lock', {});

    const result = await replacing;
    expect(result).toMatchObject({ ok: true });
    const fresh = (result as { value: { recoveryKey: string } }).value.recoveryKey;
    expect(actionsSince(key, auditBefore)).toEqual(['vault.newRecoveryKey', 'session.lock']);
    expect(await reopenAndRecover(fresh)).toMatchObject({
      ok: true,
      value: { user: { username: 'ana' }, mustChangePassword: true },
    });
    expect(await reopenAndRecover(recoveryKey)).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } });
  });
});
