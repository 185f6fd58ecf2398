/**
 * Calculated table columns for ExcelJS output. ExcelJS 4.4 writes `<tableColumn>` elements without
 * `<calculatedColumnFormula>`, so Excel would not extend a column's formula to rows the user adds.
 * This adds the element to the table parts of the written file (with JSZip, which ExcelJS itself
 * uses, so it works in a browser too). The formula is the one of the first data row, in A1
 * notation; Excel fills it down relative to that row. LibreOffice ignores the element (it has no
 * calculated columns) and reads the per-row formulas the writer also puts in the cells.
 */
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
  const tableParts = Object.keys(zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
  for (const path of tableParts) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    const patched = addCalculatedColumnsToTableXml(xml, columns);
    if (patched !== xml) zip.file(path, patched);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
