/**
 * Writes {@link SheetSpec}s to an .xlsx with ExcelJS. Runs in Node and in a browser (no `fs`:
 * the bytes are returned; `src/cli/` saves them).
 *
 * What maps and what does not (ExcelJS 4.4):
 * - Everything in the spec maps. Charts, which ExcelJS cannot write, are added as DrawingML parts
 *   once ExcelJS has written the file (`chart-parts.ts`), with the values they show cached.
 * - Internal hyperlinks are written as `HYPERLINK("#'Sheet'!A1", text)` formulas: ExcelJS writes
 *   every hyperlink with an external relationship, which Excel may treat as a file link.
 * - Formulas carry cached values computed by `sheets/evaluate` (viewers that do not calculate show
 *   them); the workbook still asks Excel to recalculate on open (`fullCalcOnLoad`).
 * - Tables: a calculated column's formula is filled into every data row. The table part carries no
 *   `calculatedColumnFormula`: ExcelJS 4.4 (and programs built on it) cannot read a file with one.
 *   Calculated columns of a loaded workbook's own tables are kept (see `table-formulas.ts`).
 * - Appending to a workbook that ExcelJS loaded keeps its sheets, but ExcelJS itself drops what it
 *   cannot read (charts, pivot tables, slicers) from them; the Office.js writer has no such limit.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  a1,
  a1Area,
  allHandled,
  calculatedColumns,
  escapeHeaderFooter,
  formulaText,
  frozenPanes,
  maxOutlineLevel,
  rowLayout,
  tableBottom,
  visitSheet,
  type SheetHandlers,
  columnLetter,
  freeTableName,
  planSheetNames,
  printAreas,
  resolveSheetRefs,
  validationBounds,
  type CellSpec,
  type ChartSpec,
  type ConditionalFormatSpec,
  type PrintSpec,
  type RangeRef,
  type SheetSpec,
  type TableSpec,
  type ValidationSpec,
  type WorkbookSpec,
} from "../sheets/spec";
import { SheetEvaluator, type CachedValue } from "../sheets/evaluate";
import { effectiveStyle } from "../sheets/styles";
import { toArgb, toConditionalStyle, toExcelJsStyle } from "./cell-style";
import { addChartParts } from "./chart-parts";
import type { ChartData } from "./chart-xml";
import { addCalculatedColumnsToZip, calculatedColumnsOf } from "./table-formulas";
import { joinPrintAreas } from "./print-areas";
import { addXlfnPrefixes } from "./xlfn-prefix";

/** The cached value of a formula cell of the sheet being written (0-based row and column). */
type SheetValues = (row: number, col: number) => CachedValue | undefined;

export interface CreatedSheet {
  id: string;
  name: string;
}

export interface AppendResult {
  created: CreatedSheet[];
  /** The charts of the new sheets with the values they show, for {@link addChartParts} once the file is written. */
  charts: Map<string, ChartData[]>;
  /** Formula cells written without a cached value (a function the evaluator does not know), with the reason. */
  uncachedFormulas: string[];
}

export interface XlsxWriteOptions {
  /**
   * Add the sheets to this workbook (its sheets are kept) instead of a new one. Load an existing
   * file with `loadXlsx`, which copes with calculated table columns.
   */
  workbook?: ExcelJS.Workbook;
  /** Document author shown in File → Properties. @default "Kefu Kit" */
  creator?: string;
}

/** Turns a spec formula (no "=", `[[id]]` tokens, plain function names) into file form. */
function fileFormula(formula: string, names: ReadonlyMap<string, string>): string {
  const bare = formula.startsWith("=") ? formula.slice(1) : formula;
  return addXlfnPrefixes(resolveSheetRefs(bare, names));
}

/**
 * Writes a formula with its cached value when the evaluator could compute one. The result goes
 * into the cell's model directly: ExcelJS's `cell.value = { formula, result }` drops a result of
 * 0, FALSE or "" (it copies only truthy fields), and those are the most common results of all.
 */
function setFormula(cell: ExcelJS.Cell, formula: string, result: CachedValue | undefined): void {
  cell.value = { formula } as ExcelJS.CellFormulaValue;
  if (result === undefined) return;
  const model = (cell as unknown as { _value?: { model?: { result?: unknown } } })._value?.model;
  if (model === undefined) throw new Error("ExcelJS internals changed: no formula model to hold the cached value");
  model.result = result;
}

