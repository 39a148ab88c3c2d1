import { uuidv7 } from '../ids.ts';
import type { IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { RoomFields } from '../../../shared/rooms.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { stayInRoomPast, stayOnBed } from '../stays/queries.ts';
import { bedOrThrow, conflict, outageConflict, stayConflict, underRules, validation } from '../stays/rules.ts';
import {
  bedLabelled,
  findOutage,
  findRoom,
  firstPremisesId,
  insertBed,
  insertOutage,
  insertRoom,
  outageOnBed,
  retireRoom,
  roomNamed,
  setOutageUntil,
  updateRoom,
  type RoomRow,
} from './queries.ts';

function roomOrThrow(db: Db, id: string): RoomRow {
  const room = findRoom(db, id);
  if (!room) throw new AppError('NOT_FOUND', 'No such room.');
  return room;
}

/** Two rooms in use with one name would make the bed board ambiguous. */
function refuseTakenName(db: Db, name: string, except = ''): void {
  if (roomNamed(db, name, except)) {
    throw new AppError('CONFLICT', `A room named ${name} already exists.`, {
      fields: { name: 'validation.nameTaken' },
    });
  }
}

export function createRoom(db: Db, fields: RoomFields, who: Actor): string {
  refuseTakenName(db, fields.name);
  const premisesId = firstPremisesId(db);
  if (!premisesId) throw new AppError('NOT_SET_UP', 'There are no premises to add a room to.');
  const id = uuidv7();
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    insertRoom(db, { ...fields, id, premisesId }, who.now);
    audit({
      action: 'rooms.create',
      recordType: 'room',
      recordId: id,
      detail: { name: fields.name, kind: fields.kind },
    });
  });
  return id;
}

/** Renaming keeps history: stays point at bed ids, so past stays show the room's current name. */
export function editRoom(db: Db, id: string, fields: RoomFields, who: Actor): void {
  const room = roomOrThrow(db, id);
  refuseTakenName(db, fields.name, id);
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    updateRoom(db, id, fields);
    const detail: Record<string, unknown> = {
      fields: (['name', 'floor', 'kind', 'notes'] as const).filter((k) => room[k] !== fields[k]),
    };
    if (room.name !== fields.name) Object.assign(detail, { oldName: room.name, newName: fields.name });
    audit({ action: 'rooms.update', recordType: 'room', recordId: id, detail });
  });
}

/** From `date` on the room and its beds are gone; refused while a stay or plan reaches past it. */
export function retire(db: Db, id: string, date: IsoDate, who: Actor): void {
  const room = roomOrThrow(db, id);
  if (room.retired_on !== null) {
    throw conflict('ROOM_RETIRED', `${room.name} is already retired from ${room.retired_on}.`, {
      roomName: room.name,
      retiredOn: room.retired_on,
    });
  }
  const stay = stayInRoomPast(db, id, date);
  if (stay) throw stayConflict('BED_RETIRE_HAS_STAYS', `${room.name} cannot be retired from ${date}`, stay);
  underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      retireRoom(db, id, date);
      audit({ action: 'rooms.retire', recordType: 'room', recordId: id, detail: { date } });
    }),
  );
}

export function createBed(db: Db, roomId: string, label: string, who: Actor): string {
  const room = roomOrThrow(db, roomId);
  if (room.retired_on !== null) {
    throw conflict('ROOM_RETIRED', `${room.name} is retired; it takes no new beds.`, {
      roomName: room.name,
      retiredOn: room.retired_on,
    });
  }
  if (bedLabelled(db, roomId, label)) {
    throw new AppError('CONFLICT', `${room.name} already has a bed ${label}.`, {
      fields: { label: 'validation.labelTaken' },
    });
  }
  const id = uuidv7();
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    insertBed(db, { id, roomId, label }, who.now);
    audit({ action: 'beds.create', recordType: 'bed', recordId: id, detail: { roomId, label } });
  });
  return id;
}

export interface OutageInput {
  bedId: string;
  fromDate: IsoDate;
  untilDate: IsoDate | null;
  reason: string;
}

/** A bed out of service for the nights [from, until); refused over a stay or plan, or another outage. */
export function setOutOfService(db: Db, o: OutageInput, who: Actor): string {
  const bed = bedOrThrow(db, o.bedId);
  const lead = `${bed.room_name} · ${bed.label} cannot be out of service then`;
  const stay = stayOnBed(db, bed.id, o.fromDate, o.untilDate);
  if (stay) throw stayConflict('OUTAGE_BED_OCCUPIED', lead, stay);
  const other = outageOnBed(db, bed.id, o.fromDate, o.untilDate);
  if (other) throw outageConflict('OUTAGE_OVERLAP', lead, other, bed);
  const id = uuidv7();
  underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      insertOutage(db, { ...o, id }, who.now);
      audit({
        action: 'beds.setOutOfService',
        recordType: 'bed',
        recordId: bed.id,
        detail: { outageId: id, fromDate: o.fromDate, untilDate: o.untilDate, reason: o.reason },
      });
    }),
  );
  return id;
}

/** Sets the first night back in service (shortening, or lengthening if nothing is in the way). */
export function endOutOfService(db: Db, outageId: string, untilDate: IsoDate, who: Actor): void {
  const outage = findOutage(db, outageId);
  if (!outage) throw new AppError('NOT_FOUND', 'No such out-of-service period.');
  if (untilDate <= outage.from_date) {
    throw validation('The bed is back after it went out of service.', { untilDate: 'validation.untilAfterFrom' });
  }
  const bed = bedOrThrow(db, outage.bed_id);
  const lead = `${bed.room_name} · ${bed.label} cannot stay out of service until ${untilDate}`;
  const stay = stayOnBed(db, bed.id, outage.from_date, untilDate);
  if (stay) throw stayConflict('OUTAGE_BED_OCCUPIED', lead, stay);
  const other = outageOnBed(db, bed.id, outage.from_date, untilDate, outage.id);
  if (other) throw outageConflict('OUTAGE_OVERLAP', lead, other, bed);
  underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      setOutageUntil(db, outage.id, untilDate);
      audit({
        action: 'beds.endOutOfService',
        recordType: 'bed',
        recordId: bed.id,
        detail: { outageId, fromDate: outage.from_date, oldUntilDate: outage.until_date, untilDate },
      });
    }),
  );
}
