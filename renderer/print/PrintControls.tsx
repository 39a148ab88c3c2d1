import { Alert, Button, Checkbox, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { canSavePdf, type PrintState } from './usePrint.ts';

/**
 * The print buttons every printable screen shows, with the "codes instead of names" choice
 * (`names={false}`: a document that holds no name or code, such as the donor figures, has none).
 */
export function PrintControls({
  state,
  disabled = false,
  names = true,
}: {
  state: PrintState;
  disabled?: boolean;
  names?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm" className="no-print" wrap="wrap">
        {names && (
          <Checkbox
            label={t('print.codesOnly')}
            checked={state.codesOnly}
            onChange={(e) => state.setCodesOnly(e.currentTarget.checked)}
          />
        )}
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
