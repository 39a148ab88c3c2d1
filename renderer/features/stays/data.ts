import { useEffect, useState } from 'react';
import { localIsoDate } from '../../../shared/dates.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import type { Room } from '../../../shared/rooms.ts';
import type { Board } from '../../../shared/stays.ts';
import { invoke } from '../../api.ts';

/** The office PC's calendar date. */
export function todayIso(): string {
  return localIsoDate(new Date());
}

interface Loaded<T> {
  value: T | null;
  error: AppErrorShape | null;
  loading: boolean;
}

/** The bed board for one date, fetched again whenever the date changes (null: nothing fetched). */
export function useBoardOn(date: string | null): Loaded<Board> {
  const [state, setState] = useState<{ date: string | null; value: Board | null; error: AppErrorShape | null }>({
    date: null,
    value: null,
    error: null,
  });
  useEffect(() => {
    if (!date) return;
    let live = true;
    void invoke('stays.board', { date }).then((r) => {
      if (live) setState({ date, value: r.ok ? r.value : null, error: r.ok ? null : r.error });
    });
    return () => {
      live = false;
    };
  }, [date]);
  if (!date || state.date !== date) return { value: null, error: null, loading: !!date };
  return { value: state.value, error: state.error, loading: false };
}

/** Rooms and beds with their out-of-service periods (to know what is coming after a date). */
export function useRoomsList(): Loaded<Room[]> {
  const [state, setState] = useState<Loaded<Room[]>>({ value: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    void invoke('rooms.list', {}).then((r) => {
      if (live) setState({ value: r.ok ? r.value : null, error: r.ok ? null : r.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
