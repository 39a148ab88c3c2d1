// The occupancy report for five years on 200 beds, against one full scan of the stays table (the
// least any report over all history must read). Issue 10's target: at most 3× that scan.
import { uuidv7 } from '../../electron/core/ids.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { addDays } from '../../shared/dates.ts';
import { occupancyReport } from '../../electron/core/reports/service.ts';
import { call, removeDir, setUpCore, tempDir } from '../fixtures/core.ts';
import { cpuTime, median, ms, time } from './measure.ts';

const ROOMS = 50;
const BEDS_PER_ROOM = 4;
const FROM = '2021-01-01';
const TO = '2025-12-31';
const RUNS = 15;
const WARM_UP = 20;

/** A deterministic stream, so that every run measures the same history. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

export function seedHistory(db: Db): number {
  const rnd = random(7);
  const now = '2021-01-01T09:00:00.000Z';
  const premises = (db.prepare('SELECT id FROM premises LIMIT 1').get() as { id: string }).id;
  const room = db.prepare("INSERT INTO rooms (id, premises_id, name, kind, created_at) VALUES (?, ?, ?, 'shared', ?)");
  const bed = db.prepare('INSERT INTO beds (id, room_id, label, created_at) VALUES (?, ?, ?, ?)');
  const resident = db.prepare(
    `INSERT INTO residents (id, code, status, given_name, family_name, sex, id_document_status, identification_status,
       referral_source, referral_date, risk_level, date_of_birth, exit_date, exit_destination, created_at, updated_at)
     VALUES (?, ?, ?, 'Bench', 'Resident', 'female', 'none', 'potential', 'center', ?, 'low', '1990-01-01', ?, ?, ?, ?)`,
  );
  const stay = db.prepare(
    'INSERT INTO stays (id, resident_id, bed_id, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let n = 0;
  db.transaction(() => {
    for (let r = 0; r < ROOMS; r++) {
      const roomId = uuidv7();
      room.run(roomId, premises, `Room ${r + 1}`, now);
      for (let b = 0; b < BEDS_PER_ROOM; b++) {
        const bedId = uuidv7();
        bed.run(bedId, roomId, String.fromCharCode(65 + b), now);
        let day = FROM;
        while (day < TO) {
          day = addDays(day, Math.floor(rnd() * 10));
          const nights = 1 + Math.floor(rnd() * 120);
          const end = addDays(day, nights);
          const open = end > TO;
          const id = uuidv7();
          n++;
          resident.run(
            id,
            `R-2021-${String(n).padStart(5, '0')}`,
            open ? 'in_residence' : 'exited',
            day,
            open ? null : end,
            open ? null : 'family',
            now,
            now,
          );
          stay.run(uuidv7(), id, bedId, day, open ? null : end, now);
          day = end;
        }
      }
    }
  })();
  return n;
}

export async function reportsBench(): Promise<void> {
  const dir = tempDir();
  try {
    const { core, client } = await setUpCore(dir);
    const db = core.database();
    const stays = seedHistory(db);
    // The baseline: every row and every column of the stays table read into JavaScript, the
    // statement compiled once (as the report's are): the least a report over all history must do.
    const everything = db.prepare('SELECT * FROM stays');
    const scan = () => everything.all();
    // Through the client as a window calls it: dispatch, the worker thread (this history is above
    // the threshold), the output validated.
    const report = () => call(client, 'reports.occupancy', { from: FROM, to: TO });
    // The same computation on the core's own connection, without the thread.
    const inThread = () => occupancyReport(db, { from: FROM, to: TO });
    const r = await report(); // starts the worker thread
    // Steady state, as in a session that has run reports before: statement and page caches warm,
    // the code optimised by the JIT of each thread.
    for (let i = 0; i < WARM_UP; i++) {
      scan();
      await report();
      inThread();
    }
    const runs = { scan: [] as number[], report: [] as number[], inThread: [] as number[] };
    const cpu = { scan: [] as number[], report: [] as number[], inThread: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      runs.scan.push(await time(scan));
      runs.report.push(await time(report));
      runs.inThread.push(await time(inThread));
      cpu.scan.push(await cpuTime(scan));
      cpu.report.push(await cpuTime(report));
      cpu.inThread.push(await cpuTime(inThread));
    }
    const s = median(runs.scan);
    const t = median(runs.report);
    const h = median(runs.inThread);
    const sc = median(cpu.scan);
    const tc = median(cpu.report);
    const hc = median(cpu.inThread);
    console.log(`\nOccupancy report, 5 years on ${ROOMS * BEDS_PER_ROOM} beds, ${stays} stays, median of ${RUNS}:`);
    console.log(`  one full scan of the stays table (SELECT *, every column): ${ms(s)}`);
    console.log(
      `  reports.occupancy (through the client and the worker thread, validated): ${ms(t)}  → ${(t / s).toFixed(2)}× the scan (target ≤ 3×)`,
    );
    console.log(`  the computation alone on the core's connection: ${ms(h)} → ${(h / s).toFixed(2)}×`);
    console.log(
      `  CPU time of the whole process (all threads; steadier on a busy machine): scan ${ms(sc)}, report ${ms(tc)} → ${(tc / sc).toFixed(2)}×, computation ${ms(hc)} → ${(hc / sc).toFixed(2)}×`,
    );
    console.log(
      `  (occupancy ${(r.total.occupancyRate! * 100).toFixed(1)}%, ${r.total.exits} exits, ${r.daily.length} days)`,
    );
    core.close();
  } finally {
    removeDir(dir);
  }
}
