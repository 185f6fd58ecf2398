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

/** A decimal as an integer and a power of ten: `{ digits: 7n, scale: 2 }` is 0.07. */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

/**
 * The exact decimal a finite JS number stands for as typed: `0.07` → 7 × 10⁻² (its shortest
 * decimal form, which is what the user typed in the cell), not the binary double 0.0700000000000000066….
 */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new Error(`decimalOf: not finite: ${x}`);
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return { digits: BigInt(x), scale: 0 };
  // Fast path for everyday amounts and rates: the fewest decimals k whose n / 10^k gives back x.
  // Below 2^50 the doubles are < 0.25 × 10^-k apart, so that n is unique and equals String(x)'s digits.
  for (let k = 1; k < POW10.length; k++) {
    const scaled = x * POW10[k]!;
    if (Math.abs(scaled) >= FAST_LIMIT) break;
    const n = Math.round(scaled);
    if (n / POW10[k]! === x) return { digits: BigInt(n), scale: k };
  }
  return parseDecimal(x);
}

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];
const FAST_LIMIT = 2 ** 50;

/** {@link decimalOf} by parsing the shortest decimal form `String(x)` (any finite number). */
export function parseDecimal(x: number): Decimal {
  const m = DECIMAL.exec(String(x));
  if (!m) throw new Error(`parseDecimal: unexpected form ${String(x)}`);
  const [, sign, whole, fraction = "", exponent = "0"] = m;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** The digits of `d` at a larger scale: `{ 7n, 2 }` at scale 4 → 700n. */
export function digitsAt(d: Decimal, scale: number): bigint {
  return scale === d.scale ? d.digits : d.digits * 10n ** BigInt(scale - d.scale);
}

/** The exact fraction of a JS number as typed (see {@link decimalOf}). */
export function fromNumber(x: number): Ratio {
  const d = decimalOf(x);
  return ratio(d.digits, 10n ** BigInt(d.scale));
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

/** `num ÷ den` rounded half away from zero, for a positive `den` (no fraction built: fast path). */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  const magnitude = ((num < 0n ? -num : num) * 2n + den) / (2n * den);
  return num < 0n ? -magnitude : magnitude;
}

/** Rounds to integer cents: a value in currency units (yuan) × 100, half away from zero. */
export function toCents(yuan: Ratio): number {
  return Number(roundHalfUp(mul(yuan, ratio(100n))));
}

/** Nearest double (for display and for returning non-money results to Excel). */
export function toNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}
