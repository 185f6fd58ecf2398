/** Sheet ids of the payout workbook (stable keys for `[[id]]` references) and cell-address helpers. */
import { a1, sheetRef } from "../spec";

export const PAYOUT_SHEET_IDS = {
  plan: "payoutPlan",
  inputs: "payoutInputs",
  statement: "payoutStatement",
  summary: "payoutSummary",
} as const;

/** Absolute reference to one cell of another generated sheet: `[[payoutPlan]]!$B$5`. */
export function refCell(sheetId: string, row: number, col: number): string {
  return `${sheetRef(sheetId)}!${a1(row, col, true)}`;
}

/** Absolute reference to a range of another generated sheet. */
export function refRange(sheetId: string, top: number, left: number, bottom: number, right: number): string {
  return `${sheetRef(sheetId)}!${a1(top, left, true)}:${a1(bottom, right, true)}`;
}

/** A cell address as a reader sees it in a note: `Payout plan!B5`. */
export function shownCell(sheetName: string, row: number, col: number): string {
  return `${sheetName}!${a1(row, col)}`;
}

/** A range address for a note: `Payout plan!B17:D20`. */
export function shownRange(sheetName: string, top: number, left: number, bottom: number, right: number): string {
  return `${sheetName}!${a1(top, left)}:${a1(bottom, right)}`;
}
