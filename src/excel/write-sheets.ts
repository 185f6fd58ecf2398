/**
 * Writes {@link SheetSpec}s into the open workbook through Office.js.
 *
 * - Never overwrites or deletes a user's sheet: names already taken get " (2)", " (3)"….
 * - Few round trips: one `sync()` to read the existing names, then one per sheet (more only for
 *   sheets above {@link MAX_CELLS_PER_SYNC} cells), whatever the number of cells: values and
 *   formulas go as 2-D blocks per rectangle of filled cells, formats once per rectangle of equal style.
 * - Formulas take plain function names (`IFS`, not `_xlfn.IFS`); `[[id]]` tokens become the names
 *   the sheets really got.
 * - Needs ExcelApi 1.9 (page layout, print titles); notes use ExcelApi 1.18 when available, else
 *   comments (1.10).
 */
import {
  a1,
  a1Area,
  allHandled,
  calculatedColumns,
  escapeHeaderFooter,
  frozenPanes,
  rowLayout,
  tableBottom,
  visitSheet,
  type SheetHandlers,
  mapFormulaCode,
  columnLetter,
  freeTableName,
  planSheetNames,
  printAreas,
  resolveSheetRefs,
  validationBounds,
  type CellSpec,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormatSpec,
  type PrintSpec,
  type RangeRef,
  type Scalar,
  type SheetSpec,
  type ValidationSpec,
} from "../sheets/spec";
import { LocalizedError } from "../core/errors";
import { COLORS, effectiveStyle } from "../sheets/styles";
import { groupRectangles } from "./cell-blocks";

/** Cells written per `sync()` before the writer flushes, to stay under Office's request size limit. */
export const MAX_CELLS_PER_SYNC = 20_000;

export interface WriteSheetsOptions {
  /** Activate the first created sheet. @default true */
  activate?: boolean;
  /** How cell notes are written. @default "auto" (notes on ExcelApi 1.18, else comments) */
  notes?: "auto" | "notes" | "comments";
}

export interface WriteSheetsResult {
  created: { id: string; name: string }[];
}

/**
 * Excel refused part of the work. The sheets this call had added are removed again; `text` says so
 * in both languages for the task pane, `cause` holds Excel's own error.
 */
export class WriteSheetsError extends LocalizedError {
  constructor(
    readonly sheetName: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      {
        "en-US": `Excel could not write the sheet "${sheetName}", so no sheet was added (${detail}).`,
        "zh-CN": `Excel 无法写入工作表“${sheetName}”，因此未添加任何工作表（${detail}）。`,
      },
      { cause },
    );
    this.name = "WriteSheetsError";
  }
}

type CellContent = string | number | boolean;

