/**
 * The first rows of a generated sheet as a small table (preview mode). Formula cells show the value
 * they calculate (the same cached values the .xlsx carries); their formula appears on hover and, for
 * the selected cell, in a formula line above the table.
 */
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatHoursMinutes } from "../../core/clock";
import { format } from "../../i18n/locale";
import type { CachedValue } from "../../sheets/evaluate";
import { a1, columnLetter, fromSerialDate, resolveSheetRefs, type CellSpec, type SheetSpec } from "../../sheets/spec";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { width: "max-content", minWidth: "100%" },
  rowHead: { width: "3em", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cell: { whiteSpace: "nowrap", minWidth: "4em", maxWidth: "14em", overflow: "hidden", textOverflow: "ellipsis", fontSize: tokens.fontSizeBase200 },
  formula: { fontStyle: "italic", cursor: "pointer" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  formulaLine: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export const PREVIEW_ROWS = 16;
export const PREVIEW_COLS = 8;

/** The computed value of a formula cell (0-based row and column), when known. */
export type PreviewValues = (row: number, col: number) => CachedValue | undefined;

/** `[[id]]` tokens as the sheet names really given (left as they are if an id is unknown). */
function showRefs(formula: string, sheetNames: ReadonlyMap<string, string>): string {
  try {
    return resolveSheetRefs(formula, sheetNames);
  } catch {
    return formula;
  }
}

/** A number through a cell's number format (roughly: times, dates, percents, decimals). */
function formatNumber(v: number, fmt: string): string {
  if (/h+\]?:mm/.test(fmt)) {
    // "[h]:mm" counts elapsed hours past 24; "hh:mm" is a time of day.
    const minutes = Math.round((fmt.includes("[h") ? v : v % 1) * 1440);
    return formatHoursMinutes(minutes);
  }
  if (/y+-m+-d+/.test(fmt)) {
    const d = fromSerialDate(v);
    return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  }
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  if (fmt.includes("%")) return `${(v * 100).toFixed(decimals)}%`;
  if (decimals > 0 && /0\.0/.test(fmt)) return v.toFixed(decimals);
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(Math.max(decimals, 2))));
}

/** The formula of a cell as Excel shows it ("=…", real sheet names), or undefined for a constant. */
export function shownFormula(cell: CellSpec, sheetNames?: ReadonlyMap<string, string>): string | undefined {
  return cell.formula === undefined ? undefined : `=${sheetNames ? showRefs(cell.formula, sheetNames) : cell.formula}`;
}

/**
 * A cell as the preview shows it: numbers through the cell's number format (roughly); a formula
 * as its computed value when `value` is given, else as "=…".
 */
export function displayCell(cell: CellSpec, sheetNames?: ReadonlyMap<string, string>, value?: CachedValue): string {
  const fmt = cell.style?.numFmt ?? "";
  if (cell.formula !== undefined) {
    if (value === undefined) return shownFormula(cell, sheetNames)!;
    if (typeof value === "object") return value.error;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return typeof value === "number" ? formatNumber(value, fmt) : value;
  }
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  return formatNumber(v, fmt);
}

/** One preview cell: what it shows and, for a formula, the formula. */
export interface PreviewCell {
  text: string;
  formula?: string;
}

/** The displayed grid of the first rows/columns of a spec (exported for tests). */
export function previewGrid(
  spec: SheetSpec,
  rows = PREVIEW_ROWS,
  cols = PREVIEW_COLS,
  sheetNames?: ReadonlyMap<string, string>,
  values?: PreviewValues,
): { grid: PreviewCell[][]; totalRows: number } {
  let lastRow = -1;
  const grid: PreviewCell[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ text: "" })));
  for (const cell of spec.cells) {
    const text = displayCell(cell, sheetNames, values?.(cell.row, cell.col));
    const formula = shownFormula(cell, sheetNames);
    if (text !== "" || formula !== undefined) lastRow = Math.max(lastRow, cell.row);
    const row = grid[cell.row];
    if (row && cell.col < cols) row[cell.col] = formula === undefined ? { text } : { text, formula };
  }
  const totalRows = lastRow + 1;
  return { grid: grid.slice(0, Math.min(rows, totalRows)), totalRows };
}

export function SheetPreview({
  spec,
  name,
  sheetNames,
  values,
}: {
  spec: SheetSpec;
  name: string;
  sheetNames: ReadonlyMap<string, string>;
  values?: PreviewValues;
}) {
  const styles = useStyles();
  const { text } = usePane();
  const [selected, setSelected] = useState<{ row: number; col: number }>();
  const { grid, totalRows } = previewGrid(spec, PREVIEW_ROWS, PREVIEW_COLS, sheetNames, values);
  const cols = grid.reduce((n, row) => Math.max(n, row.reduce((last, v, i) => (v.text !== "" || v.formula ? i + 1 : last), 0)), 0);
  const hasFormulas = grid.some((row) => row.slice(0, cols).some((v) => v.formula !== undefined));
  const selectedFormula = selected && grid[selected.row]?.[selected.col]?.formula;
  return (
    <section aria-label={format(text.common.firstRows, { name })}>
      <Caption1>{format(text.common.firstRows, { name })}</Caption1>
      {selected && selectedFormula && (
        <Caption1 as="p" className={styles.formulaLine} role="status">
          {format(text.common.formulaOf, { cell: a1(selected.row, selected.col), formula: selectedFormula })}
        </Caption1>
      )}
      {/* Focusable so the keyboard can scroll a table wider than the pane (axe: scrollable-region-focusable). */}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={format(text.common.firstRows, { name })}>
        <Table size="extra-small" aria-label={name} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.rowHead} />
              {Array.from({ length: cols }, (_v, c) => (
                <TableHeaderCell key={c} className={styles.cell}>
                  {columnLetter(c)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {grid.map((row, r) => (
              <TableRow key={r}>
                <TableCell className={styles.rowHead}>{r + 1}</TableCell>
                {row.slice(0, cols).map((v, c) => (
                  <TableCell
                    key={c}
                    className={mergeClasses(styles.cell, v.formula !== undefined && styles.formula, selected?.row === r && selected.col === c && styles.selected)}
                    title={v.formula ?? v.text}
                    {...(v.formula !== undefined
                      ? { tabIndex: 0, "aria-description": v.formula, onClick: () => setSelected({ row: r, col: c }), onFocus: () => setSelected({ row: r, col: c }) }
                      : {})}
                  >
                    {v.text}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {hasFormulas && <Caption1 as="p">{text.common.formulasNote}</Caption1>}
      {totalRows > grid.length && <Caption1>{format(text.common.moreRows, { shown: grid.length, total: totalRows })}</Caption1>}
      {(spec.charts ?? []).map((chart) => (
        <Caption1 key={chart.title} as="p">
          {format(text.common.chart, { title: chart.title })}
        </Caption1>
      ))}
    </section>
  );
}
