import type { HandlerMap } from '../handler.ts';
import { writeTx } from '../db/tx.ts';
import { setUserLanguage } from '../users/queries.ts';
import { changePassword, login, loginWithRecoveryKey } from './service.ts';
import { sessionView } from './view.ts';

type SessionChannel =
  | 'session.login'
  | 'session.loginWithRecoveryKey'
  | 'session.changePassword'
  | 'session.setLanguage'
  | 'session.lock'
  | 'session.current'
  | 'session.activity';

export const sessionHandlers: HandlerMap<SessionChannel> = {
  // Attempts run one at a time: in parallel they would all pass the throttle check before the
  // first failure is counted.
  'session.login': async ({ username, password }, { core, client, now }) => {
    await core.exclusive(() => login(core, client, username, password, now));
    return sessionView(core, client);
  },

  'session.loginWithRecoveryKey': async ({ username, recoveryKey }, { core, client, now }) => {
    await core.exclusive(() => loginWithRecoveryKey(core, client, username, recoveryKey, now));
    return sessionView(core, client);
  },

  'session.changePassword': async (input, { core, client, now }) => {
    await changePassword(core, client, input, now);
    return sessionView(core, client);
  },

  'session.setLanguage': ({ language }, { core, client, db, now }) => {
    const userId = client.session!.userId;
    writeTx(db, { at: now, userId }, (audit) => {
      setUserLanguage(db, userId, language);
      audit({ action: 'session.setLanguage', recordType: 'user', recordId: userId, detail: { language } });
    });
    return sessionView(core, client);
  },

  'session.lock': (_input, { client }) => {
    client.lock('user');
    return { username: client.lockedUsername, reason: client.lockReason };
  },

  'session.activity': (_input, { client, now }) => {
    client.session!.lastActivityAt = now;
    return { ok: true };
  },

  'session.current': (_input, { core, client }) => (client.session ? sessionView(core, client) : null),
};
