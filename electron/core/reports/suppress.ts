// Small-cell suppression of the donor figures, in the core so that a small count never leaves it.
//
// The reader's knowledge, which the rule defends against: the total of a breakdown (a number, or
// "<5" meaning 1 to 4), each visible cell, that "<5" is 1 to 4, and that "*" beside a "<5" is 0 or
// at least 5 (it is not a small count, or it would read "<5"); in a breakdown withheld whole (all
// "*", no "<5") a "*" can be anything up to the total. A withheld cell is "worked out" when those
// facts leave it one possible value (one "<5" beside a shown total; two "<5" when total minus the
// rest is 2 or 8; "<5" and "*" making 6).
//
// The rule (primary suppression with complementary cells, as statistics offices publish tables):
// 1. every count from 1 to 4 is "<5";
// 2. while a withheld cell can be worked out, also withhold the smallest visible cell, non-zero
//    cells first, as "*";
// 3. if one still can be (all cells withheld, e.g. 4 and 4 with a total of 8), the whole
//    breakdown is "*".
import { SMALL_CELL, type Cell } from '../../../shared/donors.ts';

const SMALL: Cell = { suppressed: 'small' };
const SECONDARY: Cell = { suppressed: 'secondary' };

/** A count on its own (no total beside it): 1 to 4 become "<5". */
export function primary(n: number): Cell {
  return n > 0 && n < SMALL_CELL ? SMALL : n;
}

type Range = readonly [number, number];

/** What a reader knows of a cell: the ranges of values it can hold, up to `max`. */
function readerRanges(cell: Cell, max: number, besideSmall: boolean): Range[] {
  if (typeof cell === 'number') return [[cell, cell]];
  if (cell.suppressed === 'small') return [[1, SMALL_CELL - 1]];
  return besideSmall
    ? [
        [0, 0],
        [SMALL_CELL, max],
      ]
    : [[0, max]];
}

/** Sums 0…max the cells other than `skip` can add up to, by dynamic programming over ranges. */
function reachableSums(ranges: Range[][], skip: number, max: number): boolean[] {
  let sums = Array.from({ length: max + 1 }, (_, s) => s === 0);
  ranges.forEach((rs, k) => {
    if (k === skip) return;
    // prefix[s] = how many reachable sums lie below s, so "any reachable in [a, b]" is one subtraction.
    const prefix = [0];
    sums.forEach((ok, s) => prefix.push(prefix[s]! + (ok ? 1 : 0)));
    sums = sums.map((_, s) =>
      rs.some(([lo, hi]) => {
        const a = Math.max(0, s - hi);
        const b = s - lo;
        return b >= a && prefix[b + 1]! - prefix[a]! > 0;
      }),
    );
  });
  return sums;
}

/** Whether the reader's facts leave cell `i` at most one possible value. */
function pinned(cells: Cell[], total: Cell, i: number, atLeast: boolean): boolean {
  const totals = typeof total === 'number' ? [total] : [1, 2, 3, 4];
  const max = Math.max(...totals);
  const besideSmall = cells.some((c) => typeof c !== 'number' && c.suppressed === 'small');
  const ranges = cells.map((c) => readerRanges(c, max, besideSmall));
  const possible = new Set<number>();
  if (atLeast) {
    // A person counts at most once in a cell, and the cells add up to at least the total.
    const othersMax = ranges.reduce((sum, rs, k) => (k === i ? sum : sum + Math.max(...rs.map((r) => r[1]))), 0);
    for (const [lo, hi] of ranges[i]!)
      for (let v = Math.max(lo, Math.min(...totals) - othersMax); v <= Math.min(hi, max) && possible.size < 2; v++)
        possible.add(v);
    return possible.size < 2;
  }
  const others = reachableSums(ranges, i, max);
  for (const t of totals)
    for (const [lo, hi] of ranges[i]!)
      for (let v = lo; v <= Math.min(hi, t) && possible.size < 2; v++) if (others[t - v]) possible.add(v);
  return possible.size < 2;
}

const workedOut = (cells: Cell[], total: Cell, atLeast: boolean): boolean =>
  cells.some((c, i) => typeof c !== 'number' && pinned(cells, total, i, atLeast));

/**
 * A breakdown whose cells add up to `total` (with `atLeast`, a breakdown where a person can count
 * in several cells: they add up to at least the total), suppressed so that no withheld cell can be
 * worked out from the total and the visible cells.
 */
export function suppressBreakdown(counts: readonly number[], total: number, { atLeast = false } = {}): Cell[] {
  const totalCell = primary(total);
  const cells = counts.map(primary);
  while (workedOut(cells, totalCell, atLeast)) {
    let pick = -1;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k];
      if (typeof c !== 'number') continue;
      const better = pick === -1 || (c !== 0 && (counts[pick] === 0 || c < counts[pick]!));
      if (better) pick = k;
    }
    if (pick === -1) return counts.map(() => SECONDARY);
    cells[pick] = SECONDARY;
  }
  return cells;
}
