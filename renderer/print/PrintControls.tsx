import { Alert, Button, Checkbox, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { canSavePdf, type PrintState } from './usePrint.ts';

/** The print buttons every printable screen shows, with the "codes instead of names" choice. */
export function PrintControls({ state, disabled = false }: { state: PrintState; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm" className="no-print" wrap="wrap">
        <Checkbox
          label={t('print.codesOnly')}
          checked={state.codesOnly}
          onChange={(e) => state.setCodesOnly(e.currentTarget.checked)}
        />
        <Button variant="default" loading={state.busy} disabled={disabled} onClick={() => void state.print('dialog')}>
          {t('print.print')}
        </Button>
        {canSavePdf() && (
          <Button variant="default" loading={state.busy} disabled={disabled} onClick={() => void state.print('pdf')}>
            {t('print.savePdf')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={state.error} />
      {state.saved !== null && (
        <Alert color="teal" withCloseButton={false}>
          <Text size="sm">{t('print.saved', { file: state.saved })}</Text>
        </Alert>
      )}
    </>
  );
}
