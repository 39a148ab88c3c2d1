import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain.ts';
import en from './en.json';
import srLatn from './sr-Latn.json';
import { LOCALES } from './locales.ts';

const STORAGE_KEY = 'haven.language';

export { LOCALES };

function isLanguage(x: unknown): x is Language {
  return LANGUAGES.includes(x as Language);
}

/** Before anyone signs in, the language last used on this PC; after, the user's own. */
export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'en';
}

export async function applyLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export const i18n = i18next;

type Catalog = Record<string, unknown>;

// Each feature keeps its own strings in features/<name>/i18n/<language>.json, under the key <name>.
const featureCatalogs = import.meta.glob<Catalog>('../features/*/i18n/*.json', { eager: true, import: 'default' });

function catalog(language: Language, base: Catalog): Catalog {
  const merged: Catalog = { ...base };
  for (const [path, strings] of Object.entries(featureCatalogs)) {
    const m = /features\/([^/]+)\/i18n\/([^/]+)\.json$/.exec(path);
    if (m && m[2] === language) merged[m[1]!] = strings;
  }
  return merged;
}

export function initI18n(): Promise<unknown> {
  document.documentElement.lang = storedLanguage();
  return i18next.use(initReactI18next).init({
    resources: { en: { translation: catalog('en', en) }, 'sr-Latn': { translation: catalog('sr-Latn', srLatn) } },
    lng: storedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
}

/** dayjs formats for showing and typing dates. */
export const DATE_FORMATS: Record<Language, string> = { en: 'DD/MM/YYYY', 'sr-Latn': 'DD.MM.YYYY' };

/** An ISO date (YYYY-MM-DD) in the language's own format: 05.03.2026 in Serbian. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return language === 'sr-Latn' ? `${d}.${m}.${y}.` : `${d}/${m}/${y}`;
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}