/** A constant as Office.js should receive it: text that Excel would parse gets a leading "'". */
export function officeConstant(value: Exclude<Scalar, null>): CellContent {
  if (typeof value !== "string") return value;
  return /^\s*[-+=@'(]|^\s*[$¥€£]?\s*[\d.,]|^\s*(true|false)\s*$/i.test(value) ? `'${value}` : value;
}

/**
 * A spec formula as Office.js takes it: "=" in front, `[[id]]` resolved, and any `_xlfn.` /
 * `_xlws.` file prefix removed (Office.js wants the plain function name).
 */
export function officeFormula(formula: string, names: ReadonlyMap<string, string>): string {
  const bare = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=${mapFormulaCode(resolveSheetRefs(bare, names), (code) => code.replace(/(?<![A-Za-z0-9_.])(?:_xlfn\.|_xlws\.)+/gi, ""))}`;
}

function contentOf(c: CellSpec, names: ReadonlyMap<string, string>): CellContent | undefined {
  if (c.formula !== undefined) return officeFormula(c.formula, names);
  if (c.value === null || c.value === undefined) return undefined;
  return officeConstant(c.value);
}

/** A calculated table column's data body and its formulas, written once the table exists. */
interface CalculatedColumnBlock {
  rect: RangeRef;
  formulas: string[][];
}

/**
 * Cell contents keyed "row,col" (table headers set to the column names), and the calculated table
 * columns apart: they are written after `tables.add`, so Excel takes each as a calculated column
 * (a formula entered into a whole table column) and extends it to rows the user adds.
 */
function contentMap(spec: SheetSpec, names: ReadonlyMap<string, string>): { contents: Map<string, CellContent>; calculated: CalculatedColumnBlock[] } {
  const contents = new Map<string, CellContent>();
  const calculated: CalculatedColumnBlock[] = [];
  for (const c of spec.cells) {
    const v = contentOf(c, names);
    if (v !== undefined) contents.set(`${c.row},${c.col}`, v);
  }
  for (const t of spec.tables ?? []) {
    t.columns.forEach((col, j) => contents.set(`${t.range.top},${t.range.left + j}`, officeConstant(col.name)));
    for (const column of calculatedColumns(t, (f) => officeFormula(f, names))) {
      for (const { row } of column.cells) contents.delete(`${row},${column.col}`);
      const top = t.range.top + 1;
      calculated.push({ rect: { top, bottom: tableBottom(t), left: column.col, right: column.col }, formulas: column.cells.map((c) => [c.formula]) });
    }
  }
  return { contents, calculated };
}

function matrix<T>(rect: RangeRef, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

/** Groups cells by a key and returns the rectangles of each group. */
function rectanglesBy<K>(cells: readonly CellSpec[], keyOf: (c: CellSpec) => K | undefined): Map<K, RangeRef[]> {
  const groups = new Map<K, CellSpec[]>();
  for (const c of cells) {
    const k = keyOf(c);
    if (k === undefined) continue;
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  return new Map([...groups].map(([k, list]) => [k, groupRectangles(list)]));
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Applies a style (without its number format) to a range's format. */
function applyFormat(range: Excel.Range, style: CellStyle, rect: RangeRef): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.indent !== undefined) f.indentLevel = style.indent;
  if (style.locked !== undefined) f.protection.locked = style.locked;
  if (style.border !== undefined) {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ];
    if (rect.bottom > rect.top) edges.push("InsideHorizontal");
    if (rect.right > rect.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = style.border === "medium" ? "Medium" : "Thin";
      b.color = COLORS.border;
    }
  }
}

/** The style key of a cell without its number format (formats are grouped separately). */
function formatKey(c: CellSpec): string | undefined {
  const style = effectiveStyle(c.style);
  if (style === undefined) return undefined;
  const { numFmt: _numFmt, ...rest } = style;
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : undefined;
}

/** Character widths (Excel's unit) → points, for Calibri 11: 7 px a character plus 5 px padding. */
export function columnWidthPoints(widthChars: number): number {
  return Math.round((widthChars * 7 + 5) * 0.75 * 100) / 100;
}

// String values rather than Excel.* enums: this module must import where `Excel` is undefined
// (the task pane's browser preview, tests).
const VALIDATION_OPERATOR = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

function writeValidation(ws: Excel.Worksheet, v: ValidationSpec, names: ReadonlyMap<string, string>): void {
  const dv = ws.getRange(a1Area(v.range)).dataValidation;
  const rule = v.rule;
  if (rule.type === "list") {
    const source = "values" in rule ? rule.values.join(",") : officeFormula(rule.source, names);
    dv.rule = { list: { inCellDropDown: true, source } };
  } else {
    const b = validationBounds(rule);
    const asFormula = (n: number): string => `=${n}`;
    if (rule.type === "date" || rule.type === "time") {
      const limits: Excel.DateTimeDataValidation = { operator: VALIDATION_OPERATOR[b.operator], formula1: asFormula(b.formula1) };
      if (b.formula2 !== undefined) limits.formula2 = asFormula(b.formula2);
      dv.rule = rule.type === "date" ? { date: limits } : { time: limits };
    } else {
      const limits: Excel.BasicDataValidation = { operator: VALIDATION_OPERATOR[b.operator], formula1: b.formula1 };
      if (b.formula2 !== undefined) limits.formula2 = b.formula2;
      dv.rule = rule.type === "whole" ? { wholeNumber: limits } : rule.type === "decimal" ? { decimal: limits } : { textLength: limits };
    }
  }
  dv.ignoreBlanks = v.allowBlank ?? true;
  if (v.error !== undefined || v.errorTitle !== undefined) {
    dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle ?? "", message: v.error ?? "" };
  }
  if (v.prompt !== undefined) dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
}

