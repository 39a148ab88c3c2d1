import { create } from 'zustand';
import { todayIso } from './data.ts';

interface BoardViewState {
  /** The night shown; kept while moving between screens. */
  date: string;
  /** False until the board was first shown: the first visit opens on tonight. */
  visited: boolean;
  setDate(date: string): void;
  visit(): void;
}

export const useBoardStore = create<BoardViewState>((set, get) => ({
  date: todayIso(),
  visited: false,
  setDate(date) {
    set({ date });
  },
  visit() {
    if (!get().visited) set({ date: todayIso(), visited: true });
  },
}));
