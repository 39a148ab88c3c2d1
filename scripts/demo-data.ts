// npm run demo-data -- --data-dir DIR [--password P]
// Creates a vault with demo accounts, for trying Haven out and for screenshots. Never touches an
// existing vault: a folder that already holds one is refused.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCore } from '../electron/core/index.ts';
import { addUser } from '../electron/core/users/service.ts';
import type { SessionView } from '../shared/domain.ts';
import { scriptOptions } from './args.ts';

const USAGE = 'npm run demo-data -- --data-dir DIR [--password PASSWORD]';
const opts = scriptOptions(['data-dir', 'password'], USAGE);
if (!opts['data-dir']) {
  console.error(`--data-dir is required.\nUsage: ${USAGE}`);
  process.exit(2);
}
const dataDir = resolve(opts['data-dir']);
const password = opts.password ?? 'demo-password-2026';
if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f === 'vault.json' || f === 'haven.db')) {
  console.error(`${dataDir} already holds a Haven vault; demo data goes only into a new folder.`);
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const core = openCore({ dataDir });
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
const now = new Date();
await addUser(core, { username: 'manager', fullName: 'Milica Menadžerović', role: 'manager', password, language: 'sr-Latn' }, session.user.id, now);
await addUser(core, { username: 'staff', fullName: 'Stefan Stanković', role: 'staff', password }, session.user.id, now);
core.close();

console.log(`Demo vault created in ${dataDir}
  organisation: Together We Thrive (demo), premises: Safe House Belgrade
  accounts (password "${password}"):
    admin    Ana Adminović        administrator
    manager  Milica Menadžerović  manager (Serbian UI)
    staff    Stefan Stanković     staff
  recovery key: ${recoveryKey}
Open it with: npm start -- --data-dir ${dataDir}`);
