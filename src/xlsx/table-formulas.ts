/**
 * Calculated table columns for ExcelJS output. ExcelJS 4.4 writes `<tableColumn>` elements without
 * `<calculatedColumnFormula>`, so Excel would not extend a column's formula to rows the user adds.
 * This adds the element to the table parts of the written file (with JSZip, which ExcelJS itself
 * uses, so it works in a browser too). The formula is the one of the first data row, in A1
 * notation; Excel fills it down relative to that row. LibreOffice ignores the element (it has no
 * calculated columns) and reads the per-row formulas the writer also puts in the cells.
 *
 * ExcelJS 4.4 also cannot READ the element: loading a file that has one (ours, or any Excel
 * workbook with a calculated column) fails with "Cannot set properties of undefined (setting
 * 'filterButton')". {@link loadXlsx} works around it: it takes the elements out before ExcelJS
 * parses the file and remembers them, and `writeXlsx` puts them back when it saves that workbook.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface CalculatedColumn {
  /** Table name as written. */
  table: string;
  /** Column (header) name. */
  column: string;
  /** File-form formula (with `_xlfn.` prefixes, no "="), for the first data row. */
  formula: string;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Adds `<calculatedColumnFormula>` to one table part's XML; returns it unchanged if not that table. */
export function addCalculatedColumnsToTableXml(xml: string, columns: readonly CalculatedColumn[]): string {
  const tableName = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
  if (tableName === undefined) return xml;
  const mine = columns.filter((c) => xmlEscape(c.table) === tableName);
  if (mine.length === 0) return xml;
  let out = xml;
  for (const col of mine) {
    const name = xmlEscape(col.column);
    const leaf = new RegExp(`<tableColumn\\b([^>]*\\bname="${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*?)\\s*/>`);
    const replaced = out.replace(
      leaf,
      (_m, attrs: string) => `<tableColumn${attrs}><calculatedColumnFormula>${xmlEscape(col.formula)}</calculatedColumnFormula></tableColumn>`,
    );
    if (replaced === out) throw new Error(`Table ${col.table} has no column "${col.column}" to make calculated`);
    out = replaced;
  }
  return out;
}

/** Rewrites the table parts of an .xlsx so the given columns are calculated columns. */
export async function addCalculatedColumnFormulas(bytes: Uint8Array, columns: readonly CalculatedColumn[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await addCalculatedColumnsToZip(zip, columns);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** {@link addCalculatedColumnFormulas} on an opened package. */
export async function addCalculatedColumnsToZip(zip: JSZip, columns: readonly CalculatedColumn[]): Promise<void> {
  const tableParts = Object.keys(zip.files).filter((path) => /^xl\/tables\/[^/]+\.xml$/.test(path));
  for (const path of tableParts) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    const patched = addCalculatedColumnsToTableXml(xml, columns);
    if (patched !== xml) zip.file(path, patched);
  }
}

function xmlUnescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Takes the calculated-column formulas out of one table part: the XML ExcelJS can read, and what was removed. */
export function removeCalculatedColumnsFromTableXml(xml: string): { xml: string; removed: CalculatedColumn[] } {
  const table = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
  const removed: CalculatedColumn[] = [];
  const out = xml.replace(
    /<tableColumn\b([^>]*?)>\s*<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>\s*<\/tableColumn>/g,
    (_m, attrs: string, formula: string) => {
      const column = /\bname="([^"]*)"/.exec(attrs)?.[1];
      if (table !== undefined && column !== undefined) {
        removed.push({ table: xmlUnescape(table), column: xmlUnescape(column), formula: xmlUnescape(formula) });
      }
      return `<tableColumn${attrs}/>`;
    },
  );
  return { xml: out, removed };
}

const rememberedColumns = new WeakMap<ExcelJS.Workbook, CalculatedColumn[]>();

/** Calculated columns {@link loadXlsx} took out of this workbook's file, to be written back. */
export function calculatedColumnsOf(workbook: ExcelJS.Workbook): CalculatedColumn[] {
  return rememberedColumns.get(workbook) ?? [];
}

/**
 * Loads .xlsx bytes into an ExcelJS workbook, also when its tables have calculated columns (which
 * ExcelJS 4.4 cannot parse). Use it instead of `workbook.xlsx.load` for a workbook you will append
 * sheets to: `writeXlsx(specs, { workbook })` restores the calculated columns on save.
 */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  const removed: CalculatedColumn[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const file = zip.file(path);
    if (!file) continue;
    const result = removeCalculatedColumnsFromTableXml(await file.async("string"));
    if (result.removed.length > 0) {
      zip.file(path, result.xml);
      removed.push(...result.removed);
    }
  }
  const workbook = new ExcelJS.Workbook();
  const readable = removed.length > 0 ? await zip.generateAsync({ type: "uint8array" }) : bytes;
  await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  if (removed.length > 0) rememberedColumns.set(workbook, removed);
  return workbook;
}
