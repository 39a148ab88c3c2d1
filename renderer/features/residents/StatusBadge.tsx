import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';

const COLORS = { referred: 'yellow', in_residence: 'teal', exited: 'gray', archived: 'dark' } as const;

/** Where a resident stands; a referral also says whether it was accepted or declined. */
export function StatusBadge({
  resident,
  size = 'sm',
}: {
  resident: Pick<ResidentSummary, 'status' | 'referralOutcome' | 'sex'>;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const { status, referralOutcome, sex } = resident;
  if (status === 'referred' && referralOutcome === 'declined') {
    return (
      <Badge color="gray" variant="outline" size={size} data-status="declined">
        {t('residents.badge.declined')}
      </Badge>
    );
  }
  return (
    <Badge color={COLORS[status]} variant="light" size={size} data-status={status}>
      {t(`residents.options.statuses.${status}`, { context: sex })}
      {status === 'referred' && referralOutcome === 'accepted' ? ` · ${t('residents.badge.accepted')}` : ''}
    </Badge>
  );
}
