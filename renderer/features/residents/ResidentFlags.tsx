import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';

type Flagged = Pick<ResidentSummary, 'doNotDisclose' | 'riskLevel' | 'minor'>;

/**
 * The flags that must be unmistakable wherever a resident appears (list, bed board, page):
 * do-not-disclose and high risk, plus minor. Text as well as colour, so they survive print and
 * colour blindness.
 */
export function ResidentFlags({ resident, size = 'sm' }: { resident: Flagged; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {resident.doNotDisclose && (
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

/**
 * How a resident is named on shared screens. With do-not-disclose set only the house alias or the
 * code is shown; otherwise the full name (and alias).
 */
export function displayName(r: Pick<ResidentSummary, 'doNotDisclose' | 'alias' | 'code' | 'givenName' | 'familyName'>): string {
  if (r.doNotDisclose) return r.alias || r.code;
  const name = `${r.givenName} ${r.familyName}`;
  return r.alias ? `${name} (${r.alias})` : name;
}
