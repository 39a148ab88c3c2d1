import { Checkbox, Loader, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';
import { matchesSearch, residentSearchKey } from '../../../shared/search.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { nameWithCode } from '../residents/names.ts';

/** Who can attend: residents in the house and former residents (the core checks the session's day). */
const canAttend = (r: ResidentSummary) =>
  r.status === 'in_residence' || r.status === 'exited' || r.status === 'archived';
const pickable = (list: ResidentSummary[]) => list.filter(canAttend);

/**
 * Residents and former residents to tick, found by name, alias or code (a protected one by alias
 * and code only, the one search rule of shared/search.ts). `exclude`: already on the session.
 */
export function AttendeePicker({
  value,
  onChange,
  exclude = [],
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  exclude?: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { data, error: loadError } = useChannelQuery('residents.list', {}, { select: pickable });
  const people = (data ?? []).filter((r) => !exclude.includes(r.id));
  const shown = query.trim()
    ? people.filter((r) => value.includes(r.id) || matchesSearch(residentSearchKey(r, r.protected), query))
    : people;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  const groups = [
    { key: 'current', items: shown.filter((r) => r.status === 'in_residence') },
    { key: 'former', items: shown.filter((r) => r.status !== 'in_residence') },
  ].filter((g) => g.items.length > 0);

  return (
    <Stack gap="xs">
      <TextInput
        label={t('openclub.picker.search')}
        description={t('openclub.picker.hint', { count: value.length })}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        error={error}
        type="search"
      />
      <ErrorAlert error={loadError} />
      {!data && !loadError && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && people.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('openclub.picker.none')}
        </Text>
      )}
      {data && people.length > 0 && shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('openclub.picker.noMatch')}
        </Text>
      )}
      {groups.length > 0 && (
        <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars>
          <Stack gap="sm" data-testid="attendee-picker">
            {groups.map((g) => (
              <Stack key={g.key} gap={6} role="group" aria-labelledby={`attendees-${g.key}`}>
                <Text id={`attendees-${g.key}`} size="sm" fw={600}>
                  {t(`openclub.picker.${g.key}`)}
                </Text>
                {g.items.map((r) => (
                  <Checkbox
                    key={r.id}
                    value={r.id}
                    label={nameWithCode(r)}
                    checked={value.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
