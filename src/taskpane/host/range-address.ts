/**
 * Parses the range addresses users type or Excel reports (`B2:B145`, `Sheet1!B2:B145`,
 * `'示例 话务量'!$B$2:$B$145`) into a sheet name and a 0-based range.
 */
import type { RangeRef } from "../../sheets/spec";

export interface ParsedAddress {
  /** Sheet name without quotes, or undefined for "the active sheet". */
  sheet?: string;
  range: RangeRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

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
  // Excel's grid: 1 048 576 rows, 16 384 columns (XFD).
  if (row < 0 || row >= 1_048_576 || col >= 16_384) return undefined;
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

/** Number of rows × columns of a range. */
export function rangeSize(range: RangeRef): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}
