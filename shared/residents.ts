import { z } from 'zod';
import { ageOn, isoDateSchema, type IsoDate } from './dates.ts';
import { listSchema, requiredTextSchema, textSchema } from './text.ts';

// Option lists: stored as these codes, shown through i18n (`residents.options.<list>.<code>`).
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const ID_DOCUMENT_STATUSES = ['none', 'held_by_other', 'expired', 'valid'] as const;
export const IDENTIFICATION_STATUSES = ['potential', 'preliminary', 'formal', 'not_identified'] as const;
export const REFERRAL_SOURCES = ['center', 'police', 'social_work_centre', 'other_ngo', 'self', 'other'] as const;
export const REFERRAL_OUTCOMES = ['pending', 'accepted', 'declined'] as const;
export const DECLINE_REASONS = ['no_free_bed', 'not_eligible', 'person_declined'] as const;
export const EXPLOITATION_FORMS = [
  'sexual',
  'labour',
  'forced_begging',
  'forced_marriage',
  'forced_criminality',
  'domestic_servitude',
  'other',
] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RESIDENT_STATUSES = ['referred', 'in_residence', 'exited', 'archived'] as const;
export const EXIT_DESTINATIONS = [
  'independent_living',
  'family',
  'other_shelter',
  'returned_to_origin',
  'unknown',
] as const;

export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const ADULT_AGE = 18;

const optionalText = (max: number) => textSchema(max).default('');
const requiredText = requiredTextSchema;
const nullableDate = isoDateSchema.nullable().default(null);

/** Everything staff type about a resident. Status and code are not here: actions and the core set them. */
export const residentFieldsSchema = z.object({
  givenName: requiredText(80),
  familyName: requiredText(80),
  alias: optionalText(80),
  dateOfBirth: nullableDate,
  birthYearEstimate: z.number().int().min(1900).max(2100).nullable().default(null),
  sex: z.enum(SEXES),
  nationalities: listSchema(requiredText(60), 5).default([]),
  stateless: z.boolean().default(false),
  idDocumentStatus: z.enum(ID_DOCUMENT_STATUSES),
  languages: listSchema(requiredText(40), 10).default([]),
  education: optionalText(200),
  healthNeeds: optionalText(4000),
  disability: optionalText(4000),
  phone: optionalText(40),

  identificationStatus: z.enum(IDENTIFICATION_STATUSES),
  preliminaryIdentifiedOn: nullableDate,
  formallyIdentifiedOn: nullableDate,
  notIdentifiedOn: nullableDate,
  identificationBody: optionalText(200),

  referralSource: z.enum(REFERRAL_SOURCES),
  referralDate: isoDateSchema,
  referredBy: optionalText(200),
  referralReason: optionalText(4000),

  exploitationForms: listSchema(z.enum(EXPLOITATION_FORMS), EXPLOITATION_FORMS.length).default([]),

  guardianName: optionalText(120),
  guardianOrganisation: optionalText(200),
  parentResidentId: z.uuid().nullable().default(null),

  riskLevel: z.enum(RISK_LEVELS),
  doNotDisclose: z.boolean().default(false),
  safetyNotes: optionalText(4000),

  consentGivenOn: nullableDate,
  consentScope: optionalText(1000),
  consentRecordedBy: optionalText(120),
  consentWithdrawnOn: nullableDate,
  consentPendingReason: optionalText(1000),
});
export type ResidentFields = z.output<typeof residentFieldsSchema>;
export type ResidentFieldsInput = z.input<typeof residentFieldsSchema>;

/** Age (or estimated age) on a day, or null when neither birth date nor year is known. */
export function ageOnDay(r: Pick<ResidentFields, 'dateOfBirth' | 'birthYearEstimate'>, day: IsoDate): number | null {
  if (r.dateOfBirth) return ageOn(r.dateOfBirth, day);
  if (r.birthYearEstimate) return Number(day.slice(0, 4)) - r.birthYearEstimate;
  return null;
}

export function isMinorOn(r: Pick<ResidentFields, 'dateOfBirth' | 'birthYearEstimate'>, day: IsoDate): boolean {
  const age = ageOnDay(r, day);
  return age !== null && age < ADULT_AGE;
}

/**
 * The rules between fields, shared by the intake form and the core so that both explain the same
 * thing. `today` is the core's (or the form's) date; `admissionOn` the day of a planned or actual
 * admission, when known. Returns field → i18n key; empty when all is well.
 */
export function residentRuleErrors(r: ResidentFields, today: IsoDate, admissionOn?: IsoDate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!r.dateOfBirth && !r.birthYearEstimate) errors.dateOfBirth = 'validation.birthRequired';
  if (r.dateOfBirth && r.dateOfBirth > today) errors.dateOfBirth = 'validation.notInFuture';
  if (r.birthYearEstimate && r.birthYearEstimate > Number(today.slice(0, 4)))
    errors.birthYearEstimate = 'validation.notInFuture';
  if (r.referralDate > today) errors.referralDate = 'validation.notInFuture';
  if (admissionOn && r.referralDate > admissionOn) errors.referralDate = 'validation.referralAfterAdmission';

  if (r.identificationStatus === 'preliminary' && !r.preliminaryIdentifiedOn)
    errors.preliminaryIdentifiedOn = 'validation.required';
  if (r.identificationStatus === 'formal') {
    if (!r.formallyIdentifiedOn) errors.formallyIdentifiedOn = 'validation.required';
    if (!r.identificationBody) errors.identificationBody = 'validation.required';
  }
  if (r.identificationStatus === 'not_identified' && !r.notIdentifiedOn) errors.notIdentifiedOn = 'validation.required';
  if (r.preliminaryIdentifiedOn && r.formallyIdentifiedOn && r.formallyIdentifiedOn < r.preliminaryIdentifiedOn) {
    errors.formallyIdentifiedOn = 'validation.identificationOrder';
  }
  for (const f of ['preliminaryIdentifiedOn', 'formallyIdentifiedOn', 'notIdentifiedOn', 'consentGivenOn'] as const) {
    const d = r[f];
    if (d && d > today) errors[f] ??= 'validation.notInFuture';
  }
  if (r.consentGivenOn && r.consentWithdrawnOn && r.consentWithdrawnOn < r.consentGivenOn) {
    errors.consentWithdrawnOn = 'validation.withdrawnBeforeGiven';
  }
  if (r.stateless && r.nationalities.length > 0) errors.nationalities = 'validation.statelessWithNationality';

  const minorDay = admissionOn ?? today;
  if (isMinorOn(r, minorDay)) {
    if (!r.guardianName) errors.guardianName = 'validation.guardianRequired';
  }
  return errors;
}

