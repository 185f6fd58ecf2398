/**
 * A weekly hiring plan: how many people must start training each week so that productive staff
 * cover the required headcount, given attrition, weeks of training off the floor, a productivity
 * ramp after training and a share of trainees who fail.
 *
 * Model (expected values, as WFM headcount plans use them):
 * - Productive staff lose `attrition` of their number at the end of every week; trainees do not
 *   (pass rate covers those who drop out of class).
 * - Someone who starts in week s is in training in weeks s … s + trainWeeks − 1 and productive from
 *   week s + trainWeeks (the same week when trainWeeks is 0), at `ramp[k]` of a full FTE in the k-th
 *   productive week, then 1.
 * - Only `passRate` of each class graduates; hires are whole people, so each class is rounded up.
 *
 * Rule: weeks are covered in order. A week still short is covered by one class, started in the
 * week that needs the fewest people (a later start loses fewer to attrition, an earlier one is
 * further up the ramp); among equally small classes the latest start wins. Weeks before
 * `trainWeeks` cannot be reached by anyone hired now: they show their shortfall. See
 * docs/reference/training.md.
 */
import { InputError } from "../errors";
import { fitsRule, requireRule, ruleError } from "../rules/number-rule";
import { ceilTolerant } from "../staffing/shrinkage";
import { HIRING_RULES as R, MAX_PLAN_WEEKS } from "./rules";

export interface HiringPlanInput {
  /** Required productive FTE per week (≥ 0), week 1 first. */
  required: readonly number[];
  /** Productive staff in week 1 (≥ 0). */
  onHand: number;
  /** Share of productive staff lost at the end of each week, in [0, 1). */
  attrition: number;
  /** Weeks off the floor in training (whole number ≥ 0). */
  trainWeeks: number;
  /** Productivity (0–1] in the first weeks after training; afterwards 1. @default [] */
  ramp?: readonly number[];
  /** Share of trainees who graduate, (0, 1]. @default 1 */
  passRate?: number;
}

export interface HiringWeek {
  /** People who start training this week (whole, ≥ 0). */
  hires: number;
  /** People in class this week (whole). */
  inTraining: number;
  /** Expected productive FTE this week. */
  productiveFte: number;
  /** required − productive when positive, else 0. */
  shortfall: number;
}

/** Differences below this are rounding noise (13.999999999 FTE covers 14). */
const FTE_TOLERANCE = 1e-9;

/** `list (#i)` in the style of the function arguments, in both languages. */
const item = (name: string, i: number) => ({ "en-US": `${name} (#${i + 1})`, "zh-CN": `${name}（#${i + 1}）` });

function validate(input: HiringPlanInput): void {
  const { required, ramp = [], passRate = 1 } = input;
  if (required.length < 1 || required.length > MAX_PLAN_WEEKS) {
    throw new InputError({
      "en-US": `required needs 1 to ${MAX_PLAN_WEEKS} weeks; got ${required.length}.`,
      "zh-CN": `required 须为 1 到 ${MAX_PLAN_WEEKS} 周；当前为 ${required.length} 周。`,
    });
  }
  required.forEach((r, i) => {
    if (!fitsRule(r, R.headcount)) throw ruleError(item("required", i), R.headcount, r);
  });
  requireRule("on_hand", input.onHand, R.headcount);
  requireRule("attrition", input.attrition, R.attrition);
  requireRule("train_weeks", input.trainWeeks, R.trainWeeks);
  ramp.forEach((f, i) => {
    if (!fitsRule(f, R.share)) throw ruleError(item("ramp", i), R.share, f);
  });
  requireRule("pass_rate", passRate, R.share);
}

/**
 * The weekly plan, one entry per week of `required`.
 *
 * @example
 * planHiring({ required: [10, 10, 14, 14, 14], onHand: 10, attrition: 0, trainWeeks: 2 }).map((w) => w.hires)
 * // → [4, 0, 0, 0, 0]
 * @throws InputError (invalid) for a value outside its range, naming the argument.
 */
export function planHiring(input: HiringPlanInput): HiringWeek[] {
  validate(input);
  const { required, onHand, attrition, trainWeeks, ramp = [], passRate = 1 } = input;
  const n = required.length;
  const keep = 1 - attrition;
  // FTE one hire adds in their k-th productive week.
  const yieldAt = (k: number): number => passRate * keep ** k * (ramp[k] ?? 1);

  const productive = Array.from({ length: n }, (_, t) => onHand * keep ** t);
  const hires = new Array<number>(n).fill(0);

  for (let t = trainWeeks; t < n; t++) {
    const deficit = required[t]! - productive[t]!;
    if (deficit <= FTE_TOLERANCE) continue;
    // The start week needing the fewest people; ties go to the latest (k = weeks since graduating).
    let bestK = 0;
    for (let k = 1; k <= t - trainWeeks; k++) if (yieldAt(k) > yieldAt(bestK) * (1 + FTE_TOLERANCE)) bestK = k;
    const start = t - trainWeeks - bestK;
    const people = ceilTolerant(deficit / yieldAt(bestK));
    hires[start]! += people;
    for (let u = start + trainWeeks; u < n; u++) productive[u]! += people * yieldAt(u - start - trainWeeks);
  }

  return required.map((req, t) => {
    let inTraining = 0;
    for (let s = Math.max(0, t - trainWeeks + 1); s <= t; s++) inTraining += hires[s]!;
    const fte = productive[t]!;
    const gap = req - fte;
    return { hires: hires[t]!, inTraining, productiveFte: fte, shortfall: gap > FTE_TOLERANCE ? gap : 0 };
  });
}
