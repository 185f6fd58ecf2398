/**
 * The forecast generator: this year's event day per slot from past event days and recent normal
 * days. Its sample is the built-in synthetic one (three past Double-11 days, eight recent weeks),
 * labelled as a sample; `build` writes the computed numbers (an .xlsx opens anywhere), the pane in
 * Excel writes live `CS.*` formulas instead.
 */
import { defineGenerator } from "../generator";
import { computeForecast, type ForecastSheetInput } from "./compute-forecast";
import { buildForecastSheet, buildRecentSheet } from "./forecast-sheet";
import { sampleForecastInput, sampleRecentDays } from "./sample";

/** The generator's input: the sheet's input, plus the recent days to write on their own sheet (the sample's). */
export interface ForecastGeneratorInput {
  sheet: ForecastSheetInput;
  recentSheet?: { values: readonly number[]; startSerial: number };
}

export const FORECAST_GENERATOR = defineGenerator({
  id: "forecast",
  title: { "en-US": "Forecast", "zh-CN": "预测" },
  ribbon: {
    command: "openForecastPanel",
    controlId: "KefuKit.Forecast",
    label: { "en-US": "Forecast", "zh-CN": "预测" },
    tooltip: {
      "en-US": "Forecast this year's Double-11 slots from past years, with a range, people per hour and a backtest on last year.",
      "zh-CN": "由往年双 11 数据预测今年各时段的咨询量，附预测区间、每小时所需人数和去年的回测。",
    },
  },
  icon: "forecast",
  sheetIdPrefix: "forecast",
  sampleInputs: (): ForecastGeneratorInput[] => [{ sheet: sampleForecastInput(), recentSheet: sampleRecentDays() }],
  build: (input: ForecastGeneratorInput, locale) => [
    buildForecastSheet(input.sheet, locale, computeForecast(input.sheet)),
    ...(input.recentSheet ? [buildRecentSheet(input.recentSheet.values, input.recentSheet.startSerial, input.sheet.pastDays[0]!.length, locale, input.sheet.sample)] : []),
  ],
});
