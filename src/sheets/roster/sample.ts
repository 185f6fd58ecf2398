/** The roster's sample sheets: the Double-11 preset for the sample team, solved and named. */
import type { SheetSpec } from "../spec";
import type { Locale } from "../../i18n/locale";
import { assignRoster } from "../../core/roster/assign-roster";
import { double11Preset } from "../../core/roster/double11";
import { solveShiftPlan, type SolveOptions } from "../../core/roster/solve-plan";
import { buildRosterSheets } from "./index";

export async function buildRosterSample(locale: Locale, solve: Pick<SolveOptions, "highs" | "loadHighs"> = {}): Promise<SheetSpec[]> {
  const scenario = double11Preset(locale);
  const plan = await solveShiftPlan(scenario, solve);
  return buildRosterSheets(assignRoster(plan, scenario.people, scenario.rules), locale);
}
