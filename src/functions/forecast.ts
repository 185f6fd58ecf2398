/**
 * Custom functions for forecasting contact volume (namespace CS): the normal-day forecast, the
 * event-day forecast and forecast accuracy. Thin wrappers: read and check the ranges (`args.ts`),
 * call `core/forecast`, map bad input to Excel errors (`excel-errors.ts`). Forecasts spill one
 * column (forecast) or, when `level` is given, three (forecast, lower, upper).
 * Ids are stored in users' workbooks: never rename one.
 */
import { InputError } from "../core/errors";
import { ACCURACY_METRICS, accuracy, COMBINES, forecastEventDay, forecastNormalDays, type Slot } from "../core/forecast";
import { asMatrix, checkNumber, readBoolean, readChoice, readList, readScalar, type NumberRule } from "./args";
import { excelResult } from "./excel-errors";

const COUNT = { min: 0 } as const;
const LEVEL: NumberRule = { name: "level", min: 0, minInclusive: false, max: 1, maxInclusive: false };
/** Enough for a year of 10-minute slots; more would not fit a sheet's spill anyway. */
const MAX_HORIZON = 100_000;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every(isBlank));
}

/**
 * A one-column or one-row range of counts ≥ 0, blanks kept as missing (`null`); blanks after the
 * last value are dropped (a history pasted into a longer range).
 */
function readCounts(arg: unknown, name: string): Slot[] {
  const m = asMatrix(arg);
  if (m.length > 1 && m[0]!.length > 1) {
    throw new InputError({
      "en-US": `${name} must be one column or one row; got ${m.length} rows × ${m[0]!.length} columns.`,
      "zh-CN": `${name} 必须是一列或一行；当前为 ${m.length} 行 × ${m[0]!.length} 列。`,
    });
  }
  const flat = m.flat();
  while (flat.length > 0 && isBlank(flat[flat.length - 1])) flat.pop();
  return flat.map((v, i) => (isBlank(v) ? null : checkNumber(v, { name, ...COUNT }, `#${i + 1}`)));
}

/** The optional `level`: `undefined` when omitted. */
function readLevel(level: unknown): number | undefined {
  return omitted(level) ? undefined : readScalar(level, LEVEL);
}

/** One row per slot: [forecast] or [forecast, lower, upper]. */
function spillForecast(r: { forecast: number[]; lower?: number[]; upper?: number[] }): number[][] {
  return r.forecast.map((f, i) => (r.lower && r.upper ? [f, r.lower[i]!, r.upper[i]!] : [f]));
}

/**
 * Forecast of the next slots from a history of counts per slot, with the daily and (from two weeks of history) the weekly cycle; the method is chosen by backtest on the history.
 * @customfunction FORECAST FORECAST
 * @param history Counts per slot, oldest first, starting at the first slot of a day: one column or one row; blank cells are missing slots. At least two days.
 * @param season Slots per day: 144 for 10-minute slots, 48 for half-hours, 24 for hours.
 * @param horizon Number of slots to forecast after the last one.
 * @param [weekly] TRUE to use the weekly cycle too. Default TRUE when the history covers at least two weeks.
 * @param [level] Prediction-interval coverage between 0 and 1 (e.g. 0.8); when given the result has 3 columns: forecast, lower, upper.
 * @returns One row per forecast slot.
 */
export function FORECAST(history: any[][], season: any[][], horizon: any[][], weekly?: any[][], level?: any[][]): any[][] {
  return excelResult(() => {
    const seasonSlots = readScalar(season, { name: "season", min: 1, max: 1440, integer: true });
    const slots = readScalar(horizon, { name: "horizon", min: 1, max: MAX_HORIZON, integer: true });
    const useWeekly = omitted(weekly ?? null) ? undefined : readBoolean(weekly, "weekly", false);
    const coverage = readLevel(level ?? null);
    const counts = readCounts(history, "history");
    return spillForecast(
      forecastNormalDays({
        history: counts,
        season: seasonSlots,
        horizon: slots,
        ...(useWeekly === undefined ? {} : { weekly: useWeekly }),
        ...(coverage === undefined ? {} : { level: coverage }),
      }),
    );
  });
}

/**
 * Event-day forecast (Double 11, 618…): this year's slots from past event days, each as a multiple of the normal level before it; the day totals baseline × combine(uplift).
 * @customfunction EVENTFORECAST EVENTFORECAST
 * @param event_history Counts per slot of past event days: one column per year, oldest on the left.
 * @param event_baselines The normal level before each past event day (e.g. mean daily total of the weeks before), one per column of event_history.
 * @param baseline This year's normal level, in the same unit.
 * @param [combine] How the years' uplifts combine: "mean" (default), "max" (the biggest year) or "last".
 * @param [level] Prediction-interval coverage between 0 and 1 (e.g. 0.8); when given the result has 3 columns: forecast, lower, upper.
 * @returns One row per slot.
 */
export function EVENTFORECAST(event_history: any[][], event_baselines: any[][], baseline: any[][], combine?: any[][], level?: any[][]): any[][] {
  return excelResult(() => {
    const how = readChoice(combine ?? null, "combine", COMBINES);
    const coverage = readLevel(level ?? null);
    const thisYear = readScalar(baseline, { name: "baseline", min: 0, minInclusive: false });
    const baselines = readList(event_baselines, { name: "event_baselines", min: 0, minInclusive: false });
    const m = asMatrix(event_history);
    while (m.length > 1 && m[m.length - 1]!.every(isBlank)) m.pop();
    const years = m[0]!.length;
    const pastDays = Array.from({ length: years }, (_, y) =>
      m.map((row, s) => checkNumber(row[y], { name: "event_history", ...COUNT }, years === 1 ? `#${s + 1}` : `R${s + 1}C${y + 1}`)),
    );
    return spillForecast(
      forecastEventDay({
        pastDays,
        pastBaselines: baselines,
        baseline: thisYear,
        combine: how,
        ...(coverage === undefined ? {} : { level: coverage }),
      }),
    );
  });
}

/**
 * Forecast accuracy: WAPE (default), MAPE, SMAPE, BIAS, MAE or RMSE of a forecast against what happened; pairs with a blank are skipped.
 * @customfunction ACCURACY ACCURACY
 * @param actual What happened, per slot (one column or one row; blanks skipped).
 * @param forecast The forecast of the same slots, same number of cells.
 * @param [metric] "WAPE" (Σ|a−f| ÷ Σa, default), "MAPE", "SMAPE", "BIAS" (Σ(f−a) ÷ Σa), "MAE" or "RMSE".
 * @returns The measure (WAPE, MAPE, SMAPE and BIAS as fractions: 0.12 is 12%).
 */
export function ACCURACY(actual: any[][], forecast: any[][], metric?: any[][]): number {
  return excelResult(() => {
    const which = readChoice(metric ?? null, "metric", ACCURACY_METRICS);
    const a = asMatrix(actual).flat();
    const f = asMatrix(forecast).flat();
    if (a.length !== f.length) {
      throw new InputError({
        "en-US": `actual and forecast must have the same number of cells; got ${a.length} and ${f.length}.`,
        "zh-CN": `actual 与 forecast 的单元格数必须相同；当前为 ${a.length} 与 ${f.length}。`,
      });
    }
    const read = (values: unknown[], name: string) => values.map((v, i) => (isBlank(v) ? null : checkNumber(v, { name, ...COUNT }, `#${i + 1}`)));
    return accuracy(read(a, "actual"), read(f, "forecast"), which);
  });
}
