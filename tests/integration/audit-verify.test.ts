import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import { openDatabase, type Db } from '../../electron/core/db/connection.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { AUDIT_PAGE_MAX } from '../../shared/audit.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
it.beforeEach(({ dir: d }) => {
  dir = d;
});

const MIRA = { username: 'mira', password: 'miras own long password' };
const SAM = { username: 'sam', password: 'sams own long password' };
const ANA = { username: ADMIN.username, password: ADMIN.password };
const HIDDEN = ['Zoranka', 'Vukadinović'];

interface Row {
  seq: number;
  at: string;
  action: string;
  user_id: string | null;
  record_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/**
 * A closed vault with some history: an admin, a manager (Mira) and staff (Sam); a protected and an
 * open resident, read and revealed; a failed sign-in. Returns the data key, for tampering.
 */
async function vaultWithHistory() {
  const time = manualClock('2026-05-04T08:00:00Z');
  const { core, client } = await setUpCore(dir, time.clock);
  const key = Buffer.from(core.heldDataKey());
  const adminId = client.session!.userId;
  const miraId = await addUser(core, { ...MIRA, fullName: 'Mira Manager', role: 'manager' }, adminId, time.clock());
  const samId = await addUser(core, { ...SAM, fullName: 'Sam Staff', role: 'staff' }, adminId, time.clock());
  time.advance(60_000);
  const hidden = await call(client, 'residents.create', {
    fields: residentInput({
      givenName: 'Zoranka',
      familyName: 'Vukadinović',
      alias: 'Sunce',
      doNotDisclose: true,
      referralDate: '2026-04-01',
      consentGivenOn: '2026-04-01',
    }),
  });
  const open = await call(client, 'residents.create', {
    fields: residentInput({
      givenName: 'Ana',
      familyName: 'Petrović',
      referralDate: '2026-04-01',
      consentGivenOn: '2026-04-01',
    }),
  });
  time.advance(24 * 3600_000); // the next day
  const sam = core.connect();
  await call(sam, 'session.login', SAM);
  await call(sam, 'residents.get', { id: hidden.id });
  await call(sam, 'residents.revealName', { id: hidden.id });
  await call(sam, 'residents.get', { id: open.id });
  await call(sam, 'session.lock', {});
  await call(client, 'session.lock', {});
  core.close();
  return { key, time, ids: { adminId, miraId, samId, hidden: hidden.id, open: open.id } };
}

function rawDb(key: Buffer): Db {
  const db = openDatabase(join(dir, 'haven.db'), key);
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  return db;
}

const rows = (db: Db) => db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];

async function signIn(
  time: ReturnType<typeof manualClock>,
  who: { username: string; password: string },
): Promise<{ core: Core; client: Client }> {
  const core = newCore(dir, time.clock);
  const client = core.connect();
  await call(client, 'session.login', who);
  return { core, client };
}

