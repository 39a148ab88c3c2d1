import type { IsoDate } from '../../../shared/dates.ts';
import type { Today } from '../../../shared/today.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { bedName, shownName } from '../residents/queries.ts';

// The resident and her parent's flag, so that the shown name is decided here like everywhere else.
const NAMED = `r.id AS residentId, r.code, r.given_name, r.family_name, r.alias,
  (r.do_not_disclose = 1 OR COALESCE(pr.do_not_disclose, 0) = 1) AS hidden`;
const WITH_PARENT = 'LEFT JOIN residents pr ON pr.id = r.parent_resident_id';
const PLACE = 'JOIN beds b ON b.id = s.bed_id JOIN rooms m ON m.id = b.room_id';

interface NamedRow {
  residentId: string;
  code: string;
  given_name: string;
  family_name: string;
  alias: string;
  hidden: 0 | 1;
}

function named<T extends NamedRow>(row: T): Omit<T, Exclude<keyof NamedRow, 'residentId'>> & { displayName: string } {
  const { code, given_name, family_name, alias, hidden, ...rest } = row;
  const displayName = shownName({ givenName: given_name, familyName: family_name, alias, code }, hidden === 1);
  return { ...rest, displayName };
}

type StayLine = NamedRow & { stayId: string; date: string; room: string; label: string };
const stayLine = (r: StayLine) => {
  const { room, label, ...rest } = named(r);
  return { ...rest, bed: bedName(room, label) };
};

/** Planned admissions from no later than `until` (a plan still waiting from an earlier day counts as due). */
export function arrivals(db: Db, until: IsoDate): Today['arrivalsToday'] {
  const rows = prepared(
    db,
    `SELECT ${NAMED}, s.id AS stayId, s.start_date AS date, m.name AS room, b.label
     FROM stays s JOIN residents r ON r.id = s.resident_id ${WITH_PARENT} ${PLACE}
     WHERE s.planned = 1 AND s.start_date <= @until ORDER BY s.start_date, r.code`,
  ).all({ until }) as StayLine[];
  return rows.map(stayLine);
}

/** Open stays expected to end by `until`, earliest first (a passed date still waits for the exit). */
export function departures(db: Db, until: IsoDate): Today['departures'] {
  const rows = prepared(
    db,
    `SELECT ${NAMED}, s.id AS stayId, s.expected_leaving AS date, m.name AS room, b.label
     FROM stays s JOIN residents r ON r.id = s.resident_id ${WITH_PARENT} ${PLACE}
     WHERE s.planned = 0 AND s.end_date IS NULL AND s.expected_leaving IS NOT NULL AND s.expected_leaving <= @until
     ORDER BY s.expected_leaving, r.code`,
  ).all({ until }) as StayLine[];
  return rows.map(stayLine);
}

/** Referrals with no admission yet: not decided, or accepted and waiting for a bed. */
export function waitingReferrals(db: Db): Today['referrals'] {
  const rows = prepared(
    db,
    `SELECT ${NAMED}, r.referral_date AS referralDate, r.referral_outcome AS outcome
     FROM residents r ${WITH_PARENT}
     WHERE r.status = 'referred' AND r.referral_outcome <> 'declined'
       AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id)
     ORDER BY r.referral_date, r.code`,
  ).all() as (NamedRow & { referralDate: string; outcome: string })[];
  return rows.map((r) => {
    const { outcome, ...rest } = named(r);
    return { ...rest, accepted: outcome === 'accepted' };
  });
}

/** Expected or present residents without a consent date (admitted on a recorded reason it is pending). */
export function consentPending(db: Db): Today['consentPending'] {
  const rows = prepared(
    db,
    `SELECT ${NAMED}, r.status, r.consent_pending_reason AS reason, r.sex
     FROM residents r ${WITH_PARENT}
     WHERE r.consent_given_on IS NULL
       AND (r.status = 'in_residence' OR (r.status = 'referred' AND r.referral_outcome <> 'declined'))
     ORDER BY r.status DESC, r.code`,
  ).all() as (NamedRow & Pick<Today['consentPending'][number], 'status' | 'reason' | 'sex'>)[];
  return rows.map(named);
}
