/**
 * Normal-day forecast of contacts per slot, from a history of per-slot counts, the way workforce
 * suites do it: a daily level (following recent growth) × a day-of-week factor × an intraday
 * profile learned from recent weeks, with recent days weighted more. Several variants (profile per
 * weekday or one profile for all days, with or without a trend, short or long memory) and the
 * seasonal naive forecast are scored on the history itself (rolling-origin backtest, WAPE) and the
 * best one forecasts; its backtest errors also size the prediction intervals.
 *
 * The history starts at the first slot of a day; blanks (`null`) are missing slots; a partial last
 * day is fine (the forecast continues from the slot after the last one).
 */
import { InputError } from "../errors";
import { countInterval, dispersionOf } from "./intervals";

export const DAYS_PER_WEEK = 7;
/** Days of deseasonalised daily totals the trend is fitted on, and days the flat level averages. */
const TREND_DAYS = 28;
const LEVEL_DAYS = 7;
/** A day whose observed slots hold less than this share of its profile has no usable total. */
const MIN_DAY_COVERAGE = 0.3;

/**
 * The cycles a variant uses: `week` a profile per weekday (daily and weekly cycle in one),
 * `day+weekday` one intraday profile × a day-of-week factor, `day` one intraday profile only.
 */
export type Cycles = "week" | "day+weekday" | "day";

export type NormalMethod = "seasonalNaive" | `${Cycles}${"" | "+trend"}/${"short" | "long"}`;

export interface NormalForecastInput {
  /** Counts per slot, oldest first, from the first slot of a day; `null` = missing. */
  history: readonly (number | null)[];
  /** Slots per day: 144 for 10-minute slots, 48, 24… */
  season: number;
  /** Slots to forecast after the last one of the history. */
  horizon: number;
  /** Use the weekly cycle too. Default: when the history covers at least two weeks. */
  weekly?: boolean;
  /** Prediction-interval coverage in (0, 1); without it no interval is computed. */
  level?: number;
}

export interface BacktestScore {
  method: NormalMethod;
  /** WAPE over the backtest slots (Σ|a − f| ÷ Σa). */
  wape: number;
}

export interface NormalForecast {
  forecast: number[];
  lower?: number[];
  upper?: number[];
  /** The variant that forecast (lowest backtest WAPE). */
  method: NormalMethod;
  /** Every variant's backtest score, the seasonal naive one included. */
  backtest: BacktestScore[];
  /** Variance ÷ mean of the chosen variant's backtest errors (≥ 1). */
  dispersion: number;
}

interface Variant {
  cycles: Cycles;
  trend: boolean;
  /** Half-life of the weight of past days in the profiles and day-of-week factors, in days. */
  halfLifeDays: number;
}

const SHORT_MEMORY_DAYS = 14;
const LONG_MEMORY_DAYS = 56;

function variantName(v: Variant): NormalMethod {
  return `${v.cycles}${v.trend ? "+trend" : ""}/${v.halfLifeDays === SHORT_MEMORY_DAYS ? "short" : "long"}`;
}

function variants(weekly: boolean): Variant[] {
  const out: Variant[] = [];
  for (const cycles of weekly ? (["week", "day+weekday", "day"] as const) : (["day"] as const)) {
    for (const trend of [false, true]) {
      for (const halfLifeDays of [SHORT_MEMORY_DAYS, LONG_MEMORY_DAYS]) out.push({ cycles, trend, halfLifeDays });
    }
  }
  return out;
}

/** Forecasts of slots `start … start + count − 1` (absolute indices, from the fitted length on). */
type Predictor = (start: number, count: number) => Float64Array;

/**
 * Fits the variants sharing one memory (`halfLifeDays`) on `x[0 .. n)` (NaN = missing): the
 * weighted profiles are computed once, the day totals once per profile kind.
 */
