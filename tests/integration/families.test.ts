// A family moves together: a parent's exit cannot leave a child in residence with nobody named as
// responsible, and nothing changes when it is refused.
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import type { ChildExit } from '../../shared/stays.ts';
import { call, callError } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { admitted, auditActions, day, newResident, newRoom, TODAY } from '../fixtures/premises.ts';

let admin: Client;
let db: Db;
let beds: Record<string, string>;

it.beforeEach(async ({ vault }) => {
  ({ client: admin, db } = vault);
  beds = (await newRoom(admin, 'Room 3', ['A', 'B', 'C', 'D'], 'family')).beds;
});

const child = (parentId: string, over = {}) => ({
  parentResidentId: parentId,
  dateOfBirth: '2018-02-01',
  guardianName: 'Social work centre',
  givenName: 'Mila',
  ...over,
});

/** A mother in bed A with two children in B and C, all admitted ten days ago. */
async function family() {
  const mother = await admitted(admin, beds.A!, day(-10), { givenName: 'Vesna' });
  const mila = await admitted(admin, beds.B!, day(-10), child(mother.id));
  const luka = await admitted(
    admin,
    beds.C!,
    day(-10),
    child(mother.id, { givenName: 'Luka', sex: 'male', alias: 'Lule' }),
  );
  return { mother, mila, luka };
}

const exitInput = (residentId: string, children: ChildExit[] = []) => ({
  residentId,
  date: TODAY,
  reason: 'Moved to a flat',
  destination: 'independent_living' as const,
  children,
});

/** Everything the exit could touch, to prove a refusal touched nothing. */
const snapshot = () => ({
  residents: db.prepare('SELECT id, status, exit_date, carer, carer_since FROM residents ORDER BY id').all(),
  stays: db.prepare('SELECT id, end_date FROM stays ORDER BY id').all(),
  changes: db.prepare('SELECT count(*) AS n FROM resident_changes').get(),
  audit: db.prepare("SELECT count(*) AS n FROM audit_log WHERE action <> 'residents.read'").get(),
});

describe('a parent leaving with children in residence', () => {
  it('is refused, naming each child, until every child has a decision; nothing changes meanwhile', async () => {
    const { mother, mila, luka } = await family();
    const stranger = await newResident(admin, { givenName: 'Other' });
    const before = snapshot();

    const none = await callError(admin, 'stays.exit', exitInput(mother.id));
    expect(none).toMatchObject({ code: 'CONFLICT', details: { rule: 'CHILDREN_IN_RESIDENCE' } });
    expect(String(none.details!.children)).toContain('Mila Marković');
    expect(String(none.details!.children)).toContain('Luka Marković (Lule)');
    expect(String(none.details!.childIds).split(',').sort()).toEqual([mila.id, luka.id].sort());

    const one = await callError(
      admin,
      'stays.exit',
      exitInput(mother.id, [{ childId: mila.id, action: 'exitWithParent' }]),
    );
    expect(one).toMatchObject({ code: 'CONFLICT', details: { rule: 'CHILDREN_IN_RESIDENCE', childIds: luka.id } });

    const blankCarer = await callError(
      admin,
      'stays.exit',
      exitInput(mother.id, [
        { childId: mila.id, action: 'exitWithParent' },
        { childId: luka.id, action: 'carer', carer: '   ' },
      ]),
    );
    expect(blankCarer.code).toBe('VALIDATION');

    const wrong = await callError(
      admin,
      'stays.exit',
      exitInput(mother.id, [
        { childId: mila.id, action: 'exitWithParent' },
        { childId: luka.id, action: 'exitWithParent' },
        { childId: stranger.id, action: 'exitWithParent' },
      ]),
    );
    expect(wrong).toMatchObject({ code: 'VALIDATION', fields: { 'children.2.childId': 'validation.invalid' } });

    expect(snapshot()).toEqual(before);
    expect((await call(admin, 'residents.get', { id: mother.id })).status).toBe('in_residence');
  });

  it('finishes when one child leaves with her and the other stays with a recorded carer, in one go', async () => {
    const { mother, mila, luka } = await family();
    await call(
      admin,
      'stays.exit',
      exitInput(mother.id, [
        { childId: mila.id, action: 'exitWithParent' },
        { childId: luka.id, action: 'carer', carer: 'Grandmother Ljubica Marković, Novi Sad' },
      ]),
    );

    const m = await call(admin, 'residents.get', { id: mother.id });
    expect(m).toMatchObject({ status: 'exited', exitDate: TODAY });
    const gone = await call(admin, 'residents.get', { id: mila.id });
    expect(gone).toMatchObject({ status: 'exited', exitDate: TODAY, exitDestination: 'independent_living', carer: '' });
    expect(gone.stays[0]!.endDate).toBe(TODAY);

    const stays = await call(admin, 'residents.get', { id: luka.id });
    expect(stays).toMatchObject({
      status: 'in_residence',
      carer: 'Grandmother Ljubica Marković, Novi Sad',
      carerSince: TODAY,
    });
    expect(stays.parent).toMatchObject({ id: mother.id, status: 'exited', exitDate: TODAY });
    expect(stays.changes[0]).toMatchObject({ field: 'carer', newValue: 'Grandmother Ljubica Marković, Novi Sad' });

    const written = (id: string) => auditActions(db, id).filter((a) => a.action !== 'residents.read');
    expect(written(mila.id).at(-1)).toMatchObject({ action: 'stays.exit', detail: { withParent: mother.id } });
    const carerAudit = written(luka.id).at(-1)!;
    expect(carerAudit).toMatchObject({ action: 'residents.carer', detail: { parentId: mother.id, date: TODAY } });
    expect(JSON.stringify(carerAudit.detail)).not.toContain('Ljubica');

    // The children are now settled: the board shows only the one who stayed.
    const board = await call(admin, 'stays.board', { date: TODAY });
    expect(board.totals.occupied).toBe(1);
  });

  it('a child who already left or a parent without children in residence needs nothing', async () => {
    const { mother, mila, luka } = await family();
    await call(admin, 'stays.exit', exitInput(mila.id));
    await call(admin, 'stays.exit', exitInput(luka.id));
    await call(admin, 'stays.exit', exitInput(mother.id));
    expect((await call(admin, 'residents.get', { id: mother.id })).status).toBe('exited');
  });

  it("is atomic: when a child's part fails inside the transaction, the parent has not left either", async () => {
    const { mother, mila, luka } = await family();
    const before = snapshot();
    // Only for this connection: the last child's exit breaks half-way through the one transaction.
    db.exec(`CREATE TEMP TRIGGER fail_luka BEFORE UPDATE OF status ON residents WHEN NEW.id = '${luka.id}'
             BEGIN SELECT RAISE(ABORT, 'disk pulled out'); END`);
    const r = await callError(
      admin,
      'stays.exit',
      exitInput(mother.id, [
        { childId: mila.id, action: 'exitWithParent' },
        { childId: luka.id, action: 'exitWithParent' },
      ]),
    );
    db.exec('DROP TRIGGER temp.fail_luka');
    expect(r.code).toBe('INTERNAL');
    expect(snapshot()).toEqual(before);
  });
});

