// Small-cell suppression of the donor figures, in the core so that a small count never leaves it.
//
// The reader's knowledge, which the rule defends against: the total of a breakdown (a number, or
// "<5" meaning 1 to 4), each visible cell, that "<5" is 1 to 4, and that "*" is any count from 0
// to the total. A withheld cell is "worked out" when those facts leave it one possible value
// (one "<5" cell beside a shown total; two "<5" cells when total minus the rest is 2, or 8).
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

/** What a reader knows of a cell: the smallest and largest value it can hold. */
export function readerRange(cell: Cell, totalMax: number): [number, number] {
  if (typeof cell === 'number') return [cell, cell];
  return cell.suppressed === 'small' ? [1, SMALL_CELL - 1] : [0, totalMax];
}

/**
 * The values a reader can still give cell `i`, knowing the others and the total: an interval,
 * since every range is one. A cell is worked out when the interval is a single value.
 */
export function feasible(cells: Cell[], total: Cell, i: number, atLeast = false): [number, number] {
  const [tLo, tHi] = readerRange(total, Number.MAX_SAFE_INTEGER);
  // Where a person can count in several cells, the cells add up to at least the total: no upper bound.
  const sumHi = atLeast ? Number.MAX_SAFE_INTEGER : tHi;
  let othersLo = 0;
  let othersHi = 0;
  cells.forEach((c, k) => {
    if (k === i) return;
    const [lo, hi] = readerRange(c, tHi);
    othersLo += lo;
    othersHi += hi;
  });
  const [lo, hi] = readerRange(cells[i]!, tHi);
  return [Math.max(lo, tLo - othersHi), Math.min(hi, sumHi - othersLo)];
}

const workedOut = (cells: Cell[], total: Cell, atLeast: boolean): boolean =>
  cells.some((c, i) => {
    if (typeof c === 'number') return false;
    const [lo, hi] = feasible(cells, total, i, atLeast);
    return lo >= hi;
  });

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
