import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, vi } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.ts';
import type { Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { dbRows } from '../fixtures/state.ts';

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

const SAM = { username: 'sam', password: 'sams own password' };
const ANA = { username: 'ana', password: ADMIN.password };
interface AuditJson {
  seq: number;
  user_id: string | null;
  action: string;
  detail: string;
}
const audit = (key: Buffer) => dbRows(dir, key).audit as AuditJson[];
const headInVault = () =>
  (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { auditHead?: { seq: number } }).auditHead;

/** Ana (admin) and Sam (staff), some history, everyone signed out and the core closed. */
async function vaultWithHistory() {
  const time = manualClock();
  const { core, client } = await setUpCore(dir, time.clock);
  const key = Buffer.from(core.heldDataKey());
  await addUser(core, { ...SAM, fullName: 'Sam', role: 'staff' }, client.session!.userId, time.clock());
  await call(client, 'session.setLanguage', { language: 'sr-Latn' });
  await call(client, 'session.setLanguage', { language: 'en' });
  await call(client, 'session.lock', {});
  core.close();
  const fresh = newCore(dir, time.clock);
  cores.push(fresh);
  return { core: fresh, key };
}

describe('a session starts only after its audit row is committed', () => {
  it('when the login row cannot be written there is no session', async () => {
    const { core, key } = await vaultWithHistory();
    const db = openDatabase(join(dir, 'haven.db'), key);
    db.exec(`CREATE TRIGGER refuse_login BEFORE INSERT ON audit_log WHEN NEW.action = 'session.login'
             BEGIN SELECT RAISE(ABORT, 'audit refused'); END;`);
    db.close();

    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const client = core.connect();
      expect(await callError(client, 'session.login', ANA)).toMatchObject({ code: 'INTERNAL' });
      expect(client.session).toBeNull();
      expect(await call(client, 'session.current', {})).toBeNull();
      expect(await callError(client, 'vault.newRecoveryKey', {})).toMatchObject({ code: 'NO_SESSION' });
      expect(() => core.database()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the audit chain is checked at unlock against the head kept in vault.json', () => {
  it('vault.json keeps the head up to the last entry once everyone signed out', async () => {
    const { key } = await vaultWithHistory();
    const last = audit(key).at(-1)!;
    expect(headInVault()).toEqual({ seq: last.seq, hash: (last as unknown as { hash: string }).hash });
  });

  it('an intact chain gives no warning and no extra audit row', async () => {
    const { core, key } = await vaultWithHistory();
    const view = await call(core.connect(), 'session.login', ANA);
    expect(view.auditWarning).toBeNull();
    expect(audit(key).some((r) => r.action === 'audit.chainWarning')).toBe(false);
  });

  it('a log cut short: recorded, never shown to staff, shown to the next administrator', async () => {
    const { core, key } = await vaultWithHistory();
    const head = headInVault()!;
    // What someone with a password and an outside SQLCipher tool could do: drop the guard, cut the end.
    const db = openDatabase(join(dir, 'haven.db'), key);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(head.seq - 2);
    db.close();

    const sam = core.connect();
    expect((await call(sam, 'session.login', SAM)).auditWarning).toBeNull();
    await call(sam, 'session.lock', {});
    const recorded = audit(key).filter((r) => r.action === 'audit.chainWarning');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ user_id: null });
    expect(JSON.parse(recorded[0]!.detail)).toMatchObject({ kind: 'truncated', seq: head.seq });

    const ana = core.connect();
    const view = await call(ana, 'session.login', ANA);
    expect(view.auditWarning).toEqual({ kind: 'truncated', seq: head.seq });
    expect(await call(ana, 'session.current', {})).toMatchObject({ auditWarning: { kind: 'truncated' } });
    // Staff signed in at the same time still do not see it.
    expect((await call(core.connect(), 'session.login', SAM)).auditWarning).toBeNull();
    const login = audit(key)
      .filter((r) => r.action === 'session.login')
      .at(-2)!;
    expect(JSON.parse(login.detail)).toMatchObject({ auditWarningShown: { kind: 'truncated', seq: head.seq } });
  });

  it('an entry edited in the middle is reported as a broken chain at that entry', async () => {
    const { core, key } = await vaultWithHistory();
    const db = openDatabase(join(dir, 'haven.db'), key);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET detail = '{"role":"admin"}' WHERE action = 'users.create'`).run();
    const edited = (db.prepare(`SELECT seq FROM audit_log WHERE action = 'users.create'`).get() as { seq: number }).seq;
    db.close();
    const view = await call(core.connect(), 'session.login', ANA);
    expect(view.auditWarning).toEqual({ kind: 'broken', seq: edited });
  });
});
