import type { Result } from '../../shared/errors.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { newRecoveryKey } from '../../electron/core/vault/recovery-key.ts';
import { ADMIN, call, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { dbRows } from '../fixtures/state.ts';

// Calls from the renderer arrive concurrently (one window can fire many invokes; several windows
// share one core). These tests start work, let it reach the slow KDF, and interleave other calls.

let dir: string;
let core: Core;
it.beforeEach(({ dir: d }) => {
  dir = d;
});
it.afterEach(() => core?.close());

/** One turn of the event loop: far enough for a handler to be awaiting scrypt on the thread pool. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('concurrent calls', () => {
  it('parallel wrong logins cannot get past the throttle', async () => {
    const time = manualClock();
    ({ core } = await setUpCore(dir, time.clock));
    const attacker = core.connect();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => attacker.invoke('session.login', { username: 'ana', password: 'guess guess guess' })),
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
      Array.from({ length: 9 }, () => attacker.invoke('session.loginWithRecoveryKey', { username: 'ana', recoveryKey: newRecoveryKey() })),
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

  /** Done entirely (one more audit row) or refused with NO_SESSION leaving vault.json and the log as they were. */
  function expectDoneOrUntouched(result: Result<unknown>, key: Buffer, vaultBefore: Buffer, auditBefore: number): void {
    if (result.ok) {
      expect(dbRows(dir, key).audit.length).toBe(auditBefore + 1);
      return;
    }
    expect(result.error.code).toBe('NO_SESSION');
    expect(readFileSync(join(dir, 'vault.json'))).toEqual(vaultBefore);
    expect(dbRows(dir, key).audit.length).toBe(auditBefore);
  }

  // A lock (button, idle timer, OS lock screen) may land while a change is deriving its key. The
  // change may then complete or be refused, but never half-happen: a refused change leaves vault.json
  // and the audit log as they were, and whichever secret the answer implies opens the vault.

  it('locking during a password change: refused cleanly or done entirely', async () => {
    let recoveryKey: string;
    let setupClient;
    ({ core, recoveryKey, client: setupClient } = await setUpCore(dir));
    const key = Buffer.from(core.heldDataKey());
    await call(setupClient, 'session.lock', {});
    const only = core.connect();
    await call(only, 'session.loginWithRecoveryKey', { username: 'ana', recoveryKey });
    const vaultBefore = readFileSync(join(dir, 'vault.json'));
    const auditBefore = dbRows(dir, key).audit.length;

    const changing = only.invoke('session.changePassword', { newPassword: 'a brand new passphrase' });
    await turn();
    await call(only, 'session.lock', {}); // the only session: the database closes and the key is wiped
    const result = await changing;

    expectDoneOrUntouched(result, key, vaultBefore, auditBefore);
    core.close();
    core = newCore(dir);
    const password = result.ok ? 'a brand new passphrase' : ADMIN.password;
    expect(await core.connect().invoke('session.login', { username: 'ana', password })).toMatchObject({
      ok: true,
      value: { user: { username: 'ana' } },
    });
  });

  it('locking while a new recovery key is made: refused cleanly or done entirely', async () => {
    let recoveryKey: string;
    let client;
    ({ core, recoveryKey, client } = await setUpCore(dir));
    const key = Buffer.from(core.heldDataKey());
    const vaultBefore = readFileSync(join(dir, 'vault.json'));
    const auditBefore = dbRows(dir, key).audit.length;

    const replacing = client.invoke('vault.newRecoveryKey', {});
    await turn();
    await call(client, 'session.lock', {});
    const result = await replacing;

    expectDoneOrUntouched(result, key, vaultBefore, auditBefore);
    core.close();
    core = newCore(dir);
    const expected = result.ok ? (result.value as { recoveryKey: string }).recoveryKey : recoveryKey;
    expect(await core.connect().invoke('session.loginWithRecoveryKey', { username: 'ana', recoveryKey: expected })).toMatchObject({
      ok: true,
      value: { user: { username: 'ana' }, mustChangePassword: true },
    });
  });
});
