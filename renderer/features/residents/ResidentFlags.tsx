import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';

type Flagged = Pick<ResidentSummary, 'protected' | 'riskLevel' | 'minor'>;

/**
 * The flags that must be unmistakable wherever a resident appears (list, bed board, page):
 * do-not-disclose and high risk, plus minor. Text as well as colour, so they survive print and
 * colour blindness.
 */
export function ResidentFlags({ resident, size = 'sm' }: { resident: Flagged; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {resident.protected && (
        <Badge color="red" variant="filled" size={size} data-flag="do-not-disclose">
          {t('residents.flags.doNotDisclose')}
        </Badge>
      )}
      {resident.riskLevel === 'high' && (
        <Badge color="orange" variant="filled" size={size} data-flag="high-risk">
          {t('residents.flags.highRisk')}
        </Badge>
      )}
      {resident.minor && (
        <Badge color="blue" variant="light" size={size} data-flag="minor">
          {t('residents.flags.minor')}
        </Badge>
      )}
    </Group>
  );
}
