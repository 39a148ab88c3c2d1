import { ACTIVITY_KINDS, type OpenClubCounts } from '../../../shared/openclub.ts';
import type { CountRow } from './queries.ts';

/**
 * The figures of a period from its sessions and their attendances (rows in date order).
 * A session counts when it is dated in the period, with or without attendees. An attendance is
 * current or former by whether she was in a bed on the session's day; a participant (a person,
 * counted once) by her last attendance in the period. Per kind, a person is counted once per kind,
 * so the kinds' participants may add up to more than the total.
 */
export function openClubCounts(from: string, to: string, rows: readonly CountRow[]): OpenClubCounts {
  const sessions = new Set<string>();
  const lastWasFormer = new Map<string, boolean>();
  let current = 0;
  let former = 0;
  const kinds = new Map(
    ACTIVITY_KINDS.map((k) => [k, { sessions: new Set<string>(), attendances: 0, people: new Set<string>() }]),
  );
  for (const r of rows) {
    const kind = kinds.get(r.kind)!;
    sessions.add(r.session_id);
    kind.sessions.add(r.session_id);
    if (r.resident_id === null) continue;
    kind.attendances += 1;
    kind.people.add(r.resident_id);
    const isFormer = r.present === 0;
    if (isFormer) former += 1;
    else current += 1;
    lastWasFormer.set(r.resident_id, isFormer);
  }
  const formerPeople = [...lastWasFormer.values()].filter(Boolean).length;
  return {
    from,
    to,
    total: { sessions: sessions.size, attendances: current + former, participants: lastWasFormer.size },
    current: { attendances: current, participants: lastWasFormer.size - formerPeople },
    former: { attendances: former, participants: formerPeople },
    byKind: ACTIVITY_KINDS.map((k) => {
      const c = kinds.get(k)!;
      return { kind: k, sessions: c.sessions.size, attendances: c.attendances, participants: c.people.size };
    }),
  };
}
