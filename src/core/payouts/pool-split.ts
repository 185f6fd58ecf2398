/**
 * Pool splits by weights with the largest-remainder method, so the parts always add up to the pool
 * exactly: each part is its exact share rounded down to the unit (the cent), then the leftover
 * units go one each to the largest fractional parts — ties to the earlier row.
 * 1 000.00 split 7 : 5 : 3 → 466.67, 333.33, 200.00.
 */
import { InputError } from "../errors";
import { checkNonNegative, checkNotEmpty } from "./checks";
import { decimalOf, digitsAt } from "./exact";

/**
 * Splits `totalUnits` (integer, e.g. cents) by `weights`. A negative total splits its size and
 * negates every part. Each part differs from its exact share by less than one unit.
 * @example splitUnits(100000, [7, 5, 3]) // [46667, 33333, 20000]
 * @throws InputError when a weight is negative or all are 0.
 */
export function splitUnits(totalUnits: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalUnits)) throw new Error(`splitUnits: total must be an integer, got ${totalUnits}`);
  checkNotEmpty(weights, "weights");
  checkNonNegative(weights, "weights");
  // One power of ten for all weights: every weight becomes an exact integer, shares exact fractions.
  const decimals = weights.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const w = decimals.map((d) => digitsAt(d, scale));
  const wSum = w.reduce((a, b) => a + b, 0n);
  if (wSum === 0n) {
    throw new InputError({ "en-US": "weights must not all be 0.", "zh-CN": "weights 不能全部为 0。" });
  }
  const sign = totalUnits < 0 ? -1n : 1n;
  const total = BigInt(Math.abs(totalUnits));
  const base = w.map((wi) => (total * wi) / wSum);
  const remainders = w.map((wi) => (total * wi) % wSum);
  let leftover = total - base.reduce((a, b) => a + b, 0n);
  // Largest remainder first; equal remainders keep row order (the sort is stable).
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? 0 : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (leftover === 0n) break;
    base[i] = base[i]! + 1n;
    leftover -= 1n;
  }
  return base.map((b) => Number(sign * b));
}

/** Splits an amount of money in cents by weights (largest remainder to the cent). */
export function splitCents(totalCents: number, weights: readonly number[]): number[] {
  return splitUnits(totalCents, weights);
}