function fitFamily(x: Float64Array, n: number, season: number, weekly: boolean, halfLifeDays: number): (v: Variant) => Predictor {
  const days = Math.ceil(n / season);
  const dayWeight = Float64Array.from({ length: days }, (_, d) => Math.pow(2, -(days - 1 - d) / halfLifeDays));
  // Weighted mean count per slot: group 0 over all days, groups 1–7 per weekday (weekly only).
  const groups = weekly ? DAYS_PER_WEEK : 0;
  const sums = new Float64Array((groups + 1) * season);
  const weights = new Float64Array((groups + 1) * season);
  for (let d = 0, t = 0; d < days; d++) {
    const w = dayWeight[d]!;
    const g = weekly ? (1 + (d % DAYS_PER_WEEK)) * season : 0;
    for (let s = 0; s < season && t < n; s++, t++) {
      const value = x[t]!;
      if (Number.isNaN(value)) continue;
      sums[s] = sums[s]! + w * value;
      weights[s] = weights[s]! + w;
      if (weekly) {
        sums[g + s] = sums[g + s]! + w * value;
        weights[g + s] = weights[g + s]! + w;
      }
    }
  }
  // Profiles: shares of the day per slot. A weekday slot never observed takes the all-days mean.
  const profile = new Float64Array((groups + 1) * season);
  for (let g = 0; g <= groups; g++) {
    let total = 0;
    for (let s = 0; s < season; s++) {
      const i = g * season + s;
      const mean = weights[i]! > 0 ? sums[i]! / weights[i]! : weights[s]! > 0 ? sums[s]! / weights[s]! : 0;
      profile[i] = mean;
      total += mean;
    }
    for (let s = 0; s < season; s++) profile[g * season + s] = total > 0 ? profile[g * season + s]! / total : 1 / season;
  }

  /** Daily totals scaled up from the observed slots by the profile share they cover, and day-of-week factors. */
  const totalsOf = (perWeekday: boolean) => {
    const groupOf = (d: number) => (perWeekday ? 1 + (d % DAYS_PER_WEEK) : 0);
    const totals = new Float64Array(days).fill(NaN);
    for (let d = 0; d < days; d++) {
      let observed = 0;
      let share = 0;
      const base = groupOf(d) * season;
      for (let s = 0, t = d * season; s < season && t < n; s++, t++) {
        const value = x[t]!;
        if (Number.isNaN(value)) continue;
        observed += value;
        share += profile[base + s]!;
      }
      if (share >= MIN_DAY_COVERAGE) totals[d] = observed / share;
    }
    return { groupOf, totals };
  };
  const daily = totalsOf(false);
  const perWeekday = weekly ? totalsOf(true) : daily;
  const flat = new Float64Array(DAYS_PER_WEEK).fill(1);
  const factors = weekly ? { daily: weekdayFactors(daily.totals, dayWeight), perWeekday: weekdayFactors(perWeekday.totals, dayWeight) } : { daily: flat, perWeekday: flat };

  return (v) => {
    const { groupOf, totals } = v.cycles === "week" ? perWeekday : daily;
    const factor = v.cycles === "week" ? factors.perWeekday : v.cycles === "day+weekday" ? factors.daily : flat;
    const level = dailyLevel(totals, factor, v.trend);
    return (start, count) => {
      const out = new Float64Array(count);
      for (let i = 0, t = start; i < count; ) {
        const d = Math.floor(t / season);
        const scale = level(d) * factor[d % DAYS_PER_WEEK]!;
        const base = groupOf(d) * season - d * season;
        for (const end = Math.min(count, i + (d + 1) * season - t); i < end; i++, t++) out[i] = scale * profile[base + t]!;
      }
      return out;
    };
  };
}

/** Each weekday's total over its (aligned, complete) week's mean, weighted like the profiles; mean 1. */
function weekdayFactors(totals: Float64Array, dayWeight: Float64Array): Float64Array {
  const num = new Float64Array(DAYS_PER_WEEK);
  const den = new Float64Array(DAYS_PER_WEEK);
  for (let start = 0; start + DAYS_PER_WEEK <= totals.length; start += DAYS_PER_WEEK) {
    let weekSum = 0;
    let complete = true;
    for (let k = 0; k < DAYS_PER_WEEK; k++) {
      const total = totals[start + k]!;
      if (Number.isNaN(total)) complete = false;
      else weekSum += total;
    }
    if (!complete || weekSum <= 0) continue;
    const weekMean = weekSum / DAYS_PER_WEEK;
    for (let k = 0; k < DAYS_PER_WEEK; k++) {
      const w = dayWeight[start + k]!;
      num[k] = num[k]! + (w * totals[start + k]!) / weekMean;
      den[k] = den[k]! + w;
    }
  }
  const factor = new Float64Array(DAYS_PER_WEEK);
  let mean = 0;
  for (let k = 0; k < DAYS_PER_WEEK; k++) mean += (factor[k] = den[k]! > 0 ? num[k]! / den[k]! : 1) / DAYS_PER_WEEK;
  for (let k = 0; k < DAYS_PER_WEEK; k++) factor[k] = mean > 0 && factor[k]! > 0 ? factor[k]! / mean : 1;
  return factor;
}

/** The deseasonalised daily level by day: flat (mean of the last days) or a least-squares line. */
function dailyLevel(totals: Float64Array, factor: Float64Array, trend: boolean): (d: number) => number {
  const days = totals.length;
  const window = trend ? TREND_DAYS : LEVEL_DAYS;
  let count = 0;
  let sumD = 0;
  let sumY = 0;
  let sumDD = 0;
  let sumDY = 0;
  for (let d = days - 1; d >= 0 && d >= days - window; d--) {
    const total = totals[d]!;
    if (Number.isNaN(total)) continue;
    const y = total / factor[d % DAYS_PER_WEEK]!;
    count += 1;
    sumD += d;
    sumY += y;
    sumDD += d * d;
    sumDY += d * y;
  }
  const meanY = count > 0 ? sumY / count : 0;
  const spread = sumDD - (sumD * sumD) / Math.max(count, 1);
  const slope = trend && count >= 2 && spread > 0 ? (sumDY - (sumD * sumY) / count) / spread : 0;
  const centre = count > 0 ? sumD / count : 0;
  return (d) => Math.max(0, meanY + slope * (d - centre));
}

