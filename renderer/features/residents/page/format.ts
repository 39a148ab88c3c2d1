import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain.ts';
import { formatDate } from '../../../i18n/index.ts';
import { FIELD_OPTION_LIST, optionLabel } from '../options.ts';
import { WORLD_FIELDS, worldName } from '../worldNames.ts';

const DATE_FIELDS = new Set([
  'dateOfBirth',
  'preliminaryIdentifiedOn',
  'formallyIdentifiedOn',
  'notIdentifiedOn',
  'referralDate',
  'consentGivenOn',
  'consentWithdrawnOn',
  'exitDate',
]);

/**
 * A stored value as staff read it: option codes as labels, dates in the language's format, lists
 * joined, yes/no. Used for the profile and for the change log (which keeps values as text:
 * lists as JSON, booleans as true/false).
 */
export function showValue(
  t: TFunction,
  language: Language,
  field: string,
  value: string | number | boolean | string[] | null,
  residentName: (id: string) => string = (id) => id,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? t('residents.page.yes') : t('residents.page.no');
  if (Array.isArray(value)) return value.map((v) => showValue(t, language, field, v, residentName)).join(', ');
  const text = String(value);
  const list = FIELD_OPTION_LIST[field];
  if (list) return optionLabel(t, list, text);
  if (field in WORLD_FIELDS) return worldName(WORLD_FIELDS[field as keyof typeof WORLD_FIELDS], text, language);
  if (DATE_FIELDS.has(field)) return formatDate(text, language);
  if (field === 'parentResidentId') return residentName(text);
  return text;
}

/** A change-log value (text as stored) turned back into what `showValue` takes. */
export function parseLogged(field: string, text: string | null): string | boolean | string[] | null {
  if (text === null) return null;
  if (field === 'stateless' || field === 'doNotDisclose') return text === 'true';
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) return list.map(String);
    } catch {
      // not a list after all: show the text
    }
  }
  return text;
}
