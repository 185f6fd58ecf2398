/**
 * The statement sheet: one row per agent (same row as on the input sheet), each payout component
 * a visible native formula on the plan and input cells, with a note naming its sources. ROUND sits
 * at exactly the points where `core/payouts/statement.ts` rounds, so both give the same cents:
 * - tiered commission: ROUND(SUMPRODUCT(--(sales>bounds), sales−bounds, rate steps) × multiplier, 2)
 * - returns deduction: ROUND(returns × rate, 2); net = IF(QA ≥ gate, MAX(0, commission − deduction), 0)
 * - KPI points: count of bands reached → INDEX(points); score ROUND(Σ weight × points ÷ Σ weight, 2)
 * - rank prize: place = 1 + count of better scores; the tied share the prizes of their places, in
 *   cents, leftover cents to the earlier rows
 * - stage pools: largest remainder in cents (base = (B·p − MOD(B·p, W)) ÷ W; the leftover cents go
 *   to the largest remainders, ties to the earlier row) — helper columns at the right, grouped.
 */
import { STAGE_KEYS, type KpiKey, type PayoutPlan, type StageKey } from "../../core/payouts/plan";
import { PAYOUT_STRINGS } from "../../i18n/payouts";
import { format, type Locale } from "../../i18n/locale";
import { SheetBuilder } from "../builder";
import { a1, type CellStyle, type SheetSpec } from "../spec";
import { widthForWords } from "../row-heights";
import { COLORS, FORMATS, STYLES } from "../styles";
import { PAYOUT_SHEET_IDS, refCell, refRange, shownCell, shownRange } from "./ids";
import { INPUT_COL, INPUT_FIRST_ROW } from "./input-sheet";
import type { PlanLayout } from "./plan-sheet";

export const STATEMENT_FIRST_ROW = INPUT_FIRST_ROW;
const HEADER_ROW = STATEMENT_FIRST_ROW - 1;

/** Statement columns (0-based). */
export const STATEMENT_COL = {
  id: 0,
  name: 1,
  attainment: 2,
  multiplier: 3,
  commission: 4,
  deduction: 5,
  gate: 6,
  netCommission: 7,
  conversionRate: 8,
  orderValue: 9,
  firstKpi: 10, // one column per KPI, in plan order
  score: 16,
  grade: 17,
  gradeBonus: 18,
  place: 19,
  tied: 20,
  prizePot: 21,
  rankPrize: 22,
  firstStage: 23, // one column per stage, in STAGE_KEYS order
  total: 27,
  order: 28,
  firstHelper: 29, // base, remainder per stage
} as const;

export interface StatementContext {
  plan: PayoutPlan;
  layout: PlanLayout;
  agentCount: number;
  locale: Locale;
}

