import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { localIsoDate } from '../../../../shared/dates.ts';
import { isMinorOn, type RevealedName } from '../../../../shared/residents.ts';
import { useChannelMutation } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { RecordReaders } from '../../audit/RecordReaders.tsx';
import { PlanSection } from '../../plans/PlanSection.tsx';
import { HearingsSection } from '../../hearings/HearingsSection.tsx';
import { NotesSection } from '../../notes/NotesSection.tsx';
import { StayActions } from '../../stays/StayActions.tsx';
import { TonightLine } from '../../stays/TonightLine.tsx';
import { ResidentFlags } from '../ResidentFlags.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { nameWithCode } from '../names.ts';
import { useResident, useResidentRows } from '../queries.ts';
import { ArchiveButton } from './ArchiveButton.tsx';
import { ChangeLog } from './ChangeLog.tsx';
import { FamilyNotice } from './FamilyNotice.tsx';
import { ProfileView } from './ProfileView.tsx';
import { StayHistory } from './StayHistory.tsx';

/** One resident: flags first, then actions, profile, stays and the change log. */
export function ResidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: resident, error } = useResident(id);
  const { data: rows } = useResidentRows(); // names of the parent and in the change log
  // The core withholds a protected resident's real names; "Show" asks for them (audited), and
  // opening another record forgets them.
  const [revealed, setRevealed] = useState<{ id: string; name: RevealedName } | null>(null);
  // Asking is an audited act, not a read to cache: it shows up only in "who has seen this record".
  const reveal = useChannelMutation('residents.revealName', { invalidates: ['audit.recordReaders'] });
  const revealedName = revealed?.id === id ? revealed.name : null;
  const toggleReveal = async () => {
    reveal.reset();
    if (revealedName) return setRevealed(null);
    const res = await reveal.run({ id });
    if (res.ok) setRevealed({ id, name: res.value });
  };

  if (error) return <ErrorAlert error={error} />;
  if (!resident || resident.id !== id) return <Loader aria-label={t('residents.list.title')} />;

  const r = resident;
  const flags = { ...r, minor: isMinorOn(r, localIsoDate(new Date())) };
  const nameOf = (rid: string) => {
    const row = rows?.find((x) => x.id === rid);
    return row ? nameWithCode(row) : rid;
  };

  return (
    <Stack maw={1200} gap="md" pb="xl">
      <Anchor component={Link} to="/residents" size="sm">
        ← {t('residents.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2" data-testid="resident-name">
              {r.displayName}
            </Title>
            <Text ff="monospace" c="dimmed" size="lg" data-testid="resident-code">
              {r.code}
            </Text>
          </Group>
          <Group gap="xs">
            <StatusBadge resident={r} size="md" />
            <ResidentFlags resident={flags} size="md" />
          </Group>
          <TonightLine stays={r.stays} />
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <StayActions resident={r} />
          <Button variant="default" onClick={() => void navigate(`/residents/${r.id}/edit`)}>
            {t('residents.page.edit')}
          </Button>
          {r.status === 'exited' && <ArchiveButton resident={r} />}
        </Group>
      </Group>

      {r.protected && (
        <Alert color="red" variant="filled" title={t('residents.page.doNotDiscloseBanner')} data-testid="dnd-banner">
          {t('residents.page.doNotDiscloseText')}
        </Alert>
      )}
      {r.riskLevel === 'high' && (
        <Alert
          color="orange"
          variant="filled"
          title={t('residents.page.highRiskBanner')}
          data-testid="high-risk-banner"
        >
          {r.safetyNotes.trim() ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="safety-notes">
              {r.safetyNotes}
            </Text>
          ) : (
            t('residents.page.highRiskNoNotes')
          )}
        </Alert>
      )}
      <FamilyNotice resident={r} />

      <ErrorAlert error={reveal.error} />
      <ProfileView resident={r} revealedName={revealedName} onToggleReveal={() => void toggleReveal()} />
      <NotesSection residentId={r.id} />
      <HearingsSection residentId={r.id} />
      <PlanSection key={r.id} residentId={r.id} />
      <StayHistory stays={r.stays} />
      <ChangeLog changes={r.changes} residentName={nameOf} />
      <RecordReaders residentId={r.id} />
    </Stack>
  );
}
