// Intake records of made-up residents, consistent with the intake rules on their referral day.
import { addDays, type IsoDate } from '../../shared/dates.ts';
import { residentFieldsSchema, type ResidentFields, type ResidentFieldsInput } from '../../shared/residents.ts';
import { ALIASES, GUARDIANS, ORIGINS, STAFF_NAMES, type Origin } from './names.ts';
import type { Rng } from './prng.ts';

/** An adult; an unaccompanied minor (with a guardian from the social work centre); a child with a parent resident. */
export type PersonKind = 'adult' | 'minor' | 'child';

export interface Parent {
  id: string;
  fields: ResidentFields;
}

const CENTER = 'Center for Protection of Victims of Trafficking';
const REFERRERS: Record<ResidentFields['referralSource'], string[]> = {
  center: [`${CENTER} — duty team`, `${CENTER} — case manager`],
  police: ['Police Administration for the City of Belgrade', 'Border Police Station Horgoš'],
  social_work_centre: ['Centre for Social Work Belgrade', 'Centre for Social Work Novi Sad'],
  other_ngo: ['Partner NGO outreach team', 'Safe-migration helpline'],
  self: [''],
  other: ['Health centre Zvezdara', 'Embassy consular section'],
};
const REASONS = [
  'Needs safe accommodation after leaving the place of exploitation.',
  'Preliminarily identified at the border; no safe place to stay.',
  'Returned from abroad; family home is not safe.',
  'Referred after a police operation; awaits testimony.',
  'Left an abusive employer; no documents and no income.',
];
const EDUCATION = [
  'None',
  'Primary school (unfinished)',
  'Primary school',
  'Secondary school (unfinished)',
  'Secondary school',
  'University degree',
];
const HEALTH = [
  'Diabetes, needs insulin.',
  'Pregnant, regular check-ups.',
  'Anxiety and sleep problems; sees a psychologist.',
  'Asthma.',
  'Recovering from a broken arm.',
];
const DISABILITY = ['Partial hearing loss.', 'Uses a walking stick.'];
const SAFETY = [
  'Trafficker still looking for her; never confirm she is here.',
  'Do not give out the address; phone contact only through staff.',
  'Threats from family members; visitors only with a case worker.',
];