export function buildStatementSheet({ plan, layout, agentCount, locale }: StatementContext): SheetSpec {
  const s = PAYOUT_STRINGS[locale];
  const P = PAYOUT_SHEET_IDS.plan;
  const I = PAYOUT_SHEET_IDS.inputs;
  const C = STATEMENT_COL;
  const first = STATEMENT_FIRST_ROW;
  const last = first + agentCount - 1;
  const b = new SheetBuilder(PAYOUT_SHEET_IDS.statement, s.statementSheet);
  b.tabColor(COLORS.work);
  b.value(0, 0, s.statementTitle, STYLES.title).value(1, 0, s.statementHelp, STYLES.subtitle);

  const kpiCol = (k: KpiKey): number => C.firstKpi + plan.kpis.findIndex((x) => x.key === k);
  const stageCol = (k: StageKey): number => C.firstStage + STAGE_KEYS.indexOf(k);
  const baseCol = (k: StageKey): number => C.firstHelper + 2 * STAGE_KEYS.indexOf(k);
  const remCol = (k: StageKey): number => baseCol(k) + 1;
  const col = (c: number): string => `${a1(first, c, true)}:${a1(last, c, true)}`; // whole statement column
  const inCell = (r: number, c: number): string => refCell(I, r, c);
  const inCol = (c: number): string => refRange(I, first, c, last, c);
  const planShown = (top: number, left: number, bottom = top, right = left): string =>
    top === bottom && left === right ? shownCell(s.planSheet, top, left) : shownRange(s.planSheet, top, left, bottom, right);
  const inShown = (r: number, c: number): string => shownCell(s.inputSheet, r, c);

  const tierBounds = refRange(P, layout.tierFirstRow, 1, layout.tierLastRow, 1);
  const tierSteps = refRange(P, layout.tierFirstRow, 3, layout.tierLastRow, 3);
  const accelBounds = refRange(P, layout.accelFirstRow, 1, layout.accelLastRow, 1);
  const accelMults = refRange(P, layout.accelFirstRow, 2, layout.accelLastRow, 2);
  const returnsRate = refCell(P, layout.returnsRateRow, 1);
  const qaGate = refCell(P, layout.qaGateRow, 1);
  const weights = refRange(P, layout.kpiFirstRow, 1, layout.kpiLastRow, 1);
  const gradeLabels = refRange(P, layout.gradeFirstRow, 0, layout.gradeLastRow, 0);
  const gradeMins = refRange(P, layout.gradeFirstRow, 1, layout.gradeLastRow, 1);
  const gradeBonuses = refRange(P, layout.gradeFirstRow, 2, layout.gradeLastRow, 2);
  const places = refRange(P, layout.prizeFirstRow, 0, layout.prizeLastRow, 0);
  const prizes = refRange(P, layout.prizeFirstRow, 1, layout.prizeLastRow, 1);

  const headers: [number, string][] = [
    [C.id, s.id], [C.name, s.name], [C.attainment, s.attainment], [C.multiplier, s.multiplier],
    [C.commission, s.commission], [C.deduction, s.deduction], [C.gate, s.gate], [C.netCommission, s.netCommission],
    [C.conversionRate, s.conversionRate], [C.orderValue, s.orderValue],
    ...plan.kpis.map((k, i): [number, string] => [C.firstKpi + i, s[`kpi_${k.key}`]]),
    [C.score, s.score], [C.grade, s.grade], [C.gradeBonus, s.gradeBonus], [C.place, s.rankPlace], [C.tied, s.tied],
    [C.prizePot, s.prizePot], [C.rankPrize, s.rankPrize],
    ...STAGE_KEYS.map((k): [number, string] => [stageCol(k), s[`share_${k}`]]),
    [C.total, s.total], [C.order, s.order],
    ...STAGE_KEYS.flatMap((k): [number, string][] => [
      [baseCol(k), format(s.base_stage, { stage: s[`stage_${k}`] })],
      [remCol(k), format(s.rem_stage, { stage: s[`stage_${k}`] })],
    ]),
  ];
  for (const [c, text] of headers) b.value(HEADER_ROW, c, text, STYLES.header);

  const money: CellStyle = { ...STYLES.computed, numFmt: FORMATS.money };
  const pct = { ...STYLES.computed, numFmt: FORMATS.percent };
  const plain = { ...STYLES.computed, numFmt: "0.##" };
  const put = (r: number, c: number, formula: string, style: CellStyle, sources: string): void => {
    b.set(r, c, { formula }, style, { note: `${s.noteFrom}: ${sources}` });
  };

  for (let r = first; r <= last; r++) {
    const sales = inCell(r, INPUT_COL.sales);
    const here = (c: number): string => a1(r, c);
    b.formula(r, C.id, `${inCell(r, INPUT_COL.id)}&""`, STYLES.computed);
    b.formula(r, C.name, `${inCell(r, INPUT_COL.name)}&""`, { ...STYLES.computed, bold: true });
    put(r, C.attainment, `IF(${inCell(r, INPUT_COL.target)}>0,${sales}/${inCell(r, INPUT_COL.target)},0)`, pct,
      `${inShown(r, INPUT_COL.sales)} ÷ ${inShown(r, INPUT_COL.target)}`);
    put(r, C.multiplier, bandLookup(here(C.attainment), accelBounds, accelMults, false, "col"), plain,
      `${here(C.attainment)}, ${planShown(layout.accelFirstRow, 1, layout.accelLastRow, 2)}`);
    put(r, C.commission, `ROUND(SUMPRODUCT(--(${sales}>${tierBounds}),${sales}-${tierBounds},${tierSteps})*${here(C.multiplier)},2)`, money,
      `${inShown(r, INPUT_COL.sales)}, ${planShown(layout.tierFirstRow, 1, layout.tierLastRow, 3)}, ${here(C.multiplier)}`);
    put(r, C.deduction, `ROUND(${inCell(r, INPUT_COL.returns)}*${returnsRate},2)`, money,
      `${inShown(r, INPUT_COL.returns)} × ${planShown(layout.returnsRateRow, 1)}`);
    const passes = `${inCell(r, INPUT_COL.qaScore)}>=${qaGate}`;
    put(r, C.gate, `IF(${passes},"${s.pass}","${s.fail}")`, STYLES.computed,
      `${inShown(r, INPUT_COL.qaScore)} ≥ ${planShown(layout.qaGateRow, 1)}`);
    put(r, C.netCommission, `IF(${passes},MAX(0,${here(C.commission)}-${here(C.deduction)}),0)`, money,
      `${here(C.commission)} − ${here(C.deduction)}, ${here(C.gate)}`);
    put(r, C.conversionRate, `IF(${inCell(r, INPUT_COL.inquiries)}>0,${inCell(r, INPUT_COL.conversions)}/${inCell(r, INPUT_COL.inquiries)},0)`, pct,
      `${inShown(r, INPUT_COL.conversions)} ÷ ${inShown(r, INPUT_COL.inquiries)}`);
    put(r, C.orderValue, `IF(${inCell(r, INPUT_COL.conversions)}>0,${sales}/${inCell(r, INPUT_COL.conversions)},0)`, money,
      `${inShown(r, INPUT_COL.sales)} ÷ ${inShown(r, INPUT_COL.conversions)}`);

    const kpiSource: Record<KpiKey, [string, string]> = {
      targetCompletion: [here(C.attainment), here(C.attainment)],
      conversion: [here(C.conversionRate), here(C.conversionRate)],
      orderValue: [here(C.orderValue), here(C.orderValue)],
      replyRate: [inCell(r, INPUT_COL.replyRate), inShown(r, INPUT_COL.replyRate)],
      responseTime: [inCell(r, INPUT_COL.responseSeconds), inShown(r, INPUT_COL.responseSeconds)],
      attendance: [inCell(r, INPUT_COL.attendance), inShown(r, INPUT_COL.attendance)],
    };
    plan.kpis.forEach((k, i) => {
      const pr = layout.kpiFirstRow + i;
      const bounds = refRange(P, pr, 2, pr, 1 + layout.kpiBands);
      const points = refRange(P, pr, 2 + layout.kpiBands, pr, 1 + 2 * layout.kpiBands);
      const [value, shown] = kpiSource[k.key];
      put(r, kpiCol(k.key), bandLookup(value, bounds, points, k.lowerIsBetter, "row"), { ...STYLES.computed, numFmt: FORMATS.integer },
        `${shown}, ${planShown(pr, 2, pr, 1 + 2 * layout.kpiBands)}`);
    });
    const weighted = plan.kpis.map((k, i) => `${refCell(P, layout.kpiFirstRow + i, 1)}*${here(kpiCol(k.key))}`).join("+");
    put(r, C.score, `IF(SUM(${weights})=0,0,ROUND((${weighted})/SUM(${weights}),2))`, { ...STYLES.computed, numFmt: FORMATS.decimal2, bold: true },
      `${a1(r, C.firstKpi)}:${a1(r, C.firstKpi + plan.kpis.length - 1)}, ${planShown(layout.kpiFirstRow, 1, layout.kpiLastRow, 1)}`);
    const gradeK = `SUMPRODUCT(--(${gradeMins}<=${here(C.score)}))`;
    put(r, C.grade, `IF(${gradeK}=0,"—",INDEX(${gradeLabels},${gradeK},1))`, STYLES.computed,
      `${here(C.score)}, ${planShown(layout.gradeFirstRow, 0, layout.gradeLastRow, 1)}`);
    put(r, C.gradeBonus, `IF(${gradeK}=0,0,INDEX(${gradeBonuses},${gradeK},1))`, money,
      `${here(C.score)}, ${planShown(layout.gradeFirstRow, 1, layout.gradeLastRow, 2)}`);

    const scores = col(C.score);
    put(r, C.place, `SUMPRODUCT(--(${scores}>${here(C.score)}))+1`, { ...STYLES.computed, numFmt: FORMATS.integer }, `${scores}`);
    put(r, C.tied, `SUMPRODUCT(--(${scores}=${here(C.score)}))`, { ...STYLES.computed, numFmt: FORMATS.integer }, `${scores}`);
    put(r, C.prizePot, `SUMPRODUCT((${places}>=${here(C.place)})*(${places}<${here(C.place)}+${here(C.tied)})*${prizes})`, money,
      `${here(C.place)}, ${here(C.tied)}, ${planShown(layout.prizeFirstRow, 0, layout.prizeLastRow, 1)}`);
    const potCents = `ROUND(${here(C.prizePot)}*100,0)`;
    const earlierTied = `SUMPRODUCT((${scores}=${here(C.score)})*(ROW(${scores})<ROW()))`;
    put(r, C.rankPrize, `(INT(${potCents}/${here(C.tied)})+IF(${earlierTied}<MOD(${potCents},${here(C.tied)}),1,0))/100`, money,
      `${here(C.prizePot)} ÷ ${here(C.tied)}`);

    for (const k of STAGE_KEYS) {
      const stageRow = layout.stageRows[k];
      const budgetCents = `ROUND(${refCell(P, stageRow, 3)}*100,0)`;
      const points = inCell(r, INPUT_COL[k]);
      const w = `SUM(${inCol(INPUT_COL[k])})`;
      const bp = `${budgetCents}*${points}`;
      const helper = { ...STYLES.computed, numFmt: FORMATS.integer, fontColor: "#7F7F7F" };
      put(r, remCol(k), `IF(${w}=0,0,MOD(${bp},${w}))`, helper, `${planShown(stageRow, 3)}, ${inShown(r, INPUT_COL[k])}`);
      put(r, baseCol(k), `IF(${w}=0,0,(${bp}-${here(remCol(k))})/${w})`, helper, `${planShown(stageRow, 3)}, ${inShown(r, INPUT_COL[k])}`);
      const rems = col(remCol(k));
      const order = `SUMPRODUCT(--(${rems}>${here(remCol(k))}))+SUMPRODUCT((${rems}=${here(remCol(k))})*(ROW(${rems})<ROW()))`;
      const leftover = `${budgetCents}-SUM(${col(baseCol(k))})`;
      put(r, stageCol(k), `IF(${w}=0,0,(${here(baseCol(k))}+IF(${order}<${leftover},1,0))/100)`, money,
        `${planShown(stageRow, 3)}, ${inShown(r, INPUT_COL[k])}, ${here(baseCol(k))}, ${here(remCol(k))}`);
    }
    const stageSum = `SUM(${a1(r, C.firstStage)}:${a1(r, C.firstStage + STAGE_KEYS.length - 1)})`;
    put(r, C.total, `ROUND(${here(C.netCommission)}+${here(C.gradeBonus)}+${here(C.rankPrize)}+${stageSum},2)`, { ...money, bold: true },
      `${here(C.netCommission)}, ${here(C.gradeBonus)}, ${here(C.rankPrize)}, ${stageSum}`);
    const totals = col(C.total);
    put(r, C.order, `SUMPRODUCT(--(${totals}>${here(C.total)}))+SUMPRODUCT((${totals}=${here(C.total)})*(ROW(${totals})<ROW()))+1`,
      { ...STYLES.computed, numFmt: FORMATS.integer }, totals);
  }

  b.conditional({
    range: { top: first, left: C.gate, bottom: last, right: C.gate },
    rule: { type: "cellIs", operator: "equal", formulas: [`"${s.fail}"`] },
    style: { fill: COLORS.bad, fontColor: COLORS.badText },
  });
  const base = [8, 14, 10, 9, 13, 12, 9, 13, 10, 10, ...plan.kpis.map(() => 9), 9, 8, 11, 7, 7, 11, 11, 12, 12, 12, 12, 13, 9];
  // Wide enough for each header's longest word: English headers must not break mid-word.
  const headerAt = new Map(headers);
  b.widths(0, base.map((w, c) => Math.max(w, widthForWords(headerAt.get(c) ?? ""))));
  for (let c = C.firstHelper; c < C.firstHelper + 2 * STAGE_KEYS.length; c++) b.column(c, { width: Math.max(12, widthForWords(headerAt.get(c) ?? "")), outlineLevel: 1 });
  b.height(HEADER_ROW, 42);
  b.freeze(first, 2).protect().print({
    paper: "A3",
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    repeatCols: { first: 0, last: 1 },
  });
  return b.build();
}

/**
 * Points (or a multiplier) for `value` from a band table, the same rule as `core/payouts/band-score`:
 * higher is better → the number of bounds ≤ value picks the entry (none → 0);
 * lower is better → 1 + the number of bounds < value picks it (past the last → 0).
 * `layout` says whether the table runs along a row or down a column (for INDEX).
 */
function bandLookup(value: string, bounds: string, values: string, lowerIsBetter: boolean, layout: "row" | "col"): string {
  const pick = (k: string): string => (layout === "row" ? `INDEX(${values},1,${k})` : `INDEX(${values},${k},1)`);
  if (lowerIsBetter) {
    const k = `SUMPRODUCT(--(${bounds}<${value}))+1`;
    return `IF(${k}>COUNT(${bounds}),0,${pick(k)})`;
  }
  const k = `SUMPRODUCT(--(${bounds}<=${value}))`;
  return `IF(${k}=0,0,${pick(k)})`;
}

