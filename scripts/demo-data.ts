// npm run demo-data -- --data-dir DIR [--password P] [--seed N] [--residents N]
// Creates a vault with demo accounts, rooms and beds, and a few years of made-up residents and
// stays, for trying Haven out and for screenshots. Never touches an existing vault: a folder that
// already holds one is refused. The same seed on the same day gives the same data.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptOptions } from './args.ts';
import { DEMO_START, MAX_RESIDENTS } from './demo/index.ts';
import { createDemoVault, DEMO_ORGANISATION, DEMO_PREMISES } from './demo/vault.ts';

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

const vault = await createDemoVault({ dataDir, password, seed, residents });

console.log(`Demo vault created in ${dataDir}
  organisation: ${DEMO_ORGANISATION}, premises: ${DEMO_PREMISES}
  accounts (password "${password}"):
    admin    Ana Adminović        administrator
    manager  Milica Menadžerović  manager (Serbian UI)
    staff    Stefan Stanković     staff
  recovery key: ${vault.recoveryKey}
Demo history (seed ${seed}, ${residents} residents, ${DEMO_START} to ${vault.today}):
${vault.summary}
Open it with: npm start -- --data-dir ${dataDir}`);
