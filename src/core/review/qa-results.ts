/**
 * The QA figures a review shows, read from QA logs (one per channel) over a period: reviews with a
 * score, how many reached the pass mark with their final score (after appeals; a red line scores
 * 0), the mean final score, red lines, and the items failed most often across channels.
 */
import type { LocalizedText } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import type { QaCatalogue } from "../qa/catalogue";
import { trackProblems, type QaLogEntry, type QaPeriod } from "../qa/qa-log";
import { scoreReview } from "../qa/score-review";
import { finalScore } from "../qa/summarise-reviews";
import type { QaErrorItem, ReviewQaInput } from "./types";

export interface QaChannelLog {
  catalogue: QaCatalogue;
  entries: readonly QaLogEntry[];
}

/** How many error items a review lists. */
export const TOP_ERROR_ITEMS = 5;

/**
 * The period's QA results over every channel's log.
 * @throws InputError for a period whose last day is before its first.
 */
export function qaResultsFromLog(logs: readonly QaChannelLog[], period: QaPeriod, passMark: number, top = TOP_ERROR_ITEMS): ReviewQaInput {
  let reviews = 0;
  let passed = 0;
  let redLines = 0;
  let scoreSum = 0;
  let scored = 0;
  const errors: (QaErrorItem & { rate: number; order: number })[] = [];
  logs.forEach(({ catalogue, entries }, channelIndex) => {
    for (const e of entries) {
      if (e.date < period.first || e.date > period.last) continue;
      const review = scoreReview(catalogue, e.answers);
      if (review.score === null) continue;
      reviews += 1;
      if (review.status === "redLine") redLines += 1;
      const final = finalScore(review, e.appeal);
      // An appeal awaiting its revised score has no final score yet: it counts as not passed.
      if (final === null) continue;
      scored += 1;
      scoreSum += final;
      if (final >= passMark) passed += 1;
    }
    const channel = (locale: keyof typeof QA_STRINGS) => QA_STRINGS[locale].channel[catalogue.channel];
    for (const p of trackProblems(catalogue, entries, period).top) {
      const c = catalogue.criteria.find((x) => x.id === p.id)!;
      const label: LocalizedText = { "en-US": `${channel("en-US")}: ${c.name["en-US"]}`, "zh-CN": `${channel("zh-CN")}：${c.name["zh-CN"]}` };
      errors.push({ label, failures: p.failures, answered: p.answered, rate: p.rate!, order: channelIndex * 1000 + catalogue.criteria.indexOf(c) });
    }
  });
  const topErrors = errors
    .sort((a, b) => b.rate - a.rate || a.order - b.order)
    .slice(0, top)
    .map(({ label, failures, answered }) => ({ label, failures, answered }));
  return { first: period.first, last: period.last, reviews, passed, meanScore: scored === 0 ? null : scoreSum / scored, redLines, topErrors };
}
