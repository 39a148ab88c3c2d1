import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filterRows,
  filtersAreDefault,
  listGroup,
  sortRows,
  toRow,
  type ListFilters,
} from '../../../renderer/features/residents/list/rows.ts';
import { summary } from './fixtures.ts';

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('list rows', () => {
  it('finds a do-not-disclose resident (sent without the real name) by code and alias, and shows the alias', () => {
    const r = toRow(
      summary({ code: 'R-2026-0042', givenName: 'Marija', familyName: 'Petrović', alias: 'Maja', doNotDisclose: true }),
    );
    expect(r.shownName).toBe('Maja');
    for (const q of ['maja', 'R-2026-0042', '0042']) expect(filterRows([r], q, { ...DEFAULT_FILTERS })).toHaveLength(1);
    for (const q of ['marija', 'petrovic']) expect(filterRows([r], q, DEFAULT_FILTERS)).toHaveLength(0);
  });

  it('finds anyone else by name, forgiving diacritics and script', () => {
    const r = toRow(summary({ givenName: 'Đurđa', familyName: 'Đorđević' }));
    for (const q of ['djurdja dordevic', 'ЂУРЂА', 'đorđ']) expect(filterRows([r], q, DEFAULT_FILTERS)).toHaveLength(1);
    expect(filterRows([r], 'petrovic', DEFAULT_FILTERS)).toHaveLength(0);
  });

  it('shows today’s people by default; declined, exited and archived each behind their own chip', () => {
    const rows = [
      summary({ code: 'waiting', status: 'referred', referralOutcome: 'pending' }),
      summary({ code: 'accepted', status: 'referred', referralOutcome: 'accepted' }),
      summary({ code: 'declined', status: 'referred', referralOutcome: 'declined' }),
      summary({ code: 'here', status: 'in_residence', referralOutcome: 'accepted' }),
      summary({ code: 'left', status: 'exited', referralOutcome: 'accepted' }),
      summary({ code: 'archived', status: 'archived', referralOutcome: 'accepted' }),
    ].map(toRow);
    expect(rows.map(listGroup)).toEqual(['referred', 'referred', 'declined', 'in_residence', 'exited', 'archived']);
    expect(codes(filterRows(rows, '', DEFAULT_FILTERS))).toEqual(['waiting', 'accepted', 'here']);
    for (const group of ['declined', 'exited', 'archived'] as const) {
      expect(codes(filterRows(rows, '', { ...DEFAULT_FILTERS, groups: [group] }))).toEqual([
        group === 'exited' ? 'left' : group,
      ]);
    }
  });

  it('filters by identification, risk and minors, all at once', () => {
    const rows = [
      summary({ code: 'a', identificationStatus: 'formal', riskLevel: 'high', minor: true }),
      summary({ code: 'b', identificationStatus: 'formal', riskLevel: 'high', minor: false }),
      summary({ code: 'c', identificationStatus: 'potential', riskLevel: 'high', minor: true }),
      summary({ code: 'd', identificationStatus: 'formal', riskLevel: 'low', minor: true }),
    ].map(toRow);
    const f: ListFilters = { ...DEFAULT_FILTERS, identification: 'formal', risk: 'high', minorsOnly: true };
    expect(codes(filterRows(rows, '', f))).toEqual(['a']);
    expect(filtersAreDefault(f)).toBe(false);
  });

  it('knows the default filters whatever the order of the chips', () => {
    expect(filtersAreDefault(DEFAULT_FILTERS)).toBe(true);
    expect(filtersAreDefault({ ...DEFAULT_FILTERS, groups: [...DEFAULT_FILTERS.groups].reverse() })).toBe(true);
    expect(filtersAreDefault({ ...DEFAULT_FILTERS, groups: [...DEFAULT_FILTERS.groups, 'exited'] })).toBe(false);
    expect(filtersAreDefault({ ...DEFAULT_FILTERS, groups: ['referred'] })).toBe(false);
  });

  it('sorts by what is shown: a do-not-disclose resident by alias, not by the hidden name', () => {
    const rows = [
      summary({ code: 'R-3', givenName: 'Zorana', familyName: 'Ivić' }),
      summary({ code: 'R-1', givenName: 'Ana', familyName: 'Živić', alias: 'Mila', doNotDisclose: true }),
      summary({ code: 'R-2', givenName: 'Čedomirka', familyName: 'Ban' }),
    ].map(toRow);
    expect(codes(sortRows(rows, { column: 'name', direction: 'asc' }))).toEqual(['R-2', 'R-1', 'R-3']);
    expect(codes(sortRows(rows, { column: 'name', direction: 'desc' }))).toEqual(['R-3', 'R-1', 'R-2']);
    expect(codes(sortRows(rows, { column: 'code', direction: 'asc' }))).toEqual(['R-1', 'R-2', 'R-3']);
    expect(codes(rows)).toEqual(['R-3', 'R-1', 'R-2']); // the input is left as it was
  });

  it('sorts by referral date, then code, and by status in the order of the record’s life', () => {
    const rows = [
      summary({ code: 'B', referralDate: '2026-02-01', status: 'exited' }),
      summary({ code: 'A', referralDate: '2026-02-01', status: 'in_residence' }),
      summary({ code: 'C', referralDate: '2026-01-15', status: 'referred' }),
    ].map(toRow);
    expect(codes(sortRows(rows, { column: 'referralDate', direction: 'asc' }))).toEqual(['C', 'A', 'B']);
    expect(codes(sortRows(rows, { column: 'referralDate', direction: 'desc' }))).toEqual(['B', 'A', 'C']);
    expect(codes(sortRows(rows, { column: 'status', direction: 'asc' }))).toEqual(['C', 'A', 'B']);
  });
});
