/**
 * The headcount sheet for the sample workbook: the built-in Double-11 day (144 ten-minute slots)
 * through Erlang C at 180 s handle time, 80 % answered in 20 s, occupancy ≤ 85 %, 30 % shrinkage.
 * An .xlsx must open without the add-in, so the sheet carries the computed numbers, not `CS.*`.
 */
import { sampleDayVolume } from "../../core/sample/day-volume";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { computeStaffing } from "./compute-staffing";
import { buildStaffingSheet, type StaffingSheetInput } from "./staffing-sheet";

export const SAMPLE_STAFFING_INPUT: StaffingSheetInput = {
  model: "erlangC",
  volumes: sampleDayVolume(),
  params: {
    intervalSeconds: 600,
    ahtSeconds: 180,
    targetServiceLevel: 0.8,
    answerSeconds: 20,
    shrinkage: 0.3,
    maxOccupancy: 0.85,
    patienceSeconds: 120,
    concurrency: 3,
    chatsPerAgentHour: 30,
    automationRate: 0.4,
  },
};

export function buildStaffingSample(locale: Locale): SheetSpec[] {
  return [buildStaffingSheet(SAMPLE_STAFFING_INPUT, locale, computeStaffing(SAMPLE_STAFFING_INPUT))];
}
