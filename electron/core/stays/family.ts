import type { IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ChildExit } from '../../../shared/stays.ts';
import type { AuditInput } from '../audit/log.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import {
  fieldsOf,
  insertChange,
  isProtected,
  setResidentState,
  shownName,
  type ResidentRow,
} from '../residents/queries.ts';
import { endStay, openStayOf, type StayRow } from './queries.ts';
import { conflict, validation } from './rules.ts';

type Audit = (entry: AuditInput) => void;

/** One child's part of her parent's exit, checked before anything is written. */
export type ChildStep = { child: ResidentRow; decision: ChildExit; stay: StayRow };

export function displayNameOf(db: Db, r: ResidentRow): string {
  return shownName(
    { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
    isProtected(db, fieldsOf(r)),
  );
}

/** Children linked to the resident who sleep in the house now. */
export function childrenInResidence(db: Db, parentId: string): ResidentRow[] {
  return prepared(
    db,
    "SELECT * FROM residents WHERE parent_resident_id = ? AND status = 'in_residence' ORDER BY code",
  ).all(parentId) as ResidentRow[];
}

/**
 * A parent leaves only with a decision for each child still in residence: she leaves too, or stays
 * with someone named as caring for her. A decision for anyone else is a mistake, not a no-op.
 */
export function childExitSteps(db: Db, parent: ResidentRow, decisions: ChildExit[], date: IsoDate): ChildStep[] {
  const kids = childrenInResidence(db, parent.id);
  const byId = new Map(kids.map((k) => [k.id, k]));
  const seen = new Set<string>();
  decisions.forEach((d, i) => {
    if (!byId.has(d.childId) || seen.has(d.childId)) {
      throw validation(
        'A decision names someone who is not a child of this resident in residence, or names her twice.',
        {
          [`children.${i}.childId`]: 'validation.invalid',
        },
      );
    }
    seen.add(d.childId);
  });
  const missing = kids.filter((k) => !seen.has(k.id));
  if (missing.length > 0) {
    const names = missing.map((k) => displayNameOf(db, k));
    throw conflict(
      'CHILDREN_IN_RESIDENCE',
      `${parent.code} has children in residence (${names.join(', ')}): for each, exit her with the parent or record who now cares for her.`,
      { children: names.join(', '), childIds: missing.map((k) => k.id).join(',') },
    );
  }
  return decisions.map((decision, i) => {
    const child = byId.get(decision.childId)!;
    const stay = openStayOf(db, child.id);
    if (!stay)
      throw conflict('RESIDENT_STATUS', `${child.code} has no open stay.`, {
        residentCode: child.code,
        status: child.status,
      });
    if (decision.action === 'exitWithParent' && date < stay.start_date) {
      throw validation(`${child.code}'s stay began after this date (${stay.start_date}).`, {
        [`children.${i}.childId`]: 'validation.beforeStayStart',
      });
    }
    return { child, decision, stay };
  });
}

/** Inside the parent's exit transaction: the child leaves with her, or her carer is recorded. */
export function applyChildStep(
  db: Db,
  step: ChildStep,
  exit: { parentId: string; date: IsoDate; reason: string; destination: ResidentRow['exit_destination'] },
  who: { now: Date; userId: string | null },
  audit: Audit,
): void {
  const { child, decision, stay } = step;
  if (decision.action === 'exitWithParent') {
    endStay(db, stay.id, exit.date);
    setResidentState(
      db,
      child.id,
      { status: 'exited', exit_date: exit.date, exit_reason: exit.reason, exit_destination: exit.destination },
      who.now,
    );
    audit({
      action: 'stays.exit',
      recordType: 'resident',
      recordId: child.id,
      detail: { stayId: stay.id, date: exit.date, destination: exit.destination, withParent: exit.parentId },
    });
    return;
  }
  setResidentState(db, child.id, { carer: decision.carer, carer_since: exit.date }, who.now);
  insertChange(db, {
    residentId: child.id,
    at: who.now,
    userId: who.userId,
    field: 'carer',
    oldValue: child.carer || null,
    newValue: decision.carer,
  });
  // Like every field change, the audit row names the field, never the value.
  audit({
    action: 'residents.carer',
    recordType: 'resident',
    recordId: child.id,
    detail: { parentId: exit.parentId, date: exit.date },
  });
}

/** A child named in a parent's admission: really hers, each in a bed of her own. */
export function checkChildBeds(
  db: Db,
  parentId: string,
  parentBedId: string,
  children: { childId: string; bedId: string }[],
): void {
  const beds = new Set<string>([parentBedId]);
  const kids = new Set<string>();
  children.forEach((c, i) => {
    const row = prepared(db, 'SELECT parent_resident_id AS p FROM residents WHERE id = ?').get(c.childId) as
      { p: string | null } | undefined;
    if (!row || row.p !== parentId || kids.has(c.childId)) {
      throw validation("Only the resident's own children, each once, can come with her.", {
        [`children.${i}.childId`]: 'validation.invalid',
      });
    }
    if (beds.has(c.bedId))
      throw validation('Each child needs a bed of her own.', { [`children.${i}.bedId`]: 'validation.bedTwice' });
    kids.add(c.childId);
    beds.add(c.bedId);
  });
}

/** A child's refusal, said about the child: her fields are not the parent form's fields. */
export function asChildError(e: unknown, index: number, code: string): unknown {
  if (e instanceof AppError && e.code === 'VALIDATION' && e.fields) {
    const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`children.${index}.${k}`, v]));
    return new AppError('VALIDATION', `${code}: ${e.message}`, { fields, details: { childCode: code } });
  }
  return e;
}
