import type { HandlerMap } from '../handler.ts';
import { sessionView, startSession } from '../session/view.ts';
import { findUserById } from '../users/queries.ts';
import { openSlot, passwordSlotFor } from './keyring.ts';
import { normalisePassword } from './kdf.ts';
import { replaceRecoveryKey } from './recovery-slot.ts';
import { setUpVault } from './setup.ts';

export const vaultHandlers: HandlerMap<'vault.status' | 'vault.setup' | 'vault.newRecoveryKey'> = {
  'vault.status': (_input, { core, client, now }) => {
    core.holdFolder();
    const s = core.vaultState();
    return {
      state: s.state,
      problem: s.state === 'broken' ? { code: s.problem.code, message: s.problem.message } : null,
      lockedUsername: client.lockedUsername,
      lockReason: client.lockReason,
      lockMinutes: client.lockMinutes,
      // Failures are counted per name: only the install-wide ceiling, or the name this window had.
      retryAt: s.state === 'ready' ? (core.throttle.retryAt(client.lockedUsername, now)?.toISOString() ?? null) : null,
    };
  },

  'vault.setup': async (input, { core, client, now }) => {
    core.holdFolder();
    const { recoveryKey, userId } = await core.exclusive(() => setUpVault(core, input, now));
    // Sign the new administrator in with the slot just written: the same path as any later login.
    const slot = passwordSlotFor(core.readyVault(), input.username)!;
    const key = (await openSlot(slot, normalisePassword(input.password)))!;
    const user = findUserById(core.unlock(key), userId)!;
    startSession(client, user, now, false);
    return { recoveryKey, session: sessionView(core, client) };
  },

  'vault.newRecoveryKey': async (_input, { core, client, now }) => ({
    recoveryKey: await replaceRecoveryKey(core, client.session!.userId, now),
  }),
};
