import { create } from 'zustand';
import { DEFAULT_FILTERS, type ListFilters, type Sort } from './list/rows.ts';

/** What the list screen shows, kept while the user visits a resident and comes back. */
interface ResidentsViewState {
  query: string;
  filters: ListFilters;
  sort: Sort;
  selectedId: string | null;
  setQuery(query: string): void;
  setFilters(filters: Partial<ListFilters>): void;
  resetFilters(): void;
  setSort(sort: Sort): void;
  select(id: string | null): void;
}

export const useResidentsStore = create<ResidentsViewState>((set, get) => ({
  query: '',
  filters: DEFAULT_FILTERS,
  sort: { column: 'referralDate', direction: 'desc' },
  selectedId: null,

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
