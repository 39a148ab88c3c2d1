import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Account } from '../../../shared/users.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/index.ts';
import { useSessionStore } from '../session/store.ts';
import { AccountDialogs, type AccountAction, type PendingAction } from './AccountDialogs.tsx';
import { AddAccountDialog } from './AddAccountDialog.tsx';
import { TemporaryPasswordSheet, type IssuedPassword } from './TemporaryPasswordSheet.tsx';

/** Staff accounts, for administrators; anyone else is told plainly whom to ask. */
export function UsersPage() {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session!.user.role);
  if (role !== 'admin') {
    return (
      <Alert color="orange" title={t('users.adminsOnly.title')} maw={640} data-testid="users-admins-only">
        {t('users.adminsOnly.text')}
      </Alert>
    );
  }
  return <UsersList />;
}

function UsersList() {
  const { t } = useTranslation();
  const { data: accounts, error } = useChannelQuery('users.list', {});
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          {accounts && (
            <Text size="sm" c="dimmed">
              {t('users.summary', { count: accounts.filter((a) => a.active).length })}
            </Text>
          )}
        </Stack>
        <Button onClick={() => setAdding(true)}>{t('users.add')}</Button>
      </Group>
      <ErrorAlert error={error} />
      {!accounts && !error && <Loader aria-label={t('common.loading')} />}
      {accounts && (
        <AccountsTable accounts={accounts} onAction={(action, account) => setPending({ action, account })} />
      )}
      <AddAccountDialog
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(i) => {
          setAdding(false);
          setIssued(i);
        }}
      />
      <AccountDialogs pending={pending} onClose={() => setPending(null)} onIssued={setIssued} />
      <TemporaryPasswordSheet issued={issued} onDone={() => setIssued(null)} />
    </Stack>
  );
}

function AccountsTable({
  accounts,
  onAction,
}: {
  accounts: Account[];
  onAction: (action: AccountAction, account: Account) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useSessionStore((s) => s.session!.user.id);
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('users.columns.name')}</Table.Th>
          <Table.Th w={160}>{t('users.columns.role')}</Table.Th>
          <Table.Th>{t('users.columns.status')}</Table.Th>
          <Table.Th>{t('users.columns.lastSignIn')}</Table.Th>
          <Table.Th maw={200}>
            <Tooltip label={t('users.failedHint')} multiline w={260}>
              <span>{t('users.columns.failed')}</span>
            </Tooltip>
          </Table.Th>
          <Table.Th w={60}>
            <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((a) => (
          <Table.Tr key={a.id} data-testid={`account-${a.username}`} c={a.active ? undefined : 'dimmed'}>
            <Table.Td>
              <Text fw={600} size="sm">
                {a.fullName}
                {a.id === me && (
                  <Text span c="dimmed" size="sm" fw={400}>
                    {' '}
                    ({t('users.you')})
                  </Text>
                )}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {a.username}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={a.role === 'admin' ? 'grape' : a.role === 'manager' ? 'blue' : 'gray'}>
                {t(`roles.${a.role}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                <Badge variant="dot" color={a.active ? 'teal' : 'gray'}>
                  {a.active ? t('users.active') : t('users.inactive')}
                </Badge>
                {a.active && a.mustChangePassword && (
                  <Badge variant="light" color="yellow">
                    {t('users.mustChange')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {a.lastSignInAt ? formatDateTime(a.lastSignInAt, i18n.language as Language) : t('users.never')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text
                size="sm"
                c={a.failedAttemptsSince > 0 ? 'red.8' : undefined}
                fw={a.failedAttemptsSince > 0 ? 600 : undefined}
              >
                {a.failedAttemptsSince}
              </Text>
            </Table.Td>
            <Table.Td>
              <RowMenu account={a} self={a.id === me} onAction={onAction} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RowMenu({
  account,
  self,
  onAction,
}: {
  account: Account;
  self: boolean;
  onAction: (action: AccountAction, account: Account) => void;
}) {
  const { t } = useTranslation();
  // One's own password is changed from the user menu; deactivating oneself would lock one out.
  const actions: AccountAction[] = account.active
    ? self
      ? ['changeRole']
      : ['changeRole', 'reset', 'deactivate']
    : ['reactivate'];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: account.fullName })}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((action) => (
          <Menu.Item
            key={action}
            color={action === 'deactivate' ? 'red' : undefined}
            onClick={() => onAction(action, account)}
          >
            {t(`users.${action}.menu`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
