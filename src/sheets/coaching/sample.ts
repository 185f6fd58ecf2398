/**
 * The coaching forms for the sample workbook: the three forms filled for a low performer of the
 * sample team (KPI snapshot, category talking points), then a blank set to print for anyone.
 */
import { SAMPLE_TEAM } from "../../core/sample/team";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildCoachingSheets } from "./build-coaching-sheets";

export function buildCoachingSample(locale: Locale): SheetSpec[] {
  const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === "low-performer");
  if (agent === undefined) throw new Error("The sample team has no low performer");
  return [...buildCoachingSheets({ form: "all", agent, period: "2026-10" }, locale), ...buildCoachingSheets({ form: "all" }, locale)];
}
