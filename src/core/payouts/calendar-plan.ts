/**
 * The payout plan of a peak calendar: the sample plan's rules and budgets, with each stage pool
 * dated by the calendar (first start to last end of its stages) and the period from the
 * calendar's first day to its last. A kind with several stages (pre-sale before each wave, two
 * event waves) keeps its separate spans, so the plan sheet can say which days the pool covers.
 */
import { InputError } from "../errors";
import { validateCalendar, type PeakCalendar, type StageKind } from "../peak/calendar";
import { STAGE_KEYS, type PayoutPlan, type StageKey, type StagePool } from "./plan";
import { SAMPLE_PLAN } from "./sample-plan";

/** The payout pool paid for each kind of calendar stage. */
export const POOL_OF_STAGE: Readonly<Record<StageKind, StageKey>> = {
  training: "training",
  presale: "preSale",
  event: "event",
  aftersale: "afterSale",
};

const STAGE_WORDS: Readonly<Record<StageKey, { "en-US": string; "zh-CN": string }>> = {
  training: { "en-US": "training", "zh-CN": "培训期" },
  preSale: { "en-US": "pre-sale", "zh-CN": "预售期" },
  event: { "en-US": "event", "zh-CN": "活动期" },
  afterSale: { "en-US": "after-sale", "zh-CN": "售后期" },
};

/**
 * `base` (the sample plan by default) with the calendar's period and stage dates; budgets, tiers,
 * KPIs, grades and prizes stay as in `base`.
 *
 * @throws InputError for an invalid calendar, or one without a stage of some kind: the plan pays
 *   one pool per kind (training, pre-sale, event, after-sale) and a pool needs its days.
 */
export function payoutPlanForCalendar(calendar: PeakCalendar, base: PayoutPlan = SAMPLE_PLAN): PayoutPlan {
  validateCalendar(calendar);
  const stages: StagePool[] = STAGE_KEYS.map((key) => {
    const mine = calendar.stages.filter((s) => POOL_OF_STAGE[s.kind] === key);
    if (mine.length === 0) {
      const w = STAGE_WORDS[key];
      throw new InputError({
        "en-US": `The payout plan pays a pool for each stage, but the calendar has no ${w["en-US"]} stage: add its dates to the calendar.`,
        "zh-CN": `激励方案为每个阶段设一个奖池，但日历中没有${w["zh-CN"]}：请在日历中填写它的日期。`,
      });
    }
    const budgetCents = base.stages.find((s) => s.key === key)?.budgetCents ?? 0;
    const pool: StagePool = {
      key,
      startSerial: Math.min(...mine.map((s) => s.start)),
      endSerial: Math.max(...mine.map((s) => s.end)),
      budgetCents,
    };
    return mine.length > 1 ? { ...pool, spans: mine.map((s) => ({ start: s.start, end: s.end })) } : pool;
  });
  return {
    ...base,
    periodStartSerial: Math.min(...calendar.stages.map((s) => s.start)),
    periodEndSerial: Math.max(...calendar.stages.map((s) => s.end)),
    stages,
  };
}
