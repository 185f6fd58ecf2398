/**
 * Offered traffic: how many agents would be busy all the time if contacts arrived evenly.
 *
 * A = volume · ahtSeconds / intervalSeconds (Erlangs). Source: A. K. Erlang (1917); any call-centre
 * text, e.g. Koole, "Call Center Optimization" (2013), §3.
 */
import { InputError } from "../errors";
import { requireStaffing, STAFFING_RULES } from "./inputs";

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
  requireStaffing("volume", volume);
  requireStaffing("aht", ahtSeconds);
  requireStaffing("interval", intervalSeconds);
  const traffic = (volume * ahtSeconds) / intervalSeconds;
  if (traffic > STAFFING_RULES.traffic.limit) {
    const limit = STAFFING_RULES.traffic.limit;
    throw new InputError({
      "en-US": `volume × aht ÷ interval is ${traffic.toPrecision(3)} Erlangs, more than ${limit}: check the units (aht and interval are seconds).`,
      "zh-CN": `进线量 × aht ÷ interval 为 ${traffic.toPrecision(3)} 爱尔兰，超过 ${limit}：请检查单位（aht 与 interval 均为秒）。`,
    });
  }
  return traffic;
}
