import type { HandlerMap } from '../handler.ts';
import { replaceRecoveryKey } from './recovery-slot.ts';
import { setUpAndSignIn, vaultStatus } from './service.ts';

export const vaultHandlers: HandlerMap<'vault.status' | 'vault.setup' | 'vault.newRecoveryKey'> = {
  'vault.status': (_input, { core, client, now }) => vaultStatus(core, client, now),

  'vault.setup': (input, { core, client, now }) => setUpAndSignIn(core, client, input, now),

  'vault.newRecoveryKey': async (_input, { core, actor }) => ({ recoveryKey: await replaceRecoveryKey(core, actor) }),
};
