/**
 * Groups cells into rectangles, so the Office.js writer sends one 2-D block (or one format call)
 * per rectangle instead of one per cell: a sheet of 5 000 cells in 40 aligned columns becomes a
 * handful of proxy calls.
 */
import type { RangeRef } from "../sheets/spec";

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Covers the given cells exactly with rectangles: runs of adjacent cells in a row, stacked while
 * the next row has a run with the same columns. Duplicates are ignored.
 *
 * @example groupRectangles([{row:0,col:0},{row:0,col:1},{row:1,col:0},{row:1,col:1}]) // → [A1:B2]
 */
export function groupRectangles(cells: readonly CellPosition[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangeRef[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && c.col <= last.right + 1) {
      last.right = Math.max(last.right, c.col);
    } else {
      runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
    }
  }
  // Stack runs: a run extends the open rectangle with the same columns that ended on the row above.
  const open = new Map<string, RangeRef>();
  const done: RangeRef[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const rect = open.get(key);
    if (rect && rect.bottom === run.top - 1) {
      rect.bottom = run.top;
    } else {
      if (rect) done.push(rect);
      open.set(key, { ...run });
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
