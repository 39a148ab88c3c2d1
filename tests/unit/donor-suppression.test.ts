// Small-cell suppression of the donor figures: no count from 1 to 4 is shown, and no withheld cell
// can be worked out from the total and the visible cells (issue 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primary, suppressBreakdown } from '../../electron/core/reports/suppress.ts';
import { cellText, type Cell } from '../../shared/donors.ts';

const text = (cells: Cell[]) => cells.map(cellText);

/**
 * What a reader can work out, computed by brute force (independently of suppress.ts): every value
 * each withheld cell can take, given the shown total ("<5" = 1…4), the visible cells, "<5" = 1…4
 * and "*" = 0…total, but never 1…4 beside a "<5" (a small count would read "<5").
 */
function starOptions(cells: Cell[], max: number): number[] {
  const besideSmall = cells.some((c) => typeof c !== 'number' && c.suppressed === 'small');
  return Array.from({ length: max + 1 }, (_, k) => k).filter((k) => !besideSmall || k === 0 || k >= 5);
}

function possibleValues(cells: Cell[], total: Cell): Set<number>[] {
  const totals = typeof total === 'number' ? [total] : [1, 2, 3, 4];
  const max = Math.max(...totals);
  const options = cells.map((c) =>
    typeof c === 'number' ? [c] : c.suppressed === 'small' ? [1, 2, 3, 4] : starOptions(cells, max),
  );
  // The sums the other cells can reach, by dynamic programming over their options.
  const reachable = (skip: number): boolean[] => {
    let sums = Array.from({ length: max + 1 }, (_, s) => s === 0);
    options.forEach((opts, k) => {
      if (k === skip) return;
      const next = sums.map(() => false);
      sums.forEach((ok, s) => {
        if (ok) for (const v of opts) if (s + v <= max) next[s + v] = true;
      });
      sums = next;
    });
    return sums;
  };
  return options.map((opts, i) => {
    const others = reachable(i);
    return new Set(opts.filter((v) => totals.some((t) => t - v >= 0 && others[t - v])));
  });
}

describe('suppression of one breakdown', () => {
  it('shows 0 as 0 and counts of 5 and more as they are', () => {
    expect(suppressBreakdown([0, 5, 12, 0], 17)).toEqual([0, 5, 12, 0]);
    expect(primary(0)).toBe(0);
    expect(primary(4)).toEqual({ suppressed: 'small' });
    expect(primary(5)).toBe(5);
  });

  it('the subtraction case: one small cell beside a total also hides the next-smallest cell', () => {
    // Without the second cell, 20 − 12 − 5 = 3 would give the small one away.
    const cells = suppressBreakdown([12, 3, 5, 0], 20);
    expect(text(cells)).toEqual(['12', '<5', '*', '0']);
    expect(possibleValues(cells, 20)[1]!.size).toBeGreaterThan(1);
  });

  it('two small cells that must be 1 each (total minus the rest is 2) are not left alone', () => {
    const cells = suppressBreakdown([20, 1, 1], 22);
    expect(text(cells)).toEqual(['*', '<5', '<5']);
    const seen = possibleValues(cells, 22);
    expect(seen[1]!.size).toBeGreaterThan(1);
    expect(seen[2]!.size).toBeGreaterThan(1);
  });

  it('two small cells adding up to 8 hide a zero cell, or the whole breakdown when there is none', () => {
    expect(text(suppressBreakdown([4, 4, 0], 8))).toEqual(['<5', '<5', '*']);
    expect(text(suppressBreakdown([4, 4], 8))).toEqual(['*', '*']);
  });

  it('a "*" beside a "<5" is known not to be 1 to 4: "<5" and "*" making 6 would give 1 and 5 away', () => {
    const cells = suppressBreakdown([1, 5], 6);
    expect(text(cells)).toEqual(['*', '*']);
    expect(possibleValues(cells, 6)[0]!.size).toBeGreaterThan(1);
    expect(text(suppressBreakdown([1, 5, 9], 15))).toEqual(['<5', '*', '*']);
  });

  it('a total under 5 is itself "<5"; four people in four cells cannot each be shown as 1', () => {
    expect(text(suppressBreakdown([3, 0, 0], 3))).toEqual(['<5', '0', '0']);
    expect(text(suppressBreakdown([1, 1, 1, 1], 4))).toEqual(['*', '*', '*', '*']);
  });

  it('property: for random counts, no withheld cell can be recovered from the total and the visible cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 2,
          maxLength: 6,
        }),
        (counts) => {
          const total = counts.reduce((a, b) => a + b, 0);
          const cells = suppressBreakdown(counts, total);
          const totalCell = primary(total);
          expect(cells).toHaveLength(counts.length);
          cells.forEach((c, i) => {
            if (typeof c === 'number') {
              expect(c).toBe(counts[i]); // what is shown is true
              expect(c === 0 || c >= 5).toBe(true);
            } else if (c.suppressed === 'small') {
              expect(counts[i]).toBeGreaterThanOrEqual(1);
              expect(counts[i]).toBeLessThanOrEqual(4);
            }
          });
          // The simple subtraction: total minus the visible cells is never one withheld cell's value.
          const hidden = cells.filter((c) => typeof c !== 'number').length;
          if (typeof totalCell === 'number') expect(hidden === 0 || hidden >= 2).toBe(true);
          // And nothing else a reader knows pins a withheld cell down.
          const seen = possibleValues(cells, totalCell);
          cells.forEach((c, i) => {
            if (typeof c !== 'number') expect(seen[i]!.size, `cell ${i} of ${counts.join(',')}`).toBeGreaterThan(1);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: where a person counts in several cells (forms of exploitation), no withheld cell is pinned either', () => {
    const FORMS = 5;
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.nat(FORMS - 1), { minLength: 1, maxLength: FORMS }), {
          minLength: 0,
          maxLength: 20,
        }),
        (people) => {
          const counts = Array.from({ length: FORMS }, (_, f) => people.filter((p) => p.includes(f)).length);
          const n = people.length;
          const cells = suppressBreakdown(counts, n, { atLeast: true });
          const total = primary(n);
          const [tLo] = typeof total === 'number' ? [total] : [1];
          const tHi = typeof total === 'number' ? total : 4;
          // The reader's facts: every cell is at most the number of people, and together they are at least it.
          const options = cells.map((c) =>
            typeof c === 'number' ? [c] : c.suppressed === 'small' ? [1, 2, 3, 4] : starOptions(cells, tHi),
          );
          cells.forEach((c, i) => {
            if (typeof c === 'number') {
              expect(c).toBe(counts[i]);
              expect(c === 0 || c >= 5).toBe(true);
              return;
            }
            const othersMax = options.reduce((a, o, k) => (k === i ? a : a + Math.max(...o)), 0);
            const possible = options[i]!.filter((v) => v + othersMax >= tLo);
            expect(possible.length, `cell ${i} of ${counts.join(',')} (${n} people)`).toBeGreaterThan(1);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
