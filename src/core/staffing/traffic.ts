/**
 * Offered traffic: how many agents would be busy all the time if contacts arrived evenly.
 *
 * A = volume · ahtSeconds / intervalSeconds (Erlangs). Source: A. K. Erlang (1917); any call-centre
 * text, e.g. Koole, "Call Center Optimization" (2013), §3.
 */
import { requireNonNegative, requirePositive } from "./inputs";

/** The default planning interval: 10 minutes, as managers cut a Double-11 day into slots. */
export const DEFAULT_INTERVAL_SECONDS = 600;

/**
 * Offered traffic in Erlangs.
 *
 * @param volume - contacts arriving in the interval (≥ 0, may be a fractional forecast)
 * @param ahtSeconds - average handle time, seconds (> 0)
 * @param intervalSeconds - interval length, seconds (> 0)
 * @throws InputError for values outside those ranges
 * @example trafficErlangs(100, 180, 1800) // → 10
 */
export function trafficErlangs(volume: number, ahtSeconds: number, intervalSeconds: number = DEFAULT_INTERVAL_SECONDS): number {
  requireNonNegative("volume", volume);
  requirePositive("aht", ahtSeconds);
  requirePositive("interval", intervalSeconds);
  return (volume * ahtSeconds) / intervalSeconds;
}
