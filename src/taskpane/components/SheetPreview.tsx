/** The first rows of a generated sheet as a small table (preview mode), formulas shown as "=…". */
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatHoursMinutes } from "../../core/clock";
import { format } from "../../i18n/locale";
import { columnLetter, fromSerialDate, resolveSheetRefs, type CellSpec, type SheetSpec } from "../../sheets/spec";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { width: "max-content", minWidth: "100%" },
  rowHead: { width: "3em", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cell: { whiteSpace: "nowrap", minWidth: "4em", maxWidth: "14em", overflow: "hidden", textOverflow: "ellipsis", fontSize: tokens.fontSizeBase200 },
  // A formula can't be calculated here: show it muted so it doesn't read as a value.
  formula: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

export const PREVIEW_ROWS = 16;
export const PREVIEW_COLS = 8;

/** `[[id]]` tokens as the sheet names really given (left as they are if an id is unknown). */
function showRefs(formula: string, sheetNames: ReadonlyMap<string, string>): string {
  try {
    return resolveSheetRefs(formula, sheetNames);
  } catch {
    return formula;
  }
}

/** A cell as the preview shows it: formulas as "=…", numbers through the cell's number format (roughly). */
export function displayCell(cell: CellSpec, sheetNames?: ReadonlyMap<string, string>): string {
  if (cell.formula !== undefined) return `=${sheetNames ? showRefs(cell.formula, sheetNames) : cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  const fmt = cell.style?.numFmt ?? "";
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
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(Math.max(decimals, 2))));
}

/** The displayed grid of the first rows/columns of a spec (exported for tests). */
export function previewGrid(
  spec: SheetSpec,
  rows = PREVIEW_ROWS,
  cols = PREVIEW_COLS,
  sheetNames?: ReadonlyMap<string, string>,
): { grid: string[][]; totalRows: number } {
  let lastRow = -1;
  const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  for (const cell of spec.cells) {
    const shown = displayCell(cell, sheetNames);
    if (shown !== "") lastRow = Math.max(lastRow, cell.row);
    const row = grid[cell.row];
    if (row && cell.col < cols) row[cell.col] = shown;
  }
  const totalRows = lastRow + 1;
  return { grid: grid.slice(0, Math.min(rows, totalRows)), totalRows };
}

export function SheetPreview({ spec, name, sheetNames }: { spec: SheetSpec; name: string; sheetNames: ReadonlyMap<string, string> }) {
  const styles = useStyles();
  const { text } = usePane();
  const { grid, totalRows } = previewGrid(spec, PREVIEW_ROWS, PREVIEW_COLS, sheetNames);
  const cols = grid.reduce((n, row) => Math.max(n, row.reduce((last, v, i) => (v !== "" ? i + 1 : last), 0)), 0);
  const isFormula = (v: string) => v.startsWith("=");
  const hasFormulas = grid.some((row) => row.slice(0, cols).some(isFormula));
  return (
    <section aria-label={format(text.common.firstRows, { name })}>
      <Caption1>{format(text.common.firstRows, { name })}</Caption1>
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
                  <TableCell key={c} className={mergeClasses(styles.cell, isFormula(v) && styles.formula)} title={v}>
                    {v}
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
