import type { HandlerMap } from '../handler.ts';
import { changePassword, login, loginWithRecoveryKey, setLanguage } from './service.ts';
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
  'session.login': ({ username, password }, { core, client, now }) => login(core, client, username, password, now),

  'session.loginWithRecoveryKey': ({ username, recoveryKey }, { core, client, now }) =>
    loginWithRecoveryKey(core, client, username, recoveryKey, now),

  'session.changePassword': (input, { core, client, now }) => changePassword(core, client.session!, input, now),

  'session.setLanguage': ({ language }, { db, client, actor }) => setLanguage(db, client.session, language, actor),

  'session.lock': (_input, { client }) => {
    client.lock('user');
    return { username: client.lockedUsername, reason: client.lockReason };
  },

  'session.activity': (_input, { client, now }) => {
    client.session!.lastActivityAt = now;
    return { ok: true };
  },

  'session.current': (_input, { core, client }) =>
    client.session ? sessionView(core.database(), client.session) : null,
};
