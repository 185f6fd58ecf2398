/**
 * Row heights for wrapped text. Excel (and ExcelJS) don't grow a row to fit wrapped text written by
 * a program, so a two-line header would print cut in half. For every row the generator left without
 * a height, this estimates the lines its wrapped text needs from the column widths and sets a
 * height that shows them all. Rows with an explicit height are the generator's choice and stay.
 */
import type { CellSpec, SheetSpec } from "./spec";

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT_POINTS = 11;
/** Points per line of text at 11 pt (Excel's default row is 15 pt). */
const LINE_POINTS = 15;

/** Width of a text in Excel "characters": wide (CJK, full-width) glyphs count twice. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1;
  }
  return units;
}

/**
 * The column width (characters) a wrapped header needs so no word is broken mid-word
 * ("Attainmen|t"): its longest word, bold, plus the cell padding. CJK text breaks anywhere: 0.
 */
export function widthForWords(text: string): number {
  const longest = Math.max(0, ...text.split(/\s+/).filter((w) => !/[\u2e80-\ua4cf\uff00-\uff60]/.test(w)).map(textUnits));
  return longest === 0 ? 0 : Math.ceil(longest * 1.1 + 2);
}

/** Lines a text needs in a box `widthChars` wide (word wrap approximated by character count). */
export function linesNeeded(text: string, widthChars: number, fontPoints = DEFAULT_FONT_POINTS, bold = false): number {
  // Cell padding plus slack for word wrap breaking before the edge.
  const usable = Math.max(1, widthChars - 1.5);
  const scale = (fontPoints / DEFAULT_FONT_POINTS) * (bold ? 1.1 : 1);
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil((textUnits(line) * scale) / usable)), 0);
}

/** Heights (points) for rows without an explicit height whose wrapped text needs more than one line. */
export function fittedRowHeights(spec: SheetSpec): Map<number, number> {
  const width = new Map<number, number>();
  for (const c of spec.columns ?? []) if (c.width !== undefined) width.set(c.index, c.width);
  const colWidth = (col: number): number => width.get(col) ?? DEFAULT_WIDTH;
  const fixed = new Set((spec.rows ?? []).filter((r) => r.height !== undefined).map((r) => r.index));
  // A merge across columns of one row widens its text box; a merge over several rows has room already.
  const boxWidth = new Map<string, number | null>();
  for (const m of spec.merges ?? []) {
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += colWidth(c);
    boxWidth.set(`${m.top},${m.left}`, m.bottom > m.top ? null : w);
  }
  const heights = new Map<number, number>();
  const consider = (cell: CellSpec): void => {
    if (!cell.style?.wrap || typeof cell.value !== "string" || cell.formula !== undefined || fixed.has(cell.row)) return;
    const box = boxWidth.has(`${cell.row},${cell.col}`) ? boxWidth.get(`${cell.row},${cell.col}`) : colWidth(cell.col);
    if (box === null || box === undefined) return;
    const fontPoints = cell.style.fontSize ?? DEFAULT_FONT_POINTS;
    const lines = linesNeeded(cell.value, box, fontPoints, cell.style.bold ?? false);
    if (lines <= 1 && fontPoints <= DEFAULT_FONT_POINTS) return;
    const height = Math.ceil(lines * LINE_POINTS * (fontPoints / DEFAULT_FONT_POINTS) + 2);
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  };
  spec.cells.forEach(consider);
  return heights;
}

/**
 * Height in points for the tallest of several (text, width) pairs on one row, for generators that
 * set a row's height themselves (merged cells, which Excel never auto-fits).
 */
export function rowHeightFor(parts: ReadonlyArray<readonly [text: string, widthChars: number]>, minLines = 1): number {
  const lines = Math.max(minLines, ...parts.map(([text, width]) => linesNeeded(text, width)));
  return lines * LINE_POINTS;
}
