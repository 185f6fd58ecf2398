/**
 * Where the linked peak plan's sheets keep the figures other sheets read: sheet ids and the cells
 * of the per-slot tables. One place, so the headcount sheet, the roster's required row, the hiring
 * plan, the overview and the review all point at the same cells.
 */
import { a1, sheetRef } from "../spec";

/** Sheet ids of the plan (every id starts with "peak"). */
export const PEAK_IDS = {
  overview: "peakOverview",
  forecast: "peakForecast",
  headcount: "peakHeadcount",
  hiring: "peakHiring",
  /** Roster sheets: `peakRosterDay0`…, `peakRosterPlan`, `peakRosterFairness`. */
  rosterPrefix: "peakRoster",
  review: "peakReview",
} as const;

/** The headcount sheet: one row per slot from `firstRow`; per event day d a volume and an agents column. */
export const HEADCOUNT_LAYOUT = {
  headerRow: 9,
  firstRow: 10,
  timeCol: 0,
  volumeCol: (day: number) => 1 + 2 * day,
  agentsCol: (day: number) => 2 + 2 * day,
} as const;

/** Absolute reference to event day `day`'s forecast volume in `slot` (on the headcount sheet). */
export function volumeRef(day: number, slot: number): string {
  return `${sheetRef(PEAK_IDS.headcount)}!${a1(HEADCOUNT_LAYOUT.firstRow + slot, HEADCOUNT_LAYOUT.volumeCol(day), true)}`;
}

/** Absolute reference to the agents required on event day `day` in `slot` (on the headcount sheet). */
export function requiredRef(day: number, slot: number): string {
  return `${sheetRef(PEAK_IDS.headcount)}!${a1(HEADCOUNT_LAYOUT.firstRow + slot, HEADCOUNT_LAYOUT.agentsCol(day), true)}`;
}
