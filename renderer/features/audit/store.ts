import { create } from 'zustand';
import type { AuditFilters } from '../../../shared/audit.ts';

/** The Audit page's filters, kept while the user opens a record from an entry and comes back. */
interface AuditViewState {
  filters: AuditFilters;
  setFilters(filters: Partial<AuditFilters>): void;
  reset(): void;
}

/** Unset filters are removed, not sent as undefined: the key of the cached pages stays stable. */
function clean(f: AuditFilters): AuditFilters {
  return Object.fromEntries(
    Object.entries(f).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as AuditFilters;
}

export const useAuditStore = create<AuditViewState>((set, get) => ({
  filters: {},
  setFilters(filters) {
    set({ filters: clean({ ...get().filters, ...filters }) });
  },
  reset() {
    set({ filters: {} });
  },
}));
