/**
 * Roster sheets of a named roster: one grid per day, the plan summary, the fairness ledger and,
 * for several days, the week view.
 */
import type { SheetSpec } from "../spec";
import type { NamedRoster } from "../../core/roster/types";
import type { Locale } from "../../i18n/locale";
import { rosterString } from "../../i18n/roster";
import { buildRosterGridSheet } from "./roster-grid-sheet";
import { buildPlanSummarySheet } from "./plan-summary-sheet";
import { buildFairnessSheet } from "./fairness-sheet";
import { buildWeekSheet } from "./week-sheet";

export { buildRosterGridSheet, FIRST_PERSON_ROW, FIRST_SLOT_COL, SLOT_HEADER_ROW } from "./roster-grid-sheet";
export { gridCodes } from "./activity-grid";
export { COVERAGE_TIME_COL } from "./plan-summary-sheet";
export { coverageBlockRows, type CoverageBlock } from "./coverage-block";

/** Sheet ids: `rosterDay0`…, `rosterPlan`, `rosterFairness`, `rosterWeek`. */
export function buildRosterSheets(roster: NamedRoster, locale: Locale): SheetSpec[] {
  const days = roster.plan.scenario.days;
  const grids = Array.from({ length: days }, (_, d) =>
    buildRosterGridSheet(roster, d, locale, `rosterDay${d}`, days > 1 ? rosterString(locale, "rosterSheetDay", { day: d + 1 }) : rosterString(locale, "rosterSheet")),
  );
  const sheets = [
    ...grids.map((g) => g.spec),
    buildPlanSummarySheet(roster, locale, "rosterPlan", rosterString(locale, "planSheet"), grids.map((g) => ({ id: g.spec.id, layout: g.layout }))),
    buildFairnessSheet(roster, locale, "rosterFairness", rosterString(locale, "fairnessSheet")),
  ];
  if (days > 1) sheets.push(buildWeekSheet(roster, locale, "rosterWeek", rosterString(locale, "weekSheet")));
  return sheets;
}
