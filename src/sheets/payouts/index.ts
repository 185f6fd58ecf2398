/**
 * The payout workbook: plan, inputs, statement and summary sheets for a team (the sample team and
 * sample plan by default). Pure: returns sheet specs; writers put them into a workbook.
 *
 * @example const specs = buildPayoutSheets({}, "zh-CN"); // 激励方案, 激励数据, 激励明细, 激励汇总
 */
import { InputError } from "../../core/errors";
import { payoutPlanForCalendar } from "../../core/payouts/calendar-plan";
import type { PayoutPlan } from "../../core/payouts/plan";
import type { PeakCalendar } from "../../core/peak/calendar";
import { SAMPLE_PLAN, sampleInputs } from "../../core/payouts/sample-plan";
import type { PayoutInput } from "../../core/payouts/statement";
import { SAMPLE_TEAM } from "../../core/sample/team";
import type { Agent } from "../../core/team/types";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildInputSheet } from "./input-sheet";
import { buildPlanSheet } from "./plan-sheet";
import { buildStatementSheet } from "./statement-sheet";
import { buildSummarySheet } from "./summary-sheet";

export interface PayoutSheetOptions {
  /** Agents whose KPI snapshot fills the input sheet (default: the sample team). */
  agents?: readonly Agent[];
  /** Explicit inputs (override `agents`). */
  inputs?: readonly PayoutInput[];
  /** Leave every figure of the input sheet blank for the user to fill in (people from the user's own list). */
  blankFigures?: boolean;
  /** The plan (default: the Double-11 sample plan). */
  plan?: PayoutPlan;
}

const noAgents = () => new InputError({ "en-US": "The payout sheets need at least one agent.", "zh-CN": "激励表至少需要一位客服。" });

export function buildPayoutSheets(options: PayoutSheetOptions, locale: Locale): SheetSpec[] {
  const plan = options.plan ?? SAMPLE_PLAN;
  const inputs = options.inputs ?? sampleInputs(options.agents ?? SAMPLE_TEAM, locale);
  if (inputs.length === 0) {
    throw noAgents();
  }
  const { spec: planSheet, layout } = buildPlanSheet(plan, locale);
  return [
    planSheet,
    buildInputSheet(inputs, locale, options.blankFigures),
    buildStatementSheet({ plan, layout, agentCount: inputs.length, locale }),
    buildSummarySheet(layout, inputs.length, locale),
  ];
}

/**
 * The payout sheets' input for a peak calendar and a team: the sample plan's rules with the
 * calendar's period and stage dates, one input row per team member (their KPI snapshot, or blank
 * figures for a user's own list).
 *
 * @throws InputError for an invalid calendar or one without a stage of some kind.
 */
export function payoutOptionsForCalendar(calendar: PeakCalendar, team: readonly Agent[], blankFigures = false): PayoutSheetOptions {
  if (team.length === 0) throw noAgents();
  return { plan: payoutPlanForCalendar(calendar), agents: team, blankFigures };
}

export { PAYOUT_SHEET_IDS } from "./ids";
