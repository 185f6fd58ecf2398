/**
 * The sample plan for a Tmall shop's Double-11 period (docs/reference/payouts.md, "Chinese CS practice"): KPI
 * weights and bands from a published CS appraisal sheet, 2 %-style stepped commission rising at
 * 100 %, 110 % and 120 % of target, returns deducted at 4 %, QA below 80 → no commission, gold /
 * silver / bronze grades, prizes for the top scores and a pool for each stage.
 */
import { toSerialDate } from "../serial-date";
import type { Locale } from "../../i18n/locale";
import type { Agent } from "../team/types";
import type { PayoutPlan, StageKey } from "./plan";
import type { PayoutInput } from "./statement";

export const SAMPLE_PLAN: PayoutPlan = {
  periodStartSerial: toSerialDate(2026, 10, 10),
  periodEndSerial: toSerialDate(2026, 11, 30),
  commissionBounds: [0, 50_000, 100_000, 150_000],
  commissionRates: [0.01, 0.015, 0.02, 0.025],
  acceleratorBounds: [0, 1, 1.1, 1.2],
  acceleratorMultipliers: [0.8, 1, 1.2, 1.5],
  returnsDeductionRate: 0.04,
  qaGate: 80,
  kpis: [
    { key: "targetCompletion", weight: 0.3, bounds: [0.8, 0.9, 1], scores: [70, 85, 100], lowerIsBetter: false },
    { key: "conversion", weight: 0.2, bounds: [0.35, 0.4, 0.45], scores: [60, 80, 100], lowerIsBetter: false },
    { key: "orderValue", weight: 0.2, bounds: [210, 230, 250], scores: [60, 80, 100], lowerIsBetter: false },
    { key: "replyRate", weight: 0.2, bounds: [0.92, 0.95, 0.98], scores: [60, 80, 100], lowerIsBetter: false },
    { key: "responseTime", weight: 0.05, bounds: [35, 45, 55], scores: [100, 80, 60], lowerIsBetter: true },
    { key: "attendance", weight: 0.05, bounds: [0.9, 0.95, 1], scores: [60, 80, 100], lowerIsBetter: false },
  ],
  grades: [
    { minScore: 70, label: { "en-US": "Bronze", "zh-CN": "铜牌" }, bonusCents: 20_000 },
    { minScore: 80, label: { "en-US": "Silver", "zh-CN": "银牌" }, bonusCents: 50_000 },
    { minScore: 90, label: { "en-US": "Gold", "zh-CN": "金牌" }, bonusCents: 80_000 },
  ],
  rankPrizesCents: [100_000, 60_000, 40_000, 20_000, 20_000],
  stages: [
    { key: "training", startSerial: toSerialDate(2026, 10, 10), endSerial: toSerialDate(2026, 10, 19), budgetCents: 300_000 },
    { key: "preSale", startSerial: toSerialDate(2026, 10, 20), endSerial: toSerialDate(2026, 10, 31), budgetCents: 800_000 },
    { key: "event", startSerial: toSerialDate(2026, 11, 1), endSerial: toSerialDate(2026, 11, 11), budgetCents: 1_500_000 },
    { key: "afterSale", startSerial: toSerialDate(2026, 11, 12), endSerial: toSerialDate(2026, 11, 30), budgetCents: 600_000 },
  ],
};

/** Sales target by skill and employment (¥): the sample shop's monthly targets. */
function sampleTargetCents(agent: Agent): number {
  const full = agent.employment === "full-time";
  const yuan = agent.skill === "pre-sale" ? (full ? 120_000 : 60_000) : full ? 15_000 : 5_000;
  return yuan * 100;
}

/**
 * Stage points of the sample team, a plain deterministic rule: temporaries earn training points
 * (their exam score ≈ QA score); pre-sale agents earn pre-sale points per conversion; everyone earns
 * event points per ¥1 000 of sales; after-sale agents earn after-sale points per inquiry handled.
 */
function sampleStagePoints(agent: Agent): Record<StageKey, number> {
  const k = agent.kpi;
  return {
    training: agent.employment === "temporary" ? k.qaScore : 0,
    preSale: agent.skill === "pre-sale" ? k.conversions : 0,
    event: Math.round(k.salesCents / 100_000),
    afterSale: agent.skill === "after-sale" ? k.inquiries : 0,
  };
}

/** Payout inputs for agents (the sample team by default): last period's KPI snapshot, sample targets and stage points. */
export function sampleInputs(agents: readonly Agent[], locale: Locale = "zh-CN"): PayoutInput[] {
  return agents.map((a) => ({
    id: a.id,
    name: a.name,
    team: a.team[locale],
    targetCents: sampleTargetCents(a),
    ...a.kpi,
    stagePoints: sampleStagePoints(a),
  }));
}
