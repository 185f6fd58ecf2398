/**
 * The summary sheet: total cost, cost as share of sales, participation (share of staff earning any
 * award), reward ratio (share of staff with a rank prize), cost by component and stage with a
 * chart, and the top earners — all formulas on the statement, plan and input sheets.
 */
import { STAGE_KEYS } from "../../core/payouts/plan";
import { PAYOUT_STRINGS } from "../../i18n/payouts";
import type { Locale } from "../../i18n/locale";
import { SheetBuilder } from "../builder";
import { a1, type CellStyle, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { PAYOUT_SHEET_IDS, refCell, refRange } from "./ids";
import { INPUT_COL } from "./input-sheet";
import type { PlanLayout } from "./plan-sheet";
import { STATEMENT_COL, STATEMENT_FIRST_ROW } from "./statement-sheet";

/** Rows of the summary figures (0-based, value in column B) — the recalculation test reads them. */
export const SUMMARY_ROW = {
  totalCost: 3,
  totalSales: 4,
  costShare: 5,
  staff: 6,
  awarded: 7,
  participation: 8,
  prizeWinners: 9,
  rewardRatio: 10,
  averagePay: 11,
  costHeader: 13,
  firstCost: 14,
} as const;

export const TOP_EARNERS = 5;

/** Cost rows: net commission, grade bonuses, rank prizes, then one per stage. */
const COST_COMPONENTS = 3 + STAGE_KEYS.length;

export function buildSummarySheet(layout: PlanLayout, agentCount: number, locale: Locale): SheetSpec {
  const s = PAYOUT_STRINGS[locale];
  const St = PAYOUT_SHEET_IDS.statement;
  const P = PAYOUT_SHEET_IDS.plan;
  const first = STATEMENT_FIRST_ROW;
  const last = first + agentCount - 1;
  const stCol = (c: number): string => refRange(St, first, c, last, c);
  const totals = stCol(STATEMENT_COL.total);
  const b = new SheetBuilder(PAYOUT_SHEET_IDS.summary, s.summarySheet);
  b.tabColor(COLORS.goodText).widths(0, [40, 16, 16, 14]).hideGridlines();
  b.value(0, 0, s.summaryTitle, STYLES.title);

  const money = { ...STYLES.computed, numFmt: FORMATS.money };
  const pct = { ...STYLES.computed, numFmt: FORMATS.percent };
  const count = { ...STYLES.computed, numFmt: FORMATS.integer };
  const R = SUMMARY_ROW;
  const cell = (row: number): string => a1(row, 1);
  const figure = (row: number, label: string, formula: string, style: CellStyle): void => {
    b.value(row, 0, label, STYLES.label).formula(row, 1, formula, style);
  };
  figure(R.totalCost, s.totalCost, `SUM(${totals})`, { ...money, bold: true });
  figure(R.totalSales, s.totalSales, `SUM(${refRange(PAYOUT_SHEET_IDS.inputs, first, INPUT_COL.sales, last, INPUT_COL.sales)})`, money);
  figure(R.costShare, s.costShare, `IF(${cell(R.totalSales)}>0,${cell(R.totalCost)}/${cell(R.totalSales)},0)`, { ...pct, numFmt: "0.00%" });
  figure(R.staff, s.staff, `COUNT(${totals})`, count);
  figure(R.awarded, s.awarded, `COUNTIF(${totals},">0")`, count);
  figure(R.participation, s.participation, `IF(${cell(R.staff)}>0,${cell(R.awarded)}/${cell(R.staff)},0)`, pct);
  figure(R.prizeWinners, s.prizeWinners, `COUNTIF(${stCol(STATEMENT_COL.rankPrize)},">0")`, count);
  figure(R.rewardRatio, s.rewardRatio, `IF(${cell(R.staff)}>0,${cell(R.prizeWinners)}/${cell(R.staff)},0)`, pct);
  figure(R.averagePay, s.averagePay, `IF(${cell(R.staff)}>0,ROUND(${cell(R.totalCost)}/${cell(R.staff)},2),0)`, money);

  b.row(R.costHeader, 0, [s.component, s.cost, s.budget, s.shareOfCost], STYLES.header);
  const prizeBudget = `SUM(${refRange(P, layout.prizeFirstRow, 1, layout.prizeLastRow, 1)})`;
  const components: [string, number, string | null][] = [
    [s.netCommission, STATEMENT_COL.netCommission, null],
    [s.gradeBonuses, STATEMENT_COL.gradeBonus, null],
    [s.rankPrizes, STATEMENT_COL.rankPrize, prizeBudget],
    ...STAGE_KEYS.map((k, i): [string, number, string] => [
      s[`stage_${k}`],
      STATEMENT_COL.firstStage + i,
      refCell(P, layout.stageRows[k], 3),
    ]),
  ];
  components.forEach(([label, c, budget], i) => {
    const row = R.firstCost + i;
    b.value(row, 0, label, STYLES.label);
    b.formula(row, 1, `SUM(${stCol(c)})`, money);
    if (budget === null) b.value(row, 2, "—", { ...STYLES.computed, hAlign: "right" });
    else b.formula(row, 2, budget, money);
    b.formula(row, 3, `IF(${cell(R.totalCost)}>0,${a1(row, 1)}/${cell(R.totalCost)},0)`, pct);
  });
  const lastCost = R.firstCost + components.length - 1;
  b.value(lastCost + 1, 0, s.total, { ...STYLES.label, bold: true });
  b.formula(lastCost + 1, 1, `SUM(${a1(R.firstCost, 1)}:${a1(lastCost, 1)})`, { ...money, bold: true });
  b.chart({
    type: "columnClustered",
    title: s.chartTitle,
    source: { top: R.costHeader, left: 0, bottom: lastCost, right: 1 },
    seriesBy: "columns",
    anchor: { row: R.totalCost, col: 5, widthCols: 8, heightRows: 18 },
  });

  const topHeader = topEarnerRow(0);
  b.value(topHeader - 1, 0, s.topEarners, { ...STYLES.subHeader, bold: true });
  b.row(topHeader, 0, [s.rank, s.name, s.total], STYLES.header);
  const shown = Math.min(TOP_EARNERS, agentCount);
  for (let k = 1; k <= shown; k++) {
    const row = topHeader + k;
    const match = `MATCH(${k},${stCol(STATEMENT_COL.order)},0)`;
    b.value(row, 0, k, { ...STYLES.label, hAlign: "center" });
    b.formula(row, 1, `INDEX(${stCol(STATEMENT_COL.name)},${match})`, STYLES.computed);
    b.formula(row, 2, `INDEX(${totals},${match})`, money);
  }
  b.protect().print({ paper: "A4", orientation: "landscape", fitToWidth: true });
  return b.build();
}

/** Row of the k-th top earner (1-based); k = 0 is the table's header row. */
export function topEarnerRow(k: number): number {
  const lastCost = SUMMARY_ROW.firstCost + COST_COMPONENTS - 1;
  return lastCost + 4 + k;
}
