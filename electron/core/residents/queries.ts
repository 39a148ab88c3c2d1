import type { IsoDate } from '../../../shared/dates.ts';
import {
  isMinorOn,
  residentFieldsSchema,
  WITHHELD_FIELDS,
  type ResidentChange,
  type ResidentFields,
  type ResidentStatus,
  type ResidentSummary,
} from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

type Sql = string | number | null;

/** One row of `residents`: the snake_case of the ResidentFields keys, plus what the core sets. */
export interface ResidentRow {
  id: string;
  code: string;
  status: ResidentStatus;
  given_name: string;
  family_name: string;
  alias: string;
  date_of_birth: string | null;
  birth_year_estimate: number | null;
  sex: ResidentFields['sex'];
  nationalities: string;
  stateless: 0 | 1;
  id_document_status: ResidentFields['idDocumentStatus'];
  languages: string;
  education: string;
  health_needs: string;
  disability: string;
  phone: string;
  identification_status: ResidentFields['identificationStatus'];
  preliminary_identified_on: string | null;
  formally_identified_on: string | null;
  not_identified_on: string | null;
  identification_body: string;
  referral_source: ResidentFields['referralSource'];
  referral_date: string;
  referred_by: string;
  referral_reason: string;
  referral_outcome: 'pending' | 'accepted' | 'declined';
  decline_reason: 'no_free_bed' | 'not_eligible' | 'person_declined' | null;
  exploitation_forms: string;
  guardian_name: string;
  guardian_organisation: string;
  parent_resident_id: string | null;
  risk_level: ResidentFields['riskLevel'];
  do_not_disclose: 0 | 1;
  safety_notes: string;
  consent_given_on: string | null;
  consent_scope: string;
  consent_recorded_by: string;
  consent_withdrawn_on: string | null;
  consent_pending_reason: string;
  exit_date: string | null;
  exit_reason: string;
  exit_destination: 'independent_living' | 'family' | 'other_shelter' | 'returned_to_origin' | 'unknown' | null;
  search_key: string;
  /** Set by a parent's exit that left this child in the house (migration 011). */
  carer: string;
  carer_since: string | null;
  created_at: string;
  updated_at: string;
}

export type FieldKey = keyof ResidentFields;
export const FIELD_KEYS = Object.keys(residentFieldsSchema.shape) as FieldKey[];
const ARRAY_FIELDS = new Set<FieldKey>(['nationalities', 'languages', 'exploitationForms']);
const BOOLEAN_FIELDS = new Set<FieldKey>(['stateless', 'doNotDisclose']);

/** `givenName` → `given_name`: the columns are named after the fields. */
export function columnOf(key: FieldKey): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function toSql(key: FieldKey, value: ResidentFields[FieldKey]): Sql {
  if (ARRAY_FIELDS.has(key)) return JSON.stringify(value);
  if (BOOLEAN_FIELDS.has(key)) return value ? 1 : 0;
  return value as Sql;
}

/** The text kept in the change log: arrays as JSON, booleans as true/false, empty dates as null. */
export function fieldText(key: FieldKey, value: ResidentFields[FieldKey]): string | null {
  if (value === null) return null;
  if (ARRAY_FIELDS.has(key)) return JSON.stringify(value);
  return String(value);
}

function fieldParams(f: ResidentFields): Record<string, Sql> {
  return Object.fromEntries(FIELD_KEYS.map((k) => [columnOf(k), toSql(k, f[k])]));
}

const parseList = <T extends string>(json: string): T[] => JSON.parse(json) as T[];

export function fieldsOf(r: ResidentRow): ResidentFields {
  return {
    givenName: r.given_name,
    familyName: r.family_name,
    alias: r.alias,
    dateOfBirth: r.date_of_birth,
    birthYearEstimate: r.birth_year_estimate,
    sex: r.sex,
    nationalities: parseList(r.nationalities),
    stateless: r.stateless === 1,
    idDocumentStatus: r.id_document_status,
    languages: parseList(r.languages),
    education: r.education,
    healthNeeds: r.health_needs,
    disability: r.disability,
    phone: r.phone,
    identificationStatus: r.identification_status,
    preliminaryIdentifiedOn: r.preliminary_identified_on,
    formallyIdentifiedOn: r.formally_identified_on,
    notIdentifiedOn: r.not_identified_on,
    identificationBody: r.identification_body,
    referralSource: r.referral_source,
    referralDate: r.referral_date,
    referredBy: r.referred_by,
    referralReason: r.referral_reason,
    exploitationForms: parseList<ResidentFields['exploitationForms'][number]>(r.exploitation_forms),
    guardianName: r.guardian_name,
    guardianOrganisation: r.guardian_organisation,
    parentResidentId: r.parent_resident_id,
    riskLevel: r.risk_level,
    doNotDisclose: r.do_not_disclose === 1,
    safetyNotes: r.safety_notes,
    consentGivenOn: r.consent_given_on,
    consentScope: r.consent_scope,
    consentRecordedBy: r.consent_recorded_by,
    consentWithdrawnOn: r.consent_withdrawn_on,
    consentPendingReason: r.consent_pending_reason,
  };
}

