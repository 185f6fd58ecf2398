/** Checks a review's input; every problem is an InputError saying what is wrong in both languages. */
import { InputError } from "../errors";
import { MAX_AGENTS } from "../staffing";
import type { ReviewDayInput, ReviewInput } from "./types";

export const HOURS_PER_DAY = 24;
/** One to three event days, as a peak calendar has. */
export const MAX_REVIEW_DAYS = 3;

const invalid = (en: string, zh: string) => new InputError({ "en-US": en, "zh-CN": zh });

function checkCounts(values: readonly number[], day: number, en: string, zh: string, whole: boolean): void {
  values.forEach((v, s) => {
    if (!Number.isFinite(v) || v < 0 || (whole && !Number.isInteger(v))) {
      const kind = whole ? ["a whole number of 0 or more", "不小于 0 的整数"] : ["a number of 0 or more", "不小于 0 的数"];
      throw invalid(`Event day ${day + 1}, slot ${s + 1}: ${en} must be ${kind[0]}; got ${v}.`, `活动日 ${day + 1} 第 ${s + 1} 个时段：${zh}须为${kind[1]}；当前为 ${v}。`);
    }
    if (whole && v > MAX_AGENTS) throw invalid(`Event day ${day + 1}, slot ${s + 1}: ${v} ${en} is more than ${MAX_AGENTS}.`, `活动日 ${day + 1} 第 ${s + 1} 个时段：${zh} ${v} 超过 ${MAX_AGENTS}。`);
  });
}

function checkAnswered(d: ReviewDayInput, day: number): void {
  const answered = d.answered ?? [];
  const within = d.answeredWithin ?? [];
  if ((d.answered && d.answered.length !== HOURS_PER_DAY) || (d.answeredWithin && d.answeredWithin.length !== HOURS_PER_DAY)) {
    throw invalid(`Event day ${day + 1}: answered and answered within target need one value per hour (24).`, `活动日 ${day + 1}：应答数和目标时间内应答数需每小时一个值（24 个）。`);
  }
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    const a = answered[h] ?? null;
    const w = within[h] ?? null;
    if ((a === null) !== (w === null)) {
      throw invalid(`Event day ${day + 1}, hour ${h}: give both answered and answered within target, or neither.`, `活动日 ${day + 1} ${h} 点：应答数和目标时间内应答数须同时填写或同时留空。`);
    }
    if (a === null || w === null) continue;
    if (!Number.isInteger(a) || !Number.isInteger(w) || a < 0 || w < 0) {
      throw invalid(`Event day ${day + 1}, hour ${h}: answered counts must be whole numbers of 0 or more.`, `活动日 ${day + 1} ${h} 点：应答数须为不小于 0 的整数。`);
    }
    if (w > a) throw invalid(`Event day ${day + 1}, hour ${h}: ${w} answered within target is more than the ${a} answered.`, `活动日 ${day + 1} ${h} 点：目标时间内应答 ${w} 多于应答数 ${a}。`);
  }
}

/** Slots per day of a valid input (the same on every day, a multiple of 24). */
export function checkReviewInput(input: ReviewInput): number {
  const { days, settings: s } = input;
  if (days.length < 1 || days.length > MAX_REVIEW_DAYS) {
    throw invalid(`A review covers 1 to ${MAX_REVIEW_DAYS} event days; got ${days.length}.`, `复盘需要 1 到 ${MAX_REVIEW_DAYS} 个活动日；当前为 ${days.length} 个。`);
  }
  const slots = days[0]!.forecast.length;
  if (slots < HOURS_PER_DAY || slots % HOURS_PER_DAY !== 0) {
    throw invalid(`A day needs a whole number of slots per hour (24, 48, 96, 144…); got ${slots} slots.`, `每天的时段数须为每小时整数个（24、48、96、144…）；当前为 ${slots} 个。`);
  }
  days.forEach((d, i) => {
    if (!Number.isInteger(d.date) || d.date < 1) throw invalid(`Event day ${i + 1} needs a date.`, `活动日 ${i + 1} 需要日期。`);
    for (const [series, en] of [[d.forecast, "forecast"], [d.required, "agents required"], [d.actual, "actual volume"], [d.onDuty, "agents on duty"]] as const) {
      if (series.length !== slots) {
        throw invalid(`Event day ${i + 1}: ${en} has ${series.length} slots, the forecast of day 1 has ${slots}.`, `活动日 ${i + 1}：${en} 有 ${series.length} 个时段，而活动日 1 的预测有 ${slots} 个。`);
      }
    }
    checkCounts(d.forecast, i, "the forecast", "预测量", false);
    checkCounts(d.required, i, "agents required", "所需人数", false);
    checkCounts(d.actual, i, "the actual volume", "实际咨询量", false);
    checkCounts(d.onDuty, i, "agents on duty", "在岗人数", true);
    checkAnswered(d, i);
  });
  if (!(s.ahtSeconds > 0 && s.ahtSeconds <= 1e6)) throw invalid(`Agent time per contact must be above 0 seconds; got ${s.ahtSeconds}.`, `每次咨询占用客服时间须大于 0 秒；当前为 ${s.ahtSeconds}。`);
  if (!(s.answerSeconds >= 0 && s.answerSeconds <= 1e6)) throw invalid(`The answer-time target must be 0 seconds or more; got ${s.answerSeconds}.`, `应答时间目标须不小于 0 秒；当前为 ${s.answerSeconds}。`);
  if (!(s.targetServiceLevel > 0 && s.targetServiceLevel < 1)) throw invalid(`The service-level target must be between 0 and 1 (80 % = 0.8); got ${s.targetServiceLevel}.`, `服务水平目标须在 0 与 1 之间（80% = 0.8）；当前为 ${s.targetServiceLevel}。`);
  if (!(s.qaPassMark >= 0 && s.qaPassMark <= 100)) throw invalid(`The QA pass mark must be from 0 to 100; got ${s.qaPassMark}.`, `质检合格分须在 0 到 100 之间；当前为 ${s.qaPassMark}。`);
  const { incentives: inc, qa } = input;
  for (const cents of [...inc.lines.map((l) => l.costCents), inc.salesCents]) {
    if (!Number.isSafeInteger(cents) || cents < 0) throw invalid(`Money must be a whole number of cents of 0 or more; got ${cents}.`, `金额须为不小于 0 的整数（分）；当前为 ${cents}。`);
  }
  if (!Number.isInteger(qa.first) || !Number.isInteger(qa.last) || qa.last < qa.first) throw invalid("The QA period's last day is before its first.", "质检期间的结束日期早于开始日期。");
  for (const n of [qa.reviews, qa.passed, qa.redLines, ...qa.topErrors.flatMap((e) => [e.failures, e.answered])]) {
    if (!Number.isInteger(n) || n < 0) throw invalid(`QA counts must be whole numbers of 0 or more; got ${n}.`, `质检数量须为不小于 0 的整数；当前为 ${n}。`);
  }
  if (qa.passed > qa.reviews || qa.redLines > qa.reviews) throw invalid("More QA reviews passed (or hit a red line) than were scored.", "合格（或触犯红线）的质检数多于已评分的质检数。");
  if (qa.topErrors.some((e) => e.failures > e.answered)) throw invalid("A QA item has more failures than reviews that scored it.", "某质检项的不合格次数多于评到该项的质检数。");
  if (qa.meanScore !== null && !(qa.meanScore >= 0 && qa.meanScore <= 100)) throw invalid(`The mean QA score must be from 0 to 100; got ${qa.meanScore}.`, `质检平均分须在 0 到 100 之间；当前为 ${qa.meanScore}。`);
  return slots;
}
