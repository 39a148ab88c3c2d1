// Figures for donors and partners (issue 10): aggregates of the people housed in a period, each
// count suppressed here (suppress.ts) before it leaves the core.
//
// The population is the unduplicated people housed in the period: everyone with at least one
// night in it, adults and children alike (the occupancy report's "people housed"). Age is in whole
// years on the person's first night in the period (the period's first night, or the admission if
// later), so an age band and the occupancy report's adult/child split agree. "New" people began a
// residence in the period; "continuing" ones were already housed on its first night.
import { ageOn } from '../../../shared/dates.ts';
import {
  AGE_BANDS,
  DECLINE_ROWS,
  EXPLOITATION_ROWS,
  RESIDENCE_KINDS,
  type Cell,
  type DonorFigures,
} from '../../../shared/donors.ts';
import { dateOfDay, dayNumber, type PeriodInput } from '../../../shared/reports.ts';
import { EXPLOITATION_FORMS, IDENTIFICATION_STATUSES, REFERRAL_SOURCES, SEXES } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { openClubFigures, servicesFigures } from './donor-services.ts';
import { occupancyReport } from './service.ts';
import { primary, suppressBreakdown } from './suppress.ts';

type AgeBand = (typeof AGE_BANDS)[number];

interface Housed {
  residentId: string;
  /** Day number of the person's first night in the period. */
  firstNight: number;
  /** Housed on the period's first night by a residence that began before it. */
  continuing: boolean;
}

const FAR = Number.MAX_SAFE_INTEGER;

export interface StayRow {
  resident_id: string;
  start_date: string;
  end_date: string | null;
}

/** Everyone with a night in [p0, p1), from stays ordered by resident then start (residences joined by moves). */
export function peopleHoused(stays: StayRow[], p0: number, p1: number): Housed[] {
  const out: Housed[] = [];
  let r0 = 0;
  while (r0 < stays.length) {
    const residentId = stays[r0]!.resident_id;
    let r1 = r0 + 1;
    while (r1 < stays.length && stays[r1]!.resident_id === residentId) r1++;
    let firstNight = FAR;
    let continuing = false;
    let i = r0;
    while (i < r1) {
      const start = dayNumber(stays[i]!.start_date);
      let end = stays[i]!.end_date === null ? FAR : dayNumber(stays[i]!.end_date!);
      let j = i;
      while (j + 1 < r1 && end !== FAR && dayNumber(stays[j + 1]!.start_date) === end) {
        j++;
        end = stays[j]!.end_date === null ? FAR : dayNumber(stays[j]!.end_date!);
      }
      const a = Math.max(start, p0);
      if (a < Math.min(end, p1)) {
        firstNight = Math.min(firstNight, a);
        if (start < p0) continuing = true;
      }
      i = j + 1;
    }
    if (firstNight !== FAR) out.push({ residentId, firstNight, continuing });
    r0 = r1;
  }
  return out;
}

export function ageBand(birth: string | null, night: number): AgeBand {
  if (birth === null) return 'unknown';
  const age = ageOn(birth, dateOfDay(night));
  return age < 14 ? '0-13' : age < 18 ? '14-17' : age < 26 ? '18-25' : age < 41 ? '26-40' : '41+';
}

interface Profile {
  id: string;
  birth: string | null;
  sex: (typeof SEXES)[number];
  identification_status: (typeof IDENTIFICATION_STATUSES)[number];
  referral_source: (typeof REFERRAL_SOURCES)[number];
  exploitation_forms: string;
}

/** Counts per label, in the label order, over a list of label lists (one list per person). */
function tallies<L extends string>(labels: readonly L[], perPerson: L[][]): number[] {
  const at = new Map(labels.map((l, k) => [l, k]));
  const n = labels.map(() => 0);
  for (const list of perPerson) for (const l of new Set(list)) n[at.get(l)!]!++;
  return n;
}

function rows<L extends string>(labels: readonly L[], counts: number[], total: number, atLeast = false) {
  const cells = suppressBreakdown(counts, total, { atLeast });
  return labels.map((label, k) => ({ label, count: cells[k]! as Cell }));
}

function formsOf(json: string): (typeof EXPLOITATION_ROWS)[number][] {
  const known = new Set<string>(EXPLOITATION_FORMS);
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    list = [];
  }
  const forms = Array.isArray(list)
    ? list.filter((f): f is (typeof EXPLOITATION_FORMS)[number] => typeof f === 'string' && known.has(f))
    : [];
  return forms.length > 0 ? forms : ['not_recorded'];
}

export function donorFigures(db: Db, { from, to }: PeriodInput): DonorFigures {
  // Bed-nights are the occupancy report's own totals (the same definitions, the same code).
  const occupancy = occupancyReport(db, { from, to });
  const stays = prepared(
    db,
    'SELECT resident_id, start_date, end_date FROM stays INDEXED BY stays_report WHERE planned = 0 ORDER BY resident_id, start_date',
  ).all() as StayRow[];
  const housed = peopleHoused(stays, dayNumber(from), dayNumber(to) + 1);
  // The occupancy report's birth date: the recorded one, or 1 July of an estimated year.
  const profiles = new Map(
    (
      prepared(
        db,
        "SELECT id, coalesce(date_of_birth, birth_year_estimate || '-07-01') AS birth, sex, identification_status, referral_source, exploitation_forms FROM residents",
      ).all() as Profile[]
    ).map((p) => [p.id, p]),
  );
  const people = housed.map((h) => ({ ...h, profile: profiles.get(h.residentId)! }));
  const n = people.length;
  const one = <L extends string>(labels: readonly L[], pick: (p: (typeof people)[number]) => L) =>
    rows(
      labels,
      tallies(
        labels,
        people.map((p) => [pick(p)]),
      ),
      n,
    );

  const declined = new Map(
    (
      prepared(
        db,
        "SELECT coalesce(decline_reason, 'not_recorded') AS reason, count(*) AS n FROM residents WHERE referral_outcome = 'declined' AND referral_date BETWEEN ? AND ? GROUP BY 1",
      ).all(from, to) as { reason: (typeof DECLINE_ROWS)[number]; n: number }[]
    ).map((r) => [r.reason, r.n]),
  );
  const declinedCounts = DECLINE_ROWS.map((r) => declined.get(r) ?? 0);
  const declinedTotal = declinedCounts.reduce((a, b) => a + b, 0);

  return {
    from,
    to,
    people: primary(n),
    residence: one(RESIDENCE_KINDS, (p) => (p.continuing ? 'continuing' : 'new')),
    ageBands: one(AGE_BANDS, (p) => ageBand(p.profile.birth, p.firstNight)),
    sex: one(SEXES, (p) => p.profile.sex),
    exploitation: rows(
      EXPLOITATION_ROWS,
      tallies(
        EXPLOITATION_ROWS,
        people.map((p) => formsOf(p.profile.exploitation_forms)),
      ),
      n,
      true,
    ),
    referralSource: one(REFERRAL_SOURCES, (p) => p.profile.referral_source),
    identification: one(IDENTIFICATION_STATUSES, (p) => p.profile.identification_status),
    bedNights: {
      available: primary(occupancy.total.bedNightsAvailable),
      occupied: primary(occupancy.total.bedNightsOccupied),
    },
    declined: { total: primary(declinedTotal), byReason: rows(DECLINE_ROWS, declinedCounts, declinedTotal) },
    services: servicesFigures(db, { from, to }),
    openClub: openClubFigures(db, { from, to }),
  };
}
