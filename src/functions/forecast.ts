/**
 * Custom functions for forecasting contact volume (namespace CS): the normal-day forecast, the
 * event-day forecast and forecast accuracy. Thin wrappers: read and check the ranges (`args.ts`),
 * call `core/forecast`, map bad input to Excel errors (`excel-errors.ts`). Forecasts spill one
 * column (forecast) or, when `level` is given, three (forecast, lower, upper).
 * Ids are stored in users' workbooks: never rename one.
 */
import { InputError } from "../core/errors";
import { ACCURACY_METRICS, accuracy, COMBINES, forecastEventDay, forecastNormalDays, type Slot } from "../core/forecast";
import { FORECAST_RULES as R } from "../core/forecast/rules";
import { asMatrix, cellValue, checkNumber, readBoolean, readChoice, readList, readScalar } from "./args";
import { excelResult } from "./excel-errors";
import { argRule, type Param, type Params } from "./params";

const LEVEL: Param = {
  en: "Prediction-interval coverage, e.g. 0.8; when given the result has 3 columns: forecast, lower, upper",
  zh: "预测区间的置信水平，如 0.8；填写时结果为 3 列：预测值、下限、上限",
  rule: R.level,
};

const FORECAST_PARAMS = {
  history: {
    en: "Counts per slot, oldest first, from the first slot of a day: one column or one row, at least two days; blank cells are missing slots",
    zh: "每个时段的咨询量，按时间从早到晚，从某天的第一个时段开始：一列或一行，至少两天；空白单元格表示缺失",
    rule: R.count,
    list: true,
  },
  season: { en: "Slots per day: 144 for 10-minute slots, 48 for half-hours, 24 for hours", zh: "每天的时段数：10 分钟时段为 144，半小时为 48，小时为 24", rule: R.season },
  horizon: { en: "Slots to forecast after the last one", zh: "要预测的时段数（从最后一个时段之后开始）", rule: R.horizon },
  weekly: { en: "TRUE to use the weekly cycle too; default TRUE when the history covers at least two weeks", zh: "TRUE 表示同时使用周周期；历史满两周时默认为 TRUE" },
  level: LEVEL,
} satisfies Params;

const EVENTFORECAST_PARAMS = {
  event_history: { en: "Counts per slot of past event days: one column per year, oldest on the left", zh: "往年活动日每个时段的咨询量：每年一列，最早的年份在最左边", rule: R.count, list: true },
  event_baselines: {
    en: "The normal level before each past event day (e.g. mean daily total of the weeks before), one per column of event_history",
    zh: "每个往年活动日之前的日常水平（如活动前几周的日均总量），与 event_history 的列一一对应",
    rule: R.baseline,
    list: true,
  },
  baseline: { en: "This year's normal level, in the same unit", zh: "今年的日常水平，单位与 event_baselines 相同", rule: R.baseline },
  combine: { en: 'How the years\' uplifts combine: "mean" (default), "max" (the biggest year) or "last"', zh: '各年倍数的合并方式："mean"（平均，默认）、"max"（取最大的一年）或 "last"（最近一年）' },
  level: LEVEL,
} satisfies Params;

const ACCURACY_PARAMS = {
  actual: { en: "What happened, per slot: one column or one row; blanks skipped", zh: "每个时段的实际咨询量：一列或一行；空白不计入", rule: R.count, list: true },
  forecast: { en: "The forecast of the same slots, as many cells", zh: "同样时段的预测值，单元格数与 actual 相同", rule: R.count, list: true },
  metric: {
    en: '"WAPE" (Σ|a−f| ÷ Σa, default), "MAPE", "SMAPE", "BIAS" (Σ(f−a) ÷ Σa), "MAE" or "RMSE"',
    zh: '"WAPE"（Σ|实际−预测| ÷ Σ实际，默认）、"MAPE"、"SMAPE"、"BIAS"（Σ(预测−实际) ÷ Σ实际）、"MAE" 或 "RMSE"',
  },
} satisfies Params;

export const FUNCTION_PARAMS: Readonly<Record<string, Params>> = {
  FORECAST: FORECAST_PARAMS,
  EVENTFORECAST: EVENTFORECAST_PARAMS,
  ACCURACY: ACCURACY_PARAMS,
};

function isBlank(raw: unknown): boolean {
  const v = cellValue(raw);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every(isBlank));
}

/**
 * A one-column or one-row range of counts ≥ 0, blanks kept as missing (`null`); blanks after the
 * last value are dropped (a history pasted into a longer range).
 */
