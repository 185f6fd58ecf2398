/**
 * Input checks for the staffing math. The custom-function layer checks arguments first (with
 * messages naming the Excel parameter); these checks keep the core safe when it is called directly
 * (task pane, command line, other modules), so a bad number is an {@link InputError}, never NaN.
 */
import { InputError } from "../errors";

/** Throws an `InputError` "name must be …; got x." unless `ok`. */
export function requireThat(ok: boolean, name: string, allowedEn: string, allowedZh: string, got: number): void {
  if (ok) return;
  throw new InputError({
    "en-US": `${name} must be ${allowedEn}; got ${got}.`,
    "zh-CN": `${name} 必须是${allowedZh}，当前为 ${got}。`,
  });
}

/** A finite number ≥ 0 (volumes, traffic, answer times). */
export function requireNonNegative(name: string, value: number): void {
  requireThat(Number.isFinite(value) && value >= 0, name, "a number at least 0", "不小于 0 的数字", value);
}

/** A finite number > 0 (handle times, intervals, patience). */
export function requirePositive(name: string, value: number): void {
  requireThat(Number.isFinite(value) && value > 0, name, "a number greater than 0", "大于 0 的数字", value);
}

/** A whole number ≥ 0 (agents, servers). */
export function requireCount(name: string, value: number): void {
  requireThat(Number.isInteger(value) && value >= 0, name, "a whole number at least 0", "不小于 0 的整数", value);
}

/** A probability target strictly between 0 and 1 (service levels). */
export function requireOpenFraction(name: string, value: number): void {
  requireThat(value > 0 && value < 1, name, "a number greater than 0 and less than 1", "大于 0 且小于 1 的数字", value);
}

/** A cap in (0, 1] (maximum occupancy, maximum abandonment). */
export function requireCap(name: string, value: number): void {
  requireThat(value > 0 && value <= 1, name, "a number greater than 0 and at most 1", "大于 0 且不大于 1 的数字", value);
}

/** A share in [0, 1) (shrinkage). */
export function requireShrinkage(name: string, value: number): void {
  requireThat(value >= 0 && value < 1, name, "a number at least 0 and less than 1", "不小于 0 且小于 1 的数字", value);
}

/** The "no headcount within the limit" answer (→ Excel `#NUM!`). */
export function noHeadcountWithin(limit: number): InputError {
  return new InputError(
    {
      "en-US": `No headcount up to ${limit} agents meets this target.`,
      "zh-CN": `在 ${limit} 名客服以内无法达到该目标。`,
    },
    "noAnswer",
  );
}

/** The largest headcount any search returns; above it the answer is `noAnswer` (`#NUM!`). */
export const MAX_AGENTS = 100_000;
