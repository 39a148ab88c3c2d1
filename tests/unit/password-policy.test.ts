import { describe, expect, it } from 'vitest';
import {
  MIN_PASSWORD_SCORE,
  containsOwnerName,
  loadStrengthScorer,
  loadedStrengthScorer,
  passwordProblem,
  passwordUserInputs,
} from '../../shared/password-policy.ts';

const ana = { username: 'ana.m', fullName: 'Ana  Marković', related: ['Safe House Belgrade'] };

describe('the shared password policy', () => {
  it('checks the length before anything else, and without a scorer skips only the strength rule', () => {
    expect(passwordProblem('short', ana, null)).toBe('validation.passwordLength');
    expect(passwordProblem('x'.repeat(257), ana, null)).toBe('validation.passwordTooLong');
    expect(passwordProblem('password1234', ana, null)).toBeNull();
    expect(passwordProblem('password1234', ana, () => MIN_PASSWORD_SCORE - 1)).toBe('validation.passwordWeak');
    expect(passwordProblem('password1234', ana, () => MIN_PASSWORD_SCORE)).toBeNull();
  });

  it('refuses the username or the full name anywhere in it, ignoring case and the space between names', () => {
    for (const p of ['my ANA.M account', 'ana marković rules', 'xxAnaMarkovićxx', 'ANA  MARKOVIĆ 99']) {
      expect(containsOwnerName(p, ana), p).toBe(true);
    }
    for (const p of ['ana is not enough', 'marković alone too', 'banana bread oven']) {
      expect(containsOwnerName(p, ana), p).toBe(false);
    }
  });

  it('gives zxcvbn the names whole and split into words', () => {
    expect(passwordUserInputs(ana)).toEqual([
      'ana.m',
      'Ana  Marković',
      'Safe House Belgrade',
      'ana',
      'Ana',
      'Marković',
      'Safe',
      'House',
      'Belgrade',
    ]);
  });

  it('loads zxcvbn once, and then rates with the owner’s words as guessable', async () => {
    const first = loadStrengthScorer();
    expect(loadStrengthScorer()).toBe(first);
    const score = await first;
    expect(loadedStrengthScorer()).toBe(score);
    expect(score('password1234', [])).toBeLessThan(MIN_PASSWORD_SCORE);
    expect(score('correct horse battery staple', [])).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    expect(score('safehousebelgrade', passwordUserInputs(ana))).toBeLessThan(score('safehousebelgrade', []));
    expect(passwordProblem('correct horse battery staple', ana, score)).toBeNull();
  });
});
