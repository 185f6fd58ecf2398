/**
 * Coaching categories and their talking points, from the QA & coaching talk (docs/reference/sources.md, 绩效辅导的对象).
 * The talk lists points for newly promoted staff, core employees, qualified and low performers; it
 * names high performers without listing points, so theirs are written in the same spirit
 * (recognition, stretch, sharing, career) and marked as ours in the issue notes.
 */
import type { CoachingCategory } from "../team/types";
import { LOCALES, type Locale, type LocalizedText } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";

/** The categories in the talk's order. */
export const COACHING_CATEGORIES: readonly CoachingCategory[] = ["newly-promoted", "core", "high-performer", "qualified", "low-performer"];

/** The category's display name in both languages. */
export function categoryName(category: CoachingCategory): LocalizedText {
  const out = {} as Record<Locale, string>;
  for (const l of LOCALES) out[l] = COACHING_STRINGS[l].categories[category].name;
  return out;
}

/** The talking points for a category, in both languages, in the talk's order. */
export function talkingPoints(category: CoachingCategory): LocalizedText[] {
  const en = COACHING_STRINGS["en-US"].categories[category].points;
  const zh = COACHING_STRINGS["zh-CN"].categories[category].points;
  if (en.length !== zh.length) throw new Error(`Talking points of "${category}" differ in length between locales`);
  return en.map((text, i) => ({ "en-US": text, "zh-CN": zh[i]! }));
}

/** The most talking points any category has (the forms reserve this many rows). */
export function maxTalkingPoints(): number {
  return Math.max(...COACHING_CATEGORIES.map((c) => talkingPoints(c).length));
}

export function isCoachingCategory(x: unknown): x is CoachingCategory {
  return typeof x === "string" && (COACHING_CATEGORIES as readonly string[]).includes(x);
}