/** Whether consent allows a first stay to start on `day` (given by then, or a reason it is pending). */
export function consentAllowsStay(r: ResidentFields, day: IsoDate): boolean {
  if (r.consentPendingReason) return true;
  return !!r.consentGivenOn && r.consentGivenOn <= day && !(r.consentWithdrawnOn && r.consentWithdrawnOn <= day);
}

/**
 * How a protected resident leaves the core on every shared output: the real-name fields are null,
 * `displayName` (built by the core) is the alias or the code, and `protected` is true. The real name
 * comes only from `residents.revealName`, which is audited.
 */
const disclosure = {
  /** Null when `protected`. */
  givenName: z.string().nullable(),
  /** Null when `protected`. */
  familyName: z.string().nullable(),
  /** What every screen shows: "Given Family (alias)", or only the alias or code when protected. */
  displayName: z.string(),
  /** Do-not-disclose applies: the resident's own flag, or the linked parent's (a child's name points at the parent). */
  protected: z.boolean(),
};

/** What lists, boards and badges need: never health, safety notes or phone. */
export const residentSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  ...disclosure,
  alias: z.string(),
  status: z.enum(RESIDENT_STATUSES),
  identificationStatus: z.enum(IDENTIFICATION_STATUSES),
  referralOutcome: z.enum(REFERRAL_OUTCOMES),
  referralDate: z.string(),
  referralSource: z.enum(REFERRAL_SOURCES),
  referredBy: z.string(),
  riskLevel: z.enum(RISK_LEVELS),
  doNotDisclose: z.boolean(),
  minor: z.boolean(),
  /** Chooses the grammatical form of words about her (Serbian), e.g. "Otišla" / "Otišao". */
  sex: z.enum(SEXES),
  dateOfBirth: z.string().nullable(),
  birthYearEstimate: z.number().nullable(),
  /** Room and bed of the stay open today, e.g. "Room 3 · B". */
  currentBed: z.string().nullable(),
});
export type ResidentSummary = z.infer<typeof residentSummarySchema>;

export const residentChangeSchema = z.object({
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  field: z.string(),
  /** Null when `withheld`. */
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  /** A name field of a protected resident: the values are not sent. */
  withheld: z.boolean(),
});
export type ResidentChange = z.infer<typeof residentChangeSchema>;

export const stayViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  bedId: z.string(),
  bedLabel: z.string(),
  roomName: z.string(),
  startDate: z.string(),
  /** The day the resident left (the last night is the one before); null while still there. */
  endDate: z.string().nullable(),
  planned: z.boolean(),
  backdateReason: z.string(),
  /** The day the resident is expected to leave (planning only); null when not known. */
  expectedLeaving: z.string().nullable(),
});
export type StayView = z.infer<typeof stayViewSchema>;

export const residentDetailSchema = residentFieldsSchema.extend({
  ...disclosure,
  /** Null when `protected`: a guardian's name is very often the protected parent's. */
  guardianName: z.string().nullable(),
  id: z.string(),
  code: z.string(),
  status: z.enum(RESIDENT_STATUSES),
  referralOutcome: z.enum(REFERRAL_OUTCOMES),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  exitDate: z.string().nullable(),
  exitReason: z.string(),
  exitDestination: z.enum(EXIT_DESTINATIONS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stays: z.array(stayViewSchema),
  changes: z.array(residentChangeSchema),
  children: z.array(residentSummarySchema),
  /** The linked parent as shared screens name her, with her status: a child's page warns once she has left. */
  parent: z
    .object({
      id: z.string(),
      displayName: z.string(),
      status: z.enum(RESIDENT_STATUSES),
      exitDate: z.string().nullable(),
    })
    .nullable(),
  /** Who cares for a child who stayed when her parent left (recorded at the parent's exit); '' when nobody was needed. */
  carer: z.string(),
  carerSince: z.string().nullable(),
});
export type ResidentDetail = z.infer<typeof residentDetailSchema>;

/** What `residents.revealName` returns: the fields a protected resident's shared outputs withhold. */
export const revealedNameSchema = z.object({
  givenName: z.string(),
  familyName: z.string(),
  guardianName: z.string(),
});
export type RevealedName = z.infer<typeof revealedNameSchema>;

/** The fields withheld from shared outputs (and from the change log) while a resident is protected. */
export const WITHHELD_FIELDS = [
  'givenName',
  'familyName',
  'guardianName',
] as const satisfies readonly (keyof ResidentFields)[];
