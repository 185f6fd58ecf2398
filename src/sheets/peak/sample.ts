/**
 * The sample shop's peak plan: the built-in synthetic Double-11 history (three past years, eight
 * recent weeks), the sample team of 30 and the Double-11 2026 calendar, with the capacity rule's
 * 360 questions per agent-hour (docs/reference/staffing.md). Every plan sheet is built from it.
 */
import { forecastSample } from "../../core/forecast";
import { PEAK_PLAN_DEFAULTS, SAMPLE_CALENDAR, type PeakPlanInput } from "../../core/peak";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { baselineFromRecent } from "../forecast/compute-forecast";
import { SAMPLE_AUTOMATION_RATE, SAMPLE_PER_AGENT_HOUR } from "../forecast/sample";

export function samplePeakPlanInput(): PeakPlanInput {
  const s = forecastSample();
  const season = s.pastDays[0]!.length;
  return {
    calendar: SAMPLE_CALENDAR,
    forecast: {
      pastLabels: s.pastLabels,
      pastDays: s.pastDays,
      pastBaselines: s.pastBaselines,
      // Rounded as a manager would type it: the plan's baseline is an input cell.
      baseline: Math.round(baselineFromRecent(s.recent, season)),
      combine: "mean",
    },
    capacity: { ...PEAK_PLAN_DEFAULTS.capacity, perAgentHour: SAMPLE_PER_AGENT_HOUR, automationRate: SAMPLE_AUTOMATION_RATE },
    stageLoads: PEAK_PLAN_DEFAULTS.stageLoads,
    hiring: { ...PEAK_PLAN_DEFAULTS.hiring, onHand: SAMPLE_TEAM.length, ramp: [...PEAK_PLAN_DEFAULTS.hiring.ramp] },
  };
}