const CELL_VALUE_OPERATOR = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  between: "Between",
} as const;

function writeConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatSpec, names: ReadonlyMap<string, string>): void {
  const range = ws.getRange(a1Area(cf.range));
  let format: Excel.ConditionalRangeFormat;
  if (cf.rule.type === "expression") {
    const added = range.conditionalFormats.add("Custom");
    added.custom.rule.formula = officeFormula(cf.rule.formula, names);
    format = added.custom.format;
  } else {
    const added = range.conditionalFormats.add("CellValue");
    const [formula1 = "0", formula2] = cf.rule.formulas.map((f) => officeFormula(f, names));
    added.cellValue.rule = { operator: CELL_VALUE_OPERATOR[cf.rule.operator], formula1, ...(formula2 !== undefined ? { formula2 } : {}) };
    format = added.cellValue.format;
  }
  if (cf.style.fill !== undefined) format.fill.color = cf.style.fill;
  if (cf.style.fontColor !== undefined) format.font.color = cf.style.fontColor;
  if (cf.style.bold !== undefined) format.font.bold = cf.style.bold;
}

function writePrint(ws: Excel.Worksheet, p: PrintSpec): void {
  const { paper, orientation, fitToWidth, fitToPage, scale, area, pageBreakRows, repeatRows, repeatCols, footer, ...rest } = p;
  allHandled(rest);
  const layout = ws.pageLayout;
  layout.paperSize = paper;
  layout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
  if (fitToWidth || fitToPage) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: fitToPage ? 1 : 0 };
  else if (scale !== undefined) layout.zoom = { scale };
  if (repeatRows) layout.setPrintTitleRows(`$${repeatRows.first + 1}:$${repeatRows.last + 1}`);
  if (repeatCols) layout.setPrintTitleColumns(`$${columnLetter(repeatCols.first)}:$${columnLetter(repeatCols.last)}`);
  // Several areas: one address list ("A1:G40,I6:L151"), each area printed from a new page.
  if (area) layout.setPrintArea(printAreas(area).map(a1Area).join(","));
  for (const row of pageBreakRows ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
  if (footer !== undefined) {
    layout.headersFooters.defaultForAllPages.centerFooter = escapeHeaderFooter(footer);
    layout.headersFooters.defaultForAllPages.rightFooter = "&P / &N";
  }
}

const CHART_TYPE = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  bar: "BarClustered",
} as const;

function writeChart(ws: Excel.Worksheet, c: ChartSpec): void {
  const chart = ws.charts.add(
    CHART_TYPE[c.type],
    ws.getRange(a1Area(c.source)),
    c.seriesBy === "rows" ? "Rows" : "Columns",
  );
  chart.title.text = c.title;
  chart.setPosition(
    a1(c.anchor.row, c.anchor.col),
    a1(c.anchor.row + c.anchor.heightRows - 1, c.anchor.col + c.anchor.widthCols - 1),
  );
}

function notesSupported(mode: WriteSheetsOptions["notes"]): boolean {
  if (mode === "notes") return true;
  if (mode === "comments") return false;
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.18") === true;
}

/** One sheet being written: where it goes and what the writer knows of the workbook. */
interface SheetTarget {
  context: Excel.RequestContext;
  ws: Excel.Worksheet;
  spec: SheetSpec;
  /** Planned sheet names by spec id (references to other sheets resolve through it). */
  names: ReadonlyMap<string, string>;
  /** Table names taken in the workbook so far (new tables get unused ones). */
  tableNames: string[];
  opts: WriteSheetsOptions;
}

