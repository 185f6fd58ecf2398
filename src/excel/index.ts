/** The Office.js writer: sheet specs → sheets in the open workbook, in a few batched syncs. */
export { rewriteSheets, RewriteSheetsError, writeSheets, WriteSheetsError, MAX_CELLS_PER_SYNC, type WriteSheetsOptions, type WriteSheetsResult, type SheetRewrite } from "./write-sheets";
