/** A1 notation for 0-based cells and ranges. */
import type { RangeRef } from "./types";

/** 0-based column index → letters: 0 → "A", 27 → "AB". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell; `abs` gives "$B$3". */
export function a1(row: number, col: number, abs = false): string {
  const d = abs ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** A1 address of a range: "B3:D9". */
export function a1Range(r: RangeRef, abs = false): string {
  return `${a1(r.top, r.left, abs)}:${a1(r.bottom, r.right, abs)}`;
}

/** A1 address of a range, or of its only cell: "B3:D9", "B3". */
export function a1Area(r: RangeRef): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : a1Range(r);
}