/** Queues everything of one sheet except the values (written in chunks by the caller). */
async function queueSheetLayout({ context, ws, spec, names, tableNames, opts }: SheetTarget): Promise<void> {
  // Rows fitted to wrapped text need a height even when the spec lists no rows.
  for (const { index, height, hidden, outlineLevel, ...rest } of rowLayout(spec)) {
    allHandled(rest);
    const range = ws.getRange(`${index + 1}:${index + 1}`);
    if (height !== undefined) range.format.rowHeight = height;
    for (let level = 0; level < (outlineLevel ?? 0); level++) range.group("ByRows");
    if (hidden !== undefined) range.rowHidden = hidden;
  }
  const handlers: SheetHandlers = {
    id: () => {},
    name: () => {}, // the sheet was added under its planned name
    tabColor: (color) => {
      ws.tabColor = color;
    },
    hideGridlines: (hide) => {
      if (hide) ws.showGridlines = false;
    },
    columns: (columns) => {
      for (const { index, width, hidden, outlineLevel, ...rest } of columns) {
        allHandled(rest);
        const range = ws.getRange(`${columnLetter(index)}:${columnLetter(index)}`);
        if (width !== undefined) range.format.columnWidth = columnWidthPoints(width);
        for (let level = 0; level < (outlineLevel ?? 0); level++) range.group("ByColumns");
        if (hidden !== undefined) range.columnHidden = hidden;
      }
    },
    rows: () => {}, // written above with the fitted heights (rowLayout)
    // Values and formulas go in batches before the layout (see writeSheets); here: formats, links, notes.
    cells: (cells) => queueCellFormats(context, ws, cells, names, opts),
    merges: (merges) => {
      for (const m of merges) ws.getRange(a1Area(m)).merge(false);
    },
    tables: (tables) => {
      for (const t of tables) {
        const { name: wanted, range, columns: _columns, style, showRowStripes, ...rest } = t;
        allHandled(rest); // columns: headers and calculated columns are contents (contentMap)
        const table = ws.tables.add(a1Area({ ...range, bottom: tableBottom(t) }), true);
        const name = freeTableName(wanted, tableNames);
        tableNames.push(name);
        table.name = name;
        table.style = style ?? "TableStyleMedium2";
        table.showBandedRows = showRowStripes ?? true;
      }
    },
    validations: (validations) => {
      for (const v of validations) writeValidation(ws, v, names);
    },
    conditionalFormats: (formats) => {
      for (const cf of formats) writeConditionalFormat(ws, cf, names);
    },
    charts: (charts) => {
      for (const chart of charts) writeChart(ws, chart);
    },
    print: (print) => writePrint(ws, print),
    freeze: (freeze) => {
      const panes = frozenPanes(freeze);
      if (!panes) return;
      if (panes.cols === 0) ws.freezePanes.freezeRows(panes.rows);
      else if (panes.rows === 0) ws.freezePanes.freezeColumns(panes.cols);
      else ws.freezePanes.freezeAt(ws.getRange(a1Area({ top: 0, left: 0, bottom: panes.rows - 1, right: panes.cols - 1 })));
    },
    protect: () => {}, // after the calculated columns are written (writeSheets)
  };
  await visitSheet(spec, handlers);
}

