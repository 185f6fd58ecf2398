export { planHiring, type HiringPlanInput, type HiringWeek } from "./hiring-plan";
export { HIRING_RULES, MAX_PLAN_WEEKS } from "./rules";
