import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The paper a temporary password is handed over on (what window.print prints): the organisation,
 * the account and password given as children, and how to use them.
 */
export function PasswordSlip({ organisation, children }: { organisation: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="print-area">
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('users.sheet.title', { organisation })}
          </Title>
          {children}
          <Text size="sm">{t('users.sheet.use')}</Text>
        </Stack>
      </Paper>
    </div>
  );
}
