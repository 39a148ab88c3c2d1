import { uuidv7 } from '../ids.ts';
import { localIsoDate, type IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  residentRuleErrors,
  type ResidentDetail,
  type ResidentFields,
  type ResidentSummary,
  type RevealedName,
} from '../../../shared/residents.ts';
import { residentSearchKey } from '../../../shared/search.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { deleteStay, firstAdmission, planOf, staysOfResident } from '../stays/queries.ts';
import { conflict } from '../stays/rules.ts';
import {
  childSummaries,
  childrenOf,
  FIELD_KEYS,
  fieldsOf,
  fieldText,
  findResident,
  insertChange,
  insertResident,
  isProtected,
  listChanges,
  nextResidentCode,
  parentOf,
  residentExists,
  setResidentState,
  setSearchKey,
  shownName,
  summaries,
  updateResidentFields,
  type ResidentRow,
} from './queries.ts';

const keyOf = (db: Db, f: ResidentFields, code: string) => residentSearchKey({ ...f, code }, isProtected(db, f));

/** A parent's flag protects the children too: their search keys follow it. */
function rekeyChildren(db: Db, parentId: string): void {
  for (const childId of childrenOf(db, parentId)) {
    const child = residentOrThrow(db, childId);
    setSearchKey(db, childId, keyOf(db, fieldsOf(child), child.code));
  }
}

export function residentOrThrow(db: Db, id: string): ResidentRow {
  const row = findResident(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such resident.');
  return row;
}

/** The parent must be another existing resident, and the link must not loop back to this one. */
function parentProblem(db: Db, selfId: string | null, parentId: string | null): string | null {
  if (parentId === null) return null;
  if (parentId === selfId || !residentExists(db, parentId)) return 'validation.invalid';
  const seen = new Set<string>([parentId]);
  for (let p = parentOf(db, parentId); p !== null; p = parentOf(db, p)) {
    if (p === selfId || seen.has(p)) return 'validation.invalid';
    seen.add(p);
  }
  return null;
}

function checkFields(
  db: Db,
  selfId: string | null,
  fields: ResidentFields,
  today: IsoDate,
  admissionOn?: IsoDate,
): void {
  const errors = residentRuleErrors(fields, today, admissionOn);
  const parent = parentProblem(db, selfId, fields.parentResidentId);
  if (parent) errors.parentResidentId = parent;
  if (Object.keys(errors).length > 0)
    throw new AppError('VALIDATION', 'Some fields break the intake rules.', { fields: errors });
}

export function createResident(db: Db, fields: ResidentFields, who: Actor): { id: string; code: string } {
  const today = localIsoDate(who.now);
  checkFields(db, null, fields, today);
  const id = uuidv7();
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    const code = nextResidentCode(db, Number(today.slice(0, 4)));
    insertResident(db, { id, code, searchKey: keyOf(db, fields, code), fields }, who.now);
    audit({ action: 'residents.create', recordType: 'resident', recordId: id, detail: { code } });
    return { id, code };
  });
}

/** Saves the fields; one change-log row per changed field, one audit row naming them (never values). */
export function updateResident(db: Db, id: string, fields: ResidentFields, who: Actor): void {
  const row = residentOrThrow(db, id);
  checkFields(db, id, fields, localIsoDate(who.now), firstAdmission(db, id) ?? undefined);
  const before = fieldsOf(row);
  const changed = FIELD_KEYS.filter((k) => fieldText(k, before[k]) !== fieldText(k, fields[k]));
  if (changed.length === 0) return;
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    updateResidentFields(db, id, fields, keyOf(db, fields, row.code), who.now);
    if (changed.includes('doNotDisclose')) rekeyChildren(db, id);
    for (const k of changed) {
      insertChange(db, {
        residentId: id,
        at: who.now,
        userId: who.userId,
        field: k,
        oldValue: fieldText(k, before[k]),
        newValue: fieldText(k, fields[k]),
      });
    }
    audit({ action: 'residents.update', recordType: 'resident', recordId: id, detail: { fields: changed } });
  });
}

