/**
 * Custom functions for hiring (namespace CS): the weekly hiring plan. A thin wrapper: read the
 * arguments (`args.ts`), call `core/hiring`, map bad input to Excel errors (`excel-errors.ts`).
 * Ids are stored in users' workbooks: never rename one.
 */
import { planHiring } from "../core/hiring";
import { asMatrix, readList, readScalar, type NumberRule } from "./args";
import { excelResult } from "./excel-errors";

/** Allowed values of every parameter, by its public name. */
const RULES = {
  required: { name: "required", min: 0 },
  on_hand: { name: "on_hand", min: 0 },
  attrition: { name: "attrition", min: 0, max: 1, maxInclusive: false },
  train_weeks: { name: "train_weeks", min: 0, max: 520, integer: true },
  ramp: { name: "ramp", min: 0, minInclusive: false, max: 1 },
  pass_rate: { name: "pass_rate", min: 0, minInclusive: false, max: 1, default: 1 },
} as const satisfies Record<string, NumberRule>;

/** True for an omitted argument (`null`) or one whose cells are all blank. */
function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "")));
}

/**
 * Weekly hiring plan: people to start training each week (as late as possible, as few as needed) so that productive staff cover the required headcount in every week that can still be reached. One row per week: hires, in training, productive FTE, shortfall.
 * @customfunction HIRES HIRES
 * @param required Required productive FTE per week (≥ 0), a column, week 1 first.
 * @param on_hand Productive staff in week 1 (≥ 0).
 * @param attrition Share of productive staff lost at the end of each week, from 0 up to (not including) 1, e.g. 0.02.
 * @param train_weeks Weeks in training off the floor (whole number ≥ 0): someone starting in week t is productive from week t + train_weeks.
 * @param [ramp] Productivity in the first weeks after training, each above 0 and at most 1, e.g. {0.5,0.8}; afterwards 1. Default none.
 * @param [pass_rate] Share of trainees who graduate, above 0 and at most 1. Default 1.
 * @returns One row per week: hires, in training, productive FTE, shortfall.
 */
export function HIRES(required: any[][], on_hand: any[][], attrition: any[][], train_weeks: any[][], ramp?: any[][], pass_rate?: any[][]): any[][] {
  return excelResult(() => {
    const plan = planHiring({
      required: readList(required, RULES.required),
      onHand: readScalar(on_hand, RULES.on_hand),
      attrition: readScalar(attrition, RULES.attrition),
      trainWeeks: readScalar(train_weeks, RULES.train_weeks),
      ramp: omitted(ramp) ? [] : readList(ramp, RULES.ramp),
      passRate: readScalar(pass_rate ?? null, RULES.pass_rate),
    });
    return plan.map((w) => [w.hires, w.inTraining, w.productiveFte, w.shortfall]);
  });
}
