import { Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { periodOf, type Period, type PeriodKind } from './period.ts';

/** The period every report on the page covers: month, quarter, year or custom. */
export function usePeriod() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [anchor, setAnchor] = useState(todayIso());
  const [custom, setCustom] = useState<Period>(() => periodOf('month', todayIso()));
  const period = kind === 'custom' ? custom : periodOf(kind, anchor);
  const language = i18n.language as Language;
  const text = t('reports.period', { from: formatDate(period.from, language), to: formatDate(period.to, language) });
  return { kind, setKind, anchor, setAnchor, custom, setCustom, period, text };
}

export type PeriodState = ReturnType<typeof usePeriod>;

export function PeriodPicker({ state }: { state: PeriodState }) {
  const { t } = useTranslation();
  const { kind, custom, setCustom } = state;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SegmentedControl
        aria-label={t('reports.kind')}
        value={kind}
        onChange={(v) => state.setKind(v as PeriodKind)}
        data={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({
          value: k,
          label: t(`reports.kinds.${k}`),
        }))}
      />
      {kind === 'custom' ? (
        <>
          <DateField
            label={t('reports.from')}
            value={custom.from}
            onChange={(d) => d && setCustom({ ...custom, from: d })}
            clearable={false}
            w={150}
          />
          <DateField
            label={t('reports.to')}
            value={custom.to}
            onChange={(d) => d && setCustom({ ...custom, to: d })}
            clearable={false}
            w={150}
          />
        </>
      ) : (
        <DateField
          label={t('reports.containing')}
          value={state.anchor}
          onChange={(d) => d && state.setAnchor(d)}
          clearable={false}
          w={150}
        />
      )}
      <Text size="sm" c="dimmed" data-testid="report-period">
        {state.text}
      </Text>
    </Group>
  );
}
