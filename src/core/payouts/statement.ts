/**
 * The payout engine: plan × per-agent inputs → one statement line per agent, every component in
 * integer cents. It rounds at exactly the points the generated statement sheet uses ROUND, so the
 * sheet recalculated anywhere gives the same cents:
 * - commission = round(marginal tier on sales × accelerator multiplier) — one rounding;
 * - returns deduction = round(returns × rate); net commission = gate ? max(0, commission − deduction) : 0;
 * - score = round(Σ weight × KPI points ÷ Σ weight, 2); grade bonus by score;
 * - rank prize by score (ties share, leftover cents to earlier rows);
 * - each stage pool split by stage points (largest remainder, ties to earlier rows).
 * KPI ratios (attainment, conversion, order value) are plain divisions, as in the sheet.
 */
import { bandIndex } from "./band-score";
import { fromNumber, mul, toCents } from "./exact";
import { gatedCents, passesGate } from "./gates";
import { centsToRatio } from "./money";
import { STAGE_KEYS, type KpiKey, type PayoutPlan, type StageKey } from "./plan";
import { splitCents } from "./pool-split";
import { rankBonusCents } from "./rank-bonus";
import { weightedScore } from "./scorecard";
import type { KpiSnapshot } from "../team/types";
import { tierPayExact } from "./tiers";

/** One agent's inputs: the period's KPI snapshot (same fields and units as a team member's) plus target and stage points. */
export interface PayoutInput extends KpiSnapshot {
  id: string;
  name: string;
  team: string;
  targetCents: number;
  stagePoints: Readonly<Record<StageKey, number>>;
}

export interface StatementLine {
  id: string;
  name: string;
  attainment: number;
  multiplier: number;
  commissionCents: number;
  returnsDeductionCents: number;
  qaPassed: boolean;
  netCommissionCents: number;
  conversionRate: number;
  orderValue: number;
  kpiScores: Readonly<Record<KpiKey, number>>;
  score: number;
  /** Index into `plan.grades`, or −1 below every grade. */
  gradeIndex: number;
  gradeBonusCents: number;
  rankPrizeCents: number;
  stageCents: Readonly<Record<StageKey, number>>;
  totalCents: number;
}

export interface PayoutResult {
  lines: StatementLine[];
  totalCents: number;
  salesCents: number;
  /** Cost per component: commission, grade bonuses, rank prizes, and each stage pool. */
  costCents: Readonly<Record<"commission" | "grades" | "rank" | StageKey, number>>;
}

const ratioOr0 = (num: number, den: number): number => (den > 0 ? num / den : 0);

function kpiValue(key: KpiKey, input: PayoutInput): number {
  const sales = input.salesCents / 100;
  switch (key) {
    case "targetCompletion":
      return ratioOr0(sales, input.targetCents / 100);
    case "conversion":
      return ratioOr0(input.conversions, input.inquiries);
    case "orderValue":
      return ratioOr0(sales, input.conversions);
    case "replyRate":
      return input.replyRate;
    case "responseTime":
      return input.responseSeconds;
    case "attendance":
      return input.attendance;
  }
}

function bandValue(value: number, bounds: readonly number[], values: readonly number[], lowerIsBetter = false): number {
  const i = bandIndex(value, { bounds, scores: values, lowerIsBetter });
  return i < 0 ? 0 : values[i]!;
}

/** Computes every agent's statement line and the totals. */
export function computePayouts(plan: PayoutPlan, inputs: readonly PayoutInput[]): PayoutResult {
  const partial = inputs.map((input) => {
    const sales = input.salesCents / 100;
    const attainment = ratioOr0(sales, input.targetCents / 100);
    const multiplier = bandValue(attainment, plan.acceleratorBounds, plan.acceleratorMultipliers);
    const table = { bounds: plan.commissionBounds, rates: plan.commissionRates };
    const commissionCents = toCents(mul(tierPayExact(sales, table, "marginal"), fromNumber(multiplier)));
    const returnsDeductionCents = toCents(mul(centsToRatio(input.returnsCents), fromNumber(plan.returnsDeductionRate)));
    const qaPassed = passesGate(input.qaScore, { threshold: plan.qaGate, direction: "atLeast" });
    const netCommissionCents = gatedCents(Math.max(0, commissionCents - returnsDeductionCents), [qaPassed]);
    const kpiScores = Object.fromEntries(
      plan.kpis.map((k) => [k.key, bandValue(kpiValue(k.key, input), k.bounds, k.scores, k.lowerIsBetter)]),
    ) as Record<KpiKey, number>;
    const score = weightedScore(
      plan.kpis.map((k) => kpiScores[k.key]),
      plan.kpis.map((k) => k.weight),
    );
    const gradeIndex = bandIndex(score, { bounds: plan.grades.map((g) => g.minScore), scores: plan.grades.map((g) => g.bonusCents) });
    return {
      id: input.id,
      name: input.name,
      attainment,
      multiplier,
      commissionCents,
      returnsDeductionCents,
      qaPassed,
      netCommissionCents,
      conversionRate: kpiValue("conversion", input),
      orderValue: kpiValue("orderValue", input),
      kpiScores,
      score,
      gradeIndex,
      gradeBonusCents: gradeIndex < 0 ? 0 : plan.grades[gradeIndex]!.bonusCents,
    };
  });
  const rank = rankBonusCents(
    partial.map((p) => p.score),
    plan.rankPrizesCents,
  );
  const stageSplits = Object.fromEntries(
    STAGE_KEYS.map((key) => {
      const stage = plan.stages.find((s) => s.key === key);
      const points = inputs.map((i) => i.stagePoints[key]);
      const any = points.some((p) => p > 0);
      return [key, stage && any ? splitCents(stage.budgetCents, points) : points.map(() => 0)];
    }),
  ) as Record<StageKey, number[]>;
  const lines: StatementLine[] = partial.map((p, i) => {
    const stageCents = Object.fromEntries(STAGE_KEYS.map((k) => [k, stageSplits[k][i]!])) as Record<StageKey, number>;
    const rankPrizeCents = rank[i] ?? 0;
    const totalCents =
      p.netCommissionCents + p.gradeBonusCents + rankPrizeCents + STAGE_KEYS.reduce((s, k) => s + stageCents[k], 0);
    return { ...p, rankPrizeCents, stageCents, totalCents };
  });
  const sumOf = (f: (l: StatementLine) => number): number => lines.reduce((s, l) => s + f(l), 0);
  return {
    lines,
    totalCents: sumOf((l) => l.totalCents),
    salesCents: inputs.reduce((s, i) => s + i.salesCents, 0),
    costCents: {
      commission: sumOf((l) => l.netCommissionCents),
      grades: sumOf((l) => l.gradeBonusCents),
      rank: sumOf((l) => l.rankPrizeCents),
      training: sumOf((l) => l.stageCents.training),
      preSale: sumOf((l) => l.stageCents.preSale),
      event: sumOf((l) => l.stageCents.event),
      afterSale: sumOf((l) => l.stageCents.afterSale),
    },
  };
}

