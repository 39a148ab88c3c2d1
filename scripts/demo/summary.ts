// What the demo made, counted back from the database (so that it also checks what was written).
import type { Db } from '../../electron/core/db/connection.ts';
import { dueActions } from '../../electron/core/plans/queries.ts';
import { boardOn } from '../../electron/core/stays/board.ts';
import { addDays, type IsoDate } from '../../shared/dates.ts';
import { isMinorOn } from '../../shared/residents.ts';

const one = (db: Db, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

function grouped(db: Db, sql: string): string {
  const rows = db.prepare(sql).all() as { k: string | null; n: number }[];
  return rows.map((r) => `${(r.k ?? 'none').replace(/_/g, ' ')} ${r.n}`).join(', ');
}

export function demoSummary(db: Db, today: IsoDate): string {
  const people = db.prepare('SELECT date_of_birth, birth_year_estimate, referral_date FROM residents').all() as {
    date_of_birth: string | null;
    birth_year_estimate: number | null;
    referral_date: string;
  }[];
  const minors = people.filter((p) =>
    isMinorOn({ dateOfBirth: p.date_of_birth, birthYearEstimate: p.birth_year_estimate }, p.referral_date),
  ).length;
  const board = boardOn(db, today).totals;
  const span = db.prepare('SELECT min(referral_date) AS a, max(referral_date) AS b FROM residents').get() as {
    a: string | null;
    b: string | null;
  };
  const lines = [
    `premises    ${one(db, 'SELECT count(*) AS n FROM rooms')} rooms (${grouped(db, 'SELECT kind AS k, count(*) AS n FROM rooms GROUP BY kind ORDER BY kind')}), ${one(db, 'SELECT count(*) AS n FROM beds')} beds, ${one(db, 'SELECT count(*) AS n FROM bed_outages')} out-of-service periods`,
    `residents   ${people.length} referred ${span.a ?? '-'} to ${span.b ?? '-'}: ${people.length - minors} adults, ${minors} minors at referral (${one(db, 'SELECT count(*) AS n FROM residents WHERE parent_resident_id IS NOT NULL')} children linked to a parent); ${one(db, 'SELECT count(*) AS n FROM residents WHERE do_not_disclose = 1')} do-not-disclose, ${one(db, "SELECT count(*) AS n FROM residents WHERE risk_level = 'high'")} high risk`,
    `status      ${grouped(db, 'SELECT status AS k, count(*) AS n FROM residents GROUP BY status ORDER BY status')}`,
    `referrals   ${grouped(db, 'SELECT referral_outcome AS k, count(*) AS n FROM residents GROUP BY referral_outcome ORDER BY referral_outcome')}; declined for ${grouped(db, 'SELECT decline_reason AS k, count(*) AS n FROM residents WHERE decline_reason IS NOT NULL GROUP BY decline_reason ORDER BY decline_reason')}`,
    `sources     ${grouped(db, 'SELECT referral_source AS k, count(*) AS n FROM residents GROUP BY referral_source ORDER BY referral_source')}`,
    `identified  ${grouped(db, 'SELECT identification_status AS k, count(*) AS n FROM residents GROUP BY identification_status ORDER BY identification_status')}`,
    `stays       ${one(db, 'SELECT count(*) AS n FROM stays WHERE planned = 0')} (${one(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'stays.move'")} moves, ${one(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'stays.admit' AND json_extract(detail, '$.readmission') = 1")} re-admissions), ${one(db, 'SELECT count(*) AS n FROM stays WHERE planned = 1')} planned admissions`,
    `exits       ${grouped(db, "SELECT json_extract(detail, '$.destination') AS k, count(*) AS n FROM audit_log WHERE action = 'stays.exit' GROUP BY k ORDER BY k")}`,
    `plans       ${one(db, 'SELECT count(DISTINCT resident_id) AS n FROM plans')} residents with a plan (${one(db, 'SELECT count(*) AS n FROM plans')} versions); active: ${one(db, 'SELECT count(*) AS n FROM plan_goals g JOIN plans p ON p.id = g.plan_id AND p.active = 1')} goals, ${one(db, 'SELECT count(*) AS n FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id JOIN plans p ON p.id = g.plan_id AND p.active = 1')} actions (${dueActions(db, { until: addDays(today, -1) }).length} overdue today), ${one(db, 'SELECT count(*) AS n FROM plan_reviews v JOIN plans p ON p.id = v.plan_id AND p.active = 1')} reviews`,
    `changes     ${one(db, 'SELECT count(*) AS n FROM resident_changes')} field changes in the change log, ${one(db, 'SELECT count(*) AS n FROM audit_log')} audit entries`,
    `notes       ${one(db, 'SELECT count(*) AS n FROM notes')} case notes (${one(db, 'SELECT count(*) AS n FROM notes WHERE sensitive = 1')} sensitive); ${one(db, 'SELECT count(*) AS n FROM hearings')} hearings and appointments (${one(db, `SELECT count(*) AS n FROM hearings WHERE appointment_date >= '${today}'`)} to come)`,
    `open club   ${one(db, 'SELECT count(*) AS n FROM openclub_activities')} activities (${one(db, 'SELECT count(*) AS n FROM openclub_activities WHERE archived_at IS NOT NULL')} archived), ${one(db, 'SELECT count(*) AS n FROM openclub_sessions')} sessions, ${one(db, 'SELECT count(*) AS n FROM openclub_attendance')} attendances by ${one(db, 'SELECT count(DISTINCT resident_id) AS n FROM openclub_attendance')} people`,
    `families    ${one(db, 'SELECT count(DISTINCT parent_resident_id) AS n FROM residents WHERE parent_resident_id IS NOT NULL')} mothers with children linked; ${one(db, 'SELECT count(*) AS n FROM stays WHERE end_date IS NULL AND planned = 0 AND expected_leaving IS NOT NULL')} open stays with an expected leaving date`,
    `today       ${today}: ${board.occupied} of ${board.beds} beds occupied, ${board.reserved} reserved, ${board.outOfService} out of service, ${board.free} free`,
  ];
  return lines.map((l) => `  ${l}`).join('\n');
}
