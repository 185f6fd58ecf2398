export { planHiring, MAX_PLAN_WEEKS, type HiringPlanInput, type HiringWeek } from "./hiring-plan";
