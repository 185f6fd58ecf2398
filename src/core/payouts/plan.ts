/**
 * A payout plan for a CS team's incentive period (the sheet generator's plan sheet and the engine
 * in `statement.ts` read the same object): commission tiers with an attainment accelerator and a
 * returns deduction, a QA gate, a weighted KPI scorecard with band tables, grade bonuses, rank
 * prizes by score, and stage pools (training, pre-sale, event, after-sale).
 */
import type { LocalizedText } from "../../i18n/locale";

export type StageKey = "training" | "preSale" | "event" | "afterSale";
export type KpiKey = "targetCompletion" | "conversion" | "orderValue" | "replyRate" | "responseTime" | "attendance";

export const STAGE_KEYS: readonly StageKey[] = ["training", "preSale", "event", "afterSale"];
export const KPI_KEYS: readonly KpiKey[] = ["targetCompletion", "conversion", "orderValue", "replyRate", "responseTime", "attendance"];

export interface StagePool {
  key: StageKey;
  /** First and last day, Excel serial days (inclusive). */
  startSerial: number;
  endSerial: number;
  /** Pool split among agents by their stage points (largest remainder), in cents. */
  budgetCents: number;
  /**
   * The separate runs of days when the stage comes more than once (pre-sale before each wave):
   * start and end above are then the first start and the last end. Shown on the plan sheet.
   */
  spans?: readonly { start: number; end: number }[];
}

export interface KpiBands {
  key: KpiKey;
  /** Weight as a fraction (0.3 = 30 %). */
  weight: number;
  /** Band thresholds, rising; the KPI's unit (fraction, ¥ or seconds). */
  bounds: readonly number[];
  /** Points for each threshold. */
  scores: readonly number[];
  lowerIsBetter: boolean;
}

export interface GradeBonus {
  /** Lowest score of the grade (inclusive); grades sorted by rising minScore. */
  minScore: number;
  label: LocalizedText;
  bonusCents: number;
}

export interface PayoutPlan {
  periodStartSerial: number;
  periodEndSerial: number;
  /** Marginal commission on own sales: band lower bounds (¥, rising, first usually 0) and rates. */
  commissionBounds: readonly number[];
  commissionRates: readonly number[];
  /** Commission multiplier by target attainment (bands from these attainments, rising). */
  acceleratorBounds: readonly number[];
  acceleratorMultipliers: readonly number[];
  /** Deduction rate on returned sales (0.04 = 4 %). */
  returnsDeductionRate: number;
  /** Minimum QA score for any commission (gate). */
  qaGate: number;
  kpis: readonly KpiBands[];
  /** Grades by rising minScore. */
  grades: readonly GradeBonus[];
  /** Rank prizes by scorecard score, first place first, cents. Ties share. */
  rankPrizesCents: readonly number[];
  stages: readonly StagePool[];
}
