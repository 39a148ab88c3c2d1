import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { FREE_FAILURES, LoginThrottle, waitAfter } from '../../electron/core/vault/throttle.ts';
import { it } from '../fixtures/vault.ts';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60_000;

describe('waitAfter', () => {
  it('is free for the first 5 failures, then 30 s doubling, capped at one hour', () => {
    expect(FREE_FAILURES).toBe(5);
    expect([0, 1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(waitAfter(12)).toBe(HOUR);
    expect(waitAfter(1000)).toBe(HOUR);
    expect(waitAfter(Number.MAX_SAFE_INTEGER)).toBe(HOUR);
  });

  it('property: never decreases, never exceeds an hour', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), (n) => {
        expect(waitAfter(n + 1)).toBeGreaterThanOrEqual(waitAfter(n));
        expect(waitAfter(n)).toBeLessThanOrEqual(HOUR);
        expect(waitAfter(n)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('LoginThrottle', () => {
  let dir: string;
  let file: string;
  it.beforeEach(({ dir: d }) => {
    dir = d;
    file = join(dir, 'login-throttle.json');
  });

  it('without a file allows a try and writes nothing until a failure', () => {
    const t = new LoginThrottle(file);
    expect(t.retryAt(T0)).toBeNull();
    expect(t.succeeded()).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('counts failures and sets retryAt from the last one', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 4; i++) t.failed(at(i * 1000));
    expect(t.retryAt(at(4000))).toBeNull();
    t.failed(at(5000)); // the 5th
    expect(t.retryAt(at(5000))).toEqual(at(35_000));
    expect(t.retryAt(at(34_999))).toEqual(at(35_000));
    expect(t.retryAt(at(35_000))).toBeNull();
    t.failed(at(35_000)); // the 6th
    expect(t.retryAt(at(35_000))).toEqual(at(95_000));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 6, lastFailureAt: at(35_000).toISOString() });
  });

  it('persists: a new instance on the same file sees the same state', () => {
    const first = new LoginThrottle(file);
    for (let i = 0; i < 7; i++) first.failed(at(i));
    const second = new LoginThrottle(file);
    expect(second.retryAt(at(6))).toEqual(at(6 + waitAfter(7)));
  });

  it('a success resets the counter and reports how many failures came before', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 6; i++) t.failed(at(i));
    expect(t.succeeded()).toBe(6);
    expect(t.retryAt(at(7))).toBeNull();
    expect(new LoginThrottle(file).succeeded()).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 0, lastFailureAt: null });
  });

  it('writes atomically: no temp files left behind', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 20; i++) t.failed(at(i));
    t.succeeded();
    expect(readdirSync(dir)).toEqual(['login-throttle.json']);
  });

  describe('a damaged file', () => {
    const damaged: [string, string][] = [
      ['garbage', '\u0000\u0001not json at all'],
      ['empty', ''],
      ['truncated', '{"failures": 3, "lastFail'],
      ['wrong shape', '{"count": 0}'],
      ['negative count', '{"failures": -100, "lastFailureAt": null}'],
      ['fractional count', '{"failures": 0.5, "lastFailureAt": null}'],
      ['count as a string', '{"failures": "0", "lastFailureAt": null}'],
      ['an array', '[]'],
    ];

    it.each(damaged)('(%s) does not reset the counter: the next failure already waits', (_name, text) => {
      writeFileSync(file, text);
      const t = new LoginThrottle(file);
      // Read as FREE_FAILURES with no time: one try is allowed now …
      expect(t.retryAt(T0)).toBeNull();
      // … and a single failure then costs the wait of the 6th, where a reset would have given 5 free ones.
      t.failed(T0);
      expect(t.retryAt(T0)).toEqual(at(waitAfter(FREE_FAILURES + 1)));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: FREE_FAILURES + 1, lastFailureAt: T0.toISOString() });
    });

    it('is repaired by a success', () => {
      writeFileSync(file, 'garbage');
      const t = new LoginThrottle(file);
      expect(t.succeeded()).toBe(FREE_FAILURES);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 0, lastFailureAt: null });
    });
  });
});
