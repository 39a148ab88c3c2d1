import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/errors.ts';
import type { Board } from '../../../shared/stays.ts';
import { invoke } from '../../api.ts';
import { todayIso } from './data.ts';

interface BoardState {
  /** The night shown; kept while moving between screens. */
  date: string;
  board: Board | null;
  error: AppErrorShape | null;
  loading: boolean;
  setDate(date: string): Promise<void>;
  reload(): Promise<void>;
}

let request = 0;

export const useBoardStore = create<BoardState>((set, get) => ({
  date: todayIso(),
  board: null,
  error: null,
  loading: false,

  async setDate(date) {
    set({ date });
    await get().reload();
  },

  async reload() {
    const mine = ++request;
    const date = get().date;
    set({ loading: true });
    const r = await invoke('stays.board', { date });
    if (mine !== request) return; // a later date was asked for meanwhile
    set(r.ok ? { board: r.value, error: null, loading: false } : { error: r.error, loading: false });
  },
}));
