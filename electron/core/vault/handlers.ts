import type { HandlerMap } from '../handler.ts';
import { replaceRecoveryKey } from './recovery-slot.ts';
import { inspectForRecovery } from './from-backup.ts';
import { restoreAndSignIn, setUpAndSignIn, vaultStatus } from './service.ts';

type VaultChannel =
  'vault.status' | 'vault.setup' | 'vault.inspectBackup' | 'vault.restoreBackup' | 'vault.newRecoveryKey';

export const vaultHandlers: HandlerMap<VaultChannel> = {
  'vault.status': (_input, { core, client, now }) => vaultStatus(core, client, now),

  'vault.setup': (input, { core, client, now }) => setUpAndSignIn(core, client, input, now),

  'vault.inspectBackup': (input, { core }) => {
    core.holdFolder();
    return inspectForRecovery(core, input);
  },

  'vault.restoreBackup': (input, { core, client, now }) => restoreAndSignIn(core, client, input, now),

  'vault.newRecoveryKey': async (_input, { core, actor }) => ({ recoveryKey: await replaceRecoveryKey(core, actor) }),
};