describe('audit.verify on the real encrypted file', () => {
  it('an intact log is ok, with the number of entries read', async () => {
    const { key, time } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const count = rows(rawDb(key)).length;
    expect(await call(client, 'audit.verify', {})).toEqual({ ok: true, entries: count, firstBroken: null });
    // The check is itself recorded.
    expect((await call(client, 'audit.list', { filters: { action: 'audit.verify' } })).entries).toHaveLength(1);
    core.close();
  });

  it('an edited entry is named, with its time', async () => {
    const { key, time } = await vaultWithHistory();
    const db = rawDb(key);
    const target = rows(db).find((r) => r.action === 'residents.revealName')!;
    db.prepare(`UPDATE audit_log SET user_id = ? WHERE seq = ?`).run('someone-else', target.seq);
    db.close();
    const { core, client } = await signIn(time, ANA);
    expect(await call(client, 'audit.verify', {})).toMatchObject({
      ok: false,
      firstBroken: { seq: target.seq, at: target.at, reason: 'edited' },
    });
    core.close();
  });

  it('a deleted entry is named by its seq', async () => {
    const { key, time } = await vaultWithHistory();
    const db = rawDb(key);
    const target = rows(db).find((r) => r.action === 'residents.revealName')!;
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(target.seq);
    db.close();
    const { core, client } = await signIn(time, ANA);
    expect(await call(client, 'audit.verify', {})).toMatchObject({
      ok: false,
      firstBroken: { seq: target.seq, at: null, reason: 'deleted' },
    });
    core.close();
  });

  it('two entries swapped are named at the first of them', async () => {
    const { key, time } = await vaultWithHistory();
    const db = rawDb(key);
    const all = rows(db);
    const a = all.find((r) => r.action === 'residents.read')!;
    const b = all.find((r) => r.seq === a.seq + 1)!;
    const put = db.prepare(
      'UPDATE audit_log SET at = ?, user_id = ?, action = ?, record_id = ?, detail = ?, prev_hash = ?, hash = ? WHERE seq = ?',
    );
    db.transaction(() => {
      put.run(a.at, a.user_id, a.action, a.record_id, a.detail, a.prev_hash, `tmp${a.hash}`, b.seq);
      put.run(b.at, b.user_id, b.action, b.record_id, b.detail, b.prev_hash, b.hash, a.seq);
      db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run(a.hash, b.seq);
    })();
    db.close();
    const { core, client } = await signIn(time, ANA);
    expect(await call(client, 'audit.verify', {})).toMatchObject({
      ok: false,
      firstBroken: { seq: a.seq, reason: 'reordered' },
    });
    core.close();
  });

  it('a log cut short (shorter than the head in vault.json) names the first missing entry', async () => {
    const { key, time } = await vaultWithHistory();
    const db = rawDb(key);
    const all = rows(db);
    const keep = all.at(-4)!.seq;
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(keep);
    db.close();
    // The head in vault.json moves on at this login; the finding of the unlock check stays in the log.
    const { core, client } = await signIn(time, ANA);
    expect(await call(client, 'audit.verify', {})).toMatchObject({
      ok: false,
      firstBroken: { seq: keep + 1, at: null, reason: 'truncated' },
    });
    core.close();
  });
});

