import type { Language } from '../../shared/domain.ts';

/** The Intl locale behind each UI language (dates as dd.MM.yyyy in Serbian). */
export const LOCALES: Record<Language, string> = { en: 'en-GB', 'sr-Latn': 'sr-Latn-RS' };
