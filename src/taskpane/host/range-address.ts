/**
 * Parses the range addresses users type or Excel reports (`B2:B145`, `Sheet1!B2:B145`,
 * `'示例 话务量'!$B$2:$B$145`) into a sheet name and a 0-based range.
 */
import type { RangeRef } from "../../sheets/spec";

export interface ParsedAddress {
  /** Sheet name without quotes, or undefined for "the active sheet". */
  sheet?: string;
  range: RangeRef;
  /** `B:B`, `A:C` or `3:5`: whole columns or rows, which readers trim to the sheet's used range. */
  whole?: "columns" | "rows";
}

/** Last row and column of Excel's grid, 0-based (1 048 576 rows, 16 384 columns: XFD). */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseCell(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  if (!m || !m[1] || !m[2]) return undefined;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || row > LAST_ROW || col > LAST_COL) return undefined;
  return { row, col };
}

/** The parsed address, or undefined when the text is not a single rectangular range. */
export function parseAddress(text: string): ParsedAddress | undefined {
  const trimmed = text.trim();
  let sheet: string | undefined;
  let rest = trimmed;
  const bang = trimmed.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = trimmed.slice(0, bang);
    rest = trimmed.slice(bang + 1);
    if (/^'.*'$/.test(rawSheet)) sheet = rawSheet.slice(1, -1).replace(/''/g, "'");
    else if (/^[^\s'!:\\/?*[\]]+$/.test(rawSheet)) sheet = rawSheet;
    else return undefined;
    if (!sheet) return undefined;
  }
  const parts = rest.split(":");
  if (parts.length > 2) return undefined;
  const lines = parts.length === 2 ? wholeLines(parts[0] ?? "", parts[1] ?? "") : undefined;
  if (lines) return sheet === undefined ? lines : { sheet, ...lines };
  const first = parseCell(parts[0] ?? "");
  const second = parts.length === 2 ? parseCell(parts[1] ?? "") : first;
  if (!first || !second) return undefined;
  const range: RangeRef = {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
  return sheet === undefined ? { range } : { sheet, range };
}

/** `B:D` (whole columns) or `3:5` (whole rows), or undefined. */
function wholeLines(a: string, b: string): Omit<ParsedAddress, "sheet"> | undefined {
  const [ca, cb] = [COLUMN.exec(a)?.[1], COLUMN.exec(b)?.[1]];
  if (ca && cb) {
    const [l, r] = [columnIndex(ca), columnIndex(cb)];
    if (l > LAST_COL || r > LAST_COL) return undefined;
    return { range: { top: 0, left: Math.min(l, r), bottom: LAST_ROW, right: Math.max(l, r) }, whole: "columns" };
  }
  const [ra, rb] = [ROW.exec(a)?.[1], ROW.exec(b)?.[1]];
  if (ra && rb) {
    const [t, u] = [Number(ra) - 1, Number(rb) - 1];
    if (t < 0 || u < 0 || t > LAST_ROW || u > LAST_ROW) return undefined;
    return { range: { top: Math.min(t, u), left: 0, bottom: Math.max(t, u), right: LAST_COL }, whole: "rows" };
  }
  return undefined;
}

/** Number of rows × columns of a range. */
export function rangeSize(range: RangeRef): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}
