/**
 * The forecast sheet's numbers computed in TypeScript with the same core functions the CS.*
 * formulas call: for the .xlsx download and the sample workbook (files that open without the
 * add-in), and to answer bad input in words before anything is written.
 */
import { accuracy, forecastEventDay, forecastNormalDays, type Combine, type EventForecast } from "../../core/forecast";
import { capacityAgents } from "../../core/staffing";

/** Days of normal forecast averaged into this year's normal level. */
export const BASELINE_DAYS = 7;
export const HOURS_PER_DAY = 24;

export interface ForecastSheetInput {
  /** Label of this year's event day, e.g. "2026-11-11". */
  eventLabel: string;
  /** Labels of the past event days, oldest first. */
  pastLabels: readonly string[];
  /** Counts per slot of each past event day, oldest first (same length, a whole number of slots per hour). */
  pastDays: readonly (readonly number[])[];
  /** Normal level (contacts per day) before each past event day. */
  pastBaselines: readonly number[];
  /**
   * This year's normal level: typed, or forecast from recent normal days that live at `address`
   * (A1 with the sheet, or a `[[sheetId]]!` reference to a generated sheet).
   */
  baseline: { kind: "typed"; value: number } | { kind: "recent"; values: readonly (number | null)[]; address: string };
  combine: Combine;
  /** Prediction-interval coverage, fraction in (0, 1). */
  level: number;
  /** Questions one agent answers per hour (the capacity article's 360, docs/reference/sources.md). */
  perAgentHour: number;
  /** Share the bot resolves, fraction 0–1. */
  automationRate: number;
  /** The data is the built-in synthetic sample (labelled as such on the sheet). */
  sample: boolean;
}

export interface ForecastValues {
  baseline: number;
  event: EventForecast & { lower: number[]; upper: number[] };
  /** Last past year forecast from the years before it (when there are at least two). */
  backtest?: { forecast: number[]; wapeDay: number; wapeHour: number; bias: number };
  /** People needed per hour for this year's forecast. */
  people: number[];
}

export function slotsPerHour(input: Pick<ForecastSheetInput, "pastDays">): number {
  return input.pastDays[0]!.length / HOURS_PER_DAY;
}

/** Hourly totals of a day of slots. */
export function hourlyTotals(slots: readonly number[], perHour: number): number[] {
  return Array.from({ length: HOURS_PER_DAY }, (_, h) => slots.slice(h * perHour, (h + 1) * perHour).reduce((a, b) => a + b, 0));
}

/** This year's normal level from recent days: mean daily total of the next week's forecast. */
export function baselineFromRecent(values: readonly (number | null)[], season: number): number {
  const r = forecastNormalDays({ history: values, season, horizon: BASELINE_DAYS * season });
  return r.forecast.reduce((a, b) => a + b, 0) / BASELINE_DAYS;
}

export function computeForecast(input: ForecastSheetInput): ForecastValues {
  const season = input.pastDays[0]!.length;
  const perHour = slotsPerHour(input);
  const baseline = input.baseline.kind === "typed" ? input.baseline.value : baselineFromRecent(input.baseline.values, season);
  const event = forecastEventDay({
    pastDays: input.pastDays,
    pastBaselines: input.pastBaselines,
    baseline,
    combine: input.combine,
    level: input.level,
  }) as ForecastValues["event"];
  const people = hourlyTotals(event.forecast, perHour).map((volume) =>
    capacityAgents({ volume, perAgentHour: input.perAgentHour, intervalSeconds: 3600, automationRate: input.automationRate }),
  );
  const values: ForecastValues = { baseline, event, people };
  const years = input.pastDays.length;
  if (years >= 2) {
    const actual = input.pastDays[years - 1]!;
    const forecast = forecastEventDay({
      pastDays: input.pastDays.slice(0, -1),
      pastBaselines: input.pastBaselines.slice(0, -1),
      baseline: input.pastBaselines[years - 1]!,
      combine: input.combine,
    }).forecast;
    values.backtest = {
      forecast,
      wapeDay: accuracy(actual, forecast),
      wapeHour: accuracy(hourlyTotals(actual, perHour), hourlyTotals(forecast, perHour)),
      bias: accuracy(actual, forecast, "BIAS"),
    };
  }
  return values;
}
