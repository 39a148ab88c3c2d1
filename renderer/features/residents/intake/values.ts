import { localIsoDate, type IsoDate } from '../../../../shared/dates.ts';
import {
  residentFieldsSchema,
  residentRuleErrors,
  type IdentificationStatus,
  type ResidentDetail,
  type ResidentFields,
  type RevealedName,
} from '../../../../shared/residents.ts';
import { messageFor } from '../../../components/form.ts';

type Choice = 'sex' | 'idDocumentStatus' | 'referralSource' | 'riskLevel';

/** The form's values: ResidentFields, except that choices start empty so that staff make them. */
export type IntakeValues = Omit<ResidentFields, Choice | 'referralDate'> & {
  [K in Choice]: ResidentFields[K] | null;
} & { referralDate: IsoDate | null };

export type FieldName = keyof ResidentFields;

export const FIELD_NAMES = Object.keys(residentFieldsSchema.shape) as FieldName[];

export function emptyValues(today: IsoDate = localIsoDate(new Date())): IntakeValues {
  return {
    givenName: '',
    familyName: '',
    alias: '',
    dateOfBirth: null,
    birthYearEstimate: null,
    sex: null,
    nationalities: [],
    stateless: false,
    idDocumentStatus: null,
    languages: [],
    education: '',
    healthNeeds: '',
    disability: '',
    phone: '',
    identificationStatus: 'potential',
    preliminaryIdentifiedOn: null,
    formallyIdentifiedOn: null,
    notIdentifiedOn: null,
    identificationBody: '',
    referralSource: null,
    referralDate: today,
    referredBy: '',
    referralReason: '',
    exploitationForms: [],
    guardianName: '',
    guardianOrganisation: '',
    parentResidentId: null,
    riskLevel: null,
    doNotDisclose: false,
    safetyNotes: '',
    consentGivenOn: null,
    consentScope: '',
    consentRecordedBy: '',
    consentWithdrawnOn: null,
    consentPendingReason: '',
  };
}

/**
 * The form's values for an edit. A protected resident's name fields come from `residents.revealName`
 * (`names`): the record itself carries them as null, and saving an empty name would wipe it.
 */
export function valuesFromDetail(d: ResidentDetail, names: RevealedName | null): IntakeValues {
  const values = Object.fromEntries(FIELD_NAMES.map((k) => [k, d[k]])) as IntakeValues;
  if (names) return { ...values, ...names };
  if (d.givenName === null || d.familyName === null || d.guardianName === null)
    throw new Error('A protected record is edited with its names revealed.');
  return values;
}

/** Which identification fields mean something for each status; the others are hidden and cleared. */
export const IDENTIFICATION_FIELDS: Record<IdentificationStatus, FieldName[]> = {
  potential: [],
  preliminary: ['preliminaryIdentifiedOn', 'identificationBody'],
  formal: ['preliminaryIdentifiedOn', 'formallyIdentifiedOn', 'identificationBody'],
  not_identified: ['preliminaryIdentifiedOn', 'notIdentifiedOn', 'identificationBody'],
};

const IDENTIFICATION_DETAIL: FieldName[] = [
  'preliminaryIdentifiedOn',
  'formallyIdentifiedOn',
  'notIdentifiedOn',
  'identificationBody',
];

/** The values as they will be saved: identification details that the status does not use are dropped. */
export function toFields(v: IntakeValues): IntakeValues {
  const shown = IDENTIFICATION_FIELDS[v.identificationStatus];
  const out = { ...v };
  for (const f of IDENTIFICATION_DETAIL) {
    if (!shown.includes(f)) Object.assign(out, { [f]: f === 'identificationBody' ? '' : null });
  }
  return out;
}

/**
 * Field → i18n key, with the same schema and rules the core applies. Rules between fields are
 * checked even while some field is still empty, so that everything is explained in one go.
 */
export function intakeErrors(values: IntakeValues, today: IsoDate): Record<string, string> {
  const fields = toFields(values);
  const parsed = residentFieldsSchema.safeParse(fields);
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messageFor(fields[field as FieldName], issue.message);
  }
  const trimmed = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as IntakeValues;
  // The rules read only dates, numbers, texts and lists, never the choices that may still be empty.
  const rules = residentRuleErrors(parsed.success ? parsed.data : (trimmed as ResidentFields), today);
  return { ...rules, ...errors };
}

/** Schema output ready for the core, or null when the form still has errors. */
export function parseFields(values: IntakeValues): ResidentFields | null {
  const parsed = residentFieldsSchema.safeParse(toFields(values));
  return parsed.success ? parsed.data : null;
}

/** The order of the fields on screen, to bring the first error into view. */
export const FORM_ORDER: FieldName[] = [
  'givenName',
  'familyName',
  'alias',
  'dateOfBirth',
  'birthYearEstimate',
  'sex',
  'phone',
  'education',
  'idDocumentStatus',
  'nationalities',
  'stateless',
  'languages',
  'identificationStatus',
  'preliminaryIdentifiedOn',
  'formallyIdentifiedOn',
  'notIdentifiedOn',
  'identificationBody',
  'referralSource',
  'referralDate',
  'referredBy',
  'referralReason',
  'exploitationForms',
  'guardianName',
  'guardianOrganisation',
  'parentResidentId',
  'riskLevel',
  'doNotDisclose',
  'safetyNotes',
  'consentGivenOn',
  'consentScope',
  'consentRecordedBy',
  'consentWithdrawnOn',
  'consentPendingReason',
  'healthNeeds',
  'disability',
];
