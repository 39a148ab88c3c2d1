import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { applyLanguage } from '../i18n/index.ts';

/** The frame of the screens before sign-in: app name, language switch, one card. */
export function CenteredCard({ title, children, width = 440 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="space-between" mb="xl">
        <Text fw={700} size="lg" c="teal.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch onChange={(l) => void applyLanguage(l)} />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" radius="md" p="xl" w={width} maw="100%">
          <Stack>
            <Title order={2} size="h3">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
