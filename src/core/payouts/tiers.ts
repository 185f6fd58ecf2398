/**
 * Tiered commission. A tier table is a list of band lower bounds and the rate of each band:
 * bounds 0, 10 000, 25 000 with rates 5 %, 7 %, 10 % means 5 % from 0, 7 % from 10 000, 10 % from 25 000.
 * - `marginal` (step, progressive): each band of the amount is paid at its own rate.
 *   30 000 → 10 000 × 5 % + 15 000 × 7 % + 5 000 × 10 % = 2 050.
 * - `flat` (retroactive): the whole amount at the rate of the highest band reached: 30 000 → 3 000.
 * Amounts below the first bound earn nothing. Computed exactly, rounded to the cent once at the end
 * (half away from zero), then clamped to the optional floor and cap.
 */
import { InputError } from "../errors";
import { checkAscending, checkNonNegative, checkNotEmpty, checkSameLength } from "./checks";
import { add, decimalOf, digitsAt, divRoundHalfUp, fromNumber, max, min, mul, roundHalfUp, sub, ZERO, ratio, type Ratio } from "./exact";

export type TierMode = "marginal" | "flat";

export interface TierTable {
  /** Lower bound of each band, in currency units, strictly rising. */
  bounds: readonly number[];
  /** Rate of each band as a fraction (0.05 = 5 %), zero or more. */
  rates: readonly number[];
}

export interface PayLimits {
  /** Most the component may pay, in cents. */
  capCents?: number;
  /** Least the component pays (a guaranteed minimum), in cents. */
  floorCents?: number;
}

/** One statement line: the part of the amount that falls in a band, its rate and its pay. */
export interface TierLine {
  /** Lower bound of the band, currency units. */
  from: number;
  /** Upper bound (next band's lower bound), or null for the open top band. */
  to: number | null;
  /** Part of the amount in this band, currency units (exact). */
  amountInBand: Ratio;
  rate: number;
  /** Pay of this line in cents; the lines add up exactly to the rounded total. */
  payCents: number;
}

/**
 * Checks a tier table: same number of bounds and rates, bounds rising, rates not negative.
 * @throws InputError naming `bounds` or `rates`.
 */
export function checkTierTable(table: TierTable, names = { bounds: "bounds", rates: "rates" }): void {
  checkNotEmpty(table.bounds, names.bounds);
  checkSameLength(table.bounds, names.bounds, table.rates, names.rates);
  checkAscending(table.bounds, names.bounds);
  checkNonNegative(table.rates, names.rates);
}

/** The part of `amount` inside each band (exact), band by band. */
function amountsInBands(amount: Ratio, bounds: readonly Ratio[]): Ratio[] {
  return bounds.map((lower, i) => {
    const upper = bounds[i + 1];
    const top = upper === undefined ? amount : min(amount, upper);
    return max(ZERO, sub(top, lower));
  });
}

/** Exact pay as an integer over a power of ten: pay = `total` ÷ 10^`scale` (currency units). */
interface ScaledPay {
  total: bigint;
  scale: number;
}

/**
 * Prepares a tier table once for many amounts. Works in scaled BigInt integers — amount and bounds
 * at one power of ten, rates at another — and divides once at the end, so a column of thousands
 * of amounts stays fast.
 */
function tierPayer(table: TierTable, mode: TierMode): (amount: number) => ScaledPay {
  const bounds = table.bounds.map(decimalOf);
  const rates = table.rates.map(decimalOf);
  const boundScale = Math.max(...bounds.map((b) => b.scale));
  const rateScale = Math.max(...rates.map((r) => r.scale));
  const R = rates.map((r) => digitsAt(r, rateScale));
  return (amount) => {
    const a = decimalOf(amount);
    const scale = Math.max(a.scale, boundScale);
    const A = digitsAt(a, scale);
    const B = bounds.map((b) => digitsAt(b, scale));
    let total = 0n;
    if (mode === "flat") {
      let reached = -1;
      B.forEach((b, i) => {
        if (A >= b) reached = i;
      });
      total = reached < 0 ? 0n : A * R[reached]!;
    } else {
      B.forEach((lower, i) => {
        const upper = B[i + 1];
        const top = upper !== undefined && upper < A ? upper : A;
        if (top > lower) total += (top - lower) * R[i]!;
      });
    }
    return { total, scale: scale + rateScale };
  };
}

/** Exact pay (currency units) before rounding. */
export function tierPayExact(amount: number, table: TierTable, mode: TierMode): Ratio {
  const { total, scale } = tierPayer(table, mode)(amount);
  return ratio(total, 10n ** BigInt(scale));
}

function clamp(cents: number, limits: PayLimits): number {
  const { capCents, floorCents } = limits;
  if (capCents !== undefined && floorCents !== undefined && capCents < floorCents) {
    throw new InputError({
      "en-US": `cap (${capCents / 100}) must not be below floor (${floorCents / 100}).`,
      "zh-CN": `上限（${capCents / 100}）不能低于保底（${floorCents / 100}）。`,
    });
  }
  let c = cents;
  if (capCents !== undefined) c = Math.min(c, capCents);
  if (floorCents !== undefined) c = Math.max(c, floorCents);
  return c;
}

/**
 * Tiered pay in integer cents.
 * @example tieredPayCents(30000, { bounds: [0, 10000, 25000], rates: [0.05, 0.07, 0.1] }, "marginal") // 205000
 * @throws InputError for a bad table or a cap below the floor.
 */
export function tieredPayCents(amount: number, table: TierTable, mode: TierMode = "marginal", limits: PayLimits = {}): number {
  return tieredPayCalculator(table, mode, limits)(amount);
}

/**
 * {@link tieredPayCents} for many amounts: checks the table and the limits once, then pays each
 * amount in integer cents.
 * @throws InputError for a bad table or a cap below the floor.
 */
export function tieredPayCalculator(table: TierTable, mode: TierMode = "marginal", limits: PayLimits = {}): (amount: number) => number {
  checkTierTable(table);
  clamp(0, limits);
  const pay = tierPayer(table, mode);
  return (amount) => {
    const { total, scale } = pay(amount);
    return clamp(Number(divRoundHalfUp(total * 100n, 10n ** BigInt(scale))), limits);
  };
}

/**
 * The statement lines of a marginal tier (Oracle Incentive Compensation's per-band lines): every
 * band with the part of the amount in it, its rate and its pay. Line pays are the differences of
 * the rounded running totals, so they add up exactly to {@link tieredPayCents} and each is within
 * one cent of its exact value.
 * @example tierBreakdown(2500, { bounds: [0, 1000], rates: [0.01, 0.02] }) // 1000 @1 % = 10, 1500 @2 % = 30
 */
export function tierBreakdown(amount: number, table: TierTable): TierLine[] {
  checkTierTable(table);
  const a = fromNumber(amount);
  const bounds = table.bounds.map(fromNumber);
  const parts = amountsInBands(a, bounds);
  let running = ZERO;
  let paidCents = 0n;
  return parts.map((part, i) => {
    running = add(running, mul(part, fromNumber(table.rates[i]!)));
    const roundedRunning = roundHalfUp(mul(running, ratio(100n)));
    const payCents = Number(roundedRunning - paidCents);
    paidCents = roundedRunning;
    return { from: table.bounds[i]!, to: table.bounds[i + 1] ?? null, amountInBand: part, rate: table.rates[i]!, payCents };
  });
}
