/**
 * Row heights for wrapped text. Writers cannot auto-fit rows (and Excel never auto-fits merged
 * cells), so generators estimate: CJK characters take two width units, others one.
 */

const LINE_HEIGHT_POINTS = 15;

/** Width units of a text as Excel's column-width unit roughly counts them. */
function widthUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 1;
  return units;
}

/** Lines a text wraps to in a cell `widthChars` wide (explicit line breaks respected). */
export function wrappedLines(text: string, widthChars: number): number {
  const usable = Math.max(1, widthChars - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(widthUnits(line) / usable)), 0);
}

/** Height in points for the tallest of several (text, width) pairs on one row. */
export function rowHeightFor(parts: ReadonlyArray<readonly [text: string, widthChars: number]>, minLines = 1): number {
  const lines = Math.max(minLines, ...parts.map(([t, w]) => wrappedLines(t, w)));
  return lines * LINE_HEIGHT_POINTS;
}

/** A text as a quoted formula string literal: `He said "hi"` → `"He said ""hi"""`. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
