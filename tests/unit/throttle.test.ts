import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  FREE_FAILURES,
  INSTALL_CEILING,
  INSTALL_WINDOW_MS,
  LoginThrottle,
  MAX_NAMES,
  waitAfter,
} from '../../electron/core/vault/throttle.ts';
import { it } from '../fixtures/vault.ts';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60_000;

describe('waitAfter', () => {
  it('is free for the first 5 failures, then 30 s doubling, capped at one hour', () => {
    expect(FREE_FAILURES).toBe(5);
    expect([0, 1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map(waitAfter)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000,
    ]);
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

  const saved = () =>
    JSON.parse(readFileSync(file, 'utf8')) as { floor: number; names: Record<string, unknown>; recent: string[] };

  it('without a file allows a try and writes nothing until a failure', () => {
    const t = new LoginThrottle(file);
    expect(t.retryAt('ana', T0)).toBeNull();
    expect(t.retryAt(null, T0)).toBeNull();
    expect(t.succeeded('ana')).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('counts failures per name and sets retryAt from that name’s last one', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 4; i++) t.failed('ana', at(i * 1000));
    expect(t.retryAt('ana', at(4000))).toBeNull();
    t.failed('ana', at(5000)); // the 5th
    expect(t.retryAt('ana', at(5000))).toEqual(at(35_000));
    expect(t.retryAt('ana', at(34_999))).toEqual(at(35_000));
    expect(t.retryAt('ana', at(35_000))).toBeNull();
    t.failed('ana', at(35_000)); // the 6th
    expect(t.retryAt('ana', at(35_000))).toEqual(at(95_000));
    expect(saved().names).toEqual({ ana: { failures: 6, lastFailureAt: at(35_000).toISOString() } });
  });

  it('one name’s failures do not hold up another name, nor the install', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 8; i++) t.failed('ana', at(i));
    expect(t.retryAt('ana', at(8))).not.toBeNull();
    expect(t.retryAt('boris', at(8))).toBeNull();
    expect(t.retryAt(null, at(8))).toBeNull();
    t.failed('boris', at(9));
    expect(t.succeeded('boris')).toBe(1);
    expect(t.retryAt('ana', at(10))).not.toBeNull(); // boris's success left ana's count alone
  });

  it('persists: a new instance on the same file sees the same state', () => {
    const first = new LoginThrottle(file);
    for (let i = 0; i < 7; i++) first.failed('ana', at(i));
    const second = new LoginThrottle(file);
    expect(second.retryAt('ana', at(6))).toEqual(at(6 + waitAfter(7)));
  });

  it('a success resets that name and reports how many failures came before', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 6; i++) t.failed('ana', at(i));
    t.failed('boris', at(7));
    expect(t.succeeded('ana')).toBe(6);
    expect(t.retryAt('ana', at(7))).toBeNull();
    expect(new LoginThrottle(file).succeeded('ana')).toBe(0);
    expect(Object.keys(saved().names)).toEqual(['boris']);
  });

  describe('install ceiling', () => {
    it(`${INSTALL_CEILING} failures across different names within the window hold up every name`, () => {
      const t = new LoginThrottle(file);
      for (let i = 0; i < INSTALL_CEILING - 1; i++) t.failed(`name${i}`, at(i * 1000));
      expect(t.retryAt('ana', at(INSTALL_CEILING * 1000))).toBeNull();
      t.failed('last', at(INSTALL_CEILING * 1000));
      // Open again once the oldest of them has left the window.
      const reopens = at(INSTALL_WINDOW_MS);
      for (const who of ['ana', 'someone-new', null])
        expect(t.retryAt(who, at(INSTALL_CEILING * 1000))).toEqual(reopens);
      expect(t.retryAt('ana', at(INSTALL_WINDOW_MS))).toBeNull();
    });

    it('failures spread wider than the window never reach it', () => {
      const t = new LoginThrottle(file);
      const step = INSTALL_WINDOW_MS / (INSTALL_CEILING - 1) + 1;
      for (let i = 0; i < INSTALL_CEILING * 3; i++) {
        expect(t.retryAt(null, at(i * step))).toBeNull();
        t.failed(`name${i}`, at(i * step));
      }
      expect(saved().recent.length).toBeLessThanOrEqual(INSTALL_CEILING);
    });
  });

  it(`remembers at most ${MAX_NAMES} names, dropping the least-tried first`, () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 7; i++) t.failed('ana', at(i));
    // Spread out so that the install ceiling does not stop the flood first.
    for (let i = 0; i < MAX_NAMES * 2; i++) t.failed(`spray${i}`, at(HOUR * (i + 1)));
    const names = Object.keys(saved().names);
    expect(names).toHaveLength(MAX_NAMES);
    expect(names).toContain('ana');
    expect(names).toContain(`spray${MAX_NAMES * 2 - 1}`); // the newest is always kept
    expect(t.retryAt('ana', at(6))).toEqual(at(6 + waitAfter(7)));
  });

  it('a name like "constructor" is just a name', () => {
    const t = new LoginThrottle(file);
    expect(t.retryAt('constructor', T0)).toBeNull();
    for (let i = 0; i < 5; i++) t.failed('constructor', at(i));
    expect(t.retryAt('constructor', at(4))).toEqual(at(4 + 30_000));
    expect(t.succeeded('constructor')).toBe(5);
  });

  it('writes atomically: no temp files left behind', () => {
    const t = new LoginThrottle(file);
    for (let i = 0; i < 20; i++) t.failed('ana', at(i));
    t.succeeded('ana');
    expect(readdirSync(dir)).toEqual(['login-throttle.json']);
  });

  describe('a damaged file', () => {
    const damaged: [string, string][] = [
      ['garbage', '\u0000\u0001not json at all'],
      ['empty', ''],
      ['truncated', '{"version": 2, "floor": 0, "names": {"ana": {"fail'],
      ['wrong shape', '{"count": 0}'],
      ['the old one-counter format', '{"failures": 0, "lastFailureAt": null}'],
      [
        'negative count',
        '{"version": 2, "floor": 0, "names": {"ana": {"failures": -100, "lastFailureAt": null}}, "recent": []}',
      ],
      ['fractional floor', '{"version": 2, "floor": 0.5, "names": {}, "recent": []}'],
      [
        'count as a string',
        '{"version": 2, "floor": 0, "names": {"ana": {"failures": "0", "lastFailureAt": null}}, "recent": []}',
      ],
      ['an array', '[]'],
    ];

    it.each(damaged)('(%s) does not reset any counter: the next failure of any name already waits', (_name, text) => {
      writeFileSync(file, text);
      const t = new LoginThrottle(file);
      // Every name is read as FREE_FAILURES with no time: one try is allowed now …
      expect(t.retryAt('ana', T0)).toBeNull();
      // … and a single failure then costs the wait of the 6th, where a reset would have given 5 free ones.
      t.failed('ana', T0);
      expect(t.retryAt('ana', T0)).toEqual(at(waitAfter(FREE_FAILURES + 1)));
      // Still so for names not yet seen, after the file has been rewritten, and in a new instance.
      const again = new LoginThrottle(file);
      again.failed('boris', T0);
      expect(again.retryAt('boris', T0)).toEqual(at(waitAfter(FREE_FAILURES + 1)));
    });

    it('a success repairs that name only', () => {
      writeFileSync(file, 'garbage');
      const t = new LoginThrottle(file);
      expect(t.succeeded('ana')).toBe(FREE_FAILURES);
      expect(t.succeeded('ana')).toBe(0);
      t.failed('ana', T0);
      expect(t.retryAt('ana', T0)).toBeNull();
      t.failed('boris', T0);
      expect(t.retryAt('boris', T0)).not.toBeNull();
    });
  });
});
