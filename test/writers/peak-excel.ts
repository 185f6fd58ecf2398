/**
 * What Excel shows in a workbook holding a linked peak plan, for the Office.js fake's reads: each
 * plan sheet's A1 title as written, and each roster grid's required row as the headcount sheet
 * calculates it for the uplift the user typed (the engine's agents per slot; the recalculation
 * tests prove the sheets compute the same numbers).
 */
import { computePeakPlan } from "../../src/core/peak";
import { rosterString } from "../../src/i18n/roster";
import { FIRST_SLOT_COL } from "../../src/sheets/roster";
import { a1 } from "../../src/sheets/spec";
import type { PlanRecord } from "../../src/taskpane/peak/plan-record";
import type { ShownValues } from "./office-mock";

/** `uplift.value`: the uplift in the forecast sheet now (undefined: the plan's own). */
export function planValues(record: () => PlanRecord | undefined, uplift: { value?: number }): ShownValues {
  return (sheet, address) => {
    const plan = record();
    const id = plan && Object.keys(plan.names).find((k) => plan.names[k] === sheet);
    if (!plan || id === undefined) return undefined;
    if (address === "A1") return [[plan.titles[id] ?? ""]];
    const d = plan.rosters.findIndex((p) => p.gridId === id);
    if (d < 0 || !address.startsWith(`${a1(plan.rosters[d]!.requiredRow, 0)}:`)) return undefined;
    const forecast = uplift.value === undefined ? plan.plan.forecast : { ...plan.plan.forecast, uplift: uplift.value };
    const agents = computePeakPlan({ ...plan.plan, forecast }).agents[d]!;
    return [[rosterString(plan.locale, "required"), ...Array.from({ length: FIRST_SLOT_COL - 1 }, () => ""), ...agents]];
  };
}
