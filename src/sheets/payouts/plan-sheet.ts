/**
 * The plan sheet: every number of the payout plan in an editable (unlocked, yellow) cell, grouped
 * in small tables — period, stage pools, commission bands, accelerator, returns rate, QA gate, KPI
 * band tables with weights, grades and rank prizes. {@link PlanLayout} tells the other sheets
 * where each value sits.
 */
import { InputError } from "../../core/errors";
import { isoDate } from "../../core/serial-date";
import { KPI_KEYS, STAGE_KEYS, type PayoutPlan, type StageKey } from "../../core/payouts/plan";
import { PAYOUT_STRINGS } from "../../i18n/payouts";
import { format, type Locale } from "../../i18n/locale";
import { SheetBuilder } from "../builder";
import { a1 } from "../spec";
import type { SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { PAYOUT_SHEET_IDS } from "./ids";

/** Rows (0-based) of each plan table; columns are fixed (see the builder). */
export interface PlanLayout {
  periodStartRow: number;
  periodEndRow: number;
  /** Row of each stage; columns: A name, B start, C end, D budget. */
  stageRows: Readonly<Record<StageKey, number>>;
  /** Commission bands: B lower bound, C rate, D rate step. */
  tierFirstRow: number;
  tierLastRow: number;
  /** Accelerator: B attainment from, C multiplier. */
  accelFirstRow: number;
  accelLastRow: number;
  returnsRateRow: number;
  qaGateRow: number;
  /** KPI rows in plan order; B weight, C.. bounds, then scores. */
  kpiFirstRow: number;
  kpiLastRow: number;
  /** Number of bands per KPI (bounds in columns C…, scores right after). */
  kpiBands: number;
  /** Grades: A label, B min score, C bonus. */
  gradeFirstRow: number;
  gradeLastRow: number;
  /** Prizes: A place, B prize. */
  prizeFirstRow: number;
  prizeLastRow: number;
}

const BAND_COL = 2; // KPI bounds start in column C

export function buildPlanSheet(plan: PayoutPlan, locale: Locale): { spec: SheetSpec; layout: PlanLayout } {
  const s = PAYOUT_STRINGS[locale];
  const kpiBands = plan.kpis[0]?.bounds.length ?? 0;
  if (plan.kpis.some((k) => k.bounds.length !== kpiBands || k.scores.length !== kpiBands)) {
    throw new InputError({
      "en-US": "Every KPI needs the same number of band bounds and points.",
      "zh-CN": "每个 KPI 的档位数和分数个数必须相同。",
    });
  }
  // The statement has one column per KPI and per stage, in the fixed order of the domain keys.
  const sameKeys = (got: readonly string[], want: readonly string[]): boolean => got.length === want.length && want.every((k, i) => got[i] === k);
  if (!sameKeys(plan.kpis.map((k) => k.key), KPI_KEYS) || !sameKeys(plan.stages.map((x) => x.key), STAGE_KEYS)) {
    throw new InputError({
      "en-US": `The payout sheets need the KPIs ${KPI_KEYS.join(", ")} and the stages ${STAGE_KEYS.join(", ")}, in that order.`,
      "zh-CN": `激励表需要按顺序提供 KPI（${KPI_KEYS.join("、")}）和阶段（${STAGE_KEYS.join("、")}）。`,
    });
  }
  const b = new SheetBuilder(PAYOUT_SHEET_IDS.plan, s.planSheet);
  b.tabColor(COLORS.headerFill).widths(0, [34, 16, 16, 16, 16, 12, 12, 12, 18]);
  b.value(0, 0, s.planTitle, STYLES.title).value(1, 0, s.planHelp, STYLES.subtitle);

  const section = (row: number, title: string): void => {
    b.value(row, 0, title, { ...STYLES.subHeader, bold: true });
    b.merge(row, 0, row, 8);
  };
  const money = { numFmt: FORMATS.money };
  const pct = { numFmt: FORMATS.percent };

  let r = 3;
  section(r++, s.period);
  const periodStartRow = r;
  b.value(r, 0, s.periodStart, STYLES.label).input(r++, 1, plan.periodStartSerial, { numFmt: FORMATS.date });
  const periodEndRow = r;
  b.value(r, 0, s.periodEnd, STYLES.label).input(r++, 1, plan.periodEndSerial, { numFmt: FORMATS.date });
  b.validate({ range: { top: periodStartRow, left: 1, bottom: periodEndRow, right: 1 }, rule: { type: "date" } });

  r++;
  section(r++, s.stages);
  b.row(r++, 0, [s.stage, s.start, s.end, s.budget, s.pointsRule], STYLES.header);
  const stageRows = {} as Record<StageKey, number>;
  const stageTop = r;
  for (const stage of plan.stages) {
    stageRows[stage.key] = r;
    b.value(r, 0, s[`stage_${stage.key}`], STYLES.label);
    b.input(r, 1, stage.startSerial, { numFmt: FORMATS.date }).input(r, 2, stage.endSerial, { numFmt: FORMATS.date });
    b.input(r, 3, stage.budgetCents / 100, money);
    b.value(r++, 4, s[`pointsRule_${stage.key}`], STYLES.note);
  }
  b.validate({ range: { top: stageTop, left: 1, bottom: r - 1, right: 2 }, rule: { type: "date" } });
  // A stage that ends before it starts or falls outside the period is flagged red.
  const stageStart = `$B${stageTop + 1}`;
  const stageEnd = `$C${stageTop + 1}`;
  b.conditional({
    range: { top: stageTop, left: 1, bottom: r - 1, right: 2 },
    rule: { type: "expression", formula: `OR(${stageEnd}<${stageStart},${stageStart}<${a1(periodStartRow, 1, true)},${stageEnd}>${a1(periodEndRow, 1, true)})` },
    style: { fill: COLORS.bad, fontColor: COLORS.badText },
  });
  nonNegative(b, stageTop, 3, r - 1, 3, s);
  // A stage that comes twice (pre-sale before each wave) says which days its pool covers.
  for (const stage of plan.stages) {
    if (!stage.spans || stage.spans.length < 2) continue;
    const days = stage.spans.map((x) => format(s.stageSpan, { start: isoDate(x.start), end: isoDate(x.end) })).join(s.spanSeparator);
    b.value(r, 0, format(s.stageSpans, { stage: s[`stage_${stage.key}`], days }), STYLES.note);
    b.merge(r, 0, r++, 8);
  }

  r++;
  section(r++, s.tiers);
  b.row(r++, 0, ["#", s.bandFrom, s.rate, s.rateStep], STYLES.header);
  const tierFirstRow = r;
  plan.commissionBounds.forEach((bound, i) => {
    b.value(r, 0, i + 1, STYLES.label);
    b.input(r, 1, bound, money).input(r, 2, plan.commissionRates[i] ?? 0, { numFmt: "0.00%" });
    // The differential rate lets one SUMPRODUCT pay each band at its own rate.
    const step = i === 0 ? a1(r, 2) : `${a1(r, 2)}-${a1(r - 1, 2)}`;
    b.formula(r++, 3, step, { ...STYLES.computed, numFmt: "0.00%" });
  });
  const tierLastRow = r - 1;
  nonNegative(b, tierFirstRow, 1, tierLastRow, 2, s);

  r++;
  section(r++, s.accelerator);
  b.row(r++, 0, ["#", s.attainmentFrom, s.multiplier], STYLES.header);
  const accelFirstRow = r;
  plan.acceleratorBounds.forEach((bound, i) => {
    b.value(r, 0, i + 1, STYLES.label);
    b.input(r, 1, bound, pct).input(r++, 2, plan.acceleratorMultipliers[i] ?? 0, { numFmt: FORMATS.decimal2 });
  });
  const accelLastRow = r - 1;
  nonNegative(b, accelFirstRow, 1, accelLastRow, 2, s);

  r++;
  const returnsRateRow = r;
  b.value(r, 0, s.returnsRate, STYLES.label).input(r++, 1, plan.returnsDeductionRate, pct);
  const qaGateRow = r;
  b.value(r, 0, s.qaGate, STYLES.label).input(r++, 1, plan.qaGate, { numFmt: FORMATS.integer });
  b.validate({ range: { top: returnsRateRow, left: 1, bottom: returnsRateRow, right: 1 }, rule: { type: "decimal", min: 0, max: 1 }, errorTitle: s.validationTitle, error: s.percent });
  b.validate({ range: { top: qaGateRow, left: 1, bottom: qaGateRow, right: 1 }, rule: { type: "decimal", min: 0, max: 100 }, errorTitle: s.validationTitle, error: s.qaRange });

  r++;
  section(r++, s.scorecard);
  const bandHeads = Array.from({ length: kpiBands }, (_, i) => format(s.bandN, { n: i + 1 }));
  const pointHeads = Array.from({ length: kpiBands }, (_, i) => format(s.pointsN, { n: i + 1 }));
  b.row(r++, 0, [s.kpi, s.weight, ...bandHeads, ...pointHeads, s.direction], STYLES.header);
  const kpiFirstRow = r;
  for (const k of plan.kpis) {
    const unit = k.key === "orderValue" ? money : k.key === "responseTime" ? { numFmt: FORMATS.integer } : pct;
    b.value(r, 0, s[`kpi_${k.key}`], STYLES.label).input(r, 1, k.weight, { numFmt: FORMATS.percent0 });
    k.bounds.forEach((bound, i) => b.input(r, BAND_COL + i, bound, unit));
    k.scores.forEach((score, i) => b.input(r, BAND_COL + kpiBands + i, score, { numFmt: FORMATS.integer }));
    b.value(r++, BAND_COL + 2 * kpiBands, k.lowerIsBetter ? s.lower : s.higher, STYLES.note);
  }
  const kpiLastRow = r - 1;
  nonNegative(b, kpiFirstRow, 1, kpiLastRow, 1, s);
  b.value(r, 0, s.weightTotal, STYLES.label);
  b.formula(r, 1, `SUM(${a1(kpiFirstRow, 1)}:${a1(kpiLastRow, 1)})`, { ...STYLES.computed, numFmt: FORMATS.percent0 });
  b.conditional({
    range: { top: r, left: 1, bottom: r, right: 1 },
    rule: { type: "expression", formula: `ROUND(${a1(r, 1)},6)<>1` },
    style: { fill: COLORS.bad, fontColor: COLORS.badText },
  });
  r += 2;

  section(r++, s.grades);
  b.row(r++, 0, [s.grade, s.minScore, s.bonus], STYLES.header);
  const gradeFirstRow = r;
  for (const g of plan.grades) {
    b.input(r, 0, g.label[locale]).input(r, 1, g.minScore, { numFmt: FORMATS.integer }).input(r++, 2, g.bonusCents / 100, money);
  }
  const gradeLastRow = r - 1;
  nonNegative(b, gradeFirstRow, 1, gradeLastRow, 2, s);

  r++;
  section(r++, s.prizes);
  b.row(r++, 0, [s.place, s.prize], STYLES.header);
  const prizeFirstRow = r;
  plan.rankPrizesCents.forEach((cents, i) => {
    b.value(r, 0, i + 1, { ...STYLES.label, hAlign: "center" }).input(r++, 1, cents / 100, money);
  });
  const prizeLastRow = r - 1;
  nonNegative(b, prizeFirstRow, 1, prizeLastRow, 1, s);

  b.freeze(2, 1).protect().print({ paper: "A4", orientation: "portrait", fitToWidth: true });
  return {
    spec: b.build(),
    layout: {
      periodStartRow,
      periodEndRow,
      stageRows,
      tierFirstRow,
      tierLastRow,
      accelFirstRow,
      accelLastRow,
      returnsRateRow,
      qaGateRow,
      kpiFirstRow,
      kpiLastRow,
      kpiBands,
      gradeFirstRow,
      gradeLastRow,
      prizeFirstRow,
      prizeLastRow,
    },
  };
}

function nonNegative(b: SheetBuilder, top: number, left: number, bottom: number, right: number, s: { validationTitle: string; nonNegative: string }): void {
  b.validate({ range: { top, left, bottom, right }, rule: { type: "decimal", min: 0 }, errorTitle: s.validationTitle, error: s.nonNegative });
}
