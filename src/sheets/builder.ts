/**
 * A small mutable helper for building {@link SheetSpec}s row by row, so generators read like the
 * sheet they describe. The spec it returns is plain data.
 *
 * @example
 * const b = new SheetBuilder("qaLog", "质检记录");
 * b.row(0, 0, ["日期", "客服"], STYLES.header);
 * b.input(1, 0, null, { numFmt: "yyyy-mm-dd" });
 * b.formula(1, 5, "IF(E2=\"\",\"\",E2*2)");
 * const spec = b.build();
 */
import type {
  CellSpec,
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  PrintSpec,
  RangeRef,
  Scalar,
  SheetSpec,
  TableSpec,
  ValidationSpec,
} from "./spec";
import { STYLES } from "./styles";

/** A value or a formula for one cell of a `row(...)` call. */
export type CellContent = Scalar | { formula: string };

export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly spec: Required<Pick<SheetSpec, "merges" | "columns" | "rows" | "validations" | "conditionalFormats" | "tables" | "charts">> &
    SheetSpec;

  constructor(id: string, name: string) {
    this.spec = { id, name, cells: [], merges: [], columns: [], rows: [], validations: [], conditionalFormats: [], tables: [], charts: [] };
  }

  /** Sets one cell (replacing what was there); style is merged over the existing style. */
  set(row: number, col: number, content: CellContent, style?: CellStyle, extra?: Pick<CellSpec, "note" | "link">): this {
    if (row < 0 || col < 0 || !Number.isInteger(row) || !Number.isInteger(col)) throw new Error(`Bad cell ${row},${col}`);
    const key = `${row},${col}`;
    const prev = this.cells.get(key);
    const cell: CellSpec = { row, col };
    if (content !== null && typeof content === "object") cell.formula = content.formula;
    else cell.value = content;
    const merged = { ...prev?.style, ...style };
    if (Object.keys(merged).length > 0) cell.style = merged;
    if (extra?.note !== undefined) cell.note = extra.note;
    if (extra?.link !== undefined) cell.link = extra.link;
    this.cells.set(key, cell);
    return this;
  }

  value(row: number, col: number, value: Scalar, style?: CellStyle): this {
    return this.set(row, col, value, style);
  }

  formula(row: number, col: number, formula: string, style?: CellStyle): this {
    return this.set(row, col, { formula }, style);
  }

  /** An unlocked input cell with the input look (and an optional starting value). */
  input(row: number, col: number, value: Scalar = null, style?: CellStyle): this {
    return this.set(row, col, value, { ...STYLES.input, ...style });
  }

  /** Writes values/formulas left to right from (row, col). */
  row(row: number, col: number, contents: readonly CellContent[], style?: CellStyle): this {
    contents.forEach((c, i) => this.set(row, col + i, c, style));
    return this;
  }

  /** Applies a style to every cell of a range (creating empty cells where needed). */
  style(range: RangeRef, style: CellStyle): this {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const existing = this.cells.get(`${r},${c}`);
        if (existing) existing.style = { ...existing.style, ...style };
        else this.set(r, c, null, style);
      }
    }
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.spec.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Column widths in characters, from `startCol` on. */
  widths(startCol: number, widths: readonly number[]): this {
    widths.forEach((width, i) => this.spec.columns.push({ index: startCol + i, width }));
    return this;
  }

  column(index: number, props: Omit<NonNullable<SheetSpec["columns"]>[number], "index">): this {
    this.spec.columns.push({ index, ...props });
    return this;
  }

  height(row: number, height: number): this {
    this.spec.rows.push({ index: row, height });
    return this;
  }

  validate(v: ValidationSpec): this {
    this.spec.validations.push(v);
    return this;
  }

  conditional(cf: ConditionalFormatSpec): this {
    this.spec.conditionalFormats.push(cf);
    return this;
  }

  table(t: TableSpec): this {
    this.spec.tables.push(t);
    return this;
  }

  chart(c: ChartSpec): this {
    this.spec.charts.push(c);
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.spec.freeze = { rows, cols };
    return this;
  }

  print(p: PrintSpec): this {
    this.spec.print = p;
    return this;
  }

  protect(on = true): this {
    this.spec.protect = on;
    return this;
  }

  tabColor(color: string): this {
    this.spec.tabColor = color;
    return this;
  }

  hideGridlines(on = true): this {
    this.spec.hideGridlines = on;
    return this;
  }

  /** The finished spec (cells in row-major order). */
  build(): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return { ...this.spec, cells };
  }
}
