import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CenteredCard } from '../../components/CenteredCard.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { useSessionStore } from './store.ts';

/** Chosen from the user menu. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack maw={520}>
      <Title order={1} size="h2">
        {t('password.change')}
      </Title>
      <Paper withBorder p="lg">
        <ChangePasswordForm forced={false} onDone={() => void navigate('/')} onCancel={() => void navigate('/')} />
      </Paper>
    </Stack>
  );
}

/**
 * After a recovery-key sign-in, or with a temporary password from an administrator: nothing else
 * is possible until a new password is set.
 */
export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const reason = useSessionStore((s) => s.session?.passwordChangeReason);
  return (
    <CenteredCard title={t('password.forcedTitle')}>
      <Text size="sm">
        {t(reason === 'temporaryPassword' ? 'password.forcedTemporaryText' : 'password.forcedText')}
      </Text>
      <ChangePasswordForm forced onDone={() => undefined} />
    </CenteredCard>
  );
}
