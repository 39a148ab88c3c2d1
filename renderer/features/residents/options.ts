import type { TFunction } from 'i18next';
import {
  DECLINE_REASONS,
  EXIT_DESTINATIONS,
  EXPLOITATION_FORMS,
  ID_DOCUMENT_STATUSES,
  IDENTIFICATION_STATUSES,
  REFERRAL_OUTCOMES,
  REFERRAL_SOURCES,
  RESIDENT_STATUSES,
  RISK_LEVELS,
  SEXES,
} from '../../../shared/residents.ts';

/**
 * Each option list of shared/residents.ts and the i18n group its labels live in
 * (`residents.options.<group>.<code>`).
 */
export const OPTION_LISTS = {
  sexes: SEXES,
  idDocumentStatuses: ID_DOCUMENT_STATUSES,
  identificationStatuses: IDENTIFICATION_STATUSES,
  referralSources: REFERRAL_SOURCES,
  referralOutcomes: REFERRAL_OUTCOMES,
  declineReasons: DECLINE_REASONS,
  exploitationForms: EXPLOITATION_FORMS,
  riskLevels: RISK_LEVELS,
  statuses: RESIDENT_STATUSES,
  exitDestinations: EXIT_DESTINATIONS,
} as const;
export type OptionList = keyof typeof OPTION_LISTS;

/** The label of one stored code. */
export function optionLabel(t: TFunction, list: OptionList, code: string): string {
  return t(`residents.options.${list}.${code}`);
}

/** `{ value, label }` pairs for a Select, MultiSelect or Checkbox.Group, in the order of the list. */
export function optionData<L extends OptionList>(
  t: TFunction,
  list: L,
): { value: (typeof OPTION_LISTS)[L][number]; label: string }[] {
  return OPTION_LISTS[list].map((value) => ({ value, label: optionLabel(t, list, value) }));
}

/** Which option list a resident field's values come from (for the change log). */
export const FIELD_OPTION_LIST: Partial<Record<string, OptionList>> = {
  sex: 'sexes',
  idDocumentStatus: 'idDocumentStatuses',
  identificationStatus: 'identificationStatuses',
  referralSource: 'referralSources',
  referralOutcome: 'referralOutcomes',
  declineReason: 'declineReasons',
  exploitationForms: 'exploitationForms',
  riskLevel: 'riskLevels',
  status: 'statuses',
  exitDestination: 'exitDestinations',
};
