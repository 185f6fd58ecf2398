/**
 * Attainment (actual ÷ target) and pay curves: a payout factor that is 0 below a threshold, rises
 * through the target, and is capped at a stretch point. A slope above target steeper than below is
 * an accelerator; a gentler one below target is a decelerator.
 */
import { InputError } from "../errors";
import { checkAscending, checkNonNegative, checkNotEmpty, checkSameLength } from "./checks";

export interface AttainmentLimits {
  /** Attainment above this counts as the cap (e.g. 1.5 = 150 %). */
  cap?: number;
  /** Threshold: attainment below it counts as 0 (nothing earned below e.g. 80 %). */
  floor?: number;
}

/**
 * Attainment as a fraction: 9 000 of a 10 000 target → 0.9.
 * @example attainment(12000, 10000, { cap: 1.1 }) // 1.1
 * @example attainment(7000, 10000, { floor: 0.8 }) // 0 (below the threshold)
 * @throws InputError when `target` is not above 0 or `cap` is below `floor`.
 */
export function attainment(actual: number, target: number, limits: AttainmentLimits = {}): number {
  if (!(target > 0)) {
    throw new InputError({
      "en-US": `target must be greater than 0; got ${target}.`,
      "zh-CN": `target 必须大于 0，当前为 ${target}。`,
    });
  }
  const { cap, floor } = limits;
  if (cap !== undefined && floor !== undefined && cap < floor) {
    throw new InputError({
      "en-US": `cap (${cap}) must not be below floor (${floor}).`,
      "zh-CN": `cap（${cap}）不能低于 floor（${floor}）。`,
    });
  }
  const a = actual / target;
  if (floor !== undefined && a < floor) return 0;
  return cap !== undefined ? Math.min(a, cap) : a;
}

export interface PayCurve {
  /** Attainment points, strictly rising (e.g. threshold 0.8, target 1, stretch 1.2). */
  attainments: readonly number[];
  /** Payout factor at each point (e.g. 0.5, 1, 2): 0 below the first point, flat after the last. */
  factors: readonly number[];
}

/** @throws InputError naming `attainment_points` or `payout_points`. */
export function checkPayCurve(curve: PayCurve): void {
  checkNotEmpty(curve.attainments, "attainment_points");
  checkSameLength(curve.attainments, "attainment_points", curve.factors, "payout_points");
  checkAscending(curve.attainments, "attainment_points");
  checkNonNegative(curve.factors, "payout_points");
}

/**
 * The payout factor for an attainment: linear between points, 0 below the threshold (first point),
 * capped at the last point.
 * @example payoutFactor(1.1, { attainments: [0.8, 1, 1.2], factors: [0.5, 1, 2] }) // 1.5 (accelerated)
 */
export function payoutFactor(attained: number, curve: PayCurve): number {
  return payCurveFactor(curve)(attained);
}

/**
 * Checks the curve once and returns its factor function (binary search: a long curve applied to a
 * long column stays fast).
 * @throws InputError naming `attainment_points` or `payout_points`.
 */
export function payCurveFactor(curve: PayCurve): (attained: number) => number {
  checkPayCurve(curve);
  const xs = curve.attainments;
  const ys = curve.factors;
  return (attained) => {
    if (attained < xs[0]!) return 0;
    // The last point not above the attainment.
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (xs[mid]! <= attained) lo = mid;
      else hi = mid - 1;
    }
    const next = xs[lo + 1];
    if (next === undefined) return ys[lo]!;
    const t = (attained - xs[lo]!) / (next - xs[lo]!);
    return ys[lo]! + t * (ys[lo + 1]! - ys[lo]!);
  };
}
