/**
 * The plan numbers the review's sample is drawn around: the sample peak plan's forecast and agents
 * required per event day and slot, from the plan engine (the same numbers the plan's headcount
 * sheet shows).
 */
import { computePeakPlan } from "../../core/peak";
import type { SamplePlanNumbers } from "../../core/review";
import { samplePeakPlanInput } from "../peak/sample";

export function samplePlanNumbers(): SamplePlanNumbers {
  const plan = computePeakPlan(samplePeakPlanInput());
  return { forecast: plan.forecast, required: plan.agents };
}
