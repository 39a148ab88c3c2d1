import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/audit.ts';

/** Where an entry's record is shown, or null when it has no page of its own. */
export function recordLink(e: Pick<AuditEntry, 'recordType' | 'recordId'>): string | null {
  if (!e.recordId) return null;
  if (e.recordType === 'resident') return `/residents/${e.recordId}`;
  if (e.recordType === 'room' || e.recordType === 'bed') return '/rooms';
  return null;
}

/** An action in words where Haven knows it, else its name as logged. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${action}`, { defaultValue: action });
}

function fieldLabel(t: TFunction, field: string): string {
  return t(`residents.fields.${field}`, { defaultValue: field });
}

/** The detail in one line: the names of edited fields in words, other values as logged. */
export function detailText(t: TFunction, detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      if (key === 'fields' && Array.isArray(value))
        return `${t('audit.detail.fields')}: ${value.map((f) => fieldLabel(t, String(f))).join(', ')}`;
      const shown = value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
      return `${key}: ${shown}`;
    })
    .join(' · ');
}
