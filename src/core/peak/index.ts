export * from "./calendar";
export { SAMPLE_CALENDAR } from "./sample-calendar";
export * from "./plan";
export { parsePeakPlanFile, parseIsoDate, PEAK_PLAN_DEFAULTS, type PeakPlanFile } from "./plan-file";
