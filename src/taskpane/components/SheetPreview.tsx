/** The first rows of a generated sheet as a small table (preview mode), formulas shown as "=…". */
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { columnLetter, type SheetSpec } from "../../sheets/spec";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { whiteSpace: "nowrap", maxWidth: "14em", overflow: "hidden", textOverflow: "ellipsis", fontSize: tokens.fontSizeBase200 },
});

export const PREVIEW_ROWS = 16;
export const PREVIEW_COLS = 8;

/** The displayed grid of the first rows/columns of a spec (exported for tests). */
export function previewGrid(spec: SheetSpec, rows = PREVIEW_ROWS, cols = PREVIEW_COLS): { grid: string[][]; totalRows: number } {
  let lastRow = -1;
  const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  for (const cell of spec.cells) {
    const shown = cell.formula !== undefined ? `=${cell.formula}` : cell.value === null || cell.value === undefined ? "" : String(cell.value);
    if (shown !== "") lastRow = Math.max(lastRow, cell.row);
    const row = grid[cell.row];
    if (row && cell.col < cols) row[cell.col] = shown;
  }
  const totalRows = lastRow + 1;
  return { grid: grid.slice(0, Math.min(rows, totalRows)), totalRows };
}

export function SheetPreview({ spec, name }: { spec: SheetSpec; name: string }) {
  const styles = useStyles();
  const { text } = usePane();
  const { grid, totalRows } = previewGrid(spec);
  const cols = grid.reduce((n, row) => Math.max(n, row.reduce((last, v, i) => (v !== "" ? i + 1 : last), 0)), 0);
  return (
    <section aria-label={format(text.common.firstRows, { name })}>
      <Caption1>{format(text.common.firstRows, { name })}</Caption1>
      <div className={styles.scroller}>
        <Table size="extra-small" aria-label={name}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell} />
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
                <TableCell className={styles.cell}>{r + 1}</TableCell>
                {row.slice(0, cols).map((v, c) => (
                  <TableCell key={c} className={styles.cell} title={v}>
                    {v}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {totalRows > grid.length && <Caption1>{format(text.common.moreRows, { shown: grid.length, total: totalRows })}</Caption1>}
    </section>
  );
}
