import { describe, expect, it } from 'vitest';
import type { Room } from '../../../shared/rooms.ts';
import type { Board, BoardBed } from '../../../shared/stays.ts';
import { bedGroups, blockedBecause } from '../../../renderer/features/stays/bedOptions.ts';
import { summary, t } from './fixtures.ts';

const DATE = '2026-03-10';

function bed(over: Partial<BoardBed> = {}): BoardBed {
  return {
    bedId: 'b1',
    label: 'A',
    state: 'free',
    resident: null,
    stayId: null,
    since: null,
    until: null,
    reason: null,
    plannedFrom: null,
    expectedLeaving: null,
    ...over,
  };
}

function board(beds: BoardBed[], over: Partial<Board['rooms'][number]> = {}): Board {
  return {
    date: DATE,
    rooms: [{ roomId: 'r1', name: 'Kesten', floor: '', kind: 'shared', beds, ...over }],
    totals: { beds: beds.length, occupied: 0, free: 0, outOfService: 0, reserved: 0 },
  };
}

const why = (b: BoardBed, ctx = {}, rooms: Room[] | null = null) => blockedBecause(b, board([b]), rooms, ctx, t, 'en');

describe('bed options', () => {
  it('a free bed with nothing coming can be taken', () => {
    expect(why(bed())).toBeNull();
  });

  it('an occupied bed names who is in it (by shown name), or says it is the resident’s own', () => {
    const ana = summary({ id: 'ana', givenName: 'Ana', familyName: 'Ilić' });
    expect(why(bed({ state: 'occupied', resident: ana }))).toBe('stays.picker.occupied{"name":"Ana Ilić"}');
    const mila = summary({ id: 'mila', alias: 'Mila', doNotDisclose: true });
    expect(why(bed({ state: 'occupied', resident: mila }))).toBe('stays.picker.occupied{"name":"Mila"}');
    expect(why(bed({ state: 'occupied', resident: ana }), { residentId: 'ana' })).toBe('stays.picker.current');
    expect(why(bed(), { currentBedId: 'b1' })).toBe('stays.picker.current');
  });

  it('a reserved or held bed is blocked for others but not for the resident it is held for', () => {
    const reserved = bed({ state: 'reserved', since: DATE, resident: summary({ id: 'mila' }) });
    expect(why(reserved)).toBe('stays.picker.reserved{"date":"10/03/2026"}');
    expect(why(reserved, { residentId: 'mila' })).toBeNull();
    expect(why(reserved, { planBedId: 'b1' })).toBeNull();
    const held = bed({ plannedFrom: '2026-03-12' });
    expect(why(held)).toBe('stays.picker.heldFrom{"date":"12/03/2026"}');
    expect(why(held, { planBedId: 'b1' })).toBeNull();
  });

  it('out of service now, or from a later date (read from the rooms), blocks an open stay', () => {
    expect(why(bed({ state: 'out_of_service', reason: 'Damp' }))).toBe('stays.picker.outOfService{"reason":"Damp"}');
    const rooms: Room[] = [
      {
        id: 'r1',
        name: 'Kesten',
        floor: '',
        kind: 'shared',
        notes: '',
        retiredOn: null,
        beds: [
          {
            id: 'b1',
            roomId: 'r1',
            label: 'A',
            retiredOn: null,
            outages: [
              { id: 'o2', bedId: 'b1', fromDate: '2026-04-01', untilDate: null, reason: 'Paint' },
              { id: 'o1', bedId: 'b1', fromDate: '2026-03-20', untilDate: '2026-03-22', reason: 'Repair' },
              { id: 'o0', bedId: 'b1', fromDate: '2026-01-01', untilDate: '2026-01-05', reason: 'Past' },
            ],
          },
        ],
      },
    ];
    expect(why(bed(), {}, rooms)).toBe('stays.picker.outFrom{"date":"20/03/2026"}');
  });

  it('groups beds by room (with the floor when known), skipping rooms without beds, blocked ones disabled', () => {
    const b = board([bed(), bed({ bedId: 'b2', label: 'B', state: 'out_of_service', reason: 'Damp' })], { floor: '2' });
    b.rooms.push({ roomId: 'r2', name: 'Empty', floor: '', kind: 'single', beds: [] });
    const groups = bedGroups(b, null, {}, t, 'en');
    expect(groups).toEqual([
      {
        group: 'stays.picker.roomOnFloor{"room":"Kesten","floor":"2"}',
        items: [
          { value: 'b1', label: 'stays.bedName{"room":"Kesten","bed":"A"}', disabled: false },
          {
            value: 'b2',
            label: 'stays.bedName{"room":"Kesten","bed":"B"} — stays.picker.outOfService{"reason":"Damp"}',
            disabled: true,
          },
        ],
      },
    ]);
  });
});
