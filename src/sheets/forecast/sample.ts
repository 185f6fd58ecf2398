/**
 * The forecast generator's sample: the built-in synthetic Double-11 days and recent weeks
 * (`core/forecast/sample.ts`), labelled as a sample on both sheets, with the capacity rule of docs/reference/staffing.md
 * (360 questions per agent-hour).
 */
import { forecastSample } from "../../core/forecast";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { computeForecast, type ForecastSheetInput } from "./compute-forecast";
import { buildForecastSheet, buildRecentSheet, recentSheetAddress } from "./forecast-sheet";

export const SAMPLE_PER_AGENT_HOUR = 360;
export const SAMPLE_AUTOMATION_RATE = 0.3;

export function sampleForecastInput(): ForecastSheetInput {
  const s = forecastSample();
  return {
    eventLabel: s.thisYearLabel,
    pastLabels: s.pastLabels,
    pastDays: s.pastDays,
    pastBaselines: s.pastBaselines,
    baseline: { kind: "recent", values: s.recent, address: recentSheetAddress(s.recent.length) },
    combine: "mean",
    level: 0.8,
    perAgentHour: SAMPLE_PER_AGENT_HOUR,
    automationRate: SAMPLE_AUTOMATION_RATE,
    sample: true,
  };
}

/** The sample's recent weeks, for their own sheet. */
export function sampleRecentDays(): { values: number[]; startSerial: number } {
  const s = forecastSample();
  return { values: s.recent, startSerial: s.recentStartSerial };
}

/**
 * The sample's sheets for `input` (default: the sample as is): the forecast and the recent weeks
 * it reads. `live` keeps the CS.* formulas (Excel); otherwise their numbers (a file for anywhere).
 */
export function buildForecastSample(locale: Locale, live = false, input = sampleForecastInput()): SheetSpec[] {
  const recent = sampleRecentDays();
  return [
    buildForecastSheet(input, locale, live ? undefined : computeForecast(input)),
    buildRecentSheet(recent.values, recent.startSerial, input.pastDays[0]!.length, locale, true),
  ];
}
