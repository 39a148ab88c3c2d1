import { AppShell, Badge, Button, Group, Menu, NavLink, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { roleAtLeast, type Role } from '../../shared/roles.ts';
import type { Language } from '../../shared/domain.ts';
import { invoke } from '../api.ts';
import { useSessionStore } from '../features/session/store.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

const SESSION_CHECK_MS = 3_000;

/** The main sections, in the order of the side bar; each feature adds its entry here. */
const NAV: { to: string; label: string; least: Role }[] = [
  { to: '/', label: 'nav.home', least: 'staff' },
  { to: '/residents', label: 'residents.nav', least: 'staff' },
  { to: '/referrals', label: 'referrals.nav', least: 'staff' },
  { to: '/board', label: 'stays.nav', least: 'staff' },
  { to: '/openclub', label: 'openclub.nav', least: 'staff' },
  { to: '/rooms', label: 'rooms.nav', least: 'manager' },
  { to: '/users', label: 'users.nav', least: 'admin' },
  { to: '/reports', label: 'reports.nav', least: 'manager' },
  { to: '/audit', label: 'audit.nav', least: 'manager' },
  { to: '/backup', label: 'backup.nav', least: 'admin' },
];

/** The frame of every signed-in screen: who is signed in, language, lock (also Ctrl+L). */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSessionStore((s) => s.session)!;
  const signedIn = useSessionStore((s) => s.signedIn);
  const lock = useSessionStore((s) => s.lock);
  const checkStillSignedIn = useSessionStore((s) => s.checkStillSignedIn);
  // Ctrl+L locks from anywhere, also while typing in a field.
  useHotkeys([['mod+L', () => void lock()]], []);
  useEffect(() => {
    const timer = setInterval(() => void checkStillSignedIn(), SESSION_CHECK_MS);
    return () => clearInterval(timer);
  }, [checkStillSignedIn]);

  const setLanguage = async (language: Language) => {
    const r = await invoke('session.setLanguage', { language });
    if (r.ok) await signedIn(r.value);
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} c="teal.8" size="lg">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" truncate>
              {session.organisation} · {session.premises}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch onChange={(l) => void setLanguage(l)} />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" data-testid="user-menu">
                  {session.user.fullName}
                  <Badge ml="xs" size="sm" variant="light">
                    {t(`roles.${session.user.role}`)}
                  </Badge>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {t('userMenu.signedInAs', { name: session.user.fullName, username: session.user.username })}
                  <br />
                  {t('userMenu.role', { role: t(`roles.${session.user.role}`) })}
                </Menu.Label>
                <Menu.Item onClick={() => void navigate('/account/password')}>{t('password.change')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Tooltip label={t('lock.hint')}>
              <Button variant="light" color="gray" onClick={() => void lock()}>
                {t('lock.button')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {NAV.filter((n) => roleAtLeast(session.user.role, n.least)).map((n) => (
          <NavLink
            key={n.to}
            component={RouterLink}
            to={n.to}
            label={t(n.label)}
            active={n.to === '/' ? location.pathname === '/' : location.pathname.startsWith(n.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
