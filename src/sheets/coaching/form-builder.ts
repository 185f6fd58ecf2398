/**
 * A small layout helper for printed forms (A4 portrait, 8 equal columns): titles, section bands,
 * label/value pairs in merged blocks, large text boxes, bordered grids and check-lists. It keeps a
 * row cursor so each form reads top to bottom like the paper it replaces.
 */
import { SheetBuilder } from "../builder";
import type { CellStyle, RangeRef, SheetSpec, ValidationRule } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { DATE_RANGE } from "../qa/qa-layout";
import { rowHeightFor } from "../row-heights";

export const FORM_COLUMNS = 8;
const COLUMN_WIDTH = 11.5;
const LAST = FORM_COLUMNS - 1;

/** What an input cell accepts. */
export type FieldKind = "text" | "date" | "time" | "number" | { list: readonly string[] };

export interface FormTexts {
  dateError: string;
  timeError: string;
  listError: string;
  errorTitle: string;
}

export class FormBuilder {
  readonly b: SheetBuilder;
  /** The next free row. */
  row = 0;

  constructor(
    id: string,
    name: string,
    private readonly texts: FormTexts,
  ) {
    this.b = new SheetBuilder(id, name);
    this.b.widths(0, Array.from({ length: FORM_COLUMNS }, () => COLUMN_WIDTH));
    this.b.hideGridlines();
  }

  title(title: string, subtitle: string): this {
    this.b.value(this.row, 0, title, { ...STYLES.title, hAlign: "center" }).merge(this.row, 0, this.row, LAST);
    this.b.height(this.row, 28);
    this.row++;
    this.b.value(this.row, 0, subtitle, { ...STYLES.subtitle, hAlign: "center", wrap: true }).merge(this.row, 0, this.row, LAST);
    this.b.height(this.row, rowHeightFor([[subtitle, COLUMN_WIDTH * FORM_COLUMNS]]));
    this.row += 2;
    return this;
  }

  /** A full-width section band. */
  section(text: string): this {
    this.b.value(this.row, 0, text, STYLES.header).merge(this.row, 0, this.row, LAST);
    this.b.style(this.band(this.row), { ...STYLES.header, hAlign: "left", indent: 1 });
    this.b.height(this.row, 20);
    this.row++;
    return this;
  }

  /** A line of help text across the form. */
  note(text: string): this {
    this.b.value(this.row, 0, text, STYLES.note).merge(this.row, 0, this.row, LAST);
    this.b.height(this.row, rowHeightFor([[text, COLUMN_WIDTH * FORM_COLUMNS]]));
    this.row++;
    return this;
  }

  /**
   * Label/value pairs, two per row: label (2 columns) then value (2 columns). Returns the value
   * cells' (row, col), in order.
   */
  fields(pairs: ReadonlyArray<readonly [label: string, kind: FieldKind, value?: string | number | null]>): Array<{ row: number; col: number }> {
    const cells: Array<{ row: number; col: number }> = [];
    pairs.forEach(([label, kind, value], i) => {
      const row = this.row + Math.floor(i / 2);
      const col = (i % 2) * 4;
      this.b.value(row, col, label, STYLES.label).merge(row, col, row, col + 1);
      this.b.style({ top: row, left: col, bottom: row, right: col + 1 }, STYLES.label);
      this.inputBlock({ top: row, left: col + 2, bottom: row, right: col + 3 }, kind, value ?? null);
      this.b.height(row, 22);
      cells.push({ row, col: col + 2 });
    });
    this.row += Math.ceil(pairs.length / 2);
    return cells;
  }

  /** A label over a full-width input box `lines` rows tall. */
  textBox(label: string, lines: number): { row: number; col: number } {
    this.b.value(this.row, 0, label, STYLES.label).merge(this.row, 0, this.row, LAST);
    this.b.style(this.band(this.row), STYLES.label);
    this.row++;
    const box = { top: this.row, left: 0, bottom: this.row + lines - 1, right: LAST };
    this.inputBlock(box, "text", null);
    for (let r = box.top; r <= box.bottom; r++) this.b.height(r, 18);
    this.row = box.bottom + 1;
    return { row: box.top, col: 0 };
  }

