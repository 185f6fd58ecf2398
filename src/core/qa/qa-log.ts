/**
 * What the QA log holds per row, and the two readings of it that close the QA loop (QA & coaching
 * talk, docs/reference/sources.md: 质检针对团队重点问题每天跟进,直到完全不发生 / 案例讲解会 / 质检链路闭环):
 *
 * - daily problem tracking: per day and criterion the failure rate, the team's top problems of
 *   the period and whether each is falling, and the case-review list with example conversations;
 * - one agent's QA evidence for a coaching talk.
 *
 * Only reviews that have a score (scored or red line) count, as on the QA summary.
 */
import type { QaCatalogue } from "./catalogue";
import type { EscalationStep } from "./escalation";
import { scoreReview, type QaReviewScore } from "./score-review";
import { summariseReviews, type QaReviewRecord } from "./summarise-reviews";
import { qaError } from "./validate-catalogue";

/** One row of the QA log. */
export interface QaLogEntry extends QaReviewRecord {
  /** Excel serial date of the review. */
  date: number;
  conversation: string;
  comment: string;
}

/** Days (Excel serials) from `first` to `last`, both included. */
export interface QaPeriod {
  first: number;
  last: number;
}

function checkPeriod(period: QaPeriod): void {
  if (!Number.isInteger(period.first) || !Number.isInteger(period.last) || period.last < period.first) throw qaError("badPeriod");
}

interface Scored {
  entry: QaLogEntry;
  review: QaReviewScore;
}

/** The period's entries that have a score, in log order. */
function scoredIn(catalogue: QaCatalogue, entries: readonly QaLogEntry[], period: QaPeriod): Scored[] {
  checkPeriod(period);
  return entries
    .filter((e) => e.date >= period.first && e.date <= period.last)
    .map((entry) => ({ entry, review: scoreReview(catalogue, entry.answers) }))
    .filter((x) => x.review.score !== null);
}

/** Whether the review answered the criterion (not N/A, not blank): the failure rate's denominator. */
function answered(x: Scored, criterionId: string): boolean {
  const a = x.entry.answers.criteria[criterionId];
  return a !== undefined && a !== "na";
}

export interface ProblemTrackingSettings {
  /** Days compared for the trend: the mean daily rate of the last N days against the N days before. @default 7 */
  trendDays: number;
  /** How many top problems. @default 5 */
  top: number;
  /** Criteria on the case-review list. @default 3 */
  caseCriteria: number;
  /** Example conversations per case-review criterion. @default 3 */
  examples: number;
}

export const DEFAULT_TRACKING: ProblemTrackingSettings = { trendDays: 7, top: 5, caseCriteria: 3, examples: 3 };

export interface DailyRates {
  date: number;
  /** Scored reviews that day. */
  reviews: number;
  /** Criterion id → failures ÷ reviews that answered it; null when none did. */
  rates: Record<string, number | null>;
}

export interface CriterionProblem {
  id: string;
  failures: number;
  answered: number;
  /** failures ÷ answered over the period; null when never answered. */
  rate: number | null;
  /** Mean daily rate over the last `trendDays` days (days with reviews); null when none. */
  recent: number | null;
  /** Mean daily rate over the `trendDays` days before those. */
  previous: number | null;
  /** recent < previous; null when either is unknown. */
  falling: boolean | null;
}

export interface CaseExample {
  date: number;
  conversation: string;
  agent: string;
  reviewer: string;
  comment: string;
}

export interface ProblemTracking {
  days: DailyRates[];
  /** Every criterion, catalogue order. */
  criteria: CriterionProblem[];
  /** Criteria with failures, highest rate first (ties: catalogue order), at most `top`. */
  top: CriterionProblem[];
  /** The first `caseCriteria` of `top`, each with its first `examples` failing reviews in log order. */
  caseReview: Array<{ id: string; failures: number; examples: CaseExample[] }>;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length);

/**
 * Day × criterion failure rates of the period, its top problems with their trend, and the
 * case-review list.
 *
 * @throws InputError for a period whose last day is before its first.
 */
