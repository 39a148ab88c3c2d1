import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { localIsoDate } from '../../../../shared/dates.ts';
import type { AppErrorShape } from '../../../../shared/errors.ts';
import { isMinorOn, type ResidentDetail, type RevealedName } from '../../../../shared/residents.ts';
import { invoke } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { StayActions } from '../../stays/StayActions.tsx';
import { ResidentFlags } from '../ResidentFlags.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { nameWithCode } from '../names.ts';
import { useResidentsStore } from '../store.ts';
import { ArchiveButton } from './ArchiveButton.tsx';
import { ChangeLog } from './ChangeLog.tsx';
import { ProfileView } from './ProfileView.tsx';
import { StayHistory } from './StayHistory.tsx';

/** One resident: flags first, then actions, profile, stays and the change log. */
export function ResidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const rows = useResidentsStore((s) => s.rows);
  const loadList = useResidentsStore((s) => s.load);
  const refreshList = useResidentsStore((s) => s.refresh);
  const [resident, setResident] = useState<ResidentDetail | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const [version, setVersion] = useState(0);
  // The core withholds a protected resident's real names; "Show" asks for them (audited), and
  // opening another record forgets them.
  const [revealed, setRevealed] = useState<{ id: string; name: RevealedName } | null>(null);
  const [revealError, setRevealError] = useState<AppErrorShape | null>(null);
  const revealedName = revealed?.id === id ? revealed.name : null;
  const toggleReveal = async () => {
    setRevealError(null);
    if (revealedName) return setRevealed(null);
    const res = await invoke('residents.revealName', { id });
    if (res.ok) setRevealed({ id, name: res.value });
    else setRevealError(res.error);
  };

  useEffect(() => {
    let live = true;
    void invoke('residents.get', { id }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setResident(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [id, version]);

  useEffect(() => {
    void loadList(); // names of the parent and in the change log
  }, [loadList]);

  /** After a stay action or archiving: this page and the list both change. */
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    void refreshList();
  }, [refreshList]);

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
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <StayActions resident={r} onChanged={changed} />
          <Button variant="default" onClick={() => void navigate(`/residents/${r.id}/edit`)}>
            {t('residents.page.edit')}
          </Button>
          {r.status === 'exited' && <ArchiveButton resident={r} onArchived={changed} />}
        </Group>
      </Group>

      {r.protected && (
        <Alert color="red" variant="filled" title={t('residents.page.doNotDiscloseBanner')} data-testid="dnd-banner">
          {t('residents.page.doNotDiscloseText')}
        </Alert>
      )}
      {r.riskLevel === 'high' && (
        <Alert color="orange" variant="filled" title={t('residents.page.highRiskBanner')} data-testid="high-risk-banner">
          {t('residents.page.highRiskText')}
        </Alert>
      )}

      <ErrorAlert error={revealError} />
      <ProfileView resident={r} revealedName={revealedName} onToggleReveal={() => void toggleReveal()} />
      <StayHistory stays={r.stays} />
      <ChangeLog changes={r.changes} residentName={nameOf} />
    </Stack>
  );
}
