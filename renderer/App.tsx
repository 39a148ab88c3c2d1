import { Alert, Button, Center, Code, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { CenteredCard } from './components/CenteredCard.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { BackupPage } from './features/backup/BackupPage.tsx';
import { RestorePage } from './features/backup/RestorePage.tsx';
import { DraftReturn } from './features/drafts/DraftReturn.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { ActivityPage } from './features/openclub/ActivityPage.tsx';
import { OpenClubPage } from './features/openclub/OpenClubPage.tsx';
import { PlanPrintPage } from './features/plans/PlanPrintPage.tsx';
import { ReferralsPage } from './features/referrals/ReferralsPage.tsx';
import { IntakePage } from './features/residents/intake/IntakePage.tsx';
import { ResidentsPage } from './features/residents/list/ResidentsPage.tsx';
import { ResidentPage } from './features/residents/page/ResidentPage.tsx';
import { ChangePasswordPage, ForcedPasswordChangePage } from './features/session/ChangePasswordPage.tsx';
import { LoginPage } from './features/session/LoginPage.tsx';
import { RecoveryLoginPage } from './features/session/RecoveryLoginPage.tsx';
import { ReportsPage } from './features/reports/ReportsPage.tsx';
import { RoomsPage } from './features/rooms/RoomsPage.tsx';
import { BedBoardPage } from './features/stays/BedBoardPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { useSessionStore } from './features/session/store.ts';
import { useActivityReporter } from './features/session/useActivityReporter.ts';
import { SetupWizard } from './features/setup/SetupWizard.tsx';

function SignedOut() {
  const [forgot, setForgot] = useState(false);
  return forgot ? (
    <RecoveryLoginPage onBack={() => setForgot(false)} />
  ) : (
    <LoginPage onForgot={() => setForgot(true)} />
  );
}

function BrokenVault({ code, message }: { code: string; message: string }) {
  const { t } = useTranslation();
  return (
    <CenteredCard title={t('broken.title')} width={620}>
      <Alert color="red" title={t(`errors.${code}.title`)}>
        {t(`errors.${code}.text`)}
      </Alert>
      <Text size="sm">{t('broken.nothingChanged')}</Text>
      <Code block>{message}</Code>
    </CenteredCard>
  );
}

export function App() {
  const { t } = useTranslation();
  const { status, session, settingUp, bootError, boot } = useSessionStore();
  useActivityReporter(session !== null);

  useEffect(() => {
    void boot();
  }, [boot]);

  if (bootError) {
    // E.g. FOLDER_IN_USE: another Haven has this data folder; once it is closed, trying again works.
    return (
      <CenteredCard title={t('broken.title')} width={620}>
        <ErrorAlert error={bootError} />
        <Button onClick={() => void boot()}>{t('broken.tryAgain')}</Button>
      </CenteredCard>
    );
  }
  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status.state === 'broken' && status.problem) return <BrokenVault {...status.problem} />;
  if (settingUp) return <SetupWizard />;
  if (!session) return <SignedOut />;
  if (session.mustChangePassword) return <ForcedPasswordChangePage />;

  return (
    <HashRouter>
      <DraftReturn />
      <AppLayout>
        <Stack>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="/residents" element={<ResidentsPage />} />
            <Route path="/residents/new" element={<IntakePage />} />
            <Route path="/residents/:id" element={<ResidentPage />} />
            <Route path="/residents/:id/edit" element={<IntakePage />} />
            <Route path="/residents/:id/plan/:version/print" element={<PlanPrintPage />} />
            <Route path="/referrals" element={<ReferralsPage />} />
            <Route path="/board" element={<BedBoardPage />} />
            <Route path="/openclub" element={<OpenClubPage />} />
            <Route path="/openclub/:id" element={<ActivityPage />} />
            <Route path="/rooms" element={<RoomsPage />} />
            <Route path="/users" element={<UsersPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/reports" element={<ReportsPage />} />
            {session.user.role === 'admin' && <Route path="/backup" element={<BackupPage />} />}
            {session.user.role === 'admin' && <Route path="/backup/restore" element={<RestorePage />} />}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Stack>
      </AppLayout>
    </HashRouter>
  );
}