export function trackProblems(
  catalogue: QaCatalogue,
  entries: readonly QaLogEntry[],
  period: QaPeriod,
  settings: ProblemTrackingSettings = DEFAULT_TRACKING,
): ProblemTracking {
  const scored = scoredIn(catalogue, entries, period);
  const failed = (x: Scored, id: string): boolean => x.review.failedCriteria.includes(id);
  const days: DailyRates[] = [];
  for (let date = period.first; date <= period.last; date++) {
    const that = scored.filter((x) => x.entry.date === date);
    const rates: Record<string, number | null> = {};
    for (const c of catalogue.criteria) {
      const n = that.filter((x) => answered(x, c.id)).length;
      rates[c.id] = n === 0 ? null : that.filter((x) => failed(x, c.id)).length / n;
    }
    days.push({ date, reviews: that.length, rates });
  }
  const window = (from: number, to: number, id: string): number | null =>
    mean(days.filter((d) => d.date >= from && d.date <= to).map((d) => d.rates[id]).filter((r): r is number => r !== null && r !== undefined));

  const criteria = catalogue.criteria.map((c): CriterionProblem => {
    const n = scored.filter((x) => answered(x, c.id)).length;
    const failures = scored.filter((x) => failed(x, c.id)).length;
    const recent = window(period.last - settings.trendDays + 1, period.last, c.id);
    const previous = window(period.last - 2 * settings.trendDays + 1, period.last - settings.trendDays, c.id);
    return { id: c.id, failures, answered: n, rate: n === 0 ? null : failures / n, recent, previous, falling: recent === null || previous === null ? null : recent < previous };
  });
  const top = criteria
    .filter((c) => c.failures > 0)
    .sort((a, b) => b.rate! - a.rate! || catalogue.criteria.findIndex((c) => c.id === a.id) - catalogue.criteria.findIndex((c) => c.id === b.id))
    .slice(0, settings.top);
  const caseReview = top.slice(0, settings.caseCriteria).map((p) => ({
    id: p.id,
    failures: p.failures,
    examples: scored
      .filter((x) => failed(x, p.id))
      .slice(0, settings.examples)
      .map(({ entry }) => ({ date: entry.date, conversation: entry.conversation, agent: entry.agent, reviewer: entry.reviewer, comment: entry.comment })),
  }));
  return { days, criteria, top, caseReview };
}

export interface FailedCriterion {
  id: string;
  count: number;
  weight: number;
}

export interface EvidenceExample {
  date: number;
  conversation: string;
  /** Criteria failed in that review, catalogue order. */
  failed: string[];
  redLineId: string | null;
  score: number;
  comment: string;
}

/** One agent's QA figures for a coaching talk. */
export interface AgentQaEvidence {
  agent: string;
  period: QaPeriod;
  reviews: number;
  averageFinalScore: number | null;
  redLines: number;
  escalation: EscalationStep;
  /** Criteria failed at least once: most failures first, then the heavier weight, then catalogue order. */
  failedCriteria: FailedCriterion[];
  /** Reviews with a failure or a red line, in log order: the STAR "situation" evidence. */
  examples: EvidenceExample[];
  appeals: number;
  upheldAppeals: number;
}

/**
 * The agent's QA evidence for the period, with the same counts as the QA summary.
 *
 * @throws InputError for a period whose last day is before its first.
 */
export function agentEvidence(catalogue: QaCatalogue, entries: readonly QaLogEntry[], agent: string, period: QaPeriod): AgentQaEvidence {
  const mine = scoredIn(catalogue, entries, period).filter((x) => x.entry.agent === agent);
  const [s] = summariseReviews(catalogue, mine.map((x) => x.entry), [agent], []).agents;
  const summary = s!;
  const order = new Map(catalogue.criteria.map((c, i) => [c.id, i]));
  const failedCriteria = catalogue.criteria
    .map((c) => ({ id: c.id, count: summary.failuresByCriterion[c.id] ?? 0, weight: c.weight }))
    .filter((f) => f.count > 0)
    .sort((a, b) => b.count - a.count || b.weight - a.weight || order.get(a.id)! - order.get(b.id)!);
  const examples = mine
    .filter((x) => x.review.failedCriteria.length > 0 || x.review.status === "redLine")
    .map(({ entry, review }) => ({
      date: entry.date,
      conversation: entry.conversation,
      failed: review.failedCriteria,
      redLineId: entry.answers.redLineId ?? null,
      score: review.score!,
      comment: entry.comment,
    }));
  return {
    agent,
    period,
    reviews: summary.reviews,
    averageFinalScore: summary.averageFinalScore,
    redLines: summary.redLines,
    escalation: summary.escalation,
    failedCriteria,
    examples,
    appeals: summary.appeals,
    upheldAppeals: summary.upheldAppeals,
  };
}

/** The agents (in the given order) at escalation step `minStep` or higher in the period. */
export function agentsAtStep(catalogue: QaCatalogue, entries: readonly QaLogEntry[], agents: readonly string[], period: QaPeriod, minStep: EscalationStep): string[] {
  const scored = scoredIn(catalogue, entries, period).map((x) => x.entry);
  return summariseReviews(catalogue, scored, agents, [])
    .agents.filter((a) => a.reviews > 0 && a.escalation >= minStep)
    .map((a) => a.agent);
}
