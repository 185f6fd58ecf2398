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
  // Best first; equal values stay in row order (stable sort), which is the leftover-cent order.
  const ranked = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => (a.v === b.v ? 0 : (lowestFirst ? a.v < b.v : a.v > b.v) ? -1 : 1));
  const out: (number | null)[] = values.map(() => null);
  for (let place = 0; place < ranked.length; ) {
    let end = place;
    while (end < ranked.length && ranked[end]!.v === ranked[place]!.v) end++;
    const tied = end - place;
    let pot = 0;
    for (let p = place; p < end; p++) pot += prizesCents[p] ?? 0;
    for (let k = 0; k < tied; k++) out[ranked[place + k]!.i] = Math.floor(pot / tied) + (k < pot % tied ? 1 : 0);
    place = end;
  }
  return out;
}
