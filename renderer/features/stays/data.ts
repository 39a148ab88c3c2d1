import { localIsoDate } from '../../../shared/dates.ts';
import { useChannelQuery } from '../../api.ts';

/** The office PC's calendar date. */
export function todayIso(): string {
  return localIsoDate(new Date());
}

/** The bed board for one date (nothing fetched while the date is null). */
export function useBoardOn(date: string | null) {
  return useChannelQuery('stays.board', { date: date ?? '' }, { enabled: !!date });
}

/** Rooms and beds with their out-of-service periods (to know what is coming after a date). */
export function useRoomsList() {
  return useChannelQuery('rooms.list', {});
}