describe('audit.list', () => {
  it('pages newest first by seq, every entry once, with user names and the core display name', async () => {
    const { key, time, ids } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const all = rows(rawDb(key));
    const seen: number[] = [];
    let before: number | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await call(client, 'audit.list', { filters: {}, limit: 3, ...(before ? { before } : {}) });
      seen.push(...page.entries.map((e) => e.seq));
      if (page.next === null) break;
      before = page.next;
    }
    expect(seen).toEqual(all.map((r) => r.seq).reverse());

    const reads = await call(client, 'audit.list', { filters: { action: 'residents.read' } });
    expect(reads.entries.map((e) => [e.userName, e.recordId, e.recordName])).toEqual([
      ['Sam Staff', ids.open, 'Ana Petrović'],
      ['Sam Staff', ids.hidden, 'Sunce'],
    ]);
    core.close();
  });

  it('filters by user, resident, action domain and period', async () => {
    const { time, ids } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const list = async (filters: object) => (await call(client, 'audit.list', { filters })).entries;

    expect((await list({ userId: ids.samId })).map((e) => e.action)).toEqual([
      'session.lock',
      'residents.read',
      'residents.revealName',
      'residents.read',
      'session.login',
    ]);
    expect((await list({ residentId: ids.hidden })).map((e) => e.action)).toEqual([
      'residents.revealName',
      'residents.read',
      'residents.create',
    ]);
    expect(new Set((await list({ action: 'residents.*' })).map((e) => e.action))).toEqual(
      new Set(['residents.create', 'residents.read', 'residents.revealName']),
    );
    // The first day holds the set-up and the intakes; the second the reads.
    const first = await list({ from: '2026-05-04', to: '2026-05-04' });
    expect(first.map((e) => e.action)).toContain('vault.setup');
    expect(first.map((e) => e.action)).not.toContain('residents.read');
    const second = await list({ from: '2026-05-05' });
    expect(second.map((e) => e.action)).toContain('residents.read');
    expect(second.map((e) => e.action)).not.toContain('vault.setup');
    expect(await list({ from: '2027-01-01' })).toEqual([]);
    expect(
      await list({ userId: ids.samId, action: 'residents.revealName', from: '2026-05-05', to: '2026-05-05' }),
    ).toHaveLength(1);

    const options = await call(client, 'audit.filterOptions', {});
    expect(options.users.map((u) => u.fullName)).toEqual(['Ana Admin', 'Mira Manager', 'Sam Staff']);
    expect(options.actions).toEqual([...options.actions].sort());
    expect(options.actions).toEqual(expect.arrayContaining(['residents.read', 'session.login', 'vault.setup']));
    core.close();
  });

  it('bad filters and oversized pages are refused and change nothing', async () => {
    const { time } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const before = (await call(client, 'audit.list', { filters: {} })).entries.length;
    expect(await callError(client, 'audit.list', { filters: {}, limit: AUDIT_PAGE_MAX + 1 })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await callError(client, 'audit.list', { filters: { from: '2026-05-06', to: '2026-05-05' } })).toMatchObject({
      code: 'VALIDATION',
      fields: { 'filters.to': 'validation.periodOrder' },
    });
    expect(await callError(client, 'audit.list', { filters: { action: "x' OR 1=1 --" } })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await callError(client, 'audit.list', { filters: { who: 'x' } })).toMatchObject({ code: 'VALIDATION' });
    expect(await callError(client, 'audit.exportCsv', { filters: { to: 'yesterday' } })).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await call(client, 'audit.list', { filters: {} })).entries.length).toBe(before);
    core.close();
  });

  it('staff are refused every audit channel; managers read but do not export', async () => {
    const { time, ids } = await vaultWithHistory();
    const { core } = await signIn(time, ANA);
    const sam = core.connect();
    await call(sam, 'session.login', SAM);
    for (const [channel, input] of [
      ['audit.list', { filters: {} }],
      ['audit.filterOptions', {}],
      ['audit.verify', {}],
      ['audit.exportCsv', { filters: {} }],
      ['audit.recordReaders', { residentId: ids.hidden }],
    ] as const) {
      expect(await callError(sam, channel, input), channel).toMatchObject({ code: 'FORBIDDEN' });
    }
    const mira = core.connect();
    await call(mira, 'session.login', MIRA);
    expect((await call(mira, 'audit.list', { filters: {} })).entries.length).toBeGreaterThan(0);
    expect(await call(mira, 'audit.verify', {})).toMatchObject({ ok: true });
    expect(await callError(mira, 'audit.exportCsv', { filters: {} })).toMatchObject({ code: 'FORBIDDEN' });
    core.close();
  });
});

