import { describe, expect, it } from 'vitest';
import { worldCode, worldName, worldNames } from '../../../renderer/features/residents/worldNames.ts';

describe('country and language names', () => {
  it('are shown in the UI language, whether stored as a code or as an English name', () => {
    expect(worldName('language', 'sr', 'sr-Latn')).toBe('srpski');
    expect(worldName('language', 'Serbian', 'sr-Latn')).toBe('srpski');
    expect(worldName('language', 'sr', 'en')).toBe('Serbian');
    expect(worldName('region', 'Ukraine', 'sr-Latn')).toBe('Ukrajina');
    expect(worldName('region', 'RS', 'en')).toBe('Serbia');
  });

  it('keep text that is no known name as typed', () => {
    expect(worldName('region', 'Serbian', 'sr-Latn')).toBe('Serbian'); // an adjective, not a country
    expect(worldCode('language', '  Ladino dialect ')).toBe('Ladino dialect');
  });

  it('are stored as codes, from a name in either language or the code itself', () => {
    for (const typed of ['Serbia', 'Srbija', 'srbija', 'RS']) expect(worldCode('region', typed)).toBe('RS');
    for (const typed of ['Serbian', 'srpski', 'sr']) expect(worldCode('language', typed)).toBe('sr');
  });

  it('offer each name once, in the alphabetical order of the UI language', () => {
    for (const kind of ['region', 'language'] as const) {
      for (const language of ['en', 'sr-Latn'] as const) {
        const names = worldNames(kind, language);
        expect(new Set(names).size).toBe(names.length);
      }
    }
    const sr = worldNames('region', 'sr-Latn');
    expect(sr.indexOf('Čile')).toBeGreaterThan(sr.indexOf('Crna Gora'));
  });
});
