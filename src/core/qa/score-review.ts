/**
 * The QA scoring rule (written out for reviewers on the standards sheet, and computed by the QA
 * log's formulas — this function is the reference the LibreOffice test compares them with):
 *
 * 1. each criterion is normalised to 0–1 of its scale (points ÷ max; Yes = 1, No = 0);
 * 2. N/A leaves the criterion out of both earned and possible weight;
 * 3. base score = 100 × Σ(weight × normalised) ÷ Σ(weight of answered, non-N/A criteria);
 * 4. bonus points are added, the total capped at 100;
 * 5. any red line → 0 (no bonus);
 * 6. with a criterion unanswered (and no red line) the review is incomplete: no score;
 *    with every criterion N/A there is nothing to score: no score.
 *
 * The catalogue is expected to pass `validateCatalogue` (weights sum to 100). On the sheets the
 * weights and bonus points are inputs on the standards sheet; while those weights do not sum to
 * 100 the QA log shows a marker ("WEIGHTS≠100") instead of every score rather than a number this
 * rule does not define.
 */
import type { QaCatalogue, QaCriterion } from "./catalogue";
import { qaError, qaErrorText } from "./validate-catalogue";

/** One criterion's answer: whole points, "yes"/"no", or "na". */
export type QaAnswer = number | "yes" | "no" | "na";

export interface QaReviewAnswers {
  /** Criterion id → answer; a missing id means "not answered yet". */
  criteria: Readonly<Record<string, QaAnswer>>;
  /** The red line breached, if any (one is enough to fail the review). */
  redLineId?: string | null;
  /** Bonus items awarded. */
  bonusIds?: readonly string[];
}

export type QaReviewStatus = "scored" | "redLine" | "incomplete" | "notAssessable";

export interface QaReviewScore {
  status: QaReviewStatus;
  /** 0–100 when `status` is "scored" or "redLine", else null. */
  score: number | null;
  /** Σ weight × normalised answer over the answered, non-N/A criteria. */
  earnedWeight: number;
  /** Σ weight over the answered, non-N/A criteria. */
  possibleWeight: number;
  /** Bonus points awarded (before the cap; not applied on a red line). */
  bonusPoints: number;
  /** Ids of criteria whose answer counts as a failure (below the mark, or "No"). */
  failedCriteria: string[];
}

/** The normalised value 0–1 of a valid answer (not N/A). */
function normalised(c: QaCriterion, answer: number | "yes" | "no"): number {
  if (c.scale.kind === "yesNo") return answer === "yes" ? 1 : 0;
  return (answer as number) / c.scale.max;
}

/** Throws an InputError when `answer` does not fit the criterion's scale. */
function checkAnswer(c: QaCriterion, answer: QaAnswer): void {
  if (answer === "na") {
    if (!c.naAllowed) throw qaError("naNotAllowed", { id: c.id });
    return;
  }
  const na = c.naAllowed ? qaErrorText("orNa") : "";
  if (c.scale.kind === "yesNo") {
    if (answer !== "yes" && answer !== "no") throw qaError("badYesNo", { id: c.id, na });
    return;
  }
  if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer > c.scale.max) {
    throw qaError("badPoints", { id: c.id, max: c.scale.max, na });
  }
}

/** Whether a valid answer counts as a failure of the criterion (N/A never does). */
export function isFailure(c: QaCriterion, answer: QaAnswer): boolean {
  if (answer === "na") return false;
  if (c.scale.kind === "yesNo") return answer === "no";
  return typeof answer === "number" && answer < (c.failBelowPoints ?? c.scale.max);
}

/**
 * Scores one review by the documented rule.
 *
 * @example
 * // greeting Yes (w 5), speed 2/3 (w 10), everything else full → 100 × (5 + 6.667 + 85) ÷ 100 = 96.67
 * @throws InputError for an answer outside a criterion's scale, N/A where not allowed, or an
 *   unknown criterion / red line / bonus id.
 */
export function scoreReview(catalogue: QaCatalogue, answers: QaReviewAnswers): QaReviewScore {
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  for (const id of Object.keys(answers.criteria)) if (!byId.has(id)) throw qaError("unknownCriterion", { id });
  const redLineId = answers.redLineId ?? null;
  if (redLineId !== null && !catalogue.redLines.some((r) => r.id === redLineId)) throw qaError("unknownRedLine", { id: redLineId });
  const bonusIds = answers.bonusIds ?? [];
  let bonusPoints = 0;
  for (const id of bonusIds) {
    const item = catalogue.bonusItems.find((b) => b.id === id);
    if (item === undefined) throw qaError("unknownBonus", { id });
    bonusPoints += item.points;
  }

  let earnedWeight = 0;
  let possibleWeight = 0;
  let complete = true;
  const failedCriteria: string[] = [];
  for (const c of catalogue.criteria) {
    const answer = answers.criteria[c.id];
    if (answer === undefined) {
      complete = false;
      continue;
    }
    checkAnswer(c, answer);
    if (isFailure(c, answer)) failedCriteria.push(c.id);
    if (answer === "na") continue;
    // Same order of operations as the sheet formula (weight × answer ÷ max), so results match bit for bit.
    earnedWeight += c.scale.kind === "points" ? (c.weight * (answer as number)) / c.scale.max : c.weight * normalised(c, answer);
    possibleWeight += c.weight;
  }

  const base = { earnedWeight, possibleWeight, bonusPoints, failedCriteria };
  if (redLineId !== null) return { status: "redLine", score: 0, ...base };
  if (!complete) return { status: "incomplete", score: null, ...base };
  if (possibleWeight === 0) return { status: "notAssessable", score: null, ...base };
  return { status: "scored", score: Math.min(100, (100 * earnedWeight) / possibleWeight + bonusPoints), ...base };
}