/** The same day `years` earlier (28 February for a 29th in a common year). */
function yearsBefore(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

export function pickOrigin(rng: Rng): Origin {
  const weights = Object.fromEntries(ORIGINS.map((o, i) => [String(i), o.weight]));
  return ORIGINS[Number(rng.weighted(weights))]!;
}

function identification(
  rng: Rng,
  kind: PersonKind,
  referral: IsoDate,
): Pick<ResidentFieldsInput, 'identificationStatus'> & Partial<ResidentFieldsInput> {
  if (kind === 'child') return { identificationStatus: 'potential' };
  const status = rng.weighted({ potential: 25, preliminary: 35, formal: 30, not_identified: 10 });
  switch (status) {
    case 'potential':
      return { identificationStatus: status };
    case 'preliminary':
      return { identificationStatus: status, preliminaryIdentifiedOn: addDays(referral, -rng.int(0, 20)) };
    case 'formal':
      return {
        identificationStatus: status,
        preliminaryIdentifiedOn: addDays(referral, -rng.int(20, 120)),
        formallyIdentifiedOn: addDays(referral, -rng.int(0, 19)),
        identificationBody: CENTER,
      };
    case 'not_identified':
      return {
        identificationStatus: status,
        notIdentifiedOn: addDays(referral, -rng.int(0, 30)),
        identificationBody: CENTER,
      };
  }
}

function birth(rng: Rng, kind: PersonKind, referral: IsoDate, mother: boolean): Partial<ResidentFieldsInput> {
  const age =
    kind === 'child' ? rng.int(0, 15) : kind === 'minor' ? rng.int(15, 17) : mother ? rng.int(20, 42) : rng.int(19, 52);
  if (kind === 'adult' && rng.chance(0.1)) return { birthYearEstimate: Number(referral.slice(0, 4)) - age };
  return { dateOfBirth: addDays(yearsBefore(referral, age), -rng.int(1, 360)) };
}

function exploitation(rng: Rng): ResidentFields['exploitationForms'] {
  const forms = [
    'sexual',
    'labour',
    'forced_begging',
    'forced_marriage',
    'forced_criminality',
    'domestic_servitude',
    'other',
  ] as const;
  const weights = {
    sexual: 45,
    labour: 25,
    forced_begging: 8,
    forced_marriage: 7,
    forced_criminality: 5,
    domestic_servitude: 8,
    other: 2,
  };
  const first = rng.weighted(weights);
  const second = rng.chance(0.25) ? rng.pick(forms) : first;
  return first === second ? [first] : [first, second];
}

/**
 * A person referred on `referral`. A child takes the parent's family name, nationality, risk and
 * do-not-disclose flag, and names the parent as guardian.
 */
export function intakeFields(
  rng: Rng,
  kind: PersonKind,
  referral: IsoDate,
  origin: Origin,
  parent?: Parent,
  mother = false,
): ResidentFields {
  const p = parent?.fields;
  const sex =
    kind === 'child'
      ? rng.pick(['female', 'male'] as const)
      : mother
        ? 'female'
        : rng.weighted({ female: 75, male: 22, other: 1.5, unknown: 1.5 });
  const givenName = rng.pick(sex === 'male' ? origin.male : origin.female);
  const stateless = p ? p.stateless : kind !== 'child' && rng.chance(0.03);
  const languages = [...origin.languages];
  if (origin.nationality === 'Serbia' && rng.chance(0.12)) languages.push('Romani');
  if (!languages.includes('English') && kind !== 'child' && rng.chance(0.3)) languages.push('English');
  const riskLevel = p?.riskLevel ?? rng.weighted({ low: 45, medium: 40, high: 15 });
  const consentPending = kind !== 'child' && rng.chance(0.05);
  const source =
    p?.referralSource ??
    rng.weighted({ center: 55, police: 15, social_work_centre: 12, other_ngo: 10, self: 4, other: 4 });

  const input: ResidentFieldsInput = {
    givenName,
    familyName: p?.familyName ?? rng.pick(origin.family),
    alias: kind === 'adult' && rng.chance(0.12) ? rng.pick(ALIASES) : '',
    ...birth(rng, kind, referral, mother),
    sex,
    nationalities: stateless ? [] : [origin.nationality],
    stateless,
    idDocumentStatus:
      kind === 'child'
        ? rng.weighted({ valid: 40, none: 60 })
        : rng.weighted({ none: 35, held_by_other: 25, expired: 15, valid: 25 }),
    languages,
    education: kind === 'child' ? '' : rng.pick(EDUCATION),
    healthNeeds: rng.chance(0.3) ? rng.pick(HEALTH) : '',
    disability: rng.chance(0.05) ? rng.pick(DISABILITY) : '',
    phone:
      kind === 'adult' && rng.chance(0.4) ? `+381 6${rng.int(0, 6)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}` : '',
    ...identification(rng, kind, referral),
    referralSource: source,
    referralDate: referral,
    referredBy: rng.pick(REFERRERS[source]),
    referralReason: kind === 'child' ? 'Child of a resident, referred together.' : rng.pick(REASONS),
    exploitationForms: kind === 'child' ? [] : exploitation(rng),
    guardianName: p ? `${p.givenName} ${p.familyName}` : kind === 'minor' ? rng.pick(GUARDIANS) : '',
    guardianOrganisation: kind === 'minor' ? 'Centre for Social Work Belgrade' : '',
    parentResidentId: parent?.id ?? null,
    riskLevel,
    doNotDisclose: p?.doNotDisclose ?? rng.chance(0.1),
    safetyNotes: riskLevel === 'high' ? rng.pick(SAFETY) : '',
    consentGivenOn: consentPending ? null : referral,
    consentScope: consentPending ? '' : 'Case management, housing, and reports to the referring body.',
    consentRecordedBy: consentPending ? '' : rng.pick(STAFF_NAMES),
    consentPendingReason: consentPending ? 'Waiting for an interpreter to explain the consent form.' : '',
  };
  return residentFieldsSchema.parse(input);
}
