// Years of the house, day by day, through the core's own services: referrals arrive, are accepted
// or turned away, people are admitted (sometimes on a planned day), move, leave, now and then come
// back; beds go out of service for repairs. Every entry passes the same rules as one typed in.
import type { Actor } from '../../electron/core/actor.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import {
  acceptReferral,
  archiveResident,
  createResident,
  declineReferral,
  updateResident,
} from '../../electron/core/residents/service.ts';
import { setOutOfService } from '../../electron/core/rooms/service.ts';
import { admit, exit, move, plan } from '../../electron/core/stays/service.ts';
import { addDays, type IsoDate } from '../../shared/dates.ts';
import type { ResidentFields } from '../../shared/residents.ts';
import { daysBetween, type DayClock } from './clock.ts';
import { intakeFields, pickOrigin, type PersonKind } from './people.ts';
import type { DemoBed } from './premises.ts';
import type { Rng } from './prng.ts';

export interface HistoryOptions {
  db: Db;
  rng: Rng;
  clock: DayClock;
  beds: DemoBed[];
  start: IsoDate;
  residents: number;
  /** Accounts that do intake and stays; the one that manages the premises. */
  staffIds: string[];
  managerId: string;
  /** Runs at the end of each simulated day (notes and court dates of that day). */
  endOfDay?: (day: IsoDate) => void;
}

interface Person {
  id: string;
  fields: ResidentFields;
  kind: PersonKind;
  status: 'referred' | 'in_residence' | 'exited' | 'archived';
  bed: DemoBed | null;
}

interface Referral {
  day: IsoDate;
  shape: 'solo' | 'minor' | 'family';
  children: number;
  /** A few of the last referrals are made to end as planned admissions, or still pending, today. */
  fate: 'usual' | 'plan' | 'pending';
}

type Event =
  | { kind: 'exit'; group: Person[] }
  | { kind: 'move'; person: Person }
  /** `nights: null`: until further notice. */
  | { kind: 'outage'; nights: number | null }
  | { kind: 'identify'; person: Person }
  | { kind: 'archive'; group: Person[] }
  | { kind: 'readmit'; person: Person }
  | { kind: 'referral'; referral: Referral }
  | { kind: 'waiting'; group: Person[] }
  | { kind: 'admit'; group: Person[]; beds: DemoBed[] };

const ORDER: Event['kind'][] = [
  'exit',
  'move',
  'outage',
  'identify',
  'archive',
  'readmit',
  'waiting',
  'referral',
  'admit',
];
const OUTAGE_REASONS = [
  'Broken bed frame',
  'Water damage: ceiling repair',
  'Repainting',
  'New mattress on order',
  'Pest control',
  'Window replaced',
];
const DESTINATIONS = { independent_living: 40, family: 20, other_shelter: 12, returned_to_origin: 18, unknown: 10 };
const EXIT_REASONS: Record<keyof typeof DESTINATIONS, string> = {
  independent_living: 'Found work and rented a flat.',
  family: 'Went to live with relatives.',
  other_shelter: 'Transferred to a specialised shelter.',
  returned_to_origin: 'Assisted voluntary return.',
  unknown: 'Left without notice.',
};

/** Referral days and shapes for exactly `count` residents, in date order. */
function referrals(rng: Rng, count: number, start: IsoDate, today: IsoDate): Referral[] {
  const span = daysBetween(start, today);
  const list: Referral[] = [];
  for (let left = count; left > 0;) {
    const shape = rng.weighted({ solo: 80, minor: 7, family: 13 });
    const children = shape === 'family' ? Math.min(rng.int(1, 3), left - 1) : 0;
    // The programme grew: referrals come more often in later years (density rising to 1.5× the mean).
    const u = rng.next();
    const r: Referral = {
      day: addDays(start, Math.floor((span * (u + Math.sqrt(u))) / 2)),
      shape: shape === 'family' && children === 0 ? 'solo' : shape,
      children,
      fate: 'usual',
    };
    list.push(r);
    left -= 1 + children;
  }
  list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const [a, b, c] = list.filter((r) => r.shape === 'solo').slice(-3);
  if (a && b && c) {
    Object.assign(a, { day: addDays(today, -rng.int(3, 6)), fate: 'plan' });
    Object.assign(b, { day: addDays(today, -rng.int(3, 6)), fate: 'plan' });
    Object.assign(c, { day: addDays(today, -rng.int(0, 1)), fate: 'pending' });
    list.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  }
  return list;
}

