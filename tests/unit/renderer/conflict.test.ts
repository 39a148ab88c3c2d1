import { describe, expect, it } from 'vitest';
import { CONFLICT_RULES } from '../../../shared/conflicts.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { conflictText } from '../../../renderer/features/stays/conflict.ts';
import { t } from './fixtures.ts';

const conflict = (details: Record<string, string | number>): AppErrorShape => ({
  code: 'CONFLICT',
  message: 'm',
  details,
});
const stay = { residentCode: 'R-2026-0007', roomName: 'Kesten', bedLabel: 'A', startDate: '2026-03-01', stayId: 's1' };
const bedName = 'stays.bedName{"room":"Kesten","bed":"A"}';
const what = (key: string, until = '') =>
  `stays.conflict.what.${key}{"code":"R-2026-0007","bed":"${bedName.replace(/"/g, '\\"')}","from":"01.03.2026.","until":"${until}","reason":"${''}"}`;

describe('conflict text', () => {
  it('is only for conflicts', () => {
    expect(conflictText({ code: 'VALIDATION', message: 'm' }, t, 'sr-Latn')).toBeNull();
  });

  it('names the colliding stay by code, open or ended, never by name', () => {
    expect(conflictText(conflict({ rule: 'STAY_BED_TAKEN', ...stay }), t, 'sr-Latn')).toBe(
      `stays.conflict.bedTaken{"what":${JSON.stringify(what('stayOpen'))}}`,
    );
    const ended = conflictText(
      conflict({ rule: 'STAY_RESIDENT_ELSEWHERE', ...stay, endDate: '2026-03-05' }),
      t,
      'sr-Latn',
    );
    expect(ended).toBe(`stays.conflict.residentElsewhere{"what":${JSON.stringify(what('stay', '05.03.2026.'))}}`);
    expect(ended).not.toMatch(/Jelena|Marković/);
  });

  it('tells a planned admission and an out-of-service period apart from a stay', () => {
    expect(conflictText(conflict({ rule: 'PLAN_EXISTS', ...stay, planned: 1 }), t, 'sr-Latn')).toContain(
      'stays.conflict.what.plan',
    );
    expect(conflictText(conflict({ rule: 'OUTAGE_OVERLAP', ...stay, outageId: 'o1' }), t, 'sr-Latn')).toContain(
      'stays.conflict.what.outageOpen',
    );
    expect(
      conflictText(conflict({ rule: 'OUTAGE_OVERLAP', ...stay, outageId: 'o1', endDate: '2026-03-09' }), t, 'sr-Latn'),
    ).toContain('stays.conflict.what.outage{');
  });

  it('falls back to a plain sentence when the details do not name the record', () => {
    const plain: [string, string][] = [
      ['STAY_BED_TAKEN', 'stays.conflict.bedTakenPlain'],
      ['STAY_RESIDENT_ELSEWHERE', 'stays.conflict.residentElsewherePlain'],
      ['STAY_BED_OUT_OF_SERVICE', 'stays.conflict.bedOutOfServicePlain'],
      ['OUTAGE_BED_OCCUPIED', 'stays.conflict.outageOccupiedPlain'],
      ['BED_RETIRE_HAS_STAYS', 'stays.conflict.retireHasStaysPlain'],
    ];
    for (const [rule, key] of plain) expect(conflictText(conflict({ rule }), t, 'en')).toBe(key);
    expect(conflictText(conflict({ rule: 'SOMETHING_NEW' }), t, 'en')).toBe('errors.CONFLICT.text');
  });

  it('explains retired rooms and beds with the date in the language’s format, and a status by its label', () => {
    expect(conflictText(conflict({ rule: 'ROOM_RETIRED', roomName: 'Kesten', retiredOn: '2026-03-01' }), t, 'en')).toBe(
      'stays.conflict.roomRetired{"room":"Kesten","date":"01/03/2026"}',
    );
    expect(
      conflictText(
        conflict({ rule: 'STAY_BED_RETIRED', roomName: 'Kesten', bedLabel: 'A', retiredOn: '2026-03-01' }),
        t,
        'sr-Latn',
      ),
    ).toBe(`stays.conflict.bedRetired{"bed":${JSON.stringify(bedName)},"date":"01.03.2026."}`);
    expect(conflictText(conflict({ rule: 'RESIDENT_STATUS', residentCode: 'R-1', status: 'exited' }), t, 'en')).toBe(
      'stays.conflict.residentStatus{"code":"R-1","status":"residents.options.statuses.exited"}',
    );
  });

  it('has its own words for every rule of shared/conflicts.ts', () => {
    for (const rule of CONFLICT_RULES) {
      expect(conflictText(conflict({ rule, ...stay, outageId: 'o1', status: 'exited' }), t, 'en')).not.toBe(
        'errors.CONFLICT.text',
      );
    }
  });
});
