/** The .xlsx writer: sheet specs → .xlsx bytes with ExcelJS (Node and browser). */
export { appendSheets, writeXlsx, type AppendResult, type CreatedSheet, type XlsxWriteOptions } from "./write-xlsx";
export { addXlfnPrefixes, XLFN_FUNCTIONS } from "./xlfn-prefix";
export { loadXlsx } from "./table-formulas";
