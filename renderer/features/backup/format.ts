import type { Language } from '../../../shared/domain.ts';
import { LOCALES } from '../../i18n/index.ts';

/** "12.4 GB" in the language's number format. */
export function formatBytes(bytes: number | null, language: Language): string {
  if (bytes === null) return '';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: units[i], maximumFractionDigits: 1 }).format(
    n,
  );
}

/** The folder or file picker of the Electron shell, when there is one (absent in a plain browser). */
export const pickPath = (kind: 'folder' | 'backup') => window.haven.choosePath?.(kind) ?? Promise.resolve(null);
export const canPickPath = () => typeof window.haven.choosePath === 'function';
