import { create } from 'zustand';
import type { SessionView, VaultStatus } from '../../../shared/domain.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { invoke, queryClient } from '../../api.ts';
import { applyLanguage } from '../../i18n/index.ts';
import { flushDrafts } from '../drafts/flush.ts';
import { keepPage } from './lastPage.ts';

interface SessionState {
  status: VaultStatus | null;
  session: SessionView | null;
  /** Set while the set-up wizard still has steps to show after the vault exists. */
  settingUp: boolean;
  bootError: AppErrorShape | null;
  boot(): Promise<void>;
  signedIn(session: SessionView): Promise<void>;
  setSettingUp(on: boolean): void;
  lock(): Promise<void>;
  /** Called periodically: the core may have locked the session (OS lock screen, suspend). */
  checkStillSignedIn(): Promise<void>;
}

export const useSessionStore = create<SessionState>((set) => ({
  status: null,
  session: null,
  settingUp: false,
  bootError: null,

  async boot() {
    const [status, current] = await Promise.all([invoke('vault.status', {}), invoke('session.current', {})]);
    if (!status.ok) return set({ bootError: status.error });
    if (!current.ok) return set({ bootError: current.error });
    if (current.value) await applyLanguage(current.value.user.language);
    set({ status: status.value, session: current.value, settingUp: status.value.state === 'new', bootError: null });
  },

  async signedIn(session) {
    await applyLanguage(session.user.language);
    set({ session });
  },

  setSettingUp(on) {
    set({ settingUp: on });
  },

  async checkStillSignedIn() {
    const current = await invoke('session.current', {});
    if (current.ok && current.value === null) leaveToLogin();
  },

  async lock() {
    // Nothing read under the session may outlive it, not even for the moment the core takes.
    queryClient.clear();
    await flushDrafts();
    await invoke('session.lock', {});
    leaveToLogin();
  },
}));

/**
 * A full reload is the surest way to drop every piece of renderer state (stores, forms,
 * component state); the login screen then asks the core who was signed in.
 */
function leaveToLogin(): void {
  queryClient.clear();
  const userId = useSessionStore.getState().session?.user.id;
  if (userId) keepPage(userId, window.location.hash.replace(/^#/, ''));
  window.location.hash = '#/';
  window.location.reload();
}
