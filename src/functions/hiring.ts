/**
 * Custom functions for hiring (namespace CS): the weekly hiring plan. A thin wrapper: read the
 * arguments by their declared parameters (`params.ts`, `args.ts`), call `core/hiring`, map bad
 * input to Excel errors (`excel-errors.ts`). Ids are stored in users' workbooks: never rename one.
 */
import { HIRING_RULES as R, planHiring } from "../core/hiring";
import { asMatrix, cellValue, readList, readScalar } from "./args";
import { excelResult } from "./excel-errors";
import { argRule, type Params } from "./params";

const HIRES_PARAMS = {
  required: { en: "Required productive FTE per week, a column, week 1 first", zh: "每周需要的有效人力（FTE），一列，第 1 周在上", rule: R.headcount, list: true },
  on_hand: { en: "Productive staff in week 1", zh: "第 1 周已在岗的有效人力", rule: R.headcount },
  attrition: { en: "Share of productive staff lost at the end of each week, e.g. 0.02", zh: "每周末流失的在岗人员比例，如 0.02", rule: R.attrition },
  train_weeks: {
    en: "Weeks in training off the floor: someone starting in week t is productive from week t + train_weeks",
    zh: "脱岗培训周数：第 t 周开始培训的人从第 t + train_weeks 周起上岗",
    rule: R.trainWeeks,
  },
  ramp: {
    en: "Productivity in the first weeks after training, e.g. {0.5,0.8}; afterwards 1",
    zh: "培训结束后前几周的产能系数，如 {0.5,0.8}；之后为 1",
    rule: R.share,
    list: true,
    note: { "en-US": "Default none.", "zh-CN": "默认无爬坡期。" },
  },
  pass_rate: { en: "Share of trainees who graduate", zh: "培训通过率（结业人数占比）", rule: R.share, default: 1 },
} satisfies Params;

/** True for an omitted argument (`null`) or one whose cells are all blank. */
function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every((v) => {
    const c = cellValue(v);
    return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
  }));
}

/**
 * Weekly hiring plan: people to start training each week (as late as possible, as few as needed) so that productive staff cover the required headcount in every week that can still be reached. One row per week: hires, in training, productive FTE, shortfall.
 * @customfunction HIRES HIRES
 * @param required Required productive FTE per week, a column, week 1 first (each ≥ 0).
 * @param on_hand Productive staff in week 1 (≥ 0).
 * @param attrition Share of productive staff lost at the end of each week, e.g. 0.02 (≥ 0 and < 1).
 * @param train_weeks Weeks in training off the floor: someone starting in week t is productive from week t + train_weeks (whole number 0 to 520).
 * @param [ramp] Productivity in the first weeks after training, e.g. {0.5,0.8}; afterwards 1 (each 0.01 to 1). Default none.
 * @param [pass_rate] Share of trainees who graduate (0.01 to 1). Default 1.
 * @returns One row per week: hires, in training, productive FTE, shortfall.
 */
export function HIRES(required: any[][], on_hand: any[][], attrition: any[][], train_weeks: any[][], ramp?: any[][], pass_rate?: any[][]): any[][] {
  const P = HIRES_PARAMS;
  return excelResult(() => {
    const plan = planHiring({
      required: readList(required, argRule("required", P.required)),
      onHand: readScalar(on_hand, argRule("on_hand", P.on_hand)),
      attrition: readScalar(attrition, argRule("attrition", P.attrition)),
      trainWeeks: readScalar(train_weeks, argRule("train_weeks", P.train_weeks)),
      ramp: omitted(ramp) ? [] : readList(ramp, argRule("ramp", P.ramp)),
      passRate: readScalar(pass_rate ?? null, argRule("pass_rate", P.pass_rate)),
    });
    return plan.map((w) => [w.hires, w.inTraining, w.productiveFte, w.shortfall]);
  });
}

/** The declared parameters of every function in this module, by id (help, JSDoc sync). */
export const FUNCTION_PARAMS: Readonly<Record<string, Params>> = { HIRES: HIRES_PARAMS };