/** Formats (one call per rectangle of equal style, number formats as 2-D blocks), links and notes. */
function queueCellFormats(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  cells: readonly CellSpec[],
  names: ReadonlyMap<string, string>,
  opts: WriteSheetsOptions,
): void {
  for (const [key, rects] of rectanglesBy(cells, formatKey)) {
    const style = JSON.parse(key) as CellStyle;
    for (const rect of rects) applyFormat(ws.getRange(a1Area(rect)), style, rect);
  }
  for (const [numFmt, rects] of rectanglesBy(cells, (c) => c.style?.numFmt)) {
    for (const rect of rects) ws.getRange(a1Area(rect)).numberFormat = matrix(rect, () => numFmt);
  }
  for (const c of cells) {
    // value and formula: contentMap; style: above.
    const { row, col, value, formula: _formula, style: _style, note, link, ...rest } = c;
    allHandled(rest);
    if (link !== undefined) {
      const text = value === null || value === undefined ? undefined : String(value);
      ws.getRange(a1(row, col)).hyperlink = {
        documentReference: resolveSheetRefs(link, names),
        ...(text !== undefined ? { textToDisplay: text } : {}),
      };
    }
    if (note !== undefined) {
      const address = a1(row, col);
      if (notesSupported(opts.notes)) ws.notes.add(ws.getRange(address), note);
      else context.workbook.comments.add(ws.getRange(address), note);
    }
  }
}

/** A rectangle cut into bands of whole rows that each hold at most the per-sync cell limit. */
function splitRows(rect: RangeRef): RangeRef[] {
  const width = rect.right - rect.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / width));
  const bands: RangeRef[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
    bands.push({ ...rect, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1) });
  }
  return bands;
}

/** Value blocks: rectangles of filled cells, split so no batch holds more than the cell limit. */
function valueBlocks(contents: ReadonlyMap<string, CellContent>): RangeRef[][] {
  const positions = [...contents.keys()].map((k) => {
    const [row = 0, col = 0] = k.split(",").map(Number);
    return { row, col };
  });
  const batches: RangeRef[][] = [[]];
  let cellsInBatch = 0;
  for (const rect of groupRectangles(positions).flatMap(splitRows)) {
    const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (cellsInBatch > 0 && cellsInBatch + size > MAX_CELLS_PER_SYNC) {
      batches.push([]);
      cellsInBatch = 0;
    }
    batches[batches.length - 1]!.push(rect);
    cellsInBatch += size;
  }
  return batches;
}

/**
 * Fills one (empty) worksheet from its spec: values and formulas in batches (each but the last sent
 * on its own), then the layout; the caller sends the rest with its next `sync()`.
 */
async function queueFill(target: SheetTarget): Promise<void> {
  const { context, ws, spec, names } = target;
  const { contents, calculated } = contentMap(spec, names);
  const batches = valueBlocks(contents);
  for (const [i, rects] of batches.entries()) {
    for (const rect of rects) {
      ws.getRange(a1Area(rect)).formulas = matrix(rect, (r, c) => contents.get(`${r},${c}`) ?? "");
    }
    // Every batch but the last is sent on its own; the last goes with the layout.
    if (i < batches.length - 1) await context.sync();
  }
  await queueSheetLayout(target);
  for (const block of calculated) ws.getRange(a1Area(block.rect)).formulas = block.formulas;
  if (spec.protect) {
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
  }
}

/**
 * Adds one worksheet per spec to the open workbook and fills it. Existing sheets are never touched:
 * a taken name gets a free variant (`质检记录 (2)`), and `[[id]]` references follow the new names.
 * Activates the first created sheet.
 *
 * @example
 * await Excel.run((context) => writeSheets(context, [buildQaSheet(options, locale)]));
 */
export async function writeSheets(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  opts: WriteSheetsOptions = {},
): Promise<WriteSheetsResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const names = planSheetNames(
    specs,
    sheets.items.map((s) => s.name),
  );
  const tableNames = tables.items.map((t) => t.name);
  const created: WriteSheetsResult["created"] = [];
  const createdSheets: Excel.Worksheet[] = [];
  let first: Excel.Worksheet | undefined;

  for (const spec of specs) {
    const name = names.get(spec.id)!;
    const ws = sheets.add(name);
    first ??= ws;
    try {
      await queueFill({ context, ws, spec, names, tableNames, opts });
      if (spec === specs[specs.length - 1] && opts.activate !== false) first.activate();
      await context.sync();
    } catch (error) {
      // All or nothing: remove the sheets this call created (never one of the user's), since the
      // ones already written may refer to the sheet that failed.
      try {
        for (const own of createdSheets) own.delete();
        ws.delete();
        await context.sync();
      } catch {
        // the original error matters more
      }
      throw new WriteSheetsError(name, error);
    }
    created.push({ id: spec.id, name });
    createdSheets.push(ws);
  }
  return { created };
}

