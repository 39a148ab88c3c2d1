// A whole demo vault in a new folder: set-up, the demo accounts and the seeded history. Shared by
// `npm run demo-data` and the bench.
import { openCore } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import type { KdfCost } from '../../electron/core/vault/kdf.ts';
import type { SessionView } from '../../shared/domain.ts';
import type { IsoDate } from '../../shared/dates.ts';
import { DayClock } from './clock.ts';
import { DEMO_START, seedDemoHistory } from './index.ts';

export const DEMO_ORGANISATION = 'Together We Thrive (demo)';
export const DEMO_PREMISES = 'Safe House Belgrade';
/** Usernames of the demo accounts; all share the vault's password. */
export const DEMO_ACCOUNTS = { admin: 'admin', manager: 'manager', staff: 'staff' } as const;

export interface DemoVaultOptions {
  /** An existing, empty folder. */
  dataDir: string;
  password: string;
  seed: number;
  residents: number;
  /** scrypt cost of the key slots; the app's default unless given (the bench passes a cheap one). */
  kdfCost?: KdfCost;
}

export interface DemoVault {
  recoveryKey: string;
  /** The demo's "today": the history runs from DEMO_START up to it. */
  today: IsoDate;
  summary: string;
}

/** Creates the vault and closes it again; open it with its own core to use it. */
export async function createDemoVault(o: DemoVaultOptions): Promise<DemoVault> {
  // The demo house opened on DEMO_START: the vault and accounts date from then, and every later
  // entry from the day it describes.
  const clock = new DayClock(new Date());
  const setUpAt = clock.at(DEMO_START);
  const core = openCore({ dataDir: o.dataDir, clock: () => setUpAt, ...(o.kdfCost ? { kdfCost: o.kdfCost } : {}) });
  try {
    const setup = await core.connect().invoke('vault.setup', {
      organisation: DEMO_ORGANISATION,
      premises: DEMO_PREMISES,
      username: DEMO_ACCOUNTS.admin,
      fullName: 'Ana Adminović',
      password: o.password,
      language: 'en',
    });
    if (!setup.ok) throw new Error(`Set-up failed: ${setup.error.code} ${setup.error.message}`);
    const { recoveryKey, session } = setup.value as { recoveryKey: string; session: SessionView };
    const managerId = await addUser(
      core,
      {
        username: DEMO_ACCOUNTS.manager,
        fullName: 'Milica Menadžerović',
        role: 'manager',
        password: o.password,
        language: 'sr-Latn',
      },
      session.user.id,
      clock.at(DEMO_START),
    );
    const staffId = await addUser(
      core,
      { username: DEMO_ACCOUNTS.staff, fullName: 'Stefan Stanković', role: 'staff', password: o.password },
      session.user.id,
      clock.at(DEMO_START),
    );
    const summary = seedDemoHistory(core.database(), {
      seed: o.seed,
      residents: o.residents,
      clock,
      managerId,
      staffIds: [staffId, staffId, staffId, managerId],
    });
    return { recoveryKey, today: clock.today, summary };
  } finally {
    core.close();
  }
}
