/**
 * Forecast accuracy: how far a forecast was from what happened, in the measures workforce planners
 * quote. Pairs where either side is blank (`null`) are skipped, so a partial day can be scored.
 */
import { InputError } from "../errors";

export type AccuracyMetric = "WAPE" | "MAPE" | "SMAPE" | "BIAS" | "MAE" | "RMSE";

export const ACCURACY_METRICS: readonly AccuracyMetric[] = ["WAPE", "MAPE", "SMAPE", "BIAS", "MAE", "RMSE"];

/** A value per slot; `null` for a blank (missing) slot. */
export type Slot = number | null;

function noAnswer(en: string, zh: string): InputError {
  return new InputError({ "en-US": en, "zh-CN": zh }, "noAnswer");
}

/**
 * One accuracy measure of `forecast` against `actual` (same length, same slots).
 * - WAPE = Σ|a − f| ÷ Σa (a fraction: 0.12 is 12 %), robust when slots are small;
 * - MAPE = mean of |a − f| ÷ a over the slots with a > 0;
 * - SMAPE = mean of 2|a − f| ÷ (|a| + |f|), a slot where both are 0 counting as 0;
 * - BIAS = Σ(f − a) ÷ Σa (positive: the forecast was too high);
 * - MAE = mean |a − f|; RMSE = √(mean (a − f)²), in the unit of the counts.
 *
 * @example accuracy([100, 200], [110, 180], "WAPE") // → 30 / 300 = 0.1
 * @throws InputError (`noAnswer`) when no pair has both values, or when a ratio has nothing to divide
 *   by (WAPE or BIAS with Σa = 0, MAPE with no a > 0).
 */
export function accuracy(actual: readonly Slot[], forecast: readonly Slot[], metric: AccuracyMetric = "WAPE"): number {
  if (actual.length !== forecast.length) throw new Error(`accuracy: ${actual.length} actual values and ${forecast.length} forecasts`);
  let pairs = 0;
  let sumActual = 0;
  let sumAbs = 0;
  let sumSigned = 0;
  let sumSquared = 0;
  let ape = 0;
  let apeCount = 0;
  let sape = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const f = forecast[i];
    if (a === null || a === undefined || f === null || f === undefined) continue;
    const e = f - a;
    pairs += 1;
    sumActual += a;
    sumAbs += Math.abs(e);
    sumSigned += e;
    sumSquared += e * e;
    if (a > 0) {
      ape += Math.abs(e) / a;
      apeCount += 1;
    }
    const scale = Math.abs(a) + Math.abs(f);
    if (scale > 0) sape += (2 * Math.abs(e)) / scale;
  }
  if (pairs === 0) throw noAnswer("No slot has both an actual value and a forecast.", "没有同时有实际值和预测值的时段。");
  switch (metric) {
    case "WAPE":
    case "BIAS":
      if (sumActual <= 0) {
        throw noAnswer(`${metric} divides by the total of the actual values, which is 0.`, `${metric} 以实际值合计为分母，而合计为 0。`);
      }
      return (metric === "WAPE" ? sumAbs : sumSigned) / sumActual;
    case "MAPE":
      if (apeCount === 0) throw noAnswer("MAPE needs at least one actual value above 0.", "MAPE 至少需要一个大于 0 的实际值。");
      return ape / apeCount;
    case "SMAPE":
      return sape / pairs;
    case "MAE":
      return sumAbs / pairs;
    case "RMSE":
      return Math.sqrt(sumSquared / pairs);
  }
}
