// npm run bench — prints costs and ratios measured side by side in one run. Never asserted.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openCore } from '../../electron/core/index.ts';
import { openDatabase, type Db } from '../../electron/core/db/connection.ts';
import { deriveKey, newKdfParams } from '../../electron/core/vault/kdf.ts';
import { ADMIN, removeDir, tempDir } from '../fixtures/core.ts';
import { median, time } from './measure.ts';
import { auditBench } from './audit.ts';
import { backupBench } from './backup.ts';
import { reportsBench } from './reports.ts';
import { residentsBench } from './residents.ts';

const ROUNDS = 5;

function plainDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  return db;
}

const SCHEMA = `CREATE TABLE notes (id INTEGER PRIMARY KEY, resident TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX notes_resident ON notes (resident, at);`;
const ROWS = 20_000;

function workload(db: Db) {
  const insert = db.prepare('INSERT INTO notes (resident, at, body) VALUES (?, ?, ?)');
  const body = 'Accompanied to the hearing; next appointment agreed with the legal team. '.repeat(4);
  return {
    write: () =>
      db.transaction(() => {
        for (let i = 0; i < ROWS; i++)
          insert.run(`R-2026-${String(i % 500).padStart(4, '0')}`, `2026-01-${(i % 28) + 1}`, body);
      })(),
    pointReads: () => {
      const q = db.prepare('SELECT * FROM notes WHERE resident = ? ORDER BY at DESC LIMIT 20');
      for (let i = 0; i < 5_000; i++) q.all(`R-2026-${String(i % 500).padStart(4, '0')}`);
    },
    scan: () => db.prepare('SELECT resident, count(*), max(length(body)) FROM notes GROUP BY resident').all(),
    smallWrites: () => {
      for (let i = 0; i < 200; i++) insert.run('R-2026-9999', '2026-02-01', body); // one fsync'd transaction each
    },
  };
}

async function storageBench() {
  const results: Record<string, { enc: number[]; plain: number[] }> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const dir = tempDir();
    try {
      const enc = openDatabase(join(dir, 'enc.db'), randomBytes(32), { create: true });
      const plain = plainDatabase(join(dir, 'plain.db'));
      enc.exec(SCHEMA);
      plain.exec(SCHEMA);
      const w = { enc: workload(enc), plain: workload(plain) };
      for (const step of ['write', 'pointReads', 'scan', 'smallWrites'] as const) {
        results[step] ??= { enc: [], plain: [] };
        // Alternate which goes first so that caches and the disk favour neither.
        const order = round % 2 ? (['plain', 'enc'] as const) : (['enc', 'plain'] as const);
        for (const which of order) results[step][which].push(await time(w[which][step]));
      }
      enc.close();
      plain.close();
    } finally {
      removeDir(dir);
    }
  }
  console.log(`\nEncrypted (SQLCipher 4) vs plain SQLite, same driver and pragmas, median of ${ROUNDS} rounds:`);
  console.log('  step                          encrypted     plain    ratio');
  const names: Record<string, string> = {
    write: `insert ${ROWS} rows (1 tx)`,
    pointReads: '5000 indexed reads',
    scan: 'group-by scan',
    smallWrites: '200 single-row txs',
  };
  for (const [step, r] of Object.entries(results)) {
    const e = median(r.enc);
    const p = median(r.plain);
    console.log(
      `  ${names[step]!.padEnd(28)} ${e.toFixed(1).padStart(9)} ms ${p.toFixed(1).padStart(7)} ms ${(e / p).toFixed(2).padStart(7)}×`,
    );
  }
}

async function loginBench() {
  const dir = tempDir();
  try {
    const core = openCore({ dataDir: dir });
    const setupClient = core.connect();
    const setup = await setupClient.invoke('vault.setup', ADMIN);
    if (!setup.ok) throw new Error(setup.error.message);
    setupClient.lock();
    const logins: number[] = [];
    const kdf: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const c = core.connect();
      logins.push(await time(() => c.invoke('session.login', { username: ADMIN.username, password: ADMIN.password })));
      c.lock();
      kdf.push(await time(() => deriveKey(ADMIN.password, newKdfParams()).then((k) => k.fill(0))));
    }
    core.close();
    const l = median(logins);
    const k = median(kdf);
    console.log(`\nLogin (scrypt N=2^17, r=8, p=1), median of ${ROUNDS}:`);
    console.log(`  full login (slot unwrap + open + migrate check + audit): ${l.toFixed(0)} ms`);
    console.log(`  scrypt alone: ${k.toFixed(0)} ms  → the KDF is ${((k / l) * 100).toFixed(0)}% of a login`);
  } finally {
    removeDir(dir);
  }
}

// `npm run bench -- backup reports` runs only the parts named; no names runs them all.
const parts: Record<string, () => Promise<void>> = {
  login: loginBench,
  storage: storageBench,
  residents: residentsBench,
  audit: auditBench,
  backup: backupBench,
  reports: reportsBench,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in parts));
if (unknown.length) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}.`);
  process.exit(2);
}
for (const [name, run] of Object.entries(parts)) if (!wanted.length || wanted.includes(name)) await run();