export function findResident(db: Db, id: string): ResidentRow | undefined {
  return prepared(db, 'SELECT * FROM residents WHERE id = ?').get(id) as ResidentRow | undefined;
}

export function residentExists(db: Db, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM residents WHERE id = ?').get(id) !== undefined;
}

/** Do-not-disclose applies to a resident with the flag, and to a child linked to a parent with it. */
export function isProtected(db: Db, f: Pick<ResidentFields, 'doNotDisclose' | 'parentResidentId'>): boolean {
  if (f.doNotDisclose) return true;
  if (f.parentResidentId === null) return false;
  const row = prepared(db, 'SELECT do_not_disclose AS d FROM residents WHERE id = ?').get(f.parentResidentId) as
    { d: 0 | 1 } | undefined;
  return row?.d === 1;
}

export function childrenOf(db: Db, id: string): string[] {
  return (prepared(db, 'SELECT id FROM residents WHERE parent_resident_id = ?').all(id) as { id: string }[]).map(
    (r) => r.id,
  );
}

export function setSearchKey(db: Db, id: string, key: string): void {
  prepared(db, 'UPDATE residents SET search_key = ? WHERE id = ?').run(key, id);
}

/** The name shared screens show: for a protected resident only the alias, or the code without one. */
export function shownName(
  r: { givenName: string; familyName: string; alias: string; code: string },
  hidden: boolean,
): string {
  if (hidden) return r.alias || r.code;
  const name = `${r.givenName} ${r.familyName}`;
  return r.alias ? `${name} (${r.alias})` : name;
}

export function parentOf(db: Db, id: string): string | null {
  const row = prepared(db, 'SELECT parent_resident_id AS p FROM residents WHERE id = ?').get(id) as
    { p: string | null } | undefined;
  return row?.p ?? null;
}

