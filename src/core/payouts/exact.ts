/**
 * Exact rational arithmetic on BigInt, so money never goes through binary floating point: a rate
 * typed as 0.07 is exactly 7/100, an amount of 1 234.56 is exactly 123456/100. Results are rounded
 * once, at the end of each payout component, with {@link roundHalfUp}.
 */

/** A fraction `num / den` with `den > 0`, kept in lowest terms. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The fraction `num / den` in lowest terms (programming error if `den` is 0). */
export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new Error("ratio: zero denominator");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Ratio = { num: 0n, den: 1n };
export const ONE: Ratio = { num: 1n, den: 1n };

const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact decimal a finite JS number stands for as typed: `0.07` → 7/100 (its shortest decimal
 * form, which is what the user typed in the cell), not the binary double 0.0700000000000000066….
 */
export function fromNumber(x: number): Ratio {
  if (!Number.isFinite(x)) throw new Error(`fromNumber: not finite: ${x}`);
  const m = DECIMAL.exec(String(x));
  if (!m) throw new Error(`fromNumber: unexpected form ${String(x)}`);
  const [, sign, whole, fraction = "", exponent = "0"] = m;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const scale = Number(exponent) - fraction.length;
  return scale >= 0 ? ratio(digits * 10n ** BigInt(scale)) : ratio(digits, 10n ** BigInt(-scale));
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0n) throw new Error("div: division by zero");
  return ratio(a.num * b.den, a.den * b.num);
}

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function cmp(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function min(a: Ratio, b: Ratio): Ratio {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Ratio, b: Ratio): Ratio {
  return cmp(a, b) >= 0 ? a : b;
}

export function sum(values: readonly Ratio[]): Ratio {
  return values.reduce(add, ZERO);
}

/** Largest integer ≤ r. */
export function floor(r: Ratio): bigint {
  const q = r.num / r.den; // truncates toward zero
  return r.num < 0n && q * r.den !== r.num ? q - 1n : q;
}

/**
 * Rounds to the nearest integer, halves away from zero — Excel's ROUND, so a sheet that rounds at
 * the same point gives the same cent.
 */
export function roundHalfUp(r: Ratio): bigint {
  const twice = ratio(2n * (r.num < 0n ? -r.num : r.num) + r.den, 2n * r.den);
  const magnitude = floor(twice);
  return r.num < 0n ? -magnitude : magnitude;
}

/** Rounds to integer cents: a value in currency units (yuan) × 100, half away from zero. */
export function toCents(yuan: Ratio): number {
  return Number(roundHalfUp(mul(yuan, ratio(100n))));
}

/** Nearest double (for display and for returning non-money results to Excel). */
export function toNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}
