/**
 * The sheet spec: a workbook-neutral description of a worksheet. Generators (pure) build specs;
 * the two writers (`src/excel/` for the open workbook, `src/xlsx/` for a file) are the only code that turns them
 * into real sheets.
 *
 * Conventions every generator and writer follows:
 * - Rows and columns are 0-based (`row: 0, col: 0` is A1). Ranges are inclusive.
 * - Formulas are written without the leading "=", in A1 notation, with English function names and
 *   comma separators, exactly as the workbook writer's `range.formulas` takes them. Only native functions that
 *   also calculate in WPS and LibreOffice 7.4: no `CS.*`, LET, LAMBDA, XLOOKUP, FILTER, SEQUENCE,
 *   UNIQUE, SORT, XMATCH, and no structured table references (`Table1[@Score]`). The xlsx writer adds
 *   the `_xlfn.` prefix where the file format needs it.
 * - A formula refers to another generated sheet with the token `[[sheetId]]` in place of the
 *   sheet name (e.g. `SUM([[qaLog]]!F2:F500)`): writers replace it with the quoted name the sheet
 *   really got, since a writer never overwrites and may rename `质检记录` to `质检记录 (2)`.
 * - Dates and times are numbers: Excel serial days (`toSerialDate`) and day fractions, shown
 *   through a number format. No JS `Date` objects (time zones would shift them).
 * - Colours are "#RRGGBB".
 */

export type Scalar = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Border on all four sides. */
  border?: "thin" | "medium";
  /** Excel number format, e.g. "0.0%", "#,##0.00", "yyyy-mm-dd", "hh:mm". */
  numFmt?: string;
  /**
   * Input cells are `locked: false`; everything else stays locked when the sheet is protected.
   * Writers also give unlocked cells the input look if the generator set no fill.
   */
  locked?: boolean;
  /** Indent level (left-aligned text). */
  indent?: number;
}

export interface CellSpec {
  row: number;
  col: number;
  /** A constant. Ignored when `formula` is set. */
  value?: Scalar;
  /** A formula without the leading "=". */
  formula?: string;
  style?: CellStyle;
  /** A comment shown on hover (e.g. which plan cell a figure comes from). */
  note?: string;
  /** A hyperlink to a place inside the workbook, e.g. `[[statement]]!A1`. */
  link?: string;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ColumnSpec {
  index: number;
  /** Width in characters (Excel's unit). */
  width?: number;
  hidden?: boolean;
  /** Outline (grouping) level 1–7, for "columns grouped by hour". */
  outlineLevel?: number;
}

export interface RowSpec {
  index: number;
  /** Height in points. */
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
}

export type ValidationRule =
  /** A dropdown. `values` inline (no commas inside a value), or `source` a range formula such as `[[qaStandards]]!$B$4:$B$9`. */
  | { type: "list"; values: readonly string[] }
  | { type: "list"; source: string }
  | { type: "whole" | "decimal"; min?: number; max?: number }
  /** Serial dates; min/max are serial day numbers. */
  | { type: "date"; min?: number; max?: number }
  | { type: "time"; min?: number; max?: number }
  | { type: "textLength"; max: number };

export interface ValidationSpec {
  range: RangeRef;
  rule: ValidationRule;
  allowBlank?: boolean;
  /** Shown when the user types something else (title + message), in the sheet's locale. */
  errorTitle?: string;
  error?: string;
  /** Input help shown when the cell is selected. */
  prompt?: string;
}

export interface ConditionalStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export type ConditionalRule =
  /**
   * A formula written for the top-left cell of the range (relative refs shift as usual). Refer only
   * to the same sheet: the .xlsx format keeps conditional formats with references to other sheets
   * in an Excel 2010 extension that the .xlsx writer's library does not write (put such a value in a helper cell).
   */
  | { type: "expression"; formula: string }
  | {
      type: "cellIs";
      operator: "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "equal" | "notEqual" | "between";
      /** Formulas or constants, without "=". `between` takes two. */
      formulas: readonly string[];
    };

export interface ConditionalFormatSpec {
  range: RangeRef;
  rule: ConditionalRule;
  style: ConditionalStyle;
}

export interface TableColumnSpec {
  name: string;
  /**
   * A calculated column: the formula of the table's first data row, in A1 notation (no structured
   * references). Excel extends it to rows the user adds.
   */
  formula?: string;
}

/** An Excel table (ListObject). Its header row is `range.top`; writers fill headers from `columns`. */
export interface TableSpec {
  /** Must be a valid Excel name; writers make it unique in the workbook. */
  name: string;
  range: RangeRef;
  columns: readonly TableColumnSpec[];
  /** Built-in style, e.g. "TableStyleMedium2". */
  style?: string;
  showRowStripes?: boolean;
}

export interface PrintSpec {
  paper: "A4" | "A3";
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page width (height free). */
  fitToWidth?: boolean;
  /** Fit the whole print area on one page (a form that must print on one sheet of paper). */
  fitToPage?: boolean;
  /** Rows repeated on every printed page (e.g. header rows), 0-based inclusive. */
  repeatRows?: { first: number; last: number };
  /** Columns repeated on every printed page (e.g. names), 0-based inclusive. */
  repeatCols?: { first: number; last: number };
  /**
   * Print area; defaults to the used range. Several areas print one after another, each from a new
   * page: blocks that stand side by side on screen (a wide table and its narrow neighbour) print
   * at full size instead of shrunk together onto one page width.
   */
  area?: RangeRef | readonly RangeRef[];
  /** Print scale in percent, for a page that must not be fitted (keep ≥ 85: legible on A4). */
  scale?: number;
  /** A new page starts at each of these rows (0-based), e.g. at a block that must not begin at a page's foot. */
  pageBreakRows?: readonly number[];
  /** Header/footer text (centered), e.g. the form's title. */
  footer?: string;
}

export interface ChartSpec {
  type: "line" | "columnClustered" | "columnStacked" | "bar";
  title: string;
  /**
   * The data, including a header row/column for series names and categories. With `seriesBy:
   * "columns"` the first row names the series and the first column holds the categories (text,
   * or numbers shown in that column's number format); "rows" is the transpose.
   */
  source: RangeRef;
  seriesBy: "columns" | "rows";
  /** Where to place it: top-left cell and size in columns/rows. */
  anchor: { row: number; col: number; widthCols: number; heightRows: number };
}

export interface SheetSpec {
  /** Stable key used by `[[id]]` references, e.g. "qaLog". */
  id: string;
  /** Desired sheet name (≤ 31 chars, none of : \ / ? * [ ]); writers add " (2)" etc. when taken. */
  name: string;
  tabColor?: string;
  cells: CellSpec[];
  merges?: RangeRef[];
  columns?: ColumnSpec[];
  rows?: RowSpec[];
  /** Frozen rows at the top and columns at the left. */
  freeze?: { rows: number; cols: number };
  validations?: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  tables?: TableSpec[];
  print?: PrintSpec;
  /** Protect the sheet (no password): locked cells can't be edited, unlocked inputs can. */
  protect?: boolean;
  /** Charts: drawn by the workbook writer (src/excel), written as DrawingML parts by the .xlsx writer. */
  charts?: ChartSpec[];
  /** Hide the gridlines (forms). */
  hideGridlines?: boolean;
}

/** A set of sheets generated together (they may refer to each other with `[[id]]`). */
export interface WorkbookSpec {
  sheets: SheetSpec[];
}