export function simulate(o: HistoryOptions): void {
  const { db, rng, clock, beds } = o;
  const today = clock.today;
  const span = daysBetween(o.start, today);
  // Mean length of stay that keeps the house about 85% full for this many referrals.
  const meanStay = Math.max(6, Math.min(240, Math.round((0.85 * beds.length * span) / (o.residents * 0.8))));
  const queue = new Map<IsoDate, Event[]>();
  const schedule = (day: IsoDate, e: Event) => {
    if (day <= today) queue.set(day, [...(queue.get(day) ?? []), e]);
  };
  const staff = (day: IsoDate): Actor => ({ now: clock.at(day), userId: rng.pick(o.staffIds) });
  const manager = (day: IsoDate): Actor => ({ now: clock.at(day), userId: o.managerId });

  const freeBeds = (day: IsoDate, except?: DemoBed) =>
    beds.filter((b) => b !== except && !b.occupant && !b.heldFor && (!b.outageUntil || b.outageUntil <= day));

  /** Beds for a group: a family stays together in a family or children's room when one has room. */
  function chooseBeds(day: IsoDate, n: number): DemoBed[] | null {
    const free = freeBeds(day);
    if (free.length < n) return null;
    if (n === 1) {
      const plain = free.filter((b) => b.kind === 'single' || b.kind === 'shared');
      return [rng.pick(plain.length > 0 ? plain : free)];
    }
    const rooms = [...new Set(free.map((b) => b.roomName))];
    const together = rooms.map((r) => free.filter((b) => b.roomName === r)).filter((bs) => bs.length >= n);
    const familyRoom = together.find((bs) => bs[0]!.kind === 'family' || bs[0]!.kind === 'child_friendly');
    return (familyRoom ?? together[0] ?? rng.sample(free, n)).slice(0, n);
  }

  function admitGroup(day: IsoDate, group: Person[], chosen: DemoBed[], readmission = false): void {
    const who = staff(day);
    group.forEach((p, i) => {
      const bed = chosen[i]!;
      admit(db, { residentId: p.id, bedId: bed.id, date: day, backdateReason: '' }, who);
      bed.occupant = p.id;
      bed.heldFor = null;
      p.bed = bed;
      p.status = 'in_residence';
    });
    // Whoever came in the last weeks is mostly still here: the house is near full today, however short
    // the stays of a crowded demo are.
    const drawn = Math.max(1, Math.round(meanStay * (0.15 + 1.7 * rng.next())));
    const length = daysBetween(day, today) < 45 && rng.chance(0.7) ? Math.max(drawn, rng.int(20, 200)) : drawn;
    const leaves = addDays(day, length);
    schedule(leaves, { kind: 'exit', group });
    const lead = group[0]!;
    if (group.length === 1 && length >= 4 && rng.chance(0.12))
      schedule(addDays(day, rng.int(1, length - 1)), { kind: 'move', person: lead });
    if (!readmission && lead.fields.identificationStatus === 'preliminary' && rng.chance(0.35)) {
      const when = addDays(day, rng.int(1, Math.max(1, Math.min(120, length - 1))));
      if (when < leaves) schedule(when, { kind: 'identify', person: lead });
    }
  }

  function leave(day: IsoDate, group: Person[]): void {
    const destination = rng.weighted(DESTINATIONS);
    const who = staff(day);
    const present = group.filter((p) => p.status === 'in_residence');
    // Children first: the core refuses a parent's exit while her children are still in residence.
    for (const p of [...present].reverse()) {
      exit(
        db,
        { residentId: p.id, date: day, reason: EXIT_REASONS[destination], destination, backdateReason: '' },
        who,
      );
      p.bed!.occupant = null;
      p.bed = null;
      p.status = 'exited';
    }
    if (present.length === 0) return;
    if (group.length === 1 && rng.chance(0.06))
      schedule(addDays(day, rng.int(20, 300)), { kind: 'readmit', person: group[0]! });
    else if (rng.chance(0.3)) schedule(addDays(day, rng.int(365, 500)), { kind: 'archive', group: present });
  }

  function refer(day: IsoDate, r: Referral): void {
    const origin = pickOrigin(rng);
    const who = staff(day);
    const intake = (kind: PersonKind, parent?: Person, mother = false): Person => {
      const fields = intakeFields(rng, kind, day, origin, parent && { id: parent.id, fields: parent.fields }, mother);
      const { id } = createResident(db, fields, who);
      return { id, fields, kind, status: 'referred', bed: null };
    };
    const lead = intake(r.shape === 'minor' ? 'minor' : 'adult', undefined, r.shape === 'family');
    decide(day, [lead, ...Array.from({ length: r.children }, () => intake('child', lead))], r.fate);
  }

  /** Accepts or turns a referral away; one meant to end as a plan waits, day after day, for a bed. */
  function decide(day: IsoDate, group: Person[], fate: Referral['fate']): void {
    if (fate === 'pending') return; // still being assessed
    const who = staff(day);
    const turnedAway =
      fate === 'usual' && rng.chance(0.07) ? rng.pick(['not_eligible', 'person_declined'] as const) : null;
    const chosen = turnedAway ? null : chooseBeds(day, group.length);
    if (!chosen && fate === 'plan') return schedule(addDays(day, 1), { kind: 'waiting', group });
    if (!chosen) {
      for (const p of group) declineReferral(db, p.id, turnedAway ?? 'no_free_bed', who);
      return;
    }
    for (const p of group) acceptReferral(db, p.id, who);
    // A bed held for a later day stands empty meanwhile: short stays (a crowded demo) get short waits.
    const delay =
      fate === 'plan'
        ? daysBetween(day, today) + rng.int(2, 8)
        : rng.chance(0.5)
          ? 0
          : rng.int(1, Math.max(1, Math.min(5, Math.round(meanStay / 20))));
    if (delay === 0) return admitGroup(day, group, chosen);
    const admitOn = addDays(day, delay);
    group.forEach((p, i) => {
      plan(db, { residentId: p.id, bedId: chosen[i]!.id, date: admitOn }, who);
      chosen[i]!.heldFor = p.id;
    });
    schedule(admitOn, { kind: 'admit', group, beds: chosen });
  }

  function handle(day: IsoDate, e: Event): void {
    switch (e.kind) {
      case 'exit':
        return leave(day, e.group);
      case 'move': {
        const p = e.person;
        const free = freeBeds(day, p.bed ?? undefined);
        if (p.status !== 'in_residence' || free.length === 0) return;
        const singles = free.filter((b) => b.kind === 'single');
        const bed = rng.pick(singles.length > 0 && rng.chance(0.5) ? singles : free);
        move(db, { residentId: p.id, bedId: bed.id, date: day, backdateReason: '' }, staff(day));
        p.bed!.occupant = null;
        bed.occupant = p.id;
        p.bed = bed;
        return;
      }
      case 'outage': {
        const free = freeBeds(day);
        if (free.length === 0) return;
        const bed = rng.pick(free);
        const until = e.nights === null ? null : addDays(day, e.nights);
        setOutOfService(
          db,
          { bedId: bed.id, fromDate: day, untilDate: until, reason: rng.pick(OUTAGE_REASONS) },
          manager(day),
        );
        bed.outageUntil = until ?? '9999-12-31';
        return;
      }
      case 'identify': {
        const p = e.person;
        p.fields = {
          ...p.fields,
          identificationStatus: 'formal',
          formallyIdentifiedOn: day,
          identificationBody: 'Center for Protection of Victims of Trafficking',
        };
        return updateResident(db, p.id, p.fields, staff(day));
      }
      case 'archive':
        for (const p of e.group.filter((x) => x.status === 'exited')) {
          archiveResident(db, p.id, staff(day));
          p.status = 'archived';
        }
        return;
      case 'readmit': {
        const chosen = e.person.status === 'exited' ? chooseBeds(day, 1) : null;
        if (chosen) admitGroup(day, [e.person], chosen, true);
        return;
      }
      case 'referral':
        return refer(day, e.referral);
      case 'waiting':
        return decide(day, e.group, 'plan');
      case 'admit':
        return admitGroup(day, e.group, e.beds);
    }
  }

  for (const r of referrals(rng, o.residents, o.start, today)) schedule(r.day, { kind: 'referral', referral: r });
  const outages = rng.int(10, 14);
  for (let i = 0; i < outages; i++)
    schedule(addDays(o.start, rng.int(30, span - 30)), { kind: 'outage', nights: rng.int(2, 21) });
  // Today one bed is being repaired, back within the fortnight, and another waits for a plumber.
  schedule(addDays(today, -4), { kind: 'outage', nights: rng.int(7, 14) });
  schedule(addDays(today, -1), { kind: 'outage', nights: null });

  for (let day = o.start; day <= today; day = addDays(day, 1)) {
    const events = queue.get(day);
    queue.delete(day);
    for (const kind of ORDER) for (const e of events ?? []) if (e.kind === kind) handle(day, e);
    o.endOfDay?.(day);
  }
}
