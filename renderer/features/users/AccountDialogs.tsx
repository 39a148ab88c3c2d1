import { Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles.ts';
import type { Account } from '../../../shared/users.ts';
import { invoke, useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSessionStore } from '../session/store.ts';
import type { IssuedPassword } from './TemporaryPasswordSheet.tsx';

export type AccountAction = 'changeRole' | 'deactivate' | 'reactivate' | 'reset';
export interface PendingAction {
  action: AccountAction;
  account: Account;
}

interface Props {
  pending: PendingAction | null;
  onClose: () => void;
  onIssued: (issued: IssuedPassword) => void;
}

/** The confirmation each account change asks for before it is made. */
export function AccountDialogs({ pending, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const name = pending?.account.fullName ?? '';
  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      title={pending ? t(`users.${pending.action}.title`, { name }) : ''}
    >
      {pending?.action === 'changeRole' && <RoleForm account={pending.account} onClose={onClose} />}
      {pending && pending.action !== 'changeRole' && (
        <Confirm pending={pending} onClose={onClose} onIssued={onIssued} />
      )}
    </Modal>
  );
}

/** After changing one's own role, the menu and the side bar follow at once. */
async function refreshOwnSession(id: string): Promise<void> {
  const { session, signedIn } = useSessionStore.getState();
  if (session?.user.id !== id) return;
  const r = await invoke('session.current', {});
  if (r.ok && r.value) await signedIn(r.value);
}

function RoleForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role);
  const setRoleCall = useChannelMutation('users.setRole', { invalidates: ['users.list'] });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await setRoleCall.run({ id: account.id, role });
    if (!r.ok) return;
    onClose();
    await refreshOwnSession(account.id);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{t('users.changeRole.text', { name: account.fullName })}</Text>
        <Select
          label={t('users.form.role')}
          description={t(`users.roleHints.${role}`)}
          allowDeselect={false}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <ErrorAlert error={setRoleCall.error} />
        <DialogActions onCancel={onClose} confirmLabel={t('users.changeRole.confirm')} busy={setRoleCall.busy} />
      </Stack>
    </form>
  );
}

function Confirm({
  pending: { action, account },
  onClose,
  onIssued,
}: {
  pending: PendingAction;
  onClose: () => void;
  onIssued: (issued: IssuedPassword) => void;
}) {
  const { t } = useTranslation();
  const deactivate = useChannelMutation('users.deactivate', { invalidates: ['users.list'] });
  const reactivate = useChannelMutation('users.reactivate', { invalidates: ['users.list'] });
  const reset = useChannelMutation('users.resetPassword', { invalidates: ['users.list'] });
  const current = action === 'deactivate' ? deactivate : action === 'reactivate' ? reactivate : reset;

  const confirm = async () => {
    const input = { id: account.id };
    if (action === 'deactivate') {
      if ((await deactivate.run(input)).ok) onClose();
      return;
    }
    const r = await (action === 'reactivate' ? reactivate : reset).run(input);
    if (!r.ok) return;
    onClose();
    onIssued({ fullName: account.fullName, username: account.username, temporaryPassword: r.value.temporaryPassword });
  };

  return (
    <Stack>
      <Text size="sm">{t(`users.${action}.text`, { name: account.fullName })}</Text>
      <ErrorAlert error={current.error} />
      <DialogActions
        onCancel={onClose}
        onConfirm={() => void confirm()}
        confirmLabel={t(`users.${action}.confirm`)}
        color={action === 'deactivate' ? 'red' : undefined}
        busy={current.busy}
        autoFocus="cancel"
      />
    </Stack>
  );
}