/** Same slot one cycle back (a week when weekly, else a day), skipping missing slots. */
function fitNaive(x: Float64Array, n: number, lag: number): Predictor {
  return (start, count) =>
    Float64Array.from({ length: count }, (_, i) => {
      const t = start + i;
      for (let back = t - lag * Math.ceil((t - n + 1) / lag); back >= 0; back -= lag) {
        if (!Number.isNaN(x[back]!)) return x[back]!;
      }
      return NaN;
    });
}

interface Candidate {
  method: NormalMethod;
  fit: (n: number) => Predictor;
}

function invalid(en: string, zh: string): InputError {
  return new InputError({ "en-US": en, "zh-CN": zh });
}

/**
 * Forecasts the next `horizon` slots after `history`.
 *
 * @example forecastNormalDays({ history: Array(288).fill(5), season: 144, horizon: 3 }).forecast // → [5, 5, 5]
 * @throws InputError when the history is shorter than two days (`season` slots each), when `weekly`
 *   is asked for with less than two weeks, or when the history is all blanks.
 */
export function forecastNormalDays(input: NormalForecastInput): NormalForecast {
  const { history, season, horizon, level } = input;
  const n = history.length;
  if (n < 2 * season) {
    throw invalid(
      `history needs at least two days of slots (${2 * season} values at ${season} slots a day); it has ${n}.`,
      `history 至少需要两天的时段（每天 ${season} 个时段，共 ${2 * season} 个值），当前只有 ${n} 个。`,
    );
  }
  const twoWeeks = 2 * DAYS_PER_WEEK * season;
  const weekly = input.weekly ?? n >= twoWeeks;
  if (weekly && n < twoWeeks) {
    throw invalid(
      `weekly needs at least two weeks of history (${twoWeeks} slots); it has ${n}: set weekly to FALSE or give more history.`,
      `weekly 需要至少两周的历史（${twoWeeks} 个时段），当前只有 ${n} 个：请将 weekly 设为 FALSE 或提供更长的历史。`,
    );
  }
  const x = Float64Array.from(history, (v) => (v === null ? NaN : v));
  if (x.every(Number.isNaN)) throw invalid("history has no values, only blanks.", "history 只有空白，没有数值。");

  const lag = weekly ? DAYS_PER_WEEK * season : season;
  const families = new Map<string, (v: Variant) => Predictor>();
  const family = (m: number, halfLifeDays: number) => {
    const key = `${m}/${halfLifeDays}`;
    let fitted = families.get(key);
    if (!fitted) families.set(key, (fitted = fitFamily(x, m, season, weekly, halfLifeDays)));
    return fitted;
  };
  const candidates: Candidate[] = [
    ...variants(weekly).map((v) => ({ method: variantName(v), fit: (m: number) => family(m, v.halfLifeDays)(v) })),
    { method: "seasonalNaive", fit: (m: number) => fitNaive(x, m, lag) },
  ];

  // Rolling-origin backtest: up to two holdouts of (at most) a week at the end of the history.
  const holdout = Math.min(Math.max(horizon, season), DAYS_PER_WEEK * season, n - season);
  const minTraining = weekly ? DAYS_PER_WEEK * season : season;
  const origins = [n - holdout, n - 2 * holdout].filter((o) => o >= minTraining);
  const scored = candidates.map((c) => {
    const predictions = origins.map((origin) => c.fit(origin)(origin, holdout));
    let absError = 0;
    let actualSum = 0;
    let pairs = 0;
    predictions.forEach((predicted, k) => {
      const origin = origins[k]!;
      for (let i = 0; i < holdout; i++) {
        const a = x[origin + i]!;
        const f = predicted[i]!;
        if (Number.isNaN(a) || Number.isNaN(f)) continue;
        absError += Math.abs(a - f);
        actualSum += a;
        pairs += 1;
      }
    });
    return { candidate: c, wape: pairs > 0 ? absError / Math.max(actualSum, 1) : Infinity, predictions };
  });
  // Lowest WAPE wins; on a tie (within rounding) the earlier, simpler-to-explain variant, so the
  // naive forecast wins only outright.
  const best = scored.reduce((a, b) => (b.wape < a.wape - 1e-9 ? b : a));
  const dispersion = dispersionOf(
    origins.flatMap((origin) => Array.from(x.subarray(origin, origin + holdout))),
    best.predictions.flatMap((p) => Array.from(p)),
  );

  const forecast = Array.from(best.candidate.fit(n)(n, horizon), (f) => (Number.isNaN(f) ? 0 : f));
  const result: NormalForecast = {
    forecast,
    method: best.candidate.method,
    backtest: scored.map((s) => ({ method: s.candidate.method, wape: s.wape })),
    dispersion,
  };
  if (level !== undefined) {
    const bounds = forecast.map((f) => countInterval(f, level, dispersion));
    result.lower = bounds.map((b) => b.lower);
    result.upper = bounds.map((b) => b.upper);
  }
  return result;
}