/**
 * ExcelJS styles of the cells being written, one object per distinct spec style: ExcelJS files a
 * style object it has seen before under the same style id without working it out again, and a
 * plan for hundreds of people has 350 000 cells in a few dozen styles (an object per cell took a
 * fifth of the writing time and much of its memory). ExcelJS never changes a cell's style object
 * in place for what is written here (nothing sets `cell.font` etc. after the style).
 */
type StyleCache = Map<string, Partial<ExcelJS.Style>>;

function sharedStyle(cache: StyleCache, style: NonNullable<CellSpec["style"]>): Partial<ExcelJS.Style> {
  const key = JSON.stringify(style);
  let out = cache.get(key);
  if (out === undefined) cache.set(key, (out = toExcelJsStyle(style)));
  return out;
}

function writeCell(ws: ExcelJS.Worksheet, c: CellSpec, names: ReadonlyMap<string, string>, values: SheetValues, styles: StyleCache): void {
  const { row, col, value, formula, style: specStyle, note, link, ...rest } = c;
  allHandled(rest);
  const cell = ws.getCell(row + 1, col + 1);
  if (formula !== undefined) {
    setFormula(cell, fileFormula(formula, names), values(row, col));
  } else if (link !== undefined) {
    const target = resolveSheetRefs(link, names);
    const text = value === null || value === undefined ? target : String(value);
    cell.value = {
      formula: `HYPERLINK(${formulaText(`#${target}`)},${formulaText(text)})`,
      result: text,
    } as ExcelJS.CellFormulaValue;
  } else if (value !== null && value !== undefined) {
    cell.value = value;
  }
  const style = effectiveStyle(specStyle);
  if (style !== undefined) cell.style = sharedStyle(styles, style);
  if (note !== undefined) cell.note = note;
}

function tableNamesIn(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}));
}

function writeTable(
  ws: ExcelJS.Worksheet,
  t: TableSpec,
  names: ReadonlyMap<string, string>,
  tableName: string,
  values: SheetValues,
): void {
  const { name: _wanted, range, columns, style, showRowStripes, ...rest } = t;
  allHandled(rest);
  const bottom = tableBottom(t);
  const calculated = calculatedColumns(t, (f) => fileFormula(f, names));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.top + 1; r <= bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let j = 0; j < columns.length; j++) row.push(ws.getCell(r + 1, range.left + j + 1).value);
    rows.push(row);
  }
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: a1(range.top, range.left),
    headerRow: true,
    style: { theme: (style ?? "TableStyleMedium2") as NonNullable<ExcelJS.TableStyleProperties["theme"]>, showRowStripes: showRowStripes ?? true },
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    rows,
  });
  // After addTable, which rewrites the cells from `rows` (and would drop falsy cached values).
  for (const column of calculated) {
    for (const { row, formula } of column.cells) setFormula(ws.getCell(row + 1, column.col + 1), formula, values(row, column.col));
  }
}

/** Serial day → the Date ExcelJS turns back into that serial (it writes `25569 + ms / day`). */
function serialToExcelJsDate(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

function writeValidation(ws: ExcelJS.Worksheet, v: ValidationSpec, names: ReadonlyMap<string, string>): void {
  const common = {
    allowBlank: v.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(v.errorTitle !== undefined ? { errorTitle: v.errorTitle } : {}),
    ...(v.error !== undefined ? { error: v.error } : {}),
    ...(v.prompt !== undefined ? { prompt: v.prompt, showInputMessage: true } : {}),
  };
  const rule = v.rule;
  let validation: ExcelJS.DataValidation;
  if (rule.type === "list") {
    let formula: string;
    if ("values" in rule) {
      formula = formulaText(rule.values.join(","));
      if (formula.length > 257) throw new Error(`Dropdown list longer than Excel's 255 characters: ${formula}`);
    } else {
      formula = fileFormula(rule.source, names);
    }
    validation = { ...common, type: "list", formulae: [formula] };
  } else {
    const b = validationBounds(rule);
    const toFormula = (n: number): unknown => (rule.type === "date" ? serialToExcelJsDate(n) : n);
    const formulae = b.formula2 === undefined ? [toFormula(b.formula1)] : [toFormula(b.formula1), toFormula(b.formula2)];
    // ExcelJS's types lack "time", but it writes any type attribute as given.
    validation = { ...common, type: rule.type as ExcelJS.DataValidation["type"], operator: b.operator, formulae };
  }
  // ExcelJS supports range validations (`worksheet.dataValidations`) but its types omit them.
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    a1Area(v.range),
    validation,
  );
}

