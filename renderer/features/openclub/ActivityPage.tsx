import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import type { Attendee, SessionView } from '../../../shared/openclub.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { useSessionStore } from '../session/store.ts';
import { ActivityDialog } from './ActivityDialog.tsx';
import { ArchiveActivityDialog } from './ArchiveActivityDialog.tsx';
import { AddAttendeesDialog } from './AddAttendeesDialog.tsx';
import { RemoveAttendeeDialog } from './RemoveAttendeeDialog.tsx';
import { SessionDialog } from './SessionDialog.tsx';

/** One activity: what it is, and its sessions with who came, newest first. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error } = useChannelQuery('openclub.activity', { id });
  const role = useSessionStore((s) => s.session!.user.role);
  const [archiving, setArchiving] = useState(false);
  const [editing, setEditing] = useState(false);
  const [sessionForm, setSessionForm] = useState<SessionView | 'new' | null>(null);
  const [adding, setAdding] = useState<SessionView | null>(null);
  const [removing, setRemoving] = useState<{ session: SessionView; attendee: Attendee } | null>(null);

  const back = (
    <Anchor component={Link} to="/openclub" size="sm">
      {t('openclub.back')}
    </Anchor>
  );
  if (error) {
    return (
      <Stack maw={1100}>
        {back}
        <ErrorAlert error={error} />
      </Stack>
    );
  }
  if (!data) return <Loader aria-label={t('common.loading')} />;
  const { activity, sessions } = data;

  return (
    <Stack maw={1100}>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {activity.name}
            </Title>
            <Badge variant="light">{t(`openclub.kinds.${activity.kind}`)}</Badge>
            {activity.archived && (
              <Badge color="gray" variant="light">
                {t('openclub.archived')}
              </Badge>
            )}
          </Group>
          {activity.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {activity.description}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('openclub.activity.edit')}
          </Button>
          {roleAtLeast(role, 'manager') && (
            <Button variant="default" color="gray" onClick={() => setArchiving(true)}>
              {activity.archived ? t('openclub.activity.restore') : t('openclub.activity.archive')}
            </Button>
          )}
          {!activity.archived && <Button onClick={() => setSessionForm('new')}>{t('openclub.session.add')}</Button>}
        </Group>
      </Group>
      {activity.archived && (
        <Alert color="gray" title={t('openclub.archivedTitle')}>
          {t('openclub.archivedText')}
        </Alert>
      )}
      <Title order={2} size="h4">
        {t('openclub.session.title')}
      </Title>
      {sessions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('openclub.session.none')}
        </Text>
      )}
      {sessions.map((s) => (
        <SessionCard
          key={s.id}
          session={s}
          editable={!activity.archived}
          onAdd={() => setAdding(s)}
          onEdit={() => setSessionForm(s)}
          onRemove={(attendee) => setRemoving({ session: s, attendee })}
        />
      ))}
      <ActivityDialog activity={activity} opened={editing} onClose={() => setEditing(false)} />
      <ArchiveActivityDialog activity={activity} opened={archiving} onClose={() => setArchiving(false)} />
      <SessionDialog
        activityId={activity.id}
        session={sessionForm === 'new' ? null : sessionForm}
        opened={sessionForm !== null}
        onClose={() => setSessionForm(null)}
      />
      <AddAttendeesDialog session={adding} onClose={() => setAdding(null)} />
      <RemoveAttendeeDialog target={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function SessionCard({
  session,
  editable,
  onAdd,
  onEdit,
  onRemove,
}: {
  session: SessionView;
  editable: boolean;
  onAdd: () => void;
  onEdit: () => void;
  onRemove: (a: Attendee) => void;
}) {
  const { t, i18n } = useTranslation();
  const date = formatDate(session.date, i18n.language as Language);
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('openclub.session.label', { date })}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>
          {date} · {session.facilitator}
        </Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('openclub.session.count', { count: session.attendees.length })}
          </Text>
          {editable && (
            <>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={onEdit}
                aria-label={t('openclub.session.editLabel', { date })}
              >
                {t('openclub.activity.edit')}
              </Button>
              <Button size="compact-sm" variant="light" onClick={onAdd}>
                {t('openclub.session.addAttendees')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {session.attendees.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('openclub.session.nobody')}
        </Text>
      ) : (
        <Group gap={6}>
          {session.attendees.map((a) => (
            <Badge
              key={a.residentId}
              size="lg"
              variant="light"
              color={a.former ? 'grape' : 'teal'}
              tt="none"
              rightSection={
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  px={4}
                  onClick={() => onRemove(a)}
                  aria-label={t('openclub.attendee.removeLabel', { name: a.displayName })}
                >
                  ×
                </Button>
              }
            >
              {a.displayName === a.code ? a.code : `${a.displayName} · ${a.code}`}
              {a.former && ` · ${t('openclub.attendee.former', { context: a.sex })}`}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}
