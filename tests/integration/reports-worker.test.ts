// The occupancy report computed in the worker thread (its own read-only connection) against the same
// computation on the core's connection, on random histories; and what a lock does to a report in flight.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Client, type Core } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { occupancyReport } from '../../electron/core/reports/service.ts';
import { ADMIN, TEST_KDF_COST, call, removeDir, tempDir } from '../fixtures/core.ts';
import { history, planArb, writeHistory } from '../fixtures/occupancy-history.ts';
import { newResident, newRoom, rawStay, signedIn } from '../fixtures/premises.ts';

let dir: string;
let core: Core;
let admin: Client;
let db: Db;

beforeEach(async () => {
  dir = tempDir();
  // Every report through the worker, however short the history.
  core = openCore({ dataDir: dir, kdfCost: TEST_KDF_COST, reportsInWorkerFrom: 0 });
  admin = core.connect();
  await call(admin, 'vault.setup', ADMIN);
  db = core.database();
});

afterEach(() => {
  core.close();
  removeDir(dir);
});

const JAN = { from: '2026-01-01', to: '2026-01-31' };

describe('reports.occupancy in the worker thread', () => {
  it('answers exactly as the computation on the core’s own connection, on random histories', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const h = history(plan);
        fc.pre(writeHistory(db, h)); // added to the histories of the runs before: the vault grows run by run
        const period = { from: h.from, to: h.to };
        expect(await call(admin, 'reports.occupancy', period)).toEqual(occupancyReport(db, period));
      }),
      { numRuns: 60 },
    );
  });

  it('reads on its own connection: a transaction the core has not committed is not in its answer', async () => {
    const { beds } = await newRoom(admin, 'Lipa', ['A']);
    db.prepare('UPDATE beds SET created_at = ?').run('2025-01-01T12:00:00.000Z');
    const r = await newResident(admin, { referralDate: '2025-06-01', consentGivenOn: '2025-06-01' });
    db.exec('BEGIN');
    try {
      rawStay(db, { residentId: r.id, bedId: beds.A!, start: '2026-01-10' });
      expect(occupancyReport(db, JAN).total.bedNightsOccupied).toBe(22);
      expect((await call(admin, 'reports.occupancy', JAN)).total.bedNightsOccupied).toBe(0);
    } finally {
      db.exec('ROLLBACK');
    }
  });

  it('a window locked while its report is computed gets NO_SESSION, as every channel after a lock', async () => {
    const { beds } = await newRoom(admin, 'Lipa', ['A']);
    const r = await newResident(admin, { referralDate: '2025-06-01', consentGivenOn: '2025-06-01' });
    rawStay(db, { residentId: r.id, bedId: beds.A!, start: '2025-12-01' });
    const expected = occupancyReport(db, JAN);

    const inFlight = admin.invoke('reports.occupancy', JAN); // posted to the worker; not answered yet
    admin.lock(); // the last session: the database closes, and the worker with it
    const answer = await inFlight;
    expect(answer).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    expect(await admin.invoke('residents.list', {})).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    expect(await admin.invoke('reports.occupancy', JAN)).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });

    // Signed in again, a new worker answers as before.
    await call(admin, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await call(admin, 'reports.occupancy', JAN)).toEqual(expected);
  });

  it('another window still signed in keeps the database open: only the locked window is refused', async () => {
    const manager = await signedIn(core, admin, 'vesna', 'manager');
    const mine = admin.invoke('reports.occupancy', JAN);
    const theirs = manager.invoke('reports.occupancy', JAN);
    admin.lock();
    expect(await mine).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    const answer = await theirs;
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.value).toEqual(occupancyReport(core.database(), JAN));
  });

  it('staff may not ask, in the thread or not', async () => {
    const staff = await signedIn(core, admin, 'mira', 'staff');
    expect(await staff.invoke('reports.occupancy', JAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
