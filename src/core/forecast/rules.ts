/**
 * The allowed values of the forecast inputs, declared once for the custom functions (their checks
 * and help). The `limit` on counts (far beyond any contact centre) keeps sums finite; it stays
 * out of the function help.
 */
import type { NumberRule } from "../rules/number-rule";

export const FORECAST_RULES = {
  /** Contacts in a slot. */
  count: { min: 0, limit: 1e12 },
  /** Slots per day: 1-minute slots at most. */
  season: { min: 1, max: 1440, integer: true },
  /** Slots to forecast: up to a year of 10-minute slots and some. */
  horizon: { min: 1, max: 100_000, integer: true },
  /** Coverage of a prediction interval. */
  level: { min: 0, minInclusive: false, max: 1, maxInclusive: false },
  /** A normal level (contacts per day) to divide by. */
  baseline: { min: 0, minInclusive: false, limit: 1e12 },
} as const satisfies Record<string, NumberRule>;
