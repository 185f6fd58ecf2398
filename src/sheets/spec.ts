/**
 * The sheet spec: a workbook-neutral description of a worksheet. Generators (pure) build specs;
 * writers (`src/excel/` with the Office JavaScript API, `src/xlsx/` with ExcelJS) are the only code that turns them
 * into real sheets.
 *
 * Conventions every generator and writer follows:
 * - Rows and columns are 0-based (`row: 0, col: 0` is A1). Ranges are inclusive.
 * - Formulas are written without the leading "=", in A1 notation, with English function names and
 *   comma separators, exactly as the Office API `range.formulas` takes them. Only native functions that
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
   * in an Excel 2010 extension that ExcelJS does not write (put such a value in a helper cell).
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
  /** Rows repeated on every printed page (e.g. header rows), 0-based inclusive. */
  repeatRows?: { first: number; last: number };
  /** Columns repeated on every printed page (e.g. names), 0-based inclusive. */
  repeatCols?: { first: number; last: number };
  /** Print area; defaults to the used range. */
  area?: RangeRef;
  /** Header/footer text (centered), e.g. the form's title. */
  footer?: string;
}

export interface ChartSpec {
  type: "line" | "columnClustered" | "columnStacked" | "bar";
  title: string;
  /** The data, including a header row/column for series names and categories. */
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
  /** Charts: written by the Excel (Office API) writer; the xlsx writer cannot draw them (ExcelJS) and skips them. */
  charts?: ChartSpec[];
  /** Hide the gridlines (forms). */
  hideGridlines?: boolean;
}

/** A set of sheets generated together (they may refer to each other with `[[id]]`). */
export interface WorkbookSpec {
  sheets: SheetSpec[];
}

export { toSerialDate, fromSerialDate } from "../core/serial-date";

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

/** The `[[id]]` token that writers replace with the real, quoted sheet name. */
export function sheetRef(id: string): string {
  return `[[${id}]]`;
}

/** Quotes a sheet name for a formula: 质检记录 (2) → '质检记录 (2)'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces every `[[id]]` token with the quoted actual sheet name; unknown ids are a programming error. */
export function resolveSheetRefs(formula: string, actualNames: ReadonlyMap<string, string>): string {
  return formula.replace(/\[\[([A-Za-z0-9_-]+)\]\]/g, (_whole, id: string) => {
    const name = actualNames.get(id);
    if (name === undefined) throw new Error(`Formula refers to unknown sheet id "${id}": ${formula}`);
    return quoteSheetName(name);
  });
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/**
 * The first free sheet name: `wanted`, else `wanted (2)`, `wanted (3)`… (case-insensitive, as Excel
 * compares), trimmed to Excel's 31 characters. Characters Excel forbids (: \ / ? * [ ]) become
 * spaces; a leading or trailing apostrophe is dropped; "History" is reserved by Excel.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const base =
    wanted
      .replace(INVALID_SHEET_CHARS, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31)
      .trim() || "Sheet";
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  used.add("history");
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The names every sheet of a batch will get, keyed by spec id: each spec's wanted name, made free
 * against `taken` (the workbook's existing sheets) and against the names given earlier in the batch.
 * Both writers use it, so `[[id]]` tokens resolve to the same names in Excel and in an .xlsx.
 *
 * @throws Error when two specs share an id (a programming mistake in a generator).
 */
export function planSheetNames(specs: readonly Pick<SheetSpec, "id" | "name">[], taken: Iterable<string>): Map<string, string> {
  const used = [...taken];
  const names = new Map<string, string>();
  for (const spec of specs) {
    if (names.has(spec.id)) throw new Error(`Two sheet specs share the id "${spec.id}"`);
    const name = freeSheetName(spec.name, used);
    used.push(name);
    names.set(spec.id, name);
  }
  return names;
}

/**
 * Applies `transform` to the parts of a formula that are code, leaving string literals ("…") and
 * quoted sheet names ('…') untouched, so rewrites never change text the user sees.
 */
export function mapFormulaCode(formula: string, transform: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      out += transform(code);
      code = "";
      // A quoted part ends at the next lone quote; a doubled quote is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + transform(code);
}

// A cell reference: optional $, 1–3 letters, optional $, row digits; not part of a longer name,
// not a function name (followed by "(") and not a sheet-qualified name's tail.
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])/g;

