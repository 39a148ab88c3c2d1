import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../session/store.ts';
import { BackupStatusCard } from '../backup/BackupStatusCard.tsx';
import { IdleLockCard } from '../settings/IdleLockCard.tsx';
import { TodayPanel } from '../today/TodayPanel.tsx';
import { RecoveryKeyCard } from './RecoveryKeyCard.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session)!;
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('home.greeting', { name: session.user.fullName })}
      </Title>
      {session.auditWarning && (
        <Alert
          color="red"
          role="alert"
          data-testid="audit-warning"
          title={t(`home.audit${cap(session.auditWarning.kind)}Title`)}
        >
          {t(`home.audit${cap(session.auditWarning.kind)}`, { seq: session.auditWarning.seq })}
        </Alert>
      )}
      <Text data-testid="signed-in-as">
        {t('home.signedInAs', { username: session.user.username, role: t(`roles.${session.user.role}`) })}
      </Text>
      <TodayPanel />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600}>{t('home.organisation')}</Text>
          <Text>{session.organisation}</Text>
          <Text c="dimmed" size="sm">
            {session.premises}
          </Text>
        </Card>
        {session.user.role === 'admin' && <BackupStatusCard />}
        {session.user.role === 'admin' && <RecoveryKeyCard />}
        {session.user.role === 'admin' && <IdleLockCard />}
      </SimpleGrid>
    </Stack>
  );
}

const cap = (kind: 'broken' | 'truncated') => (kind === 'broken' ? 'Broken' : 'Truncated');
