/**
 * What both writers derive from a spec the same way, written once: a table's real bottom row, the
 * cells of its calculated columns, the row layout (explicit heights, else heights fitted to wrapped
 * text), frozen panes, header/footer escaping and the list of print areas.
 */
import { fittedRowHeights } from "../row-heights";
import { shiftFormulaRows } from "./formula-text";
import type { PrintSpec, RangeRef, RowSpec, SheetSpec, TableSpec } from "./types";

/** The last row of a table: a table needs at least one data row below its header. */
export function tableBottom(t: TableSpec): number {
  return Math.max(t.range.bottom, t.range.top + 1);
}

/** One calculated column of a table, its formula in the writer's form, and that formula per data row. */
export interface CalculatedColumnCells {
  name: string;
  /** 0-based sheet column. */
  col: number;
  /** The first data row's formula, converted by the writer. */
  first: string;
  /** Every data row (0-based sheet row) with its formula filled down from `first`. */
  cells: { row: number; formula: string }[];
}

/**
 * The calculated columns of a table. The whole column holds the formula, as in Excel (other
 * content there would be an exception). `convert` turns a spec formula into the writer's form
 * before it is filled down, so sheet names in quotes are never shifted.
 */
export function calculatedColumns(t: TableSpec, convert: (specFormula: string) => string): CalculatedColumnCells[] {
  const out: CalculatedColumnCells[] = [];
  t.columns.forEach((column, j) => {
    if (column.formula === undefined) return;
    const first = convert(column.formula);
    const cells: CalculatedColumnCells["cells"] = [];
    for (let row = t.range.top + 1; row <= tableBottom(t); row++) cells.push({ row, formula: shiftFormulaRows(first, row - t.range.top - 1) });
    out.push({ name: column.name, col: t.range.left + j, first, cells });
  });
  return out;
}

/**
 * Every row a writer must set up: the generator's rows as given, plus a height for rows whose
 * wrapped text needs more than one line (writers cannot auto-fit). Sorted by row.
 */
export function rowLayout(spec: SheetSpec): RowSpec[] {
  const rows = new Map<number, RowSpec>();
  for (const [index, height] of fittedRowHeights(spec)) rows.set(index, { index, height });
  for (const row of spec.rows ?? []) {
    const prev = rows.get(row.index);
    rows.set(row.index, { ...prev, ...row, ...(row.height === undefined && prev?.height !== undefined ? { height: prev.height } : {}) });
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/** The deepest outline level among rows or columns (0 without grouping). */
export function maxOutlineLevel(items: readonly { outlineLevel?: number }[] | undefined): number {
  return Math.max(0, ...(items ?? []).map((x) => x.outlineLevel ?? 0));
}

/** Frozen rows and columns, or undefined when nothing is frozen. */
export function frozenPanes(freeze: SheetSpec["freeze"]): { rows: number; cols: number } | undefined {
  return freeze && (freeze.rows > 0 || freeze.cols > 0) ? { rows: freeze.rows, cols: freeze.cols } : undefined;
}

/** Header/footer text with Excel's codes escaped ("&" → "&&"). */
export function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The print areas as a list: none, one, or several (each printed from a new page). */
export function printAreas(area: PrintSpec["area"]): readonly RangeRef[] {
  if (area === undefined) return [];
  return "top" in area ? [area] : area;
}