/**
 * Moves the relative row references of an A1 formula down by `rows` (as Excel does when a formula
 * is filled down): `B2*2` → `B5*2` for 3 rows; `$B$2` and `B$2` stay. Used to fill a table's
 * calculated column from the formula of its first data row.
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  return mapFormulaCode(formula, (code) =>
    code.replace(CELL_REF, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
      const n = Number(row);
      return `${colAbs}${col}${rowAbs}${rowAbs === "$" ? n : n + rows}`;
    }),
  );
}

/** Functions generated sheets must not use: unknown to LibreOffice 7.4, WPS or older Excel. */
export const UNSUPPORTED_FUNCTIONS: readonly string[] = [
  "LET", "LAMBDA", "XLOOKUP", "XMATCH", "FILTER", "SEQUENCE", "UNIQUE", "SORT", "SORTBY", "RANDARRAY",
  "TEXTSPLIT", "TEXTBEFORE", "TEXTAFTER", "VSTACK", "HSTACK", "TOCOL", "TOROW", "WRAPROWS", "WRAPCOLS",
  "TAKE", "DROP", "CHOOSECOLS", "CHOOSEROWS", "EXPAND", "MAP", "REDUCE", "SCAN", "MAKEARRAY", "BYROW", "BYCOL",
];

/** Names of the functions a formula calls, upper-case, in order of appearance (strings ignored). */
export function functionsIn(formula: string): string[] {
  const found: string[] = [];
  mapFormulaCode(formula, (code) => {
    for (const m of code.matchAll(/(?<![A-Za-z0-9_.])((?:_xlfn\.|_xlws\.)*[A-Za-z][A-Za-z0-9_.]*)\s*\(/g)) {
      found.push(m[1]!.replace(/^(?:_xlfn\.|_xlws\.)+/i, "").toUpperCase());
    }
    return code;
  });
  return found;
}

/**
 * Problems a writer or a generator test can report for a spec: formulas with a custom `CS.*`
 * function or a function in {@link UNSUPPORTED_FUNCTIONS}, a structured table reference, or a
 * conditional format that refers to another sheet.
 * Empty when the sheet only uses native functions that calculate in Excel, WPS and LibreOffice.
 */
export function unsupportedFormulaUses(spec: SheetSpec): string[] {
  const problems: string[] = [];
  const check = (where: string, formula: string): void => {
    for (const fn of functionsIn(formula)) {
      if (fn.startsWith("CS.") || UNSUPPORTED_FUNCTIONS.includes(fn)) problems.push(`${spec.id} ${where}: ${fn} in ${formula}`);
    }
    if (mapFormulaCode(formula, (code) => (/[A-Za-z_][A-Za-z0-9_.]*\[/.test(code) ? "\u0000" : "")).includes("\u0000")) {
      problems.push(`${spec.id} ${where}: structured reference in ${formula}`);
    }
  };
  for (const c of spec.cells) if (c.formula !== undefined) check(a1(c.row, c.col), c.formula);
  for (const t of spec.tables ?? []) for (const col of t.columns) if (col.formula !== undefined) check(`table ${t.name}`, col.formula);
  for (const cf of spec.conditionalFormats ?? []) {
    const formulas = cf.rule.type === "expression" ? [cf.rule.formula] : cf.rule.formulas;
    for (const f of formulas) {
      check(`conditional ${a1Range(cf.range)}`, f);
      if (mapFormulaCode(f, (code) => (/!|\[\[/.test(code) ? "\u0000" : "")).includes("\u0000")) {
        problems.push(`${spec.id} conditional ${a1Range(cf.range)}: refers to another sheet in ${f}`);
      }
    }
  }
  return problems;
}

/** Operator and bounds of a numeric/date/time/length validation, as both writers express them. */
export interface ValidationBounds {
  operator: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  formula1: number;
  formula2?: number;
}

/**
 * The bounds of a non-list validation rule. Missing bounds become open-ended operators; a rule with
 * neither bound accepts any number of that type (text length: up to `max`).
 */
export function validationBounds(rule: Exclude<ValidationRule, { type: "list" }>): ValidationBounds {
  const min = "min" in rule ? rule.min : undefined;
  const max = rule.max;
  if (min !== undefined && max !== undefined) return { operator: "between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formula1: min };
  if (max !== undefined) return { operator: "lessThanOrEqual", formula1: max };
  // Excel needs a bound: the widest one that still checks the type.
  return rule.type === "whole" || rule.type === "decimal"
    ? { operator: "between", formula1: -1e15, formula2: 1e15 }
    : { operator: "greaterThanOrEqual", formula1: 0 };
}

/**
 * A valid, unused Excel table name for `wanted`: letters, digits, "_" and "." (other characters
 * become "_"), starting with a letter or "_", not shaped like a cell reference (`QA1`, `R1C1`), and
 * unique case-insensitively among `taken` (`QaLog_2`).
 */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.\\\u00C0-\uFFFF]/g, "_");
  if (!/^[A-Za-z_\\\u00C0-\uFFFF]/.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `T_${base}`;
  base = base.slice(0, 250);
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A1 address of a range, or of its only cell: "B3:D9", "B3". */
export function a1Area(r: RangeRef): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : a1Range(r);
}
