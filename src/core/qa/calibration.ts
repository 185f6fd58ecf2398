/**
 * Calibration (打分对标, QA & coaching talk, docs/reference/sources.md): the same conversations
 * scored independently by every reviewer and by a reference (the QA lead or the consensus). Per
 * reviewer and criterion: how often the reviewer agrees with the reference and by how much they
 * deviate on average; per conversation: the spread of the review scores; and the reviewers out of
 * tolerance, who need calibrating before their scores count. The calibration sheet's formulas
 * compute the same figures.
 */
import type { QaCatalogue, QaCriterion } from "./catalogue";
import { marksAgree, type QaMark } from "./qa-score";
import { scoreReview, type QaAnswer, type QaReviewAnswers } from "./score-review";
import { qaError } from "./validate-catalogue";

export interface CalibrationScore {
  conversation: string;
  /** The reference's name or a reviewer's. */
  scorer: string;
  answers: QaReviewAnswers;
}

export interface CalibrationSettings {
  /** Marks within this many points of the reference agree (Yes/No answers must match). @default 0 */
  tolerance: number;
  /** A reviewer agreeing less often than this (0–1) is out of tolerance. @default 0.8 */
  minAgreement: number;
  /** A reviewer whose review scores differ from the reference's by more than this on average is out of tolerance. @default 5 */
  maxScoreGap: number;
}

export const DEFAULT_CALIBRATION: CalibrationSettings = { tolerance: 0, minAgreement: 0.8, maxScoreGap: 5 };

export interface CriterionAgreement {
  /** Conversations where both the reviewer and the reference answered the criterion. */
  pairs: number;
  /** Share of those that agree; null without pairs. */
  agreement: number | null;
  /** Mean of (reviewer − reference) in points (Yes = 1, No = 0) where neither is N/A; null when none. */
  meanDeviation: number | null;
}

export interface ReviewerCalibration {
  reviewer: string;
  byCriterion: Record<string, CriterionAgreement>;
  /** Agreement pooled over all criteria; null without pairs. */
  agreement: number | null;
  /** Mean of (reviewer's review score − reference's) over conversations both scored; null when none. */
  meanScoreGap: number | null;
  outOfTolerance: boolean;
}

export interface ConversationSpread {
  conversation: string;
  referenceScore: number | null;
  /** Highest − lowest review score among the reference and the reviewers; null with fewer than two scores. */
  spread: number | null;
}

export interface CalibrationResult {
  reviewers: ReviewerCalibration[];
  conversations: ConversationSpread[];
}

/** An answer as a mark: Yes = 1, No = 0, points as they are. */
function asMark(answer: QaAnswer): QaMark {
  if (answer === "yes") return 1;
  if (answer === "no") return 0;
  return answer;
}

/** Tolerance applies to points; Yes/No must match. */
const toleranceFor = (c: QaCriterion, tolerance: number): number => (c.scale.kind === "yesNo" ? 0 : tolerance);

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length);

/**
 * The calibration figures of `scores` for `reviewers` against `reference`, conversations in
 * first-seen order.
 *
 * @throws InputError for a scorer who is neither the reference nor a listed reviewer, a conversation
 *   without a reference score, or an answer outside its criterion's scale.
 */
export function calibrate(
  catalogue: QaCatalogue,
  scores: readonly CalibrationScore[],
  reference: string,
  reviewers: readonly string[],
  settings: CalibrationSettings = DEFAULT_CALIBRATION,
): CalibrationResult {
  const conversations = [...new Set(scores.map((s) => s.conversation))];
  for (const s of scores) if (s.scorer !== reference && !reviewers.includes(s.scorer)) throw qaError("calibrationUnknownScorer", { name: s.scorer });
  const find = (conversation: string, scorer: string) => scores.find((s) => s.conversation === conversation && s.scorer === scorer);
  const scoreOf = (s: CalibrationScore | undefined): number | null => (s === undefined ? null : scoreReview(catalogue, s.answers).score);
  const refs = new Map(
    conversations.map((id) => {
      const ref = find(id, reference);
      if (ref === undefined) throw qaError("calibrationNoReference", { id });
      return [id, ref] as const;
    }),
  );

  const reviewerRows = reviewers.map((reviewer): ReviewerCalibration => {
    let pairs = 0;
    let agreed = 0;
    const byCriterion: Record<string, CriterionAgreement> = {};
    for (const c of catalogue.criteria) {
      let cPairs = 0;
      let cAgreed = 0;
      const deviations: number[] = [];
      for (const id of conversations) {
        const mine = find(id, reviewer)?.answers.criteria[c.id];
        const theirs = refs.get(id)!.answers.criteria[c.id];
        if (mine === undefined || theirs === undefined) continue;
        const a = asMark(mine);
        const b = asMark(theirs);
        cPairs++;
        if (marksAgree(a, b, toleranceFor(c, settings.tolerance))) cAgreed++;
        if (a !== "na" && b !== "na") deviations.push(a - b);
      }
      byCriterion[c.id] = { pairs: cPairs, agreement: cPairs === 0 ? null : cAgreed / cPairs, meanDeviation: mean(deviations) };
      pairs += cPairs;
      agreed += cAgreed;
    }
    const gaps: number[] = [];
    for (const id of conversations) {
      const mine = scoreOf(find(id, reviewer));
      const theirs = scoreOf(refs.get(id));
      if (mine !== null && theirs !== null) gaps.push(mine - theirs);
    }
    const rate = pairs === 0 ? null : agreed / pairs;
    const meanScoreGap = mean(gaps);
    const outOfTolerance = (rate !== null && rate < settings.minAgreement) || (meanScoreGap !== null && Math.abs(meanScoreGap) > settings.maxScoreGap);
    return { reviewer, byCriterion, agreement: rate, meanScoreGap, outOfTolerance };
  });

  const spreads = conversations.map((conversation): ConversationSpread => {
    const all = [reference, ...reviewers].map((scorer) => scoreOf(find(conversation, scorer))).filter((s): s is number => s !== null);
    return {
      conversation,
      referenceScore: scoreOf(refs.get(conversation)),
      spread: all.length < 2 ? null : Math.max(...all) - Math.min(...all),
    };
  });
  return { reviewers: reviewerRows, conversations: spreads };
}
