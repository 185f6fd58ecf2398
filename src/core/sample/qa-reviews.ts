/**
 * A month of sample QA reviews (October 2026) for the sample team, and a calibration round, so the
 * sample workbook shows a filled QA log, summary, calibration, problem tracking and coaching forms
 * written from them. Deterministic: a fixed hash of (agent, day, criterion) replaces randomness.
 *
 * Built in so the figures say something:
 * - weaker agents (lower last-month QA score) fail more often;
 * - one problem per channel persists all month (pre-sale needs discovery, after-sale the returns
 *   process) and one fades (response speed; resolution), so the trend column shows both verdicts;
 * - two red lines per channel, N/A where allowed, bonus items, appeals with every decision;
 * - in the calibration round 林晓雯 scores strictly and Grace Xu leniently: they disagree with each
 *   other and the reference, while 周敏 stays within tolerance.
 */
import type { QaCatalogue, QaChannel, QaCriterion } from "../qa/catalogue";
import { defaultCatalogue } from "../qa/default-catalogue";
import type { PeakCalendar } from "../peak/calendar";
import type { CalibrationScore } from "../qa/calibration";
import type { QaLogEntry, QaPeriod } from "../qa/qa-log";
import { scoreReview, type QaAnswer } from "../qa/score-review";
import type { AppealDecision } from "../qa/summarise-reviews";
import { fromSerialDate, toSerialDate } from "../serial-date";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { SAMPLE_TEAM, type Agent } from "./team";

/** The sample reviewers (质检员). */
export const SAMPLE_REVIEWERS: readonly string[] = ["林晓雯", "周敏", "Grace Xu"];

/** The sample month. */
export const SAMPLE_QA_PERIOD: QaPeriod = { first: toSerialDate(2026, 10, 1), last: toSerialDate(2026, 10, 31) };

