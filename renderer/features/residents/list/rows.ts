import {
  RESIDENT_STATUSES,
  type IdentificationStatus,
  type ResidentStatus,
  type ResidentSummary,
  type RiskLevel,
} from '../../../../shared/residents.ts';
import { matchesSearch, residentSearchKey, searchKey } from '../../../../shared/search.ts';

/** A list row: the summary plus what searching and sorting need, computed once per load. */
export interface ResidentRow extends ResidentSummary {
  searchKey: string;
  shownName: string;
}

/** Searched by what the core sends: a protected resident's real name never reaches the renderer. */
export function toRow(r: ResidentSummary): ResidentRow {
  return {
    ...r,
    searchKey: residentSearchKey(r, r.protected),
    shownName: r.displayName,
  };
}

/** Where a resident stands, as the list's chips tell them apart: a declined referral is its own group. */
export const LIST_GROUPS = ['referred', 'in_residence', 'declined', 'exited', 'archived'] as const;
export type ListGroup = (typeof LIST_GROUPS)[number];

export function listGroup(r: Pick<ResidentSummary, 'status' | 'referralOutcome'>): ListGroup {
  return r.status === 'referred' && r.referralOutcome === 'declined' ? 'declined' : r.status;
}

export interface ListFilters {
  groups: ListGroup[];
  identification: IdentificationStatus | null;
  risk: RiskLevel | null;
  minorsOnly: boolean;
}

/** The people who matter today: in residence and waiting referrals; the rest when asked for. */
export const DEFAULT_FILTERS: ListFilters = {
  groups: ['referred', 'in_residence'],
  identification: null,
  risk: null,
  minorsOnly: false,
};

export function filtersAreDefault(f: ListFilters): boolean {
  return (
    f.identification === null &&
    f.risk === null &&
    !f.minorsOnly &&
    f.groups.length === DEFAULT_FILTERS.groups.length &&
    DEFAULT_FILTERS.groups.every((s) => f.groups.includes(s))
  );
}

export type SortColumn = 'code' | 'name' | 'status' | 'referralDate';
export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('sr-Latn', { sensitivity: 'base', numeric: true });
const statusOrder = (s: ResidentStatus) => RESIDENT_STATUSES.indexOf(s);

/** Sorted by what is shown (a do-not-disclose resident sorts by alias or code, not by the hidden name). */
export function sortRows(rows: readonly ResidentRow[], sort: Sort): ResidentRow[] {
  const compare = (a: ResidentRow, b: ResidentRow): number => {
    switch (sort.column) {
      case 'code':
        return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
      case 'name':
        return collator.compare(a.shownName, b.shownName);
      case 'status':
        return statusOrder(a.status) - statusOrder(b.status) || collator.compare(a.shownName, b.shownName);
      case 'referralDate':
        return a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : a.code < b.code ? -1 : 1;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}

export function filterRows(rows: readonly ResidentRow[], query: string, f: ListFilters): ResidentRow[] {
  // Normalised once here; matchesSearch normalises it again per row, which is then cheap.
  const q = searchKey(query);
  return rows.filter(
    (r) =>
      f.groups.includes(listGroup(r)) &&
      (f.identification === null || r.identificationStatus === f.identification) &&
      (f.risk === null || r.riskLevel === f.risk) &&
      (!f.minorsOnly || r.minor) &&
      (q === '' || matchesSearch(r.searchKey, q)),
  );
}
