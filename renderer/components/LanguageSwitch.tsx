import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain.ts';

/** English / Srpski (latinica). Each name is written in its own language. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(v) => onChange(v as Language)}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
    />
  );
}
