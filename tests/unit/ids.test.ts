import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Generator } from '../../electron/core/ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const msOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('has the UUID layout, version nibble 7 and variant bits 10', () => {
    for (let i = 0; i < 1000; i++) {
      const id = uuidv7();
      expect(id).toMatch(V7);
      expect(id[14]).toBe('7');
      expect(parseInt(id[19]!, 16) >> 2).toBe(0b10);
    }
  });

  it('carries the clock in milliseconds in its first 48 bits', () => {
    const at = Date.UTC(2026, 2, 10, 12, 0, 0, 123);
    const id = uuidv7Generator(() => at)();
    expect(msOf(id)).toBe(at);
    expect(id.slice(0, 13)).toBe(
      `${at.toString(16).padStart(12, '0').slice(0, 8)}-${at.toString(16).padStart(12, '0').slice(8)}`,
    );
    expect(msOf(uuidv7Generator(() => 0)())).toBe(0);
    expect(msOf(uuidv7Generator(() => 2 ** 48 - 1)())).toBe(2 ** 48 - 1);
  });

  it('sorts by time: an id made later sorts after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 10 ** 9 }), (t, gap) => {
        const a = uuidv7Generator(() => t)();
        const b = uuidv7Generator(() => t + gap)();
        expect(a < b).toBe(true);
      }),
    );
  });

  it('within one millisecond, and when the clock steps back, each id still sorts after the one before', () => {
    let now = 1_770_000_000_000;
    const next = uuidv7Generator(() => now);
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) ids.push(next());
    now -= 5_000; // a clock correction
    for (let i = 0; i < 10; i++) ids.push(next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(V7);
    expect(msOf(ids.at(-1)!)).toBe(1_770_000_000_000);
  });

  it('draws the random part afresh each new millisecond (no two runs alike)', () => {
    const ids = new Set(Array.from({ length: 200 }, (_, i) => uuidv7Generator(() => 1_770_000_000_000 + (i % 2))()));
    expect(ids.size).toBe(200);
  });
});
