import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why a stay change is entered for an earlier day; asked only when the date is in the past. */
export function BackdateReasonField(props: TextareaProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('stays.fields.backdateReason')}
      description={t('stays.fields.backdateHint')}
      autosize
      minRows={2}
      withAsterisk
      {...props}
    />
  );
}
