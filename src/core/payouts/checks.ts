/**
 * Input checks shared by the payout modules; each names the argument in both languages so a
 * custom function can show the message as it is.
 */
import { InputError } from "../errors";

/** Bounds must rise strictly: 0, 10000, 25000. */
export function checkAscending(values: readonly number[], name: string): void {
  for (let i = 1; i < values.length; i++) {
    if (!(values[i]! > values[i - 1]!)) {
      throw new InputError({
        "en-US": `${name} must be sorted from lowest to highest with no repeats; #${i + 1} (${values[i]}) is not above #${i} (${values[i - 1]}).`,
        "zh-CN": `${name} 必须从小到大排列且不能重复；第 ${i + 1} 个（${values[i]}）不大于第 ${i} 个（${values[i - 1]}）。`,
      });
    }
  }
}

/** Rates, weights and prizes cannot be negative. */
export function checkNonNegative(values: readonly number[], name: string): void {
  values.forEach((v, i) => {
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new InputError({
        "en-US": `${name} (#${i + 1}) must be zero or more; got ${v}.`,
        "zh-CN": `${name}（第 ${i + 1} 个）不能为负数，当前为 ${v}。`,
      });
    }
  });
}

/** Two lists that pair up (bounds and rates) must have the same length. */
export function checkSameLength(a: readonly unknown[], aName: string, b: readonly unknown[], bName: string): void {
  if (a.length !== b.length) {
    throw new InputError({
      "en-US": `${aName} and ${bName} must have the same number of values (${a.length} and ${b.length}).`,
      "zh-CN": `${aName} 与 ${bName} 的个数必须相同（分别为 ${a.length} 和 ${b.length}）。`,
    });
  }
}

/** A list needs at least one value. */
export function checkNotEmpty(values: readonly unknown[], name: string): void {
  if (values.length === 0) {
    throw new InputError({ "en-US": `${name} needs at least one value.`, "zh-CN": `${name} 至少需要一个值。` });
  }
}
