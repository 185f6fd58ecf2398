/**
 * One review's score and the agreement between two scorers, from plain marks instead of a
 * catalogue: the figures behind CS.QASCORE and CS.AGREEMENT and the calibration sheet.
 *
 * `qaScore` does not restate the scoring rule: it describes the marks as a one-off catalogue
 * (one points criterion per mark) and asks `scoreReview`, so a formula and the QA log can never
 * disagree.
 */
import type { QaCatalogue, QaCriterion } from "./catalogue";
import { scoreReview, type QaAnswer } from "./score-review";
import { qaError } from "./validate-catalogue";
import { QA_RULES } from "./rules";
import { fitsRule, ruleError } from "../rules/number-rule";

/** A mark: points from 0 to the criterion's scale maximum, or N/A. */
export type QaMark = number | "na";

export interface QaScoreInput {
  marks: readonly QaMark[];
  /** One weight per mark (any non-negative numbers: the score is a weighted mean). */
  weights: readonly number[];
  /** The maximum mark per criterion; default 1 for every mark (pass = 1, fail = 0). */
  scales?: readonly number[];
  /** A red line was breached: the score is 0. */
  redLine?: boolean;
  /** Bonus points added before the cap at 100. */
  bonus?: number;
}

const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : String(v));

function checkLength(name: string, got: number, marks: number): void {
  if (got !== marks) throw qaError("marksCount", { name, got, marks });
}

/**
 * 100 × Σ w·(mark/scale) ÷ Σ w over the marks that are not N/A, plus `bonus`, capped at 100; a red
 * line gives 0.
 *
 * @example qaScore({ marks: [1, 0, "na", 1], weights: [30, 20, 25, 25] }) // 73.333…
 * @example qaScore({ marks: [4, 2], weights: [50, 50], scales: [5, 4] }) // 65
 * @throws InputError for lists of different lengths, a mark that is not a whole number from 0 to
 *   its scale, a negative weight or bonus, a scale that is not a whole number from 1 to 100, or
 *   nothing to score (every mark N/A or weighing 0).
 */
export function qaScore(input: QaScoreInput): number {
  const { marks, weights } = input;
  if (marks.length === 0) throw qaError("noMarks");
  checkLength("weights", weights.length, marks.length);
  const scales = input.scales ?? marks.map(() => 1);
  checkLength("scales", scales.length, marks.length);
  const bonus = input.bonus ?? 0;
  if (!fitsRule(bonus, QA_RULES.bonus)) throw ruleError("bonus", QA_RULES.bonus, bonus);

  // The one-off catalogue is never shown: its texts stay empty.
  const none = { "en-US": "", "zh-CN": "" };
  const criteria: QaCriterion[] = marks.map((mark, i) => {
    const n = i + 1;
    const max = scales[i]!;
    const weight = weights[i]!;
    if (!fitsRule(max, QA_RULES.scale)) throw ruleError(`scales (#${n})`, QA_RULES.scale, max);
    if (!fitsRule(weight, QA_RULES.weight)) throw ruleError(`weights (#${n})`, QA_RULES.weight, weight);
    if (mark !== "na" && (!Number.isInteger(mark) || mark < 0 || mark > max)) throw qaError("badMark", { n, max, got: shown(mark) });
    return { id: `m${n}`, sectionId: "s", weight, scale: { kind: "points", max }, naAllowed: true, name: none, description: none, examples: none };
  });
  const catalogue: QaCatalogue = {
    channel: "pre-sale",
    sections: [{ id: "s", title: none }],
    criteria,
    redLines: [{ id: "redLine", name: none, description: none, examples: none }],
    bonusItems: [{ id: "bonus", points: bonus, name: none, description: none, examples: none }],
  };
  const answers: Record<string, QaAnswer> = Object.fromEntries(marks.map((m, i) => [`m${i + 1}`, m]));
  const review = scoreReview(catalogue, { criteria: answers, redLineId: input.redLine ? "redLine" : null, bonusIds: bonus > 0 ? ["bonus"] : [] });
  if (review.status === "redLine") return 0;
  // A weight-0-only review has possible weight 0: nothing to score, like all N/A.
  if (review.score === null) throw qaError("nothingToScore");
  return review.score;
}

/** A mark in an agreement comparison; null is a blank (the pair is skipped). */
export type PairMark = number | "na" | null;

/**
 * Binary rounding slack for |a − b| ≤ tolerance: 1.1 − 0.9 is 0.20000000000000007, which a reader
 * counts as within 0.2.
 */
const TOLERANCE_SLACK = 1e-9;

/** Whether two filled marks agree: N/A only with N/A, numbers within `tolerance`. */
export function marksAgree(a: number | "na", b: number | "na", tolerance: number): boolean {
  if (a === "na" || b === "na") return a === b;
  return Math.abs(a - b) <= tolerance + TOLERANCE_SLACK;
}

/**
 * The share of paired marks that agree (|a − b| ≤ tolerance; N/A agrees only with N/A), skipping
 * pairs with a blank.
 *
 * @example agreement([5, 4, "na", 3], [5, 3, "na", null]) // 2 of 3 → 0.667
 * @throws InputError for lists of different lengths, a negative tolerance, or no complete pair.
 */
export function agreement(a: readonly PairMark[], b: readonly PairMark[], tolerance = 0): number {
  if (a.length !== b.length) throw qaError("pairCount", { a: a.length, b: b.length });
  if (!fitsRule(tolerance, QA_RULES.tolerance)) throw ruleError("tolerance", QA_RULES.tolerance, tolerance);
  let pairs = 0;
  let agreed = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    if (x === null || y === null) return;
    pairs++;
    if (marksAgree(x, y, tolerance)) agreed++;
  });
  if (pairs === 0) throw qaError("noPairs");
  return agreed / pairs;
}