/** The days a peak's sample QA log covers: every day of its event and after-sale stages, rising. */
export function qaReviewDays(calendar: PeakCalendar): number[] {
  const days = new Set<number>();
  for (const s of calendar.stages) {
    if (s.kind !== "event" && s.kind !== "aftersale") continue;
    for (let d = s.start; d <= s.end; d++) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * A peak's sample QA log for a channel: the channel's agents of `team` reviewed on the event and
 * after-sale days, each on every day, second or third day, whichever gives them about eight
 * reviews or more (a three-week peak: every day).
 */
export function qaLogForCalendar(channel: QaChannel, locale: Locale, calendar: PeakCalendar, team: readonly Agent[]): QaLogEntry[] {
  const days = qaReviewDays(calendar);
  return qaLogOnDays(channel, locale, team, days, Math.max(1, Math.min(3, Math.floor(days.length / 8))));
}

/** A number in [0, 1) from the key: FNV-1a then an avalanche, stable across runs and platforms. */
function unit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 2 ** 32;
}

const TRENDS: Record<QaChannel, { persistent: string; fading: string }> = {
  "pre-sale": { persistent: "needsDiscovery", fading: "responseSpeed" },
  "after-sale": { persistent: "returnsProcess", fading: "resolution" },
};

/**
 * Red lines: [which of the channel's weakest agents (0 = lowest last-month QA score), which of
 * their reviews (0-based), red line id]. In the sample team: 赵敏 and 梁宇, 唐诗 and 郭鹏.
 */
const RED_LINES: Record<QaChannel, ReadonlyArray<readonly [number, number, string]>> = {
  "pre-sale": [
    [0, 4, "falsePromise"],
    [1, 7, "offPlatform"],
  ],
  "after-sale": [
    [0, 3, "privacyLeak"],
    [1, 8, "abuse"],
  ],
};

/** How likely a criterion fails on `day` (0-based) for an agent of weakness `w` (0–1). */
function failChance(channel: QaChannel, c: QaCriterion, day: number, w: number): number {
  const trend = TRENDS[channel];
  if (c.id === trend.persistent) return 0.8 * w + day * 0.005;
  if (c.id === trend.fading) return Math.max(0, 0.6 - day * 0.025) * (0.3 + w);
  return 0.25 * w;
}

function answerFor(c: QaCriterion, fail: boolean, h: number): QaAnswer {
  if (c.scale.kind === "yesNo") return fail ? "no" : "yes";
  const failBelow = c.failBelowPoints ?? c.scale.max;
  if (fail) return Math.max(0, failBelow - 1 - (h < 0.3 ? 1 : 0));
  return h < 0.35 ? Math.max(failBelow, c.scale.max - 1) : c.scale.max;
}

/**
 * The sample QA log of a channel for October 2026, in date order; comments in `locale`.
 *
 * @example sampleQaLog("pre-sale", "zh-CN").length // one review per agent every third day
 */
export function sampleQaLog(channel: QaChannel, locale: Locale): QaLogEntry[] {
  const days = Array.from({ length: SAMPLE_QA_PERIOD.last - SAMPLE_QA_PERIOD.first + 1 }, (_, i) => SAMPLE_QA_PERIOD.first + i);
  return qaLogOnDays(channel, locale, SAMPLE_TEAM, days, 3);
}

/**
 * Sample reviews of a channel's agents of `team` on the given days (serial, rising): each agent is
 * reviewed on every `every`-th of these days, staggered so each day has reviews. The figures follow
 * the rules above, counted in review days (day 0 is the first of `days`).
 */
export function qaLogOnDays(channel: QaChannel, locale: Locale, team: readonly Agent[], days: readonly number[], every: number): QaLogEntry[] {
  const catalogue = defaultCatalogue(channel);
  const t = QA_STRINGS[locale];
  const agents = team.filter((a) => a.skill === channel);
  // The weakest agents by last month's QA score (the earlier listed on a tie) cross the red lines.
  const weakest = [...agents].sort((a, b) => a.kpi.qaScore - b.kpi.qaScore).map((a) => a.name);
  const entries: QaLogEntry[] = [];
  const prefix = channel === "pre-sale" ? "PS" : "AS";
  const reviewsOf = new Map<string, number>();
  days.forEach((date, day) => {
    const { month, day: dayOfMonth } = fromSerialDate(date);
    agents.forEach((agent, k) => {
      if ((day + k) % every !== 0) return;
      const key = `${agent.id}|${day}`;
      const weakness = (100 - agent.kpi.qaScore) / 100;
      const criteria: Record<string, QaAnswer> = {};
      for (const c of catalogue.criteria) {
        const h = unit(`${key}|${c.id}`);
        if (c.naAllowed && unit(`${key}|${c.id}|na`) < 0.12) criteria[c.id] = "na";
        else criteria[c.id] = answerFor(c, h < failChance(channel, c, day, weakness), unit(`${key}|${c.id}|pts`));
      }
      const nth = reviewsOf.get(agent.name) ?? 0;
      reviewsOf.set(agent.name, nth + 1);
      const redLineId = RED_LINES[channel].find(([rank, n]) => weakest[rank] === agent.name && n === nth)?.[2] ?? null;
      const bonusIds = agent.coachingCategory === "high-performer" && unit(`${key}|bonus`) < 0.4 ? ["customerPraise"] : [];
      const answers = { criteria, redLineId, bonusIds };
      const review = scoreReview(catalogue, answers);
      const reviewer = SAMPLE_REVIEWERS[(day + 2 * k) % SAMPLE_REVIEWERS.length]!;
      const failed = review.failedCriteria.map((id) => t.sampleComments[id as keyof typeof t.sampleComments]);
      const comment =
        redLineId !== null ? format(t.sampleComments.redLine, { name: catalogue.redLines.find((r) => r.id === redLineId)!.name[locale] }) : failed.join(" ");
      const conversation = `${prefix}-${String(month * 100 + dayOfMonth)}-${agent.id}`;
      const entry: QaLogEntry = { date, agent: agent.name, reviewer, conversation, comment, answers };
      const appeal = sampleAppeal(review.score, review.failedCriteria.length, reviewer, unit(`${key}|appeal`));
      if (appeal) entry.appeal = appeal;
      entries.push(entry);
    });
  });
  return entries;
}

/** Agents appeal some failed reviews; Grace Xu, the lenient-then-careless reviewer, loses most of hers. */
function sampleAppeal(score: number | null, failures: number, reviewer: string, h: number): QaLogEntry["appeal"] {
  if (score === null || failures === 0 || h >= 0.25) return undefined;
  const decision: AppealDecision | null = reviewer === "Grace Xu" ? (h < 0.15 ? "upheld" : "partly") : h < 0.04 ? null : h < 0.09 ? "partly" : "rejected";
  const revisedScore = decision === "upheld" || decision === "partly" ? Math.min(100, Math.round(score + (decision === "upheld" ? 10 : 5))) : null;
  return { decision, revisedScore };
}

/** How each sample reviewer deviates from the reference in the calibration round. */
type Bias = "none" | "strict" | "lenient";
const CALIBRATION_BIAS: Record<string, Bias> = { 林晓雯: "strict", 周敏: "none", "Grace Xu": "lenient" };

function biased(c: QaCriterion, answer: QaAnswer, bias: Bias, h: number): QaAnswer {
  // Grace Xu errs more often (four in five marks) than 林晓雯 (one in two), in the other direction.
  if (bias === "none" || answer === "na" || h >= (bias === "lenient" ? 0.8 : 0.5)) return answer;
  if (c.scale.kind === "yesNo") return bias === "strict" ? "no" : "yes";
  const pts = answer as number;
  return bias === "strict" ? Math.max(0, pts - 1) : Math.min(c.scale.max, pts + 1);
}

/**
 * The calibration round: `conversations` chats of a sample log (the sample month by default)
 * scored by the reference and each sample reviewer.
 */
export function sampleCalibration(channel: QaChannel, referenceName: string, conversations = 6, sampleLog: readonly QaLogEntry[] = sampleQaLog(channel, "en-US")): CalibrationScore[] {
  const catalogue: QaCatalogue = defaultCatalogue(channel);
  // Chats with a failure: a calibration round is about the marks reviewers could disagree on.
  const log = sampleLog.filter((e) => !e.answers.redLineId && scoreReview(catalogue, e.answers).failedCriteria.length > 0);
  if (log.length === 0) return [];
  const picked = Array.from({ length: conversations }, (_, i) => log[(i * 7 + 3) % log.length]!);
  const out: CalibrationScore[] = [];
  for (const e of picked) {
    out.push({ conversation: e.conversation, scorer: referenceName, answers: { criteria: e.answers.criteria } });
    for (const reviewer of SAMPLE_REVIEWERS) {
      const bias = CALIBRATION_BIAS[reviewer] ?? "none";
      const criteria = Object.fromEntries(catalogue.criteria.map((c) => [c.id, biased(c, e.answers.criteria[c.id]!, bias, unit(`${e.conversation}|${reviewer}|${c.id}`))]));
      out.push({ conversation: e.conversation, scorer: reviewer, answers: { criteria } });
    }
  }
  // 周敏 is close, not identical: one mark one point off on the first conversation.
  const zhou = out.find((s) => s.scorer === "周敏")!;
  const attitude = zhou.answers.criteria.attitude;
  if (typeof attitude === "number") zhou.answers = { criteria: { ...zhou.answers.criteria, attitude: attitude === 0 ? 1 : attitude - 1 } };
  return out;
}
