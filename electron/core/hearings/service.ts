import { uuidv7 } from '../ids.ts';
import { AppError } from '../../../shared/errors.ts';
import type { HearingFields, HearingView } from '../../../shared/hearings.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { residentOrThrow } from '../residents/service.ts';
import { isActiveUser } from '../users/queries.ts';
import { findHearing, hearingsOf, insertHearing, updateHearing } from './queries.ts';

const FIELDS = ['date', 'time', 'kind', 'institution', 'accompaniedBy', 'outcome'] as const;

function checkFields(db: Db, f: HearingFields): void {
  if (f.accompaniedBy !== null && !isActiveUser(db, f.accompaniedBy)) {
    throw new AppError('VALIDATION', 'The companion is not an active account.', {
      fields: { 'fields.accompaniedBy': 'validation.invalid' },
    });
  }
}

export function hearingOrThrow(db: Db, id: string): HearingView {
  const h = findHearing(db, id);
  if (!h) throw new AppError('NOT_FOUND', 'No such hearing or appointment.');
  return h;
}

export function listHearings(db: Db, residentId: string): HearingView[] {
  residentOrThrow(db, residentId);
  return hearingsOf(db, residentId);
}

export function createHearing(db: Db, residentId: string, fields: HearingFields, who: Actor): HearingView {
  residentOrThrow(db, residentId);
  checkFields(db, fields);
  const id = uuidv7();
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    insertHearing(db, { id, residentId, fields, by: who.userId }, who.now);
    audit({
      action: 'hearings.create',
      recordType: 'hearing',
      recordId: id,
      detail: { residentId, kind: fields.kind, date: fields.date },
    });
    return hearingOrThrow(db, id);
  });
}

/** Saves the fields; the audit row names the fields that changed (never their values). */
export function editHearing(db: Db, id: string, fields: HearingFields, who: Actor): HearingView {
  const before = hearingOrThrow(db, id);
  checkFields(db, fields);
  const changed = FIELDS.filter((k) => before[k] !== fields[k]);
  if (changed.length === 0) return before;
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    updateHearing(db, id, fields, who.now);
    audit({
      action: 'hearings.update',
      recordType: 'hearing',
      recordId: id,
      detail: { residentId: before.residentId, fields: changed },
    });
    return hearingOrThrow(db, id);
  });
}
