// The house: 12 rooms over three floors, 30 beds.
import type { Actor } from '../../electron/core/actor.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { createBed, createRoom } from '../../electron/core/rooms/service.ts';
import type { RoomFields } from '../../shared/rooms.ts';

type Kind = RoomFields['kind'];

const ROOMS: { name: string; floor: string; kind: Kind; beds: number; notes?: string }[] = [
  { name: 'Room 1', floor: 'Ground', kind: 'single', beds: 1, notes: 'Step-free access, own bathroom.' },
  { name: 'Room 2', floor: 'Ground', kind: 'shared', beds: 2 },
  { name: 'Room 3', floor: 'Ground', kind: 'shared', beds: 3 },
  { name: 'Garden family room', floor: 'Ground', kind: 'family', beds: 4, notes: 'Door to the garden; cot available.' },
  { name: 'Room 4', floor: '1', kind: 'single', beds: 1 },
  { name: 'Room 5', floor: '1', kind: 'shared', beds: 2 },
  { name: 'Room 6', floor: '1', kind: 'shared', beds: 3 },
  { name: 'Room 7', floor: '1', kind: 'shared', beds: 3 },
  { name: "Children's room", floor: '1', kind: 'child_friendly', beds: 3, notes: 'Next to the staff office.' },
  { name: 'Room 8', floor: '2', kind: 'single', beds: 1 },
  { name: 'Room 9', floor: '2', kind: 'shared', beds: 3 },
  { name: 'Attic family room', floor: '2', kind: 'family', beds: 4 },
];

export interface DemoBed {
  id: string;
  roomName: string;
  kind: Kind;
  /** Who sleeps here tonight, who it is held for, and the first night back from an outage. */
  occupant: string | null;
  heldFor: string | null;
  outageUntil: string | null;
}

export function createPremises(db: Db, manager: Actor): DemoBed[] {
  const beds: DemoBed[] = [];
  for (const r of ROOMS) {
    const roomId = createRoom(db, { name: r.name, floor: r.floor, kind: r.kind, notes: r.notes ?? '' }, manager);
    for (let i = 0; i < r.beds; i++) {
      const label = String.fromCharCode(65 + i);
      beds.push({
        id: createBed(db, roomId, label, manager),
        roomName: r.name,
        kind: r.kind,
        occupant: null,
        heldFor: null,
        outageUntil: null,
      });
    }
  }
  return beds;
}
