import { Alert, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../session/store.ts';
import { PasswordSlip } from './PasswordSlip.tsx';

export interface IssuedPassword {
  fullName: string;
  username: string;
  temporaryPassword: string;
}

/**
 * A temporary password, shown once: printed or read out, then gone. Only "Done" closes it, so that
 * a stray click or Escape cannot lose it before it was handed over.
 */
export function TemporaryPasswordSheet({ issued, onDone }: { issued: IssuedPassword | null; onDone: () => void }) {
  const { t } = useTranslation();
  const organisation = useSessionStore((s) => s.session?.organisation ?? '');
  return (
    <Modal
      opened={issued !== null}
      onClose={onDone}
      title={t('users.sheet.heading')}
      size="lg"
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
    >
      {issued && (
        <Stack>
          <PasswordSlip organisation={organisation}>
            <Table variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={200}>{t('users.sheet.for')}</Table.Th>
                  <Table.Td>{issued.fullName}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('users.sheet.username')}</Table.Th>
                  <Table.Td ff="monospace">{issued.username}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="sm" fw={600}>
              {t('users.sheet.password')}
            </Text>
            <Code block fz="xl" ta="center" data-testid="temporary-password" style={{ letterSpacing: '0.08em' }}>
              {issued.temporaryPassword}
            </Code>
          </PasswordSlip>
          <Alert color="yellow" title={t('users.sheet.onceTitle')}>
            {t('users.sheet.onceText')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => window.print()}>
              {t('users.sheet.print')}
            </Button>
            <Button onClick={onDone} data-autofocus>
              {t('users.sheet.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