function readCounts(arg: unknown, name: string, p: Param): Slot[] {
  const m = asMatrix(arg);
  if (m.length > 1 && m[0]!.length > 1) {
    throw new InputError({
      "en-US": `${name} must be one column or one row; got ${m.length} rows × ${m[0]!.length} columns.`,
      "zh-CN": `${name} 必须是一列或一行；当前为 ${m.length} 行 × ${m[0]!.length} 列。`,
    });
  }
  const flat = m.flat();
  while (flat.length > 0 && isBlank(flat[flat.length - 1])) flat.pop();
  return flat.map((v, i) => (isBlank(v) ? null : checkNumber(v, argRule(name, p), `#${i + 1}`)));
}

/** The optional `level`: `undefined` when omitted. */
function readLevel(level: unknown): number | undefined {
  return omitted(level) ? undefined : readScalar(level, argRule("level", LEVEL));
}

/** One row per slot: [forecast] or [forecast, lower, upper]. */
function spillForecast(r: { forecast: number[]; lower?: number[]; upper?: number[] }): number[][] {
  return r.forecast.map((f, i) => (r.lower && r.upper ? [f, r.lower[i]!, r.upper[i]!] : [f]));
}

/**
 * Forecast of the next slots from a history of counts per slot, with the daily and (from two weeks of history) the weekly cycle; the method is chosen by backtest on the history.
 * @customfunction FORECAST FORECAST
 * @param history Counts per slot, oldest first, from the first slot of a day: one column or one row, at least two days; blank cells are missing slots (each ≥ 0).
 * @param season Slots per day: 144 for 10-minute slots, 48 for half-hours, 24 for hours (whole number 1 to 1440).
 * @param horizon Slots to forecast after the last one (whole number 1 to 100000).
 * @param [weekly] TRUE to use the weekly cycle too; default TRUE when the history covers at least two weeks.
 * @param [level] Prediction-interval coverage, e.g. 0.8; when given the result has 3 columns: forecast, lower, upper (> 0 and < 1).
 * @returns One row per forecast slot.
 */
export function FORECAST(history: any[][], season: any[][], horizon: any[][], weekly?: any[][], level?: any[][]): any[][] {
  return excelResult(() => {
    const seasonSlots = readScalar(season, argRule("season", FORECAST_PARAMS.season));
    const slots = readScalar(horizon, argRule("horizon", FORECAST_PARAMS.horizon));
    const useWeekly = omitted(weekly ?? null) ? undefined : readBoolean(weekly, "weekly", false);
    const coverage = readLevel(level ?? null);
    const counts = readCounts(history, "history", FORECAST_PARAMS.history);
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
 * @param event_history Counts per slot of past event days: one column per year, oldest on the left (each ≥ 0).
 * @param event_baselines The normal level before each past event day (e.g. mean daily total of the weeks before), one per column of event_history (each > 0).
 * @param baseline This year's normal level, in the same unit (> 0).
 * @param [combine] How the years' uplifts combine: "mean" (default), "max" (the biggest year) or "last".
 * @param [level] Prediction-interval coverage, e.g. 0.8; when given the result has 3 columns: forecast, lower, upper (> 0 and < 1).
 * @returns One row per slot.
 */
export function EVENTFORECAST(event_history: any[][], event_baselines: any[][], baseline: any[][], combine?: any[][], level?: any[][]): any[][] {
  return excelResult(() => {
    const how = readChoice(combine ?? null, "combine", COMBINES);
    const coverage = readLevel(level ?? null);
    const thisYear = readScalar(baseline, argRule("baseline", EVENTFORECAST_PARAMS.baseline));
    const baselines = readList(event_baselines, argRule("event_baselines", EVENTFORECAST_PARAMS.event_baselines));
    const m = asMatrix(event_history);
    while (m.length > 1 && m[m.length - 1]!.every(isBlank)) m.pop();
    const years = m[0]!.length;
    const pastDays = Array.from({ length: years }, (_, y) =>
      m.map((row, s) => checkNumber(row[y], argRule("event_history", EVENTFORECAST_PARAMS.event_history), years === 1 ? `#${s + 1}` : `R${s + 1}C${y + 1}`)),
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
 * @param actual What happened, per slot: one column or one row; blanks skipped (each ≥ 0).
 * @param forecast The forecast of the same slots, as many cells (each ≥ 0).
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
    const read = (values: unknown[], name: "actual" | "forecast") =>
      values.map((v, i) => (isBlank(v) ? null : checkNumber(v, argRule(name, ACCURACY_PARAMS[name]), `#${i + 1}`)));
    return accuracy(read(a, "actual"), read(f, "forecast"), which);
  });
}