/** The record as its page shows it; a protected resident's name fields are withheld (see `revealName`). */
export function residentDetail(db: Db, id: string, today: IsoDate): ResidentDetail {
  const row = residentOrThrow(db, id);
  const fields = fieldsOf(row);
  const hidden = isProtected(db, fields);
  return {
    ...fields,
    ...(hidden ? { givenName: null, familyName: null, guardianName: null } : {}),
    displayName: shownName({ ...fields, code: row.code }, hidden),
    protected: hidden,
    id: row.id,
    code: row.code,
    status: row.status,
    referralOutcome: row.referral_outcome,
    declineReason: row.decline_reason,
    exitDate: row.exit_date,
    exitReason: row.exit_reason,
    exitDestination: row.exit_destination,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    stays: staysOfResident(db, id),
    changes: listChanges(db, id, hidden),
    children: childSummaries(db, today, id),
    parent: parentView(db, fields.parentResidentId),
    carer: row.carer,
    carerSince: row.carer_since,
  };
}

function parentView(db: Db, parentId: string | null): ResidentDetail['parent'] {
  const p = parentId === null ? undefined : findResident(db, parentId);
  if (!p) return null;
  const name = shownName(
    { givenName: p.given_name, familyName: p.family_name, alias: p.alias, code: p.code },
    isProtected(db, fieldsOf(p)),
  );
  return { id: p.id, displayName: name, status: p.status, exitDate: p.exit_date };
}

/** Reading a resident's record is itself recorded. */
export function readResident(db: Db, id: string, who: Actor): ResidentDetail {
  residentOrThrow(db, id);
  writeTx(db, { at: who.now, userId: who.userId }, (audit) =>
    audit({ action: 'residents.read', recordType: 'resident', recordId: id }),
  );
  return residentDetail(db, id, localIsoDate(who.now));
}

/** The real name, read and audited (who, when, which resident) in one transaction. */
export function revealName(db: Db, id: string, who: Actor): RevealedName {
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    const row = residentOrThrow(db, id);
    audit({ action: 'residents.revealName', recordType: 'resident', recordId: id });
    return { givenName: row.given_name, familyName: row.family_name, guardianName: row.guardian_name };
  });
}

export function listResidents(db: Db, today: IsoDate): ResidentSummary[] {
  return summaries(db, today);
}

function pendingReferral(db: Db, id: string): ResidentRow {
  const row = residentOrThrow(db, id);
  if (row.status !== 'referred' || row.referral_outcome !== 'pending') {
    throw conflict(
      'RESIDENT_STATUS',
      `The referral of ${row.code} is not pending (${row.status}, ${row.referral_outcome}).`,
      {
        residentCode: row.code,
        status: row.status,
        referralOutcome: row.referral_outcome,
      },
    );
  }
  return row;
}

export function acceptReferral(db: Db, id: string, who: Actor): void {
  pendingReferral(db, id);
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    setResidentState(db, id, { referral_outcome: 'accepted' }, who.now);
    audit({ action: 'residents.acceptReferral', recordType: 'resident', recordId: id });
  });
}

/** The record stays (declined referrals are counted); a planned admission it had is let go. */
export function declineReferral(
  db: Db,
  id: string,
  reason: NonNullable<ResidentRow['decline_reason']>,
  who: Actor,
): void {
  pendingReferral(db, id);
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    const plan = planOf(db, id);
    if (plan) deleteStay(db, plan.id);
    setResidentState(db, id, { referral_outcome: 'declined', decline_reason: reason }, who.now);
    audit({
      action: 'residents.declineReferral',
      recordType: 'resident',
      recordId: id,
      detail: { reason, cancelledPlan: plan ? { bedId: plan.bed_id, startDate: plan.start_date } : null },
    });
  });
}

export function archiveResident(db: Db, id: string, who: Actor): void {
  const row = residentOrThrow(db, id);
  if (row.status !== 'exited') {
    throw conflict('RESIDENT_STATUS', `Only an exited resident can be archived; ${row.code} is ${row.status}.`, {
      residentCode: row.code,
      status: row.status,
    });
  }
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    setResidentState(db, id, { status: 'archived' }, who.now);
    audit({ action: 'residents.archive', recordType: 'resident', recordId: id });
  });
}
