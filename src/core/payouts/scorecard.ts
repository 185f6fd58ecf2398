/**
 * Weighted scorecards: KPI scores (from band tables) combined by weights, and grades from the total.
 * The score is rounded to 2 decimals (half away from zero) — the one rounding point, shared with
 * the generated sheet's ROUND(…, 2).
 */
import { InputError } from "../errors";
import { checkNonNegative, checkSameLength } from "./checks";
import { add, div, fromNumber, mul, ratio, roundHalfUp, sum, ZERO } from "./exact";

/**
 * Σ weight × score ÷ Σ weight, rounded to 2 decimals. Weights may be percentages or fractions.
 * @example weightedScore([100, 80, 60], [30, 20, 50]) // 76
 * @throws InputError when lengths differ, a weight is negative or all weights are 0.
 */
export function weightedScore(scores: readonly number[], weights: readonly number[]): number {
  checkSameLength(scores, "scores", weights, "weights");
  checkNonNegative(weights, "weights");
  const w = weights.map(fromNumber);
  const total = sum(w);
  if (total.num === 0n) {
    throw new InputError({ "en-US": "weights must not all be 0.", "zh-CN": "weights 不能全部为 0。" });
  }
  const weighted = scores.reduce((acc, s, i) => add(acc, mul(fromNumber(s), w[i]!)), ZERO);
  return Number(roundHalfUp(mul(div(weighted, total), ratio(100n)))) / 100;
}

export interface Grade {
  /** Lowest score of the grade (inclusive). */
  minScore: number;
  label: string;
}

/**
 * The grade of a score: the grade with the highest `minScore` the score reaches, or null.
 * @example gradeOf(85, [{ minScore: 70, label: "bronze" }, { minScore: 80, label: "silver" }, { minScore: 90, label: "gold" }]) // "silver"
 */
export function gradeOf(score: number, grades: readonly Grade[]): string | null {
  let best: Grade | null = null;
  for (const g of grades) if (score >= g.minScore && (best === null || g.minScore > best.minScore)) best = g;
  return best?.label ?? null;
}
