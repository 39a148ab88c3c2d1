import { describe, expect, it } from 'vitest';
import { osIdleLockDue } from '../../electron/idle.ts';

describe('OS idle-time lock', () => {
  it('locks only after more than the idle-lock minutes without input anywhere on the computer', () => {
    expect(osIdleLockDue(299, 5)).toBe(false);
    expect(osIdleLockDue(300, 5)).toBe(false);
    expect(osIdleLockDue(301, 5)).toBe(true);
    expect(osIdleLockDue(61, 1)).toBe(true);
    expect(osIdleLockDue(3599, 60)).toBe(false);
  });

  it('does nothing while nobody is signed in, or on a nonsense reading', () => {
    expect(osIdleLockDue(100_000, null)).toBe(false);
    expect(osIdleLockDue(Number.NaN, 5)).toBe(false);
  });
});