function writeConditionalFormat(
  ws: ExcelJS.Worksheet,
  cf: ConditionalFormatSpec,
  priority: number,
  names: ReadonlyMap<string, string>,
): void {
  const style = toConditionalStyle(cf.style);
  const rule: ExcelJS.ConditionalFormattingRule =
    cf.rule.type === "expression"
      ? { type: "expression", priority, style, formulae: [fileFormula(cf.rule.formula, names)] }
      : {
          type: "cellIs",
          priority,
          style,
          // ExcelJS's types list four operators; it writes any OOXML operator as given.
          operator: cf.rule.operator as ExcelJS.CellIsOperators,
          formulae: cf.rule.formulas.map((f) => fileFormula(f, names)),
        };
  ws.addConditionalFormatting({ ref: a1Area(cf.range), rules: [rule] });
}

const PAPER_SIZE = { A4: 9, A3: 8 } as const;
const MAX_COLUMNS = 16384;

/** Footer text with Excel's header/footer codes escaped ("&" → "&&"), page x / y on the right. */
function footerCode(text: string): string {
  return `&C${escapeHeaderFooter(text)}&R&P / &N`;
}

/**
 * "A$1:E$13": ExcelJS puts a "$" before each corner, the rows need their own. A relative row in
 * the print-area name moves with the cell it is read from (LibreOffice printed rows below the area).
 */
function excelJsPrintArea(r: RangeRef): string {
  return `${columnLetter(r.left)}$${r.top + 1}:${columnLetter(r.right)}$${r.bottom + 1}`;
}

function writePrint(ws: ExcelJS.Worksheet, p: PrintSpec): void {
  const { paper, orientation, fitToWidth, fitToPage, scale, area, pageBreakRows, repeatRows, repeatCols, footer, ...rest } = p;
  allHandled(rest);
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[paper] as unknown as ExcelJS.PaperSize,
    orientation,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (fitToWidth || fitToPage) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: fitToPage ? 1 : 0 });
  else if (scale !== undefined) setup.scale = scale;
  // Several areas ("&&") become one name each in ExcelJS, joined in print-areas.ts.
  if (area) setup.printArea = printAreas(area).map(excelJsPrintArea).join("&&");
  // A break across every column (ExcelJS's default right end is past the last column).
  for (const row of pageBreakRows ?? []) ws.getRow(row + 1).addPageBreak(0, MAX_COLUMNS);
  if (repeatRows) setup.printTitlesRow = `${repeatRows.first + 1}:${repeatRows.last + 1}`;
  if (repeatCols) setup.printTitlesColumn = `${columnLetter(repeatCols.first)}:${columnLetter(repeatCols.last)}`;
  Object.assign(ws.pageSetup, setup);
  if (footer !== undefined) ws.headerFooter.oddFooter = footerCode(footer);
}

async function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string,
  names: ReadonlyMap<string, string>,
  tableNames: string[],
  evaluator: SheetEvaluator,
  styles: StyleCache,
): Promise<void> {
  const ws = workbook.addWorksheet(name);
  const values: SheetValues = (row, col) => evaluator.cachedValue(spec.id, row, col);
  const view: Partial<ExcelJS.WorksheetView> = { state: "normal", showGridLines: true };
  ws.views = [view];
  ws.properties.outlineLevelCol = maxOutlineLevel(spec.columns);
  ws.properties.outlineLevelRow = maxOutlineLevel(spec.rows);
  // Rows fitted to wrapped text need a height even when the spec lists no rows.
  for (const row of rowLayout(spec)) {
    const r = ws.getRow(row.index + 1);
    if (row.height !== undefined) r.height = row.height;
    if (row.hidden !== undefined) r.hidden = row.hidden;
    if (row.outlineLevel !== undefined) r.outlineLevel = row.outlineLevel;
  }
  const handlers: SheetHandlers = {
    id: () => {},
    name: () => {}, // the sheet was created under its planned name
    tabColor: (color) => {
      ws.properties.tabColor = { argb: toArgb(color) };
    },
    hideGridlines: (hide) => {
      view.showGridLines = !hide;
    },
    columns: (columns) => {
      for (const { index, width, hidden, outlineLevel, ...rest } of columns) {
        allHandled(rest);
        const c = ws.getColumn(index + 1);
        if (width !== undefined) c.width = width;
        if (hidden !== undefined) c.hidden = hidden;
        if (outlineLevel !== undefined) c.outlineLevel = outlineLevel;
      }
    },
    rows: () => {}, // written above with the fitted heights (rowLayout)
    cells: (cells) => {
      for (const c of cells) writeCell(ws, c, names, values, styles);
    },
    merges: (merges) => {
      for (const m of merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    },
    tables: (tables) => {
      for (const t of tables) {
        const tableName = freeTableName(t.name, tableNames);
        tableNames.push(tableName);
        writeTable(ws, t, names, tableName, values);
      }
    },
    validations: (validations) => {
      for (const v of validations) writeValidation(ws, v, names);
    },
    conditionalFormats: (formats) => {
      formats.forEach((cf, i) => writeConditionalFormat(ws, cf, i + 1, names));
    },
    charts: () => {}, // ExcelJS writes no charts: added to the written file (chart-parts.ts)
    print: (print) => writePrint(ws, print),
    freeze: (freeze) => {
      const panes = frozenPanes(freeze);
      if (panes) Object.assign(view, { state: "frozen", xSplit: panes.cols, ySplit: panes.rows });
    },
    protect: async (on) => {
      if (!on) return;
      await ws.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        autoFilter: true,
      });
    },
  };
  await visitSheet(spec, handlers);
  ws.views = [view];
}

