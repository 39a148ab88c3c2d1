// npm run demo-data -- --data-dir DIR [--password P] [--seed N] [--residents N]
// Creates a vault with demo accounts, rooms and beds, and a few years of made-up residents and
// stays, for trying Haven out and for screenshots. Never touches an existing vault: a folder that
// already holds one is refused. The same seed on the same day gives the same data.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCore } from '../electron/core/index.ts';
import { addUser } from '../electron/core/users/service.ts';
import type { SessionView } from '../shared/domain.ts';
import { scriptOptions } from './args.ts';
import { DayClock } from './demo/clock.ts';
import { DEMO_START, MAX_RESIDENTS, seedDemoHistory } from './demo/index.ts';

const USAGE = 'npm run demo-data -- --data-dir DIR [--password PASSWORD] [--seed N] [--residents N]';
const opts = scriptOptions(['data-dir', 'password', 'seed', 'residents'], USAGE);
if (!opts['data-dir']) {
  console.error(`--data-dir is required.\nUsage: ${USAGE}`);
  process.exit(2);
}
function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > max) {
    console.error(`--${name} takes a whole number from 0 to ${max}.\nUsage: ${USAGE}`);
    process.exit(2);
  }
  return n;
}
const seed = wholeNumber('seed', opts.seed, 1, 2 ** 31);
const residents = wholeNumber('residents', opts.residents, 300, MAX_RESIDENTS);
const dataDir = resolve(opts['data-dir']);
const password = opts.password ?? 'demo-password-2026';
if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f === 'vault.json' || f === 'haven.db')) {
  console.error(`${dataDir} already holds a Haven vault; demo data goes only into a new folder.`);
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

// The demo house opened on DEMO_START: the vault and accounts date from then, and every later entry
// from the day it describes.
const clock = new DayClock(new Date());
const setUpAt = clock.at(DEMO_START);
const core = openCore({ dataDir, clock: () => setUpAt });
const client = core.connect();
const setup = await client.invoke('vault.setup', {
  organisation: 'Together We Thrive (demo)',
  premises: 'Safe House Belgrade',
  username: 'admin',
  fullName: 'Ana Adminović',
  password,
  language: 'en',
});
if (!setup.ok) {
  console.error(`Set-up failed: ${setup.error.code} ${setup.error.message}`);
  process.exit(1);
}
const { recoveryKey, session } = setup.value as { recoveryKey: string; session: SessionView };
const managerId = await addUser(
  core,
  { username: 'manager', fullName: 'Milica Menadžerović', role: 'manager', password, language: 'sr-Latn' },
  session.user.id,
  clock.at(DEMO_START),
);
const staffId = await addUser(core, { username: 'staff', fullName: 'Stefan Stanković', role: 'staff', password }, session.user.id, clock.at(DEMO_START));
const summary = seedDemoHistory(core.database(), { seed, residents, clock, managerId, staffIds: [staffId, staffId, staffId, managerId] });
core.close();

console.log(`Demo vault created in ${dataDir}
  organisation: Together We Thrive (demo), premises: Safe House Belgrade
  accounts (password "${password}"):
    admin    Ana Adminović        administrator
    manager  Milica Menadžerović  manager (Serbian UI)
    staff    Stefan Stanković     staff
  recovery key: ${recoveryKey}
Demo history (seed ${seed}, ${residents} residents, ${DEMO_START} to ${clock.today}):
${summary}
Open it with: npm start -- --data-dir ${dataDir}`);
