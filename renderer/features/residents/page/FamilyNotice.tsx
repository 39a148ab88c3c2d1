import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../../shared/domain.ts';
import type { ResidentDetail } from '../../../../shared/residents.ts';
import { formatDate } from '../../../i18n/index.ts';

/** A child still in the house whose parent has left: who cares for her now, so nobody has to guess. */
export function FamilyNotice({ resident }: { resident: ResidentDetail }) {
  const { t, i18n } = useTranslation();
  const parent = resident.parent;
  const parentGone = parent && (parent.status === 'exited' || parent.status === 'archived');
  if (!parent || !parentGone || resident.status !== 'in_residence') return null;
  return (
    <Alert color="yellow" variant="light" title={t('residents.family.parentLeftTitle')} data-testid="parent-left">
      <Text size="sm">
        {t('residents.family.parentLeft', { date: formatDate(parent.exitDate, i18n.language as Language) })}{' '}
        <Anchor component={Link} to={`/residents/${parent.id}`} size="sm">
          {parent.displayName}
        </Anchor>
      </Text>
      <Text size="sm" fw={600} mt={4} data-testid="carer">
        {resident.carer ? t('residents.family.carer', { carer: resident.carer }) : t('residents.family.noCarer')}
      </Text>
    </Alert>
  );
}
