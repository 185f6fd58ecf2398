/**
 * What Excel shows in a workbook holding a linked peak plan, for the Office.js fake's reads: each
 * plan sheet's A1 title as written, each roster grid's required row as the headcount sheet
 * calculates it for the uplift the user typed (the engine's agents per slot), and the hiring
 * sheet's weekly table and total for that uplift (the engine's hiring plan); the recalculation
 * tests prove the sheets compute the same numbers.
 */
import { computePeakPlan, type PeakPlanNumbers } from "../../src/core/peak";
import { rosterString } from "../../src/i18n/roster";
import { FIRST_SLOT_COL } from "../../src/sheets/roster";
import { a1 } from "../../src/sheets/spec";
import { PEAK_TEXT } from "../../src/i18n/peak";
import type { Locale } from "../../src/i18n/locale";
import { HIRING_COLS, hiringLayout } from "../../src/sheets/peak/hiring-sheet";
import { PEAK_IDS } from "../../src/sheets/peak/layout";
import type { PlanRecord } from "../../src/taskpane/peak/plan-record";
import type { ShownValues } from "./office-mock";

/** `uplift.value`: the uplift in the forecast sheet now (undefined: the plan's own). */
export function planValues(record: () => PlanRecord | undefined, uplift: { value?: number }): ShownValues {
  return (sheet, address) => {
    const plan = record();
    const id = plan && Object.keys(plan.names).find((k) => plan.names[k] === sheet);
    if (!plan || id === undefined) return undefined;
    if (address === "A1") return [[plan.titles[id] ?? ""]];
    const forecast = uplift.value === undefined ? plan.plan.forecast : { ...plan.plan.forecast, uplift: uplift.value };
    const numbers = computePeakPlan({ ...plan.plan, forecast });
    if (id === PEAK_IDS.hiring) return hiringTable(numbers, plan.locale, address);
    const d = plan.rosters.findIndex((p) => p.gridId === id);
    if (d < 0 || !address.startsWith(`${a1(plan.rosters[d]!.requiredRow, 0)}:`)) return undefined;
    return [[rosterString(plan.locale, "required"), ...Array.from({ length: FIRST_SLOT_COL - 1 }, () => ""), ...numbers.agents[d]!]];
  };
}

/** The hiring sheet's weekly table A…G from its first week to the total row, as Excel shows it. */
function hiringTable(numbers: PeakPlanNumbers, locale: Locale, address: string): unknown[][] | undefined {
  const L = hiringLayout(numbers.weeks.length);
  const C = HIRING_COLS;
  if (address !== `${a1(L.firstRow, 0)}:${a1(L.totalRow, C.shortfall)}`) return undefined;
  const rows = numbers.weeks.map((week, w) => {
    const row: unknown[] = Array.from({ length: C.shortfall + 1 }, () => "");
    const h = numbers.hiring[w]!;
    Object.assign(row, { [C.week]: w + 1, [C.starts]: week.start, [C.required]: week.required, [C.productive]: h.productiveFte, [C.hires]: h.hires, [C.inTraining]: h.inTraining, [C.shortfall]: h.shortfall });
    return row;
  });
  const total: unknown[] = [PEAK_TEXT[locale].hiring.totalHires, "", "", "", numbers.hiring.reduce((a, w) => a + w.hires, 0), "", ""];
  return [...rows, total];
}
