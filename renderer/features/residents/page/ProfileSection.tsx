import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ProfileItem {
  label: string;
  value: ReactNode;
  testId?: string;
}

/**
 * A read-only block of the resident page: label → value, with empty values shown as a dash, and/or
 * its own content (a table, a list) below.
 */
export function ProfileSection({
  title,
  items = [],
  children,
}: {
  title: string;
  items?: ProfileItem[];
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {items.length > 0 && (
          <DataList
            size="sm"
            gap={6}
            styles={{ itemLabel: { flex: '0 0 40%', minWidth: 0 }, itemValue: { flex: 1, minWidth: 0 } }}
          >
            {items.map((i) => (
              <DataList.Item key={i.label}>
                <DataList.ItemLabel>{i.label}</DataList.ItemLabel>
                <DataList.ItemValue data-testid={i.testId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {i.value === '' || i.value === null ? (
                    <Text span c="dimmed">
                      —
                    </Text>
                  ) : (
                    i.value
                  )}
                </DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        )}
        {children}
      </Stack>
    </Card>
  );
}
