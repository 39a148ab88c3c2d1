import type { Language } from '../../../shared/domain.ts';
import { LOCALES } from '../../i18n/index.ts';

export const percent = (rate: number | null, language: Language): string =>
  rate === null
    ? '–'
    : new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(rate);

export const decimal = (value: number | null, language: Language): string =>
  value === null ? '–' : new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