/** The next code of a year, counted in the same transaction as the insert that uses it. */
export function nextResidentCode(db: Db, year: number): string {
  const { last } = prepared(
    db,
    `INSERT INTO code_counters (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `R-${year}-${String(last).padStart(4, '0')}`;
}

const INSERT_COLUMNS = ['id', 'code', 'search_key', 'created_at', 'updated_at', ...FIELD_KEYS.map(columnOf)];
const INSERT_SQL = `INSERT INTO residents (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map((c) => `@${c}`).join(', ')})`;
const UPDATE_SQL = `UPDATE residents SET ${FIELD_KEYS.map((k) => `${columnOf(k)} = @${columnOf(k)}`).join(', ')},
  search_key = @search_key, updated_at = @updated_at WHERE id = @id`;

export function insertResident(
  db: Db,
  r: { id: string; code: string; searchKey: string; fields: ResidentFields },
  at: Date,
): void {
  const stamp = at.toISOString();
  prepared(db, INSERT_SQL).run({
    id: r.id,
    code: r.code,
    search_key: r.searchKey,
    created_at: stamp,
    updated_at: stamp,
    ...fieldParams(r.fields),
  });
}

export function updateResidentFields(db: Db, id: string, fields: ResidentFields, searchKey: string, at: Date): void {
  prepared(db, UPDATE_SQL).run({ id, search_key: searchKey, updated_at: at.toISOString(), ...fieldParams(fields) });
}

/** Sets the columns that actions own (status, outcome, exit) and stamps the row. */
export function setResidentState(
  db: Db,
  id: string,
  state: Partial<
    Pick<
      ResidentRow,
      | 'status'
      | 'referral_outcome'
      | 'decline_reason'
      | 'exit_date'
      | 'exit_reason'
      | 'exit_destination'
      | 'carer'
      | 'carer_since'
    >
  >,
  at: Date,
): void {
  const keys = Object.keys(state);
  const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
  prepared(db, `UPDATE residents SET ${sets.join(', ')} WHERE id = @id`).run({
    ...state,
    id,
    updated_at: at.toISOString(),
  });
}

export function insertChange(
  db: Db,
  c: {
    residentId: string;
    at: Date;
    userId: string | null;
    field: string;
    oldValue: string | null;
    newValue: string | null;
  },
): void {
  prepared(
    db,
    'INSERT INTO resident_changes (resident_id, at, user_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(c.residentId, c.at.toISOString(), c.userId, c.field, c.oldValue, c.newValue);
}

const WITHHELD = new Set<string>(WITHHELD_FIELDS);

/** The change log; with `hidden` (a protected resident) the values of name fields are not sent. */
export function listChanges(db: Db, residentId: string, hidden: boolean): ResidentChange[] {
  const rows = prepared(
    db,
    `SELECT c.at, c.user_id, u.full_name, c.field, c.old_value, c.new_value
       FROM resident_changes c LEFT JOIN users u ON u.id = c.user_id
       WHERE c.resident_id = ? ORDER BY c.seq DESC`,
  ).all(residentId) as {
    at: string;
    user_id: string | null;
    full_name: string | null;
    field: string;
    old_value: string | null;
    new_value: string | null;
  }[];
  return rows.map((r) => {
    const withheld = hidden && WITHHELD.has(r.field);
    return {
      at: r.at,
      userId: r.user_id,
      userName: r.full_name,
      field: r.field,
      oldValue: withheld ? null : r.old_value,
      newValue: withheld ? null : r.new_value,
      withheld,
    };
  });
}

interface SummaryRow {
  id: string;
  code: string;
  given_name: string;
  family_name: string;
  alias: string;
  status: ResidentStatus;
  identification_status: ResidentSummary['identificationStatus'];
  referral_outcome: ResidentSummary['referralOutcome'];
  referral_date: string;
  referral_source: ResidentSummary['referralSource'];
  referred_by: string;
  risk_level: ResidentSummary['riskLevel'];
  do_not_disclose: 0 | 1;
  protected: 0 | 1;
  sex: ResidentSummary['sex'];
  date_of_birth: string | null;
  birth_year_estimate: number | null;
  room_name: string | null;
  bed_label: string | null;
}

/** The bed a resident sleeps in on @day joins in directly: one query, however many residents. */
/** A resident `r` (with her parent `p` joined) is protected by her own flag or her parent's. */
const PROTECTED = '(r.do_not_disclose = 1 OR COALESCE(p.do_not_disclose, 0) = 1)';

const SUMMARY_SELECT = `
  SELECT r.id, r.code, r.given_name, r.family_name, r.alias, r.status, r.identification_status,
         r.referral_outcome, r.referral_date, r.referral_source, r.referred_by, r.risk_level, r.do_not_disclose, r.date_of_birth, r.sex,
         r.birth_year_estimate, m.name AS room_name, b.label AS bed_label,
         ${PROTECTED} AS protected
  FROM residents r
  LEFT JOIN residents p ON p.id = r.parent_resident_id
  LEFT JOIN stays s ON s.resident_id = r.id AND s.planned = 0
    AND s.start_date <= @day AND (s.end_date IS NULL OR s.end_date > @day)
  LEFT JOIN beds b ON b.id = s.bed_id
  LEFT JOIN rooms m ON m.id = b.room_id`;

export function bedName(roomName: string, bedLabel: string): string {
  return `${roomName} · ${bedLabel}`;
}

function toSummary(r: SummaryRow, day: IsoDate): ResidentSummary {
  const hidden = r.protected === 1;
  return {
    id: r.id,
    code: r.code,
    givenName: hidden ? null : r.given_name,
    familyName: hidden ? null : r.family_name,
    displayName: shownName(
      { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
      hidden,
    ),
    protected: hidden,
    alias: r.alias,
    status: r.status,
    identificationStatus: r.identification_status,
    referralOutcome: r.referral_outcome,
    referralDate: r.referral_date,
    referralSource: r.referral_source,
    referredBy: r.referred_by,
    riskLevel: r.risk_level,
    doNotDisclose: r.do_not_disclose === 1,
    minor: isMinorOn({ dateOfBirth: r.date_of_birth, birthYearEstimate: r.birth_year_estimate }, day),
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    birthYearEstimate: r.birth_year_estimate,
    currentBed: r.room_name !== null && r.bed_label !== null ? bedName(r.room_name, r.bed_label) : null,
  };
}

/** Summaries as of `day` (minor, current bed), narrowed by a fixed clause of this file. */
function summariesWhere(db: Db, day: IsoDate, where: string, params: Record<string, Sql> = {}): ResidentSummary[] {
  const sql = `${SUMMARY_SELECT} ${where} ORDER BY r.referral_date DESC, r.code DESC`;
  const rows = prepared(db, sql).all({ ...params, day }) as SummaryRow[];
  return rows.map((r) => toSummary(r, day));
}

/** Every resident, as of `day`. */
export function summaries(db: Db, day: IsoDate): ResidentSummary[] {
  return summariesWhere(db, day, '');
}

/** The children linked to a parent resident. */
export function childSummaries(db: Db, day: IsoDate, parentId: string): ResidentSummary[] {
  return summariesWhere(db, day, 'WHERE r.parent_resident_id = @parent', { parent: parentId });
}

/** The residents the board of `day` can show: in a bed that night, or holding a planned admission. */
export function boardSummaries(db: Db, day: IsoDate): ResidentSummary[] {
  return summariesWhere(
    db,
    day,
    `WHERE r.id IN (SELECT resident_id FROM stays
       WHERE planned = 1 OR (start_date <= @day AND (end_date IS NULL OR end_date > @day)))`,
  );
}

/** Code and shared-output name of some residents (a report's residents present): no bed, no age. */
export function namesByIds(
  db: Db,
  ids: readonly string[],
): { id: string; code: string; displayName: string; protected: boolean }[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.code, r.given_name, r.family_name, r.alias, ${PROTECTED} AS protected
     FROM residents r LEFT JOIN residents p ON p.id = r.parent_resident_id
     WHERE r.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as {
    id: string;
    code: string;
    given_name: string;
    family_name: string;
    alias: string;
    protected: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    protected: r.protected === 1,
    displayName: shownName(
      { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
      r.protected === 1,
    ),
  }));
}
