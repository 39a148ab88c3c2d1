import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedTemporaryPassword } from '../../../shared/backup.ts';
import { PasswordSlip } from '../users/PasswordSlip.tsx';

/**
 * The temporary passwords of every other account after a restore from a backup, shown once: printed
 * (one strip per person, to cut apart and hand out) or written down, then gone.
 */
export function TemporaryPasswordList({
  issued,
  organisation,
  onDone,
}: {
  issued: IssuedTemporaryPassword[];
  organisation: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm">{t('setup.restore.passwordsIntro')}</Text>
      <PasswordSlip organisation={organisation}>
        <Table withTableBorder verticalSpacing="sm" data-testid="temporary-passwords">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.sheet.for')}</Table.Th>
              <Table.Th>{t('users.sheet.username')}</Table.Th>
              <Table.Th>{t('users.sheet.password')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issued.map((p) => (
              <Table.Tr key={p.username} style={{ borderTop: '1px dashed' }}>
                <Table.Td>
                  {p.fullName}{' '}
                  <Text span c="dimmed" size="sm">
                    ({t(`roles.${p.role}`)})
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace">{p.username}</Table.Td>
                <Table.Td ff="monospace" fw={700} style={{ letterSpacing: '0.08em' }}>
                  {p.temporaryPassword}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </PasswordSlip>
      <Alert color="yellow" title={t('users.sheet.onceTitle')}>
        {t('setup.restore.passwordsOnce')}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => window.print()}>
          {t('users.sheet.print')}
        </Button>
        <Button onClick={onDone}>{t('setup.restore.finish')}</Button>
      </Group>
    </Stack>
  );
}
