/** The two languages every user-facing string exists in. */
export type Locale = "en-US" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** A string in both languages. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Declares a string table for both locales; the zh-CN table must have exactly the en-US keys
 * (a missing translation is a compile error).
 *
 * @example
 * const strings = defineStrings({ "en-US": { title: "Roster" }, "zh-CN": { title: "排班表" } });
 * strings["zh-CN"].title; // "排班表"
 */
export function defineStrings<T extends Record<string, unknown>>(table: {
  "en-US": T;
  "zh-CN": { [K in keyof T]: T[K] extends string ? string : T[K] };
}): Readonly<Record<Locale, T>> {
  return table as Readonly<Record<Locale, T>>;
}

/** Replaces `{name}` placeholders: `format("{n} agents", { n: 3 })` → "3 agents". */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

/** Maps any BCP-47 tag Office reports ("zh-cn", "zh-Hans-CN", "en-GB") to a supported locale. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? "zh-CN" : "en-US";
}

/**
 * A message in both languages from one template per language, with values that are plain or
 * themselves in both languages: `formatBoth((l) => STRINGS[l].errors.badCap, { cap: 0 })`.
 */
export function formatBoth(template: (locale: Locale) => string, values: Readonly<Record<string, string | number | LocalizedText>> = {}): LocalizedText {
  const text = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const resolved: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(values)) resolved[k] = typeof v === "object" ? v[locale] : v;
    text[locale] = format(template(locale), resolved);
  }
  return text;
}
