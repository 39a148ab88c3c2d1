import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Room } from '../../../shared/rooms.ts';
import type { Board, BoardBed } from '../../../shared/stays.ts';
import { formatDate } from '../../i18n/index.ts';

export interface BedOption {
  value: string;
  label: string;
  disabled: boolean;
}

export interface BedGroup {
  group: string;
  items: BedOption[];
}

export interface PickContext {
  /** The resident being placed: their own reservation does not block them. */
  residentId?: string;
  /** The bed the resident is in now (a move must go elsewhere). */
  currentBedId?: string;
  /** The bed of the resident's own planned admission. */
  planBedId?: string;
}

/**
 * Why a bed cannot take a stay that starts on the board's date and stays open: taken that night,
 * held later by a planned admission, or out of service then or later. Null when it is free.
 */
export function blockedBecause(
  bed: BoardBed,
  board: Board,
  rooms: Room[] | null,
  ctx: PickContext,
  t: TFunction,
  language: Language,
): string | null {
  const d = (iso: string | null) => formatDate(iso, language);
  const own = (!!ctx.residentId && bed.resident?.id === ctx.residentId) || ctx.planBedId === bed.bedId;
  if (ctx.currentBedId === bed.bedId) return t('stays.picker.current');
  switch (bed.state) {
    case 'occupied':
      return bed.resident?.id === ctx.residentId
        ? t('stays.picker.current')
        : t('stays.picker.occupied', { name: bed.resident?.displayName ?? '' });
    case 'out_of_service':
      return t('stays.picker.outOfService', { reason: bed.reason ?? '' });
    case 'reserved':
      if (own) return null;
      return t('stays.picker.reserved', { date: d(bed.since) });
    case 'free':
      break;
  }
  if (bed.plannedFrom && !own) return t('stays.picker.heldFrom', { date: d(bed.plannedFrom) });
  const later = rooms
    ?.flatMap((r) => r.beds)
    .find((b) => b.id === bed.bedId)
    ?.outages.filter((o) => o.fromDate > board.date)
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate))[0];
  if (later) return t('stays.picker.outFrom', { date: d(later.fromDate) });
  return null;
}

/** The Select's data: beds grouped by room, the ones that cannot be taken disabled with the reason. */
export function bedGroups(
  board: Board,
  rooms: Room[] | null,
  ctx: PickContext,
  t: TFunction,
  language: Language,
): BedGroup[] {
  return board.rooms
    .filter((room) => room.beds.length > 0)
    .map((room) => ({
      group: !room.floor
        ? room.name
        : room.floor === '0'
          ? t('stays.picker.roomOnGround', { room: room.name })
          : t('stays.picker.roomOnFloor', { room: room.name, floor: room.floor }),
      items: room.beds.map((bed) => {
        const why = blockedBecause(bed, board, rooms, ctx, t, language);
        const label = t('stays.bedName', { room: room.name, bed: bed.label });
        return { value: bed.bedId, label: why ? `${label} — ${why}` : label, disabled: why !== null };
      }),
    }));
}
