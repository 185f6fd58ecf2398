/**
 * Event-day forecast (Double 11, 618…): the same event in past years, each as a multiple of the
 * normal level before it, applied to this year's normal level. For year y the uplift is
 * `uplift_y = Σ slots of y's event day ÷ baseline_y`; this year's day totals
 * `baseline × combine(uplift_y)` exactly, with `combine` the mean (default), the max (the capacity article's
 * rule: plan for the biggest of the past years) or the last year. The day's shape per slot is the
 * years' average share of the day per slot, smoothed where a slot differs from its neighbours by
 * no more than count noise (a real peak such as midnight stays sharp, one noisy year's spikes do not).
 */
import { InputError } from "../errors";
import { countInterval } from "./intervals";

export type Combine = "mean" | "max" | "last";

export const COMBINES: readonly Combine[] = ["mean", "max", "last"];

export interface EventForecastInput {
  /** One array per past event day (oldest first), each with the same number of slots. */
  pastDays: readonly (readonly number[])[];
  /** The normal level before each past event day, same unit as `baseline` (e.g. mean daily total). */
  pastBaselines: readonly number[];
  /** This year's normal level. */
  baseline: number;
  combine?: Combine;
  /** Prediction-interval coverage in (0, 1); without it no interval is computed. */
  level?: number;
}

export interface EventForecast {
  forecast: number[];
  lower?: number[];
  upper?: number[];
  /** Each past year's event total ÷ its baseline. */
  uplifts: number[];
  /** `combine(uplifts)`. */
  uplift: number;
  /** `baseline × uplift`, the sum of `forecast`. */
  total: number;
  /** Share of the day per slot (sums to 1). */
  shape: number[];
}

function invalid(en: string, zh: string): InputError {
  return new InputError({ "en-US": en, "zh-CN": zh });
}

export function combineUplifts(uplifts: readonly number[], combine: Combine): number {
  switch (combine) {
    case "mean":
      return uplifts.reduce((a, b) => a + b, 0) / uplifts.length;
    case "max":
      return Math.max(...uplifts);
    case "last":
      return uplifts[uplifts.length - 1]!;
  }
}

/** Sample variance (n − 1); 0 for fewer than two values. */
function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (values.length - 1);
}

/** The event day's shape: mean share per slot, smoothed within count noise, summing to 1. */
function eventShape(pastDays: readonly (readonly number[])[], dayTotals: readonly number[]): number[] {
  const slots = pastDays[0]!.length;
  const mean = new Array<number>(slots).fill(0);
  pastDays.forEach((day, y) => day.forEach((v, s) => (mean[s]! += v / dayTotals[y]! / pastDays.length)));
  // A share estimated from N counts in all has a noise of about √(share ÷ N).
  const counted = dayTotals.reduce((a, b) => a + b, 0);
  const smoothed = mean.map((m, s) => {
    if (slots < 3) return m;
    const before = mean[Math.max(0, s - 1)]!;
    const after = mean[Math.min(slots - 1, s + 1)]!;
    const local = (before + 2 * m + after) / 4;
    return Math.abs(m - local) <= 2 * Math.sqrt(Math.max(m, local) / counted) ? local : m;
  });
  const sum = smoothed.reduce((a, b) => a + b, 0);
  return smoothed.map((v) => v / sum);
}

/**
 * This year's event day, slot by slot.
 *
 * @example forecastEventDay({ pastDays: [[10, 30], [20, 60]], pastBaselines: [4, 8], baseline: 10 }).total // → 100
 * @throws InputError for no past day, days of different lengths, a count below 0, a past day with
 *   no contacts, a baseline count that does not match the days, or a baseline ≤ 0.
 */
export function forecastEventDay(input: EventForecastInput): EventForecast {
  const { pastDays, pastBaselines, baseline, level } = input;
  const combine = input.combine ?? "mean";
  if (pastDays.length === 0) throw invalid("event_history needs at least one past event day.", "event_history 至少需要一个往年活动日。");
  const slots = pastDays[0]!.length;
  if (slots === 0 || pastDays.some((d) => d.length !== slots)) {
    throw invalid("Every past event day needs the same number of slots.", "每个往年活动日的时段数必须相同。");
  }
  if (pastBaselines.length !== pastDays.length) {
    throw invalid(
      `event_baselines needs one value per past event day: ${pastDays.length} days, ${pastBaselines.length} baselines.`,
      `event_baselines 须为每个往年活动日各给一个值：活动日 ${pastDays.length} 个，基准 ${pastBaselines.length} 个。`,
    );
  }
  pastBaselines.forEach((b, y) => {
    if (!(b > 0) || !Number.isFinite(b)) {
      throw invalid(`event_baselines (#${y + 1}) must be a number greater than 0; got ${b}.`, `event_baselines（#${y + 1}）必须是大于 0 的数字，当前为 ${b}。`);
    }
  });
  if (!(baseline > 0) || !Number.isFinite(baseline)) {
    throw invalid(`baseline must be a number greater than 0; got ${baseline}.`, `baseline 必须是大于 0 的数字，当前为 ${baseline}。`);
  }
  const dayTotals = pastDays.map((day, y) => {
    let total = 0;
    day.forEach((v, s) => {
      if (!(v >= 0) || !Number.isFinite(v)) {
        throw invalid(`event_history (year ${y + 1}, slot ${s + 1}) must be a count ≥ 0; got ${v}.`, `event_history（第 ${y + 1} 年，第 ${s + 1} 个时段）必须是不小于 0 的数量，当前为 ${v}。`);
      }
      total += v;
    });
    if (total <= 0) throw invalid(`event_history: past event day ${y + 1} has no contacts.`, `event_history：第 ${y + 1} 个往年活动日没有咨询量。`);
    return total;
  });

  const uplifts = dayTotals.map((t, y) => t / pastBaselines[y]!);
  const uplift = combineUplifts(uplifts, combine);
  const total = baseline * uplift;
  const shape = eventShape(pastDays, dayTotals);
  const forecast = shape.map((share) => total * share);
  const result: EventForecast = { forecast, uplifts, uplift, total, shape };

  if (level !== undefined) {
    // Beyond count noise: how much the uplift and each slot's share moved from year to year.
    const upliftCv2 = variance(uplifts) / (uplift * uplift);
    const shares = shape.map((_, s) => variance(pastDays.map((day, y) => day[s]! / dayTotals[y]!)));
    const bounds = forecast.map((f, s) => countInterval(f, level, 1, f * f * upliftCv2 + total * total * shares[s]!));
    result.lower = bounds.map((b) => b.lower);
    result.upper = bounds.map((b) => b.upper);
  }
  return result;
}
