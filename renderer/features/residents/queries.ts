import type { ResidentSummary } from '../../../shared/residents.ts';
import { useChannelQuery } from '../../api.ts';
import { toRow, type ResidentRow } from './list/rows.ts';

// Module-level so that the rows are computed once per answer, not once per render.
const toRows = (list: ResidentSummary[]): ResidentRow[] => list.map(toRow);

/** Everyone on record as list rows (search keys and shown names computed once per answer). */
export function useResidentRows() {
  return useChannelQuery('residents.list', {}, { select: toRows });
}

/** One resident's record with stays and change log. */
export function useResident(id: string) {
  return useChannelQuery('residents.get', { id }, { enabled: id !== '' });
}