/** A sheet this add-in wrote before, to be rewritten in place under its name. */
export interface SheetRewrite {
  /** The sheet's name in the workbook now. */
  name: string;
  spec: SheetSpec;
  /**
   * Whole rows to insert (`count` > 0) or delete (`count` < 0) at 0-based row `at` before writing,
   * so the references other sheets hold to the rows below move with them (Excel moves them).
   */
  shiftRows?: { at: number; count: number };
}

/** Excel refused part of a rewrite: the sheet may be half written, and the user is told so. */
export class RewriteSheetsError extends LocalizedError {
  constructor(
    readonly sheetName: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      {
        "en-US": `Excel could not rewrite the sheet "${sheetName}" (${detail}); it may be incomplete: run the action again.`,
        "zh-CN": `Excel 无法改写工作表“${sheetName}”（${detail}）；该表可能不完整，请再运行一次。`,
      },
      { cause },
    );
    this.name = "RewriteSheetsError";
  }
}

/** Queues the removal of a sheet's cells, formats, merges, rules, hidden rows and columns, panes and `spec`'s outline. */
function queueClearSheet(ws: Excel.Worksheet, spec: SheetSpec): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  all.rowHidden = false;
  all.columnHidden = false;
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
  ws.freezePanes.unfreeze();
  // The outline the spec draws again (the old sheet had the same grouped columns and rows).
  for (const c of spec.columns ?? []) for (let l = 0; l < (c.outlineLevel ?? 0); l++) ws.getRange(`${columnLetter(c.index)}:${columnLetter(c.index)}`).ungroup("ByColumns");
  for (const r of spec.rows ?? []) for (let l = 0; l < (r.outlineLevel ?? 0); l++) ws.getRange(`${r.index + 1}:${r.index + 1}`).ungroup("ByRows");
}

/**
 * Rewrites sheets the add-in created before, in place: each keeps its name, its tab position and
 * the references other sheets hold to it (a deleted and re-added sheet would leave them #REF!).
 * Charts, tables, notes, merges, conditional formats, validation, outline and frozen panes of the
 * old content go first, then the spec is written as `writeSheets` writes a new sheet. The caller
 * makes sure each sheet is its own (never a user's sheet).
 */
export async function rewriteSheets(
  context: Excel.RequestContext,
  rewrites: readonly SheetRewrite[],
  names: ReadonlyMap<string, string>,
  opts: WriteSheetsOptions = {},
): Promise<void> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const notes = notesSupported(opts.notes);
  const sheets = rewrites.map((r) => {
    const ws = context.workbook.worksheets.getItem(r.name);
    return { ws, charts: ws.charts.load("items"), tables: ws.tables.load("items"), marks: notes ? ws.notes.load("items") : ws.comments.load("items") };
  });
  await context.sync();
  const tableNames = tables.items.map((t) => t.name);
  for (const [i, { ws, charts, tables: own, marks }] of sheets.entries()) {
    const { name, spec, shiftRows } = rewrites[i]!;
    try {
      for (const item of [...charts.items, ...own.items, ...marks.items]) item.delete();
      if (shiftRows && shiftRows.count !== 0) {
        const rows = ws.getRange(`${shiftRows.at + 1}:${shiftRows.at + Math.abs(shiftRows.count)}`);
        if (shiftRows.count > 0) rows.insert("Down");
        else rows.delete("Up");
      }
      queueClearSheet(ws, spec);
      await queueFill({ context, ws, spec, names, tableNames, opts });
      await context.sync();
    } catch (error) {
      throw new RewriteSheetsError(name, error);
    }
  }
}
