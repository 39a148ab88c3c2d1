import { describe, expect, it } from 'vitest';
import { matchesSearch, residentSearchKey } from '../../shared/search.ts';

describe('the do-not-disclose search rule', () => {
  const r = { code: 'R-2026-0042', givenName: 'Marija', familyName: 'Petrović', alias: 'Maja' };

  it('finds a protected resident by alias and code, never by the real name', () => {
    const key = residentSearchKey(r, true);
    for (const q of ['maja', 'R-2026-0042', '0042']) expect(matchesSearch(key, q)).toBe(true);
    for (const q of ['marija', 'petrovic']) expect(matchesSearch(key, q)).toBe(false);
  });

  it('finds anyone else by name too, forgiving diacritics', () => {
    const key = residentSearchKey(r, false);
    for (const q of ['marija petrovic', 'maja', '0042']) expect(matchesSearch(key, q)).toBe(true);
  });

  it('gives the core (names present) and the renderer (names null when protected) the same key', () => {
    expect(residentSearchKey({ ...r, givenName: null, familyName: null }, true)).toBe(residentSearchKey(r, true));
  });
});
