import { afterEach, expect, it } from 'vitest';
import { createDemoVault, DEMO_ACCOUNTS } from '../../scripts/demo/vault.ts';
import { call, newCore, removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const PASSWORD = 'demo-password-2026';

async function demo(seed: number) {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const made = await createDemoVault({ dataDir, password: PASSWORD, seed, residents: 60, kdfCost: TEST_KDF_COST });
  const client = newCore(dataDir).connect();
  await call(client, 'session.login', { username: DEMO_ACCOUNTS.staff, password: PASSWORD });
  const list = await call(client, 'residents.list', {});
  const board = await call(client, 'stays.board', { date: made.today });
  const rooms = await call(client, 'rooms.list', {});
  const club = await call(client, 'openclub.activities', {});
  const sessions = await Promise.all(club.map((x) => call(client, 'openclub.activity', { id: x.id })));
  const plans = await Promise.all(
    list.filter((r) => r.status === 'in_residence').map((r) => call(client, 'plans.get', { residentId: r.id })),
  );
  // What a person sees, without the ids (new uuids each run).
  const seen = {
    plans: plans
      .filter((p) => p.plan)
      .map((p) => ({
        code: p.resident.code,
        version: p.plan!.version,
        goals: p.plan!.goals.map((g) => ({
          domain: g.domain,
          status: g.status,
          target: g.targetDate,
          actions: g.actions.map((x) => [x.dueDate, x.doneDate, x.responsibleName]),
        })),
        reviews: p.plan!.reviews.length,
      }))
      .sort((x, y) => x.code.localeCompare(y.code)),
    club: club.map(({ id: _id, ...x }) => x),
    attendance: sessions.flatMap((d) =>
      d.sessions.map((x) => [d.activity.name, x.date, x.facilitator, x.attendees.map((p) => [p.code, p.former])]),
    ),
    residents: list.map(({ id: _id, ...r }) => r).sort((a, b) => a.code.localeCompare(b.code)),
    board: board.rooms.map((r) => ({
      room: r.name,
      beds: r.beds.map((b) => [b.label, b.state, b.resident?.code ?? null, b.since]),
    })),
  };
  return { made, seen, rooms, board };
}

it('demo data is the same for the same seed, different for another, and usable by staff', async () => {
  const a = await demo(7);
  const b = await demo(7);
  const c = await demo(8);
  expect(b.made.summary).toBe(a.made.summary);
  expect(b.seen).toEqual(a.seen);
  expect(c.seen).not.toEqual(a.seen);

  expect(a.rooms).toHaveLength(12);
  expect(a.rooms.flatMap((r) => r.beds)).toHaveLength(30);
  expect(a.seen.residents).toHaveLength(60);
  expect(a.board.totals.occupied).toBeGreaterThan(0);
  // Names with diacritics, minors, do-not-disclose residents and declined referrals are all there.
  expect(a.seen.residents.some((r) => /[čćđšž]/i.test(r.familyName ?? ''))).toBe(true);
  expect(a.seen.residents.filter((r) => r.protected).every((r) => r.givenName === null && r.familyName === null)).toBe(
    true,
  );
  expect(a.seen.residents.some((r) => r.minor)).toBe(true);
  expect(a.seen.residents.some((r) => r.doNotDisclose)).toBe(true);
  expect(a.seen.residents.some((r) => r.referralOutcome === 'declined')).toBe(true);
  // People in residence have support plans with goals and actions, some reviewed and in a later version.
  expect(a.seen.plans.length).toBeGreaterThan(0);
  expect(a.seen.plans.every((p) => p.goals.length >= 2 && p.goals.every((g) => g.actions.length >= 1))).toBe(true);
  expect(a.seen.plans.some((p) => p.reviews > 0)).toBe(true);
  expect(a.made.summary).toMatch(/plans +\d+ residents with a plan/);
  // Case notes (some sensitive) and court dates, some still to come.
  expect(a.made.summary).toMatch(
    /notes +[1-9]\d* case notes \([1-9]\d* sensitive\); [1-9]\d* hearings and appointments \([1-9]\d* to come\)/,
  );
  // Open Club: activities (one archived) with sessions attended by residents and by former residents.
  expect(a.seen.club.filter((x) => x.archived)).toHaveLength(1);
  expect(a.seen.club.every((x) => x.sessionCount > 0)).toBe(true);
  const attendees = a.seen.attendance.flatMap((x) => x[3] as [string, boolean][]);
  expect(attendees.some(([, former]) => former)).toBe(true);
  expect(attendees.some(([, former]) => !former)).toBe(true);
  // Families, and expected leaving dates on some open stays.
  expect(a.made.summary).toMatch(
    /families +[1-9]\d* mothers with children linked; [1-9]\d* open stays with an expected/,
  );
});
