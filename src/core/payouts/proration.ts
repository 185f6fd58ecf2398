/**
 * Proration by days, counted inclusively as payroll does: someone employed from 1 June to 31
 * December of a 365-day year works 214 days, so 75 000 prorates to 75 000 × 214 ÷ 365 = 43 972.60.
 * Dates are Excel serial day numbers; a time of day is ignored (whole days).
 */
import { InputError } from "../errors";
import { div, fromNumber, mul, ratio, toCents } from "./exact";

/** Days of [start, end] inside [periodStart, periodEnd], both ends counted; 0 when they do not overlap. */
export function overlapDays(start: number, end: number, periodStart: number, periodEnd: number): number {
  const from = Math.max(Math.floor(start), Math.floor(periodStart));
  const to = Math.min(Math.floor(end), Math.floor(periodEnd));
  return Math.max(0, to - from + 1);
}

/**
 * `amount` (currency units) × days worked in the period ÷ days in the period, in cents (rounded
 * once, half away from zero).
 * @example prorateCents(75000, 46174, 46387, 46023, 46387) // 4397260 (1 Jun–31 Dec 2026)
 * @throws InputError when an end date is before its start date.
 */
export function prorateCents(amount: number, start: number, end: number, periodStart: number, periodEnd: number): number {
  if (Math.floor(end) < Math.floor(start)) {
    throw new InputError({ "en-US": "end must not be before start.", "zh-CN": "end 不能早于 start。" });
  }
  if (Math.floor(periodEnd) < Math.floor(periodStart)) {
    throw new InputError({
      "en-US": "period_end must not be before period_start.",
      "zh-CN": "period_end 不能早于 period_start。",
    });
  }
  const days = overlapDays(start, end, periodStart, periodEnd);
  const periodDays = Math.floor(periodEnd) - Math.floor(periodStart) + 1;
  return toCents(div(mul(fromNumber(amount), ratio(days)), ratio(periodDays)));
}
