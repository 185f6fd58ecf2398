/** The Office.js writer: sheet specs → sheets in the open workbook, in a few batched syncs. */
export { writeSheets, WriteSheetsError, MAX_CELLS_PER_SYNC, type WriteSheetsOptions, type WriteSheetsResult } from "./write-sheets";
