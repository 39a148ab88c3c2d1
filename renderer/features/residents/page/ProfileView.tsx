import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../../shared/dates.ts';
import type { Language } from '../../../../shared/domain.ts';
import { ageOnDay, type ResidentDetail, type RevealedName } from '../../../../shared/residents.ts';
import { ResidentFlags } from '../ResidentFlags.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { nameWithCode } from '../names.ts';
import { useResidentRows } from '../queries.ts';
import { showValue } from './format.ts';
import { ProfileSection, type ProfileItem } from './ProfileSection.tsx';

type Field = keyof ResidentDetail;

/**
 * Every field of the record, read-only, in the same groups as the intake form. The core withholds a
 * protected resident's name fields; they show only once the page has asked for them (`revealedName`).
 */
export function ProfileView({
  resident: r,
  revealedName,
  onToggleReveal,
}: {
  resident: ResidentDetail;
  revealedName: RevealedName | null;
  onToggleReveal(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: rows } = useResidentRows();
  const nameOf = (id: string) => {
    const row = rows?.find((x) => x.id === id);
    return row ? nameWithCode(row) : id;
  };
  const item = (field: Field): ProfileItem => ({
    label: t(`residents.fields.${field}`),
    value: showValue(t, language, field, r[field] as string | number | boolean | string[] | null, nameOf),
    testId: `profile-${field}`,
  });
  const age = ageOnDay(r, localIsoDate(new Date()));
  const nameItem = (field: keyof RevealedName): ProfileItem => {
    if (!r.protected) return item(field);
    const label = t(`residents.fields.${field}`);
    return revealedName
      ? { label, value: revealedName[field], testId: `profile-${field}` }
      : { label, value: t('residents.page.nameHidden') };
  };

  const birth = item('dateOfBirth');
  const year = item('birthYearEstimate');
  if (age !== null && r.dateOfBirth) birth.value = `${String(birth.value)} (${t('residents.page.age', { age })})`;
  else if (age !== null) year.value = `${String(year.value)} (${t('residents.page.ageEstimate', { age })})`;

  const parent = r.parentResidentId;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Stack gap="md">
        <ProfileSection
          title={t('residents.intake.sections.person')}
          items={[
            nameItem('givenName'),
            nameItem('familyName'),
            item('alias'),
            birth,
            year,
            item('sex'),
            item('phone'),
            item('education'),
          ]}
        >
          {r.protected && (
            <Group>
              <Button size="compact-sm" variant="light" color="red" onClick={onToggleReveal} data-testid="reveal-name">
                {revealedName ? t('residents.page.hideName') : t('residents.page.showName')}
              </Button>
            </Group>
          )}
        </ProfileSection>
        <ProfileSection
          title={t('residents.intake.sections.identification')}
          items={[
            item('identificationStatus'),
            item('preliminaryIdentifiedOn'),
            item('formallyIdentifiedOn'),
            item('notIdentifiedOn'),
            item('identificationBody'),
          ].filter((i, n) => n === 0 || i.value !== '')}
        />
        <ProfileSection title={t('residents.intake.sections.exploitation')} items={[item('exploitationForms')]} />
        <ProfileSection
          title={t('residents.intake.sections.safety')}
          items={[item('riskLevel'), item('doNotDisclose'), item('safetyNotes')]}
        />
        <ProfileSection
          title={t('residents.intake.sections.health')}
          items={[item('healthNeeds'), item('disability')]}
        />
      </Stack>
      <Stack gap="md">
        <ProfileSection
          title={t('residents.intake.sections.documents')}
          items={[item('idDocumentStatus'), item('nationalities'), item('stateless'), item('languages')]}
        />
        <ProfileSection
          title={t('residents.page.referral')}
          items={[
            item('referralSource'),
            item('referralDate'),
            item('referredBy'),
            item('referralReason'),
            item('referralOutcome'),
            ...(r.referralOutcome === 'declined' ? [item('declineReason')] : []),
          ]}
        />
        <ProfileSection
          title={t('residents.intake.sections.family')}
          items={[
            nameItem('guardianName'),
            item('guardianOrganisation'),
            {
              label: t('residents.fields.parentResidentId'),
              value: parent ? (
                <Anchor component={Link} to={`/residents/${parent}`} size="sm">
                  {nameOf(parent)}
                </Anchor>
              ) : (
                ''
              ),
            },
          ]}
        >
          {r.children.length > 0 && (
            <Stack gap={4} data-testid="children">
              <Text size="sm" fw={600}>
                {t('residents.page.children')}
              </Text>
              {r.children.map((c) => (
                <Group key={c.id} gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/residents/${c.id}`} size="sm">
                    {nameWithCode(c)}
                  </Anchor>
                  <StatusBadge resident={c} size="sm" />
                  <ResidentFlags resident={c} size="xs" />
                </Group>
              ))}
            </Stack>
          )}
        </ProfileSection>
        <ProfileSection
          title={t('residents.intake.sections.consent')}
          items={[
            item('consentGivenOn'),
            item('consentScope'),
            item('consentRecordedBy'),
            item('consentWithdrawnOn'),
            item('consentPendingReason'),
          ]}
        />
        {r.exitDate && (
          <ProfileSection
            title={t('residents.page.exit')}
            items={[item('exitDate'), item('exitReason'), item('exitDestination')]}
          />
        )}
      </Stack>
    </SimpleGrid>
  );
}
