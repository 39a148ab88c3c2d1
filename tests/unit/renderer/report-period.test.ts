import { describe, expect, it } from 'vitest';
import { csvField, periodOf } from '../../../renderer/features/reports/period.ts';

describe('report periods', () => {
  it('month, quarter and year around a date, leap February included', () => {
    expect(periodOf('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('quarter', '2026-05-15')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('quarter', '2026-12-01')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('year', '2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('CSV fields are quoted when needed and never start a formula', () => {
    expect(csvField('Soba "Lipa", 1')).toBe('"Soba ""Lipa"", 1"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });
});
