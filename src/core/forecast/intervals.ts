/**
 * Prediction intervals for counts. Contacts per slot behave like Poisson counts: the spread of a
 * slot grows with the square root of its mean, so a slot of 3 and a slot of 3 000 get different
 * widths. The spread is the Poisson one times a dispersion factor measured on the forecaster's own
 * backtest (≥ 1: real counts are never tighter than Poisson), plus any variance the forecaster knows
 * beyond that (e.g. how much the event uplift moved between years). The bounds get the skew of a
 * count distribution (Cornish–Fisher: a count's upper tail is longer) and are never below 0.
 */

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The central `level` interval of a slot forecast `mean`: variance `dispersion × mean + extraVariance`.
 *
 * @param level Coverage wanted, in (0, 1), e.g. 0.8.
 * @param dispersion Variance ÷ mean of the counts (1 = Poisson).
 * @param extraVariance Variance beyond the count noise (squared counts), default 0.
 */
export function countInterval(mean: number, level: number, dispersion: number, extraVariance = 0): Interval {
  const z = normalQuantile(0.5 + level / 2);
  const variance = dispersion * mean + extraVariance;
  if (variance <= 0) return { lower: mean, upper: mean };
  const sd = Math.sqrt(variance);
  // Cornish–Fisher skew term (z² − 1)·κ₃ ÷ (6σ²), with the third cumulant of a scaled Poisson, dispersion² × mean.
  const skew = ((z * z - 1) * dispersion * dispersion * mean) / (6 * variance);
  // Near 0 the skew term can pass the mean: the bounds never cross it.
  return { lower: Math.min(mean, Math.max(0, mean - z * sd + skew)), upper: Math.max(mean, mean + z * sd + skew) };
}

/**
 * The dispersion of counts around a forecast, from backtest pairs: Σ(a − f)² ÷ Σf (how much wider
 * than Poisson the errors were), at least 1. 1 when there is nothing to measure.
 */
export function dispersionOf(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let squared = 0;
  let mean = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const f = forecast[i]!;
    if (Number.isNaN(a) || Number.isNaN(f)) continue;
    squared += (a - f) * (a - f);
    mean += f;
  }
  return mean > 0 ? Math.max(1, squared / mean) : 1;
}
