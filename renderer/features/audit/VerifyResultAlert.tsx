import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../shared/audit.ts';
import type { Language } from '../../../shared/domain.ts';
import { formatDateTime } from '../../i18n/index.ts';

/** The result of "Verify integrity" in words: intact, or which entry breaks the chain and how. */
export function VerifyResultAlert({ result }: { result: VerifyResult }) {
  const { t, i18n } = useTranslation();
  if (result.ok) {
    return (
      <Alert color="teal" title={t('audit.verify.intactTitle')} data-testid="verify-result">
        {t('audit.verify.intact', { count: result.entries })}
      </Alert>
    );
  }
  const b = result.firstBroken!;
  const at = b.at ? formatDateTime(b.at, i18n.language as Language) : null;
  return (
    <Alert color="red" title={t('audit.verify.brokenTitle')} data-testid="verify-result">
      {t(`audit.verify.reasons.${b.reason}`, { seq: b.seq })} {at ? t('audit.verify.writtenAt', { at }) : ''}{' '}
      {t('audit.verify.whatToDo', { count: result.entries })}
    </Alert>
  );
}
