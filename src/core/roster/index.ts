/** The roster generator: scenario → optimal shift plan (HiGHS) → named roster. */
export * from "./types";
export { parseScenario, parseScenarioText, personFromAgent } from "./scenario";
export { solveShiftPlan, type SolveOptions } from "./solve-plan";
export { greedyShiftPlan } from "./greedy-plan";
export { assignRoster, isNightShift, peakSlotMask, restRespected, shiftSpan, shiftStart } from "./assign-roster";
export { buildShiftOptions, slotsPerDay } from "./shift-options";
export { double11Preset } from "./double11";
export { sampleWeekScenario } from "./sample-week";
export { formatClock, parseClock } from "../clock";
export { rosterVerdict, verdictText, verdictWords, type RosterVerdict, type ShortSlot } from "./verdict";
