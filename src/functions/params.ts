/**
 * Declarative argument metadata (modelled on HyperFormula's): each custom-function parameter is
 * declared ONCE, next to its function, as a {@link Param} — what it is in both languages, its
 * numeric rule and default. From that one declaration come
 * - the argument check and its `#VALUE!` message (args.ts reads `rule` and `default`),
 * - the parameter help of both languages: {@link paramHelp} writes "<what> (<range>). Default d. <note>";
 *   the zh-CN text goes into dist/functions.zh-CN.json at build time (help-zh.ts), and
 *   test/function-help.test.ts checks that each JSDoc `@param` line (the en-US metadata source)
 *   is exactly the derived en-US text.
 * See docs/adding-a-function.md.
 */
import type { NumberRule } from "../core/rules/number-rule";
import { rangeNote } from "../core/rules/number-rule";
import type { LocalizedText } from "../i18n/locale";
import type { NumberRule as ArgRule } from "./args";

export interface Param {
  /** What the argument is, without its range: "Average handle time, seconds". */
  en: string;
  zh: string;
  /** The allowed numbers (of each value, for a list); absent for text, TRUE/FALSE or a free number. */
  rule?: NumberRule;
  /** Value used when the argument is omitted or blank; without it a numeric argument is required. */
  default?: number;
  /** The argument is a list (a range read as several values): the rule applies to each value. */
  list?: boolean;
  /** A sentence after the range and default, e.g. "A cell or a range." */
  note?: LocalizedText;
}

/** A function's parameters by their public names, in the order of its signature. */
export type Params = Readonly<Record<string, Param>>;

/** The help text of a parameter in both languages, derived from its declaration. */
export function paramHelp(p: Param): LocalizedText {
  const range = p.rule ? rangeNote(p.rule) : { "en-US": "", "zh-CN": "" };
  const en = range["en-US"] ? `${p.list ? "each " : ""}${range["en-US"]}` : "";
  const zh = range["zh-CN"] ? `${p.list ? "每个 " : ""}${range["zh-CN"]}` : "";
  const parts = {
    "en-US": [`${p.en}${en ? ` (${en})` : ""}.`],
    "zh-CN": [`${p.zh}${zh ? `（${zh}）` : ""}。`],
  };
  if (p.default !== undefined) {
    parts["en-US"].push(`Default ${p.default}.`);
    parts["zh-CN"].push(`默认 ${p.default}。`);
  }
  if (p.note) {
    parts["en-US"].push(p.note["en-US"]);
    parts["zh-CN"].push(p.note["zh-CN"]);
  }
  return { "en-US": parts["en-US"].join(" "), "zh-CN": parts["zh-CN"].join("") };
}

/** The argument rule args.ts checks with: the parameter's name, rule and default. */
export function argRule(name: string, p: Param): ArgRule {
  return { name, ...p.rule, ...(p.default === undefined ? {} : { default: p.default }) };
}

/** zh-CN help of every parameter (for a {@link import("./localized-help").FunctionHelp}). */
export function zhParameters(params: Params): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, p]) => [name, paramHelp(p)["zh-CN"]]));
}

/** `p` with another default (or none): the same argument, optional in one function, required in another. */
export function withDefault(p: Param, value: number | undefined): Param {
  const { default: _old, ...rest } = p;
  return value === undefined ? rest : { ...rest, default: value };
}
