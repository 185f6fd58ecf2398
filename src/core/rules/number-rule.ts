/**
 * The one way to state which numbers an input accepts: a custom-function argument, a core
 * calculation's parameter, a roster scenario field, a task-pane form field. From one
 * {@link NumberRule} come the check ({@link fitsRule}), the error sentence ({@link describeRule},
 * {@link requireRule}) and the short range note of the function help ({@link rangeNote}), in both
 * languages, so they cannot disagree. See docs/adding-a-function.md.
 */
import type { LocalizedText } from "../../i18n/locale";
import { InputError } from "../errors";

export interface NumberRule {
  min?: number;
  /** `min` itself allowed (default true). */
  minInclusive?: boolean;
  max?: number;
  /** `max` itself allowed (default true). */
  maxInclusive?: boolean;
  integer?: boolean;
  /**
   * A guard, not part of the stated range: the value's size (absolute value) may not exceed it.
   * It keeps arithmetic finite (a volume of 1e308 would make the traffic Infinity) without
   * cluttering the help with bounds no real input reaches; error messages mention it.
   */
  limit?: number;
  /**
   * The allowed values in words, when the numbers alone would mislead (a date is a serial day
   * number): used as is by {@link describeRule} and {@link rangeNote}.
   */
  words?: LocalizedText;
}

/** A rule for one named input; `default` is used when the input is omitted or blank (else it is required). */
export interface NamedRule extends NumberRule {
  /** The input's public name (`aht`, `target_sl`, `shifts[0].cost`). */
  name: string;
  default?: number;
}

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

/** Digits as people type them: "120", "-3.5", ".5", "1e3"; not "1e", "-", "0x10" or "Infinity". */
const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The number a text spells (as Excel reads numeric text), or undefined when it is not a number. */
export function parseNumberText(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/** True when `n` is a finite number the rule accepts. */
export function fitsRule(n: number, rule: NumberRule): boolean {
  if (!Number.isFinite(n)) return false;
  if (rule.limit !== undefined && Math.abs(n) > rule.limit) return false;
  if (rule.integer && !Number.isInteger(n)) return false;
  if (rule.min !== undefined && ((rule.minInclusive ?? true) ? n < rule.min : n <= rule.min)) return false;
  if (rule.max !== undefined && ((rule.maxInclusive ?? true) ? n > rule.max : n >= rule.max)) return false;
  return true;
}

/** Numbers as people read them: −0 is 0, a million and more in powers of ten (1e9). */
function shown(n: number): string {
  if (Object.is(n, -0)) return "0";
  return Math.abs(n) >= 1e6 ? n.toExponential().replace("e+", "e") : String(n);
}

/**
 * "a number greater than 0 and at most 1" / "大于 0 且不大于 1 的数字": the allowed values, for error
 * messages; the size `limit` only `withLimit` (when a value broke it).
 */
export function describeRule(rule: NumberRule, withLimit = false): LocalizedText {
  if (rule.words) return rule.words;
  const en: string[] = [];
  const zh: string[] = [];
  if (rule.min !== undefined) {
    const inclusive = rule.minInclusive ?? true;
    en.push(`${inclusive ? "at least" : "greater than"} ${shown(rule.min)}`);
    zh.push(`${inclusive ? "不小于" : "大于"} ${shown(rule.min)}`);
  }
  if (rule.max !== undefined) {
    const inclusive = rule.maxInclusive ?? true;
    en.push(`${inclusive ? "at most" : "less than"} ${shown(rule.max)}`);
    zh.push(`${inclusive ? "不大于" : "小于"} ${shown(rule.max)}`);
  }
  const kindEn = rule.integer ? "a whole number" : "a number";
  const kindZh = rule.integer ? "整数" : "数字";
  const sized = withLimit && rule.limit !== undefined;
  const sizeEn = sized ? ` no larger than ${shown(rule.limit!)} in size` : "";
  const sizeZh = sized ? `（绝对值不超过 ${shown(rule.limit!)}）` : "";
  return text(
    `${en.length ? `${kindEn} ${en.join(" and ")}` : kindEn}${sizeEn}`,
    `${zh.length ? `${zh.join(" 且")} 的${kindZh}` : kindZh}${sizeZh}`,
  );
}

/**
 * The short range note of the function help: "> 0", "0 to 1", "whole number ≥ 0", "> 0 and ≤ 1";
 * empty for a rule without bounds on a plain number.
 */
export function rangeNote(rule: NumberRule): LocalizedText {
  if (rule.words) return rule.words;
  const lo = rule.min === undefined ? undefined : `${(rule.minInclusive ?? true) ? "≥" : ">"} ${shown(rule.min)}`;
  const hi = rule.max === undefined ? undefined : `${(rule.maxInclusive ?? true) ? "≤" : "<"} ${shown(rule.max)}`;
  let en: string;
  let zh: string;
  if (rule.min !== undefined && rule.max !== undefined && (rule.minInclusive ?? true) && (rule.maxInclusive ?? true)) {
    en = `${shown(rule.min)} to ${shown(rule.max)}`;
    zh = `${shown(rule.min)} 到 ${shown(rule.max)}`;
  } else {
    const parts = [lo, hi].filter((p): p is string => p !== undefined);
    en = parts.join(" and ");
    zh = parts.join(" 且 ");
  }
  if (!rule.integer) return text(en, zh);
  return text(en ? `whole number ${en}` : "whole number", zh ? `${zh} 的整数` : "整数");
}

/** How a value is quoted in a message: text in quotes, numbers as typed. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number") return shown(value);
  if (value === null || value === undefined) return "nothing";
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    // a cycle: fall through
  }
  return String(value);
}

/** The `InputError` "name must be …; got x." for a value outside `rule` (`name` may differ by language). */
export function ruleError(name: string | LocalizedText, rule: NumberRule, got: unknown): InputError {
  const n = typeof got === "number" ? got : typeof got === "string" ? Number(got) : NaN;
  const allowed = describeRule(rule, rule.limit !== undefined && Math.abs(n) > rule.limit);
  const value = showValue(got);
  const en = typeof name === "string" ? name : name["en-US"];
  const zh = typeof name === "string" ? name : name["zh-CN"];
  return new InputError(text(`${en} must be ${allowed["en-US"]}; got ${value}.`, `${zh} 必须是${allowed["zh-CN"]}，当前为 ${value}。`));
}

/** `value` when it is a number that fits `rule`; else an `InputError` naming `name` and the allowed range. */
export function requireRule(name: string, value: unknown, rule: NumberRule): number {
  if (typeof value !== "number" || !fitsRule(value, rule)) throw ruleError(name, rule, value);
  return value;
}
