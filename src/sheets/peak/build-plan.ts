/**
 * The linked peak plan: overview, forecast, headcount, hiring plan and one roster per event day,
 * built from one `PeakWorkbookInput`. Rosters are solved before building (HiGHS is async);
 * `preparePeakWorkbook` does that, `buildPeakPlanSheets` is pure.
 */
import { computePeakPlan, type PeakPlanInput, type PeakPlanNumbers } from "../../core/peak";
import type { NamedRoster } from "../../core/roster/types";
import type { Agent } from "../../core/team/types";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { buildRosterSheetSet, FIRST_SLOT_COL } from "../roster";
import { a1, sheetRef, type SheetSpec } from "../spec";
import { buildPlanForecastSheet } from "./forecast-sheet";
import { buildPlanHeadcountSheet } from "./headcount-sheet";
import { buildPlanHiringSheet, HIRING_COLS, hiringLayout } from "./hiring-sheet";
import { shortDate } from "./labels";
import { PEAK_IDS, requiredRef } from "./layout";
import { buildOverviewSheet } from "./overview-sheet";
import { eventDayScenario, solveEventRosters, totalHires } from "./rosters";

export interface PeakWorkbookInput {
  /** The peak's name, e.g. "双11 2026". */
  name: string;
  plan: PeakPlanInput;
  /** The team before hiring (roster people, with the new hires added). */
  team: readonly Agent[];
  /** One solved roster per event day. */
  rosters: readonly NamedRoster[];
  /** The built-in sample shop (labelled on every sheet). */
  sample: boolean;
}

/** Roster sheet ids of event day `day`: `peakRoster{day}Day0`, `peakRoster{day}Plan`. */
export function rosterIdPrefix(day: number): string {
  return `${PEAK_IDS.rosterPrefix}${day}`;
}

/** Computes the plan and solves one roster per event day for the team plus the hires. */
export async function preparePeakWorkbook(name: string, plan: PeakPlanInput, team: readonly Agent[], sample: boolean, locale: Locale): Promise<PeakWorkbookInput> {
  const numbers = computePeakPlan(plan);
  const hires = totalHires(numbers);
  const scenarios = plan.calendar.eventDays.map((_, d) => eventDayScenario(plan.calendar, numbers, d, team, hires, locale));
  return { name, plan, team, rosters: await solveEventRosters(scenarios), sample };
}

/** The roster sheets of every event day, the required rows reading the headcount sheet. */
export function buildPlanRosterSheets(input: PeakWorkbookInput, numbers: PeakPlanNumbers, locale: Locale) {
  const t = PEAK_TEXT[locale].roster;
  return input.rosters.map((roster, d) => {
    const date = shortDate(input.plan.calendar.eventDays[d]!.date, locale);
    return buildRosterSheetSet(roster, locale, {
      idPrefix: rosterIdPrefix(d),
      names: { grid: format(t.grid, { date }), plan: format(t.plan, { date }) },
      required: (_day, slot) => requiredRef(d, slot),
      fairness: false,
    });
  });
}

export function buildPeakPlanSheets(input: PeakWorkbookInput, locale: Locale): SheetSpec[] {
  const numbers = computePeakPlan(input.plan);
  if (input.rosters.length !== input.plan.calendar.eventDays.length) throw new Error("One roster per event day");
  const rosterSets = buildPlanRosterSheets(input, numbers, locale);
  const body = [
    buildPlanForecastSheet(input.plan, numbers, locale, input.sample),
    buildPlanHeadcountSheet(input.plan, numbers, locale, input.sample),
    buildPlanHiringSheet(input.plan, numbers, locale, input.sample),
    ...rosterSets.flatMap((r) => r.sheets),
  ];
  const hiring = hiringLayout(numbers.weeks.length);
  const overview = buildOverviewSheet(
    {
      name: input.name,
      calendar: input.plan.calendar,
      sample: input.sample,
      totalHiresRef: `${sheetRef(PEAK_IDS.hiring)}!${a1(hiring.totalRow, HIRING_COLS.hires, true)}`,
      rosters: rosterSets.map((r, d) => {
        const grid = r.grids[0]!;
        return { gridId: grid.id, gapRow: grid.layout.gapRow, firstCol: FIRST_SLOT_COL, lastCol: FIRST_SLOT_COL + numbers.agents[d]!.length - 1, people: grid.layout.people.length };
      }),
      sheets: body.map((s) => ({ id: s.id, name: s.name })),
    },
    locale,
  );
  return [overview, ...body];
}