describe('CSV export and who has seen a record', () => {
  it('exports the filtered entries, is audited, and names a protected resident by alias only', async () => {
    const { time, ids } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const out = await call(client, 'audit.exportCsv', { filters: { residentId: ids.hidden } });
    const lines = out.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,at,user,action,record_type,record,record_id,detail');
    expect(out).toMatchObject({ rows: 3, truncated: false });
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual([
      'residents.revealName',
      'residents.read',
      'residents.create',
    ]);
    expect(out.csv).toContain('Sunce');
    for (const name of HIDDEN) expect(out.csv).not.toContain(name);

    const exported = (await call(client, 'audit.list', { filters: { action: 'audit.exportCsv' } })).entries;
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      userName: 'Ana Admin',
      detail: { filters: { residentId: ids.hidden }, rows: 3, truncated: false },
    });
    // Exporting everything shows no protected real name either.
    const everything = await call(client, 'audit.exportCsv', { filters: {} });
    for (const name of HIDDEN) expect(everything.csv).not.toContain(name);
    expect(everything.csv).toContain('Ana Petrović');
    core.close();
  });

  it('who has seen this record: reads and reveals, with the reader and the time', async () => {
    const { time, ids } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const seen = await call(client, 'audit.recordReaders', { residentId: ids.hidden });
    expect(seen.total).toBe(2);
    expect(seen.entries.map((e) => [e.userName, e.action, e.at])).toEqual([
      ['Sam Staff', 'residents.revealName', '2026-05-05T08:01:00.000Z'],
      ['Sam Staff', 'residents.read', '2026-05-05T08:01:00.000Z'],
    ]);
    expect(await call(client, 'audit.recordReaders', { residentId: 'no-such-resident' })).toEqual({
      entries: [],
      total: 0,
    });
    // A print of the record counts as seeing it; a change to it does not.
    await call(client, 'audit.recordPrint', {
      what: 'plan',
      period: '2026',
      codesOnly: true,
      output: 'printer',
      recordId: ids.open,
    });
    expect(
      (await call(client, 'audit.recordReaders', { residentId: ids.open })).entries.map((e) => [e.userName, e.action]),
    ).toEqual([
      ['Ana Admin', 'print'],
      ['Sam Staff', 'residents.read'],
    ]);
    core.close();
  });
});

describe('what is logged around sign-in', () => {
  it('failed sign-ins while no one is signed in reach the log at the next unlock, with their time, without the typed name', async () => {
    const { key, time, ids } = await vaultWithHistory();
    time.advance(3600_000);
    const core = newCore(dir, time.clock);
    const door = core.connect();
    expect(await callError(door, 'session.login', { username: 'sam', password: 'not sams password' })).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    time.advance(60_000);
    const typo = 'zoranka-typed-here';
    expect(await callError(door, 'session.login', { username: typo, password: 'whatever it may be' })).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    time.advance(60_000);
    await call(door, 'session.login', ANA);
    const failed = (await call(door, 'audit.list', { filters: { action: 'session.loginFailed' } })).entries.reverse();
    expect(failed.map((e) => ({ at: e.at, userId: e.userId, recordId: e.recordId, detail: e.detail }))).toEqual([
      { at: '2026-05-05T09:01:00.000Z', userId: null, recordId: ids.samId, detail: { kind: 'password' } },
      { at: '2026-05-05T09:02:00.000Z', userId: null, recordId: null, detail: { kind: 'password', unknownName: true } },
    ]);
    expect(failed[0]!.recordName).toBe('Sam Staff');
    // Written before the login that followed them, and the typed name is nowhere in the database.
    const all = rows(rawDb(key));
    expect(all.findIndex((r) => r.action === 'session.loginFailed')).toBeLessThan(
      all.findLastIndex((r) => r.action === 'session.login'),
    );
    expect(JSON.stringify(all)).not.toContain(typo);
    core.close();
  });

  it('a failed sign-in while the database is open is written at once', async () => {
    const { time } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    await callError(core.connect(), 'session.login', { username: 'mira', password: 'not miras password' });
    const failed = (await call(client, 'audit.list', { filters: { action: 'session.loginFailed' } })).entries;
    expect(failed.map((e) => [e.recordName, e.detail])).toEqual([['Mira Manager', { kind: 'password' }]]);
    core.close();
  });

  it('a lock from the button is logged like the idle lock', async () => {
    const { time, ids } = await vaultWithHistory();
    const { core, client } = await signIn(time, ANA);
    const locks = (await call(client, 'audit.list', { filters: { action: 'session.lock', userId: ids.samId } }))
      .entries;
    expect(locks).toHaveLength(1);
    expect(locks[0]).toMatchObject({ recordType: 'user', recordId: ids.samId, detail: { reason: 'user' } });
    core.close();
  });
});
