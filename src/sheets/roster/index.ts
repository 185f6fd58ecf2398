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
export { coverageBlockRows, type CoverageBlock, type GridRef } from "./coverage-block";
import type { RosterGridLayout } from "./roster-grid-sheet";

/** How a linked plan writes a roster: its own ids and names, and the required row by formula. */
export interface RosterSheetOptions {
  /** Sheet ids start with this. @default "roster" */
  idPrefix?: string;
  /** Names of the grid and the plan sheet (one-day rosters). */
  names?: { grid: string; plan: string };
  /** The required row's formula for day `day`, slot `slot` (else the solved demand as numbers). */
  required?: (day: number, slot: number) => string;
  /** Write the fairness ledger. @default true */
  fairness?: boolean;
}

/** Sheet ids: `rosterDay0`…, `rosterPlan`, `rosterFairness`, `rosterWeek` (with the default prefix). */
export function buildRosterSheets(roster: NamedRoster, locale: Locale, options: RosterSheetOptions = {}): SheetSpec[] {
  return buildRosterSheetSet(roster, locale, options).sheets;
}

/** The roster sheets and where each day grid keeps its coverage, required and gap rows. */
export function buildRosterSheetSet(roster: NamedRoster, locale: Locale, options: RosterSheetOptions = {}): { sheets: SheetSpec[]; grids: { id: string; layout: RosterGridLayout }[] } {
  const prefix = options.idPrefix ?? "roster";
  const days = roster.plan.scenario.days;
  const gridName = (d: number) => options.names?.grid ?? (days > 1 ? rosterString(locale, "rosterSheetDay", { day: d + 1 }) : rosterString(locale, "rosterSheet"));
  const required = options.required;
  const grids = Array.from({ length: days }, (_, d) =>
    buildRosterGridSheet(roster, d, locale, `${prefix}Day${d}`, gridName(d), required && ((slot: number) => required(d, slot))),
  );
  const sheets = [
    ...grids.map((g) => g.spec),
    buildPlanSummarySheet(roster, locale, `${prefix}Plan`, options.names?.plan ?? rosterString(locale, "planSheet"), grids.map((g) => ({ id: g.spec.id, layout: g.layout })), required !== undefined),
  ];
  if (options.fairness ?? true) sheets.push(buildFairnessSheet(roster, locale, `${prefix}Fairness`, rosterString(locale, "fairnessSheet")));
  if (days > 1) sheets.push(buildWeekSheet(roster, locale, `${prefix}Week`, rosterString(locale, "weekSheet")));
  return { sheets, grids: grids.map((g) => ({ id: g.spec.id, layout: g.layout })) };
}
