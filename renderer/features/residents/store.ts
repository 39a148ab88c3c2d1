import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { invoke } from '../../api.ts';
import { DEFAULT_FILTERS, toRow, type ListFilters, type ResidentRow, type Sort } from './list/rows.ts';

interface ResidentsState {
  /** All residents, as list rows; null until the first load. */
  rows: ResidentRow[] | null;
  error: AppErrorShape | null;
  /** What the list screen shows, kept while the user visits a resident and comes back. */
  query: string;
  filters: ListFilters;
  sort: Sort;
  selectedId: string | null;
  /** Loads the list the first time; later calls refresh it in the background. */
  load(): Promise<void>;
  /** After a change (intake, edit, referral decision, stay action): fetch the list again. */
  refresh(): Promise<void>;
  setQuery(query: string): void;
  setFilters(filters: Partial<ListFilters>): void;
  resetFilters(): void;
  setSort(sort: Sort): void;
  select(id: string | null): void;
}

let inFlight: Promise<void> | null = null;
let generation = 0;

export const useResidentsStore = create<ResidentsState>((set, get) => ({
  rows: null,
  error: null,
  query: '',
  filters: DEFAULT_FILTERS,
  sort: { column: 'referralDate', direction: 'desc' },
  selectedId: null,

  load() {
    // Several screens may ask at once (list, inbox, parent picker): one call serves them all.
    return inFlight ?? get().refresh();
  },

  refresh() {
    // Only the latest answer counts: an older call may have started before a change was saved.
    const mine = ++generation;
    const call = (async () => {
      const r = await invoke('residents.list', {});
      if (mine !== generation) return;
      inFlight = null;
      if (!r.ok) return set({ error: r.error });
      set({ rows: r.value.map(toRow), error: null });
    })();
    inFlight = call;
    return call;
  },

  setQuery(query) {
    set({ query });
  },
  setFilters(filters) {
    set({ filters: { ...get().filters, ...filters } });
  },
  resetFilters() {
    set({ filters: DEFAULT_FILTERS, query: '' });
  },
  setSort(sort) {
    set({ sort });
  },
  select(id) {
    set({ selectedId: id });
  },
}));
