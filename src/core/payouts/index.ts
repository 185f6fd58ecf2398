/** Incentive payouts in integer cents: the pure domain API (no Office, no files). */
export { payoutPlanForCalendar, POOL_OF_STAGE } from "./calendar-plan";
export { bandIndex, bandScore, checkBandTable, type BandTable } from "./band-score";
export { attainment, payoutFactor, type AttainmentLimits, type PayCurve } from "./curves";
export { gatedCents, passesGate, type Gate } from "./gates";
export { centsFromYuan, formatCents, parseMoney, yuanFromCents } from "./money";
export { KPI_KEYS, STAGE_KEYS, type KpiKey, type PayoutPlan, type StageKey } from "./plan";
export { splitCents, splitUnits } from "./pool-split";
export { overlapDays, prorateCents } from "./proration";
export { rankBonusCents } from "./rank-bonus";
export { SAMPLE_PLAN, sampleInputs } from "./sample-plan";
export { gradeOf, weightedScore, type Grade } from "./scorecard";
export { computePayouts, type PayoutInput, type PayoutResult, type StatementLine } from "./statement";
export { tierBreakdown, tieredPayCalculator, tieredPayCents, type PayLimits, type TierLine, type TierMode, type TierTable } from "./tiers";
