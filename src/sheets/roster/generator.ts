/** The roster generator. Its sample: the Double-11 preset for the sample team, solved and named. */
import { assignRoster } from "../../core/roster/assign-roster";
import { double11Preset } from "../../core/roster/double11";
import { solveShiftPlan } from "../../core/roster/solve-plan";
import type { NamedRoster } from "../../core/roster/types";
import { defineGenerator } from "../generator";
import { buildRosterSheets } from "./index";

export const ROSTER_GENERATOR = defineGenerator({
  id: "roster",
  title: { "en-US": "Roster", "zh-CN": "排班" },
  ribbon: {
    command: "openRosterPanel",
    controlId: "KefuKit.Roster",
    label: { "en-US": "Roster", "zh-CN": "排班" },
    tooltip: {
      "en-US": "Plan shifts and meal breaks that cover the demand (Double 11 preset included), then write the roster.",
      "zh-CN": "按需求规划班次与用餐轮换（含双十一预设），并生成排班表。",
    },
  },
  icon: "roster",
  sheetIdPrefix: "roster",
  sampleInputs: async (locale) => {
    const scenario = double11Preset(locale);
    const plan = await solveShiftPlan(scenario);
    return [assignRoster(plan, scenario.people, scenario.rules)];
  },
  build: (roster: NamedRoster, locale) => buildRosterSheets(roster, locale),
});