describe('a family arriving together', () => {
  it('admits the parent and her children into beds of the same room in one transaction', async () => {
    const mother = await newResident(admin, { givenName: 'Vesna' });
    const mila = await newResident(admin, child(mother.id));
    const luka = await newResident(admin, child(mother.id, { givenName: 'Luka' }));
    const stranger = await newResident(admin, { givenName: 'Other' });

    expect(
      await callError(admin, 'stays.admit', {
        residentId: mother.id,
        bedId: beds.A!,
        date: TODAY,
        children: [{ childId: stranger.id, bedId: beds.B! }],
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { 'children.0.childId': 'validation.invalid' } });
    expect(
      await callError(admin, 'stays.admit', {
        residentId: mother.id,
        bedId: beds.A!,
        date: TODAY,
        children: [
          { childId: mila.id, bedId: beds.B! },
          { childId: luka.id, bedId: beds.B! },
        ],
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { 'children.1.bedId': 'validation.bedTwice' } });
    // A child whose own record does not allow admission stops the whole family, said about her.
    const noConsent = await newResident(admin, child(mother.id, { givenName: 'Ema', consentGivenOn: null }));
    const refused = await callError(admin, 'stays.admit', {
      residentId: mother.id,
      bedId: beds.A!,
      date: TODAY,
      children: [{ childId: noConsent.id, bedId: beds.D! }],
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      fields: { 'children.0.consentGivenOn': 'validation.consentRequired' },
    });
    expect(db.prepare('SELECT count(*) AS n FROM stays').get()).toEqual({ n: 0 });

    await call(admin, 'stays.admit', {
      residentId: mother.id,
      bedId: beds.A!,
      date: TODAY,
      children: [
        { childId: mila.id, bedId: beds.B! },
        { childId: luka.id, bedId: beds.C! },
      ],
    });
    const board = await call(admin, 'stays.board', { date: TODAY });
    expect(board.rooms[0]!.beds.map((b) => [b.label, b.resident?.givenName ?? null])).toEqual([
      ['A', 'Vesna'],
      ['B', 'Mila'],
      ['C', 'Luka'],
      ['D', null],
    ]);
  });

  it('plans the family into the same room from a later day', async () => {
    const mother = await newResident(admin, { givenName: 'Vesna' });
    const mila = await newResident(admin, child(mother.id));
    await call(admin, 'stays.plan', {
      residentId: mother.id,
      bedId: beds.A!,
      date: day(3),
      children: [{ childId: mila.id, bedId: beds.B! }],
    });
    const board = await call(admin, 'stays.board', { date: day(3) });
    expect(board.totals.reserved).toBe(2);
  });
});

describe('expected leaving date', () => {
  it('is set, shown on the board and the record, cleared, and refused before the stay began or after it ended', async () => {
    const r = await admitted(admin, beds.A!, day(-10));
    const stayId = (await call(admin, 'residents.get', { id: r.id })).stays[0]!.id;
    await call(admin, 'stays.setExpectedLeaving', { stayId, date: day(5) });
    expect((await call(admin, 'residents.get', { id: r.id })).stays[0]!.expectedLeaving).toBe(day(5));
    const tile = (await call(admin, 'stays.board', { date: TODAY })).rooms[0]!.beds[0]!;
    expect(tile).toMatchObject({ state: 'occupied', expectedLeaving: day(5) });
    expect(
      auditActions(db, r.id)
        .filter((a) => a.action !== 'residents.read')
        .at(-1),
    ).toMatchObject({ action: 'stays.setExpectedLeaving', detail: { stayId, date: day(5) } });

    expect(await callError(admin, 'stays.setExpectedLeaving', { stayId, date: day(-11) })).toMatchObject({
      code: 'VALIDATION',
      fields: { date: 'validation.beforeStayStart' },
    });
    await call(admin, 'stays.setExpectedLeaving', { stayId, date: null });
    expect((await call(admin, 'residents.get', { id: r.id })).stays[0]!.expectedLeaving).toBeNull();

    await call(admin, 'stays.exit', exitInput(r.id));
    expect(await callError(admin, 'stays.setExpectedLeaving', { stayId, date: day(5) })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'STAY_ENDED' },
    });
    expect((await callError(admin, 'stays.setExpectedLeaving', { stayId: 'nope', date: null })).code).toBe('NOT_FOUND');
  });
});
