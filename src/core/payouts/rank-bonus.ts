/**
 * Rank bonuses ("top N by conversion", Double-11 slot champions). People are ranked by value
 * (highest first, or lowest first); tied people share the prizes of the places they occupy
 * equally: two tied first with prizes 500 and 300 get 400 each, and the next person gets the third
 * prize. When a shared sum does not divide to the cent, the leftover cents (fewer than the number
 * of people tied) go one each to the tied people in row order — the same rule as the sheet — so the
 * prizes awarded always add up exactly.
 */
import { checkNonNegative } from "./checks";

/**
 * One bonus (cents) per value; `null` values are not ranked and get `null`.
 * @example rankBonusCents([90, 95, 95], [50000, 30000, 10000]) // [10000, 40000, 40000]
 * @throws InputError for a negative prize.
 */
export function rankBonusCents(
  values: readonly (number | null)[],
  prizesCents: readonly number[],
  lowestFirst = false,
): (number | null)[] {
  checkNonNegative(prizesCents, "prizes");
  const ranked = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null);
  const better = (a: number, b: number): boolean => (lowestFirst ? a < b : a > b);
  const out: (number | null)[] = values.map(() => null);
  for (const { v, i } of ranked) {
    const place = ranked.filter((x) => better(x.v, v)).length; // 0-based first place occupied
    const tied = ranked.filter((x) => x.v === v);
    let pot = 0;
    for (let p = place; p < place + tied.length; p++) pot += prizesCents[p] ?? 0;
    const position = tied.findIndex((x) => x.i === i); // order among the tied, by row
    out[i] = Math.floor(pot / tied.length) + (position < pot % tied.length ? 1 : 0);
  }
  return out;
}
