/**
 * The coaching forms generator (绩效辅导工具, QA & coaching talk in docs/reference/sources.md): prep form, record, special coaching plan.
 *
 * @example
 * const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === "low-performer")!;
 * buildCoachingSheets({ form: "all", agent, period: "2026-10" }, "zh-CN"); // three printable forms
 */
import { checkCoachingOptions, type CoachingFormKind, type CoachingFormOptions } from "../../core/coaching/forms";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildCoachingPlan } from "./build-coaching-plan";
import { buildCoachingPrep } from "./build-coaching-prep";
import { buildCoachingRecord } from "./build-coaching-record";

const BUILDERS: Record<CoachingFormKind, (o: CoachingFormOptions, l: Locale) => SheetSpec> = {
  prep: buildCoachingPrep,
  record: buildCoachingRecord,
  plan: buildCoachingPlan,
};

/**
 * Builds the requested form(s), in the order prep, record, plan.
 *
 * @throws InputError for an unknown form or category, or an over-long period.
 */
export function buildCoachingSheets(options: CoachingFormOptions, locale: Locale): SheetSpec[] {
  return checkCoachingOptions(options).map((kind) => BUILDERS[kind](options, locale));
}

export type { CoachingFormOptions } from "../../core/coaching/forms";