  /**
   * A bordered grid: a header row, then `rows` input rows. Each column spans `span` form columns;
   * `fixed` gives a row's fixed first cells (e.g. the STAR letters) instead of inputs.
   * Returns the 0-based first data row.
   */
  grid(
    columns: ReadonlyArray<{ header: string; span: number; kind?: FieldKind; fixedStyle?: CellStyle }>,
    rows: number,
    fixed: ReadonlyArray<ReadonlyArray<string | number | { formula: string } | null | undefined>> = [],
    /** Values the input cells open with (still editable), by row and column. */
    prefill: ReadonlyArray<ReadonlyArray<string | number | null | undefined>> = [],
  ): number {
    const headerRow = this.row;
    let col = 0;
    for (const c of columns) {
      this.b.value(headerRow, col, c.header, STYLES.subHeader);
      this.b.style({ top: headerRow, left: col, bottom: headerRow, right: col + c.span - 1 }, { ...STYLES.subHeader, hAlign: "center" });
      if (c.span > 1) this.b.merge(headerRow, col, headerRow, col + c.span - 1);
      col += c.span;
    }
    this.b.height(headerRow, 30);
    const first = headerRow + 1;
    for (let i = 0; i < rows; i++) {
      const r = first + i;
      let heightText: Array<readonly [string, number]> = [];
      col = 0;
      columns.forEach((c, j) => {
        const area = { top: r, left: col, bottom: r, right: col + c.span - 1 };
        const given = fixed[i]?.[j];
        if (given !== undefined && given !== null) {
          const style: CellStyle = { border: "thin", vAlign: "middle", wrap: true, ...c.fixedStyle };
          if (typeof given === "object") this.b.formula(r, col, given.formula, { ...STYLES.computed, ...style });
          else this.b.value(r, col, given, style);
          this.b.style(area, { border: "thin" });
          if (c.span > 1) this.b.merge(r, col, r, col + c.span - 1);
          if (typeof given === "string") heightText.push([given, COLUMN_WIDTH * c.span]);
        } else {
          const value = prefill[i]?.[j] ?? null;
          this.inputBlock(area, c.kind ?? "text", value);
          if (typeof value === "string") heightText.push([value, COLUMN_WIDTH * c.span]);
        }
        col += c.span;
      });
      this.b.height(r, Math.max(24, rowHeightFor(heightText)));
      heightText = [];
    }
    this.row = first + rows;
    return first;
  }

  /**
   * Lines of text computed by formulas (e.g. talking points that follow the chosen category);
   * `longest[i]` is the longest text line i can show, for its height.
   */
  formulaLines(formulas: readonly string[], longest: readonly string[] = []): number {
    const first = this.row;
    formulas.forEach((f, i) => {
      const r = first + i;
      this.b.formula(r, 0, f, { wrap: true, vAlign: "top", border: "thin", fill: COLORS.formulaFill });
      this.b.style({ top: r, left: 0, bottom: r, right: LAST }, { border: "thin", fill: COLORS.formulaFill });
      this.b.merge(r, 0, r, LAST);
      this.b.height(r, rowHeightFor([[longest[i] ?? "", COLUMN_WIDTH * FORM_COLUMNS]]) + 4);
    });
    this.row += formulas.length;
    return first;
  }

  /** Blank spacer rows. */
  gap(rows = 1): this {
    this.row += rows;
    return this;
  }

  /** Finishes the form: A4 portrait, fit to one page width, protected (inputs stay editable). */
  build(footer: string): SheetSpec {
    this.b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, area: { top: 0, left: 0, bottom: Math.max(0, this.row - 1), right: LAST }, footer });
    this.b.protect();
    return this.b.build();
  }

  private band(row: number): RangeRef {
    return { top: row, left: 0, bottom: row, right: LAST };
  }

  /** Styles `area` as one input (merged when wider than a cell) and adds its validation. */
  private inputBlock(area: RangeRef, kind: FieldKind, value: string | number | null): void {
    const numFmt = kind === "date" ? FORMATS.date : kind === "time" ? FORMATS.time : undefined;
    // One-line fields centre vertically; multi-line boxes write from the top.
    const vAlign = area.bottom > area.top ? "top" : "middle";
    this.b.input(area.top, area.left, value, { vAlign, ...(numFmt ? { numFmt } : {}) });
    this.b.style(area, { ...STYLES.input, vAlign, ...(numFmt ? { numFmt } : {}) });
    if (area.right > area.left || area.bottom > area.top) this.b.merge(area.top, area.left, area.bottom, area.right);
    const rule = this.ruleFor(kind);
    if (rule) {
      const { errorTitle } = this.texts;
      const error = kind === "date" ? this.texts.dateError : kind === "time" ? this.texts.timeError : this.texts.listError;
      this.b.validate({ range: { top: area.top, left: area.left, bottom: area.top, right: area.left }, rule, allowBlank: true, errorTitle, error });
    }
  }

  private ruleFor(kind: FieldKind): ValidationRule | null {
    if (kind === "date") return { type: "date", ...DATE_RANGE };
    if (kind === "time") return { type: "time", min: 0, max: 0.999988 };
    if (kind === "number") return { type: "decimal", min: 0 };
    if (typeof kind === "object") return { type: "list", values: kind.list };
    return null;
  }
}