/** A chart with the values of its source range as the file shows them (constants and cached results). */
function chartData(spec: SheetSpec, chart: ChartSpec, sheetName: string, evaluator: SheetEvaluator): ChartData {
  const { top, left, bottom, right } = chart.source;
  const values: ChartData["values"] = [];
  for (let r = top; r <= bottom; r++) {
    const row: ChartData["values"][number] = [];
    for (let c = left; c <= right; c++) row.push(evaluator.shownValue(spec.id, r, c));
    values.push(row);
  }
  const categoryFormat = spec.cells.find((c) => c.row === top + 1 && c.col === left)?.style?.numFmt;
  return { sheetName, chart, values, ...(categoryFormat !== undefined ? { categoryFormat } : {}) };
}

/**
 * Adds the sheets to an ExcelJS workbook without touching its existing sheets: each gets a free
 * name (`质检记录 (2)` when `质检记录` exists) and `[[id]]` tokens resolve to the names given.
 */
export async function appendSheets(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): Promise<AppendResult> {
  const names = planSheetNames(
    specs,
    workbook.worksheets.map((ws) => ws.name),
  );
  const tableNames = tableNamesIn(workbook);
  const evaluator = new SheetEvaluator(specs, names);
  const created: CreatedSheet[] = [];
  const charts = new Map<string, ChartData[]>();
  const styles: StyleCache = new Map();
  for (const spec of specs) {
    const name = names.get(spec.id)!;
    await writeSheet(workbook, spec, name, names, tableNames, evaluator, styles);
    charts.set(name, (spec.charts ?? []).map((chart) => chartData(spec, chart, name, evaluator)));
    created.push({ id: spec.id, name });
  }
  return { created, charts, uncachedFormulas: evaluator.failures };
}

/**
 * Writes the sheets to .xlsx bytes (a new workbook, or `opts.workbook` with the sheets appended).
 * Formulas carry cached values; Excel recalculates on open all the same (`fullCalcOnLoad`).
 *
 * @example
 * const bytes = await writeXlsx([buildQaSheet(options, "zh-CN")]);
 */
export async function writeXlsx(specs: readonly SheetSpec[] | WorkbookSpec, opts: XlsxWriteOptions = {}): Promise<Uint8Array> {
  const list = "sheets" in specs ? specs.sheets : specs;
  const workbook = opts.workbook ?? new ExcelJS.Workbook();
  if (!opts.workbook) {
    workbook.creator = opts.creator ?? "Kefu Kit";
    workbook.created = new Date();
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  const { charts } = await appendSheets(workbook, list);
  // Calculated columns loadXlsx took out of the existing tables go back in.
  const calculated = calculatedColumnsOf(workbook);
  const chartCount = [...charts.values()].reduce((n, c) => n + c.length, 0);
  const multiArea = list.some((s) => printAreas(s.print?.area).length > 1);
  const finished = calculated.length === 0 && chartCount === 0 && !multiArea;
  // A file that is zipped again below is written uncompressed first: deflating it twice cost a
  // tenth of the writing time of a large plan.
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer(finished ? {} : { zip: { compression: "STORE" } }));
  if (finished) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  if (multiArea) await joinPrintAreas(zip);
  await addCalculatedColumnsToZip(zip, calculated);
  const lang = list.some((s) => /[\u4e00-\u9fff]/.test(s.name)) ? "zh-CN" : "en-US";
  await addChartParts(zip, charts, lang);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

