/**
 * The review generator's stand-in plan numbers: the sample forecast's event day (per slot, scaled
 * by each sample event day's share) and agents required per slot by the capacity rule of the
 * forecast sample (360 questions per agent-hour, 30 % automated). The linked peak plan passes its
 * own engine's numbers to `sampleReviewInput` instead.
 */
import { SAMPLE_CALENDAR } from "../../core/peak/sample-calendar";
import type { SamplePlanNumbers } from "../../core/review";
import { capacityAgents } from "../../core/staffing";
import { computeForecast } from "../forecast/compute-forecast";
import { SAMPLE_AUTOMATION_RATE, SAMPLE_PER_AGENT_HOUR, sampleForecastInput } from "../forecast/sample";

export function samplePlanNumbers(): SamplePlanNumbers {
  const main = computeForecast(sampleForecastInput()).event.forecast;
  const forecast = SAMPLE_CALENDAR.eventDays.map((e) => main.map((v) => v * e.share));
  const required = forecast.map((day) =>
    day.map((volume) => capacityAgents({ volume, perAgentHour: SAMPLE_PER_AGENT_HOUR, intervalSeconds: 86_400 / day.length, automationRate: SAMPLE_AUTOMATION_RATE })),
  );
  return { forecast, required };
}
