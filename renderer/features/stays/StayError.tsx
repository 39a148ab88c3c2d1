import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { conflictText } from './conflict.ts';
import { residentEditPath } from './paths.ts';

/**
 * A refused stay action explained: a clash with another stay or an out-of-service period in plain
 * words; problems in the resident's own record (a minor without guardian, consent missing) listed
 * with a link to edit the record. Errors on the dialog's own fields are shown under those fields.
 */
export function StayError({
  error,
  formFields,
  residentId,
}: {
  error: AppErrorShape | null;
  formFields: readonly string[];
  residentId: string | null;
}) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (error.code === 'CONFLICT') {
    return (
      <Alert color="red" role="alert" title={t('stays.conflict.title')} data-testid="stay-conflict">
        {conflictText(error, t, i18n.language as Language)}
      </Alert>
    );
  }
  if (error.code === 'VALIDATION' && error.fields) {
    const record = Object.entries(error.fields).filter(([field]) => !formFields.includes(field));
    if (record.length === 0) return null;
    return (
      <Alert color="red" role="alert" title={t('stays.record.title')} data-testid="stay-record-problems">
        <Stack gap="xs">
          <Text size="sm">{t('stays.record.intro')}</Text>
          <List size="sm">
            {record.map(([field, message]) => (
              <List.Item key={field}>
                <Text span fw={600} size="sm">
                  {t(`residents.fields.${field}`, { defaultValue: field })}
                </Text>
                {': '}
                {t(message)}
              </List.Item>
            ))}
          </List>
          {residentId && (
            <Anchor component={Link} to={residentEditPath(residentId)} size="sm">
              {t('stays.record.edit')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
