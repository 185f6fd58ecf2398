/**
 * Per-agent and per-reviewer QA figures, the reference for the QA summary sheet's formulas.
 * Every count uses only reviews that have a score (status "scored" or "redLine").
 * Appeals measure QA accuracy (QA & coaching talk, docs/reference/sources.md: 客服申诉 → 质检员的输出准确率): an appeal upheld or
 * partly upheld means the reviewer was (at least partly) wrong.
 */
import type { QaCatalogue } from "./catalogue";
import { escalationStep, type EscalationStep } from "./escalation";
import { scoreReview, type QaReviewAnswers, type QaReviewScore } from "./score-review";
import { qaError } from "./validate-catalogue";

export type AppealDecision = "upheld" | "partly" | "rejected";

export interface QaAppeal {
  /** Null while the appeal is pending. */
  decision: AppealDecision | null;
  /** The score after an upheld / partly upheld appeal; null until entered. */
  revisedScore: number | null;
}

export interface QaReviewRecord {
  agent: string;
  reviewer: string;
  answers: QaReviewAnswers;
  /** Present when the agent appealed. */
  appeal?: QaAppeal | null;
}

/**
 * The score that counts after appeals: an upheld / partly upheld appeal replaces the review score
 * with the revised score (null until it is entered); otherwise the review score.
 */
export function finalScore(review: QaReviewScore, appeal: QaAppeal | null | undefined): number | null {
  if (review.score === null) return null;
  if (appeal && (appeal.decision === "upheld" || appeal.decision === "partly")) {
    const revised = appeal.revisedScore;
    if (revised === null) return null;
    if (!Number.isFinite(revised) || revised < 0 || revised > 100) throw qaError("badRevisedScore");
    return revised;
  }
  return review.score;
}

export interface QaAgentSummary {
  agent: string;
  reviews: number;
  /** Mean of the known final scores; null when there are none. */
  averageFinalScore: number | null;
  redLines: number;
  /** Criterion id → failures in scored reviews. */
  failuresByCriterion: Record<string, number>;
  /** Criteria failed twice or more. */
  repeatedCriteria: number;
  /** Most failures of a single criterion. */
  worstRepeat: number;
  escalation: EscalationStep;
  appeals: number;
  /** appeals ÷ reviews; null without reviews. */
  appealRate: number | null;
  /** Appeals decided "upheld" or "partly upheld". */
  upheldAppeals: number;
}

export interface QaReviewerSummary {
  reviewer: string;
  reviews: number;
  upheldAppeals: number;
  /** 1 − upheld ÷ reviews; null without reviews. */
  accuracy: number | null;
}

export interface QaSummary {
  agents: QaAgentSummary[];
  reviewers: QaReviewerSummary[];
}

const isUpheld = (a: QaAppeal | null | undefined): boolean => !!a && (a.decision === "upheld" || a.decision === "partly");

/** Summarises `records` for the listed agents and reviewers (in that order). */
export function summariseReviews(
  catalogue: QaCatalogue,
  records: readonly QaReviewRecord[],
  agents: readonly string[],
  reviewers: readonly string[],
): QaSummary {
  const scored = records
    .map((r) => ({ record: r, review: scoreReview(catalogue, r.answers) }))
    .filter((x) => x.review.score !== null);

  const agentRows = agents.map((agent): QaAgentSummary => {
    const mine = scored.filter((x) => x.record.agent === agent);
    const finals = mine.map((x) => finalScore(x.review, x.record.appeal)).filter((s): s is number => s !== null);
    const failuresByCriterion: Record<string, number> = {};
    for (const c of catalogue.criteria) failuresByCriterion[c.id] = mine.filter((x) => x.review.failedCriteria.includes(c.id)).length;
    const counts = Object.values(failuresByCriterion);
    const worstRepeat = Math.max(0, ...counts);
    const redLines = mine.filter((x) => x.review.status === "redLine").length;
    const appeals = mine.filter((x) => x.record.appeal).length;
    return {
      agent,
      reviews: mine.length,
      averageFinalScore: finals.length === 0 ? null : finals.reduce((s, v) => s + v, 0) / finals.length,
      redLines,
      failuresByCriterion,
      repeatedCriteria: counts.filter((n) => n >= 2).length,
      worstRepeat,
      escalation: escalationStep(worstRepeat, redLines),
      appeals,
      appealRate: mine.length === 0 ? null : appeals / mine.length,
      upheldAppeals: mine.filter((x) => isUpheld(x.record.appeal)).length,
    };
  });

  const reviewerRows = reviewers.map((reviewer): QaReviewerSummary => {
    const mine = scored.filter((x) => x.record.reviewer === reviewer);
    const upheld = mine.filter((x) => isUpheld(x.record.appeal)).length;
    return { reviewer, reviews: mine.length, upheldAppeals: upheld, accuracy: mine.length === 0 ? null : 1 - upheld / mine.length };
  });

  return { agents: agentRows, reviewers: reviewerRows };
}
