/**
 * The 复盘 / Peak review sheet: the four-part post-peak review (data analysis, process analysis,
 * improvement plan, follow-up plan) with charts. Every figure of the data analysis is a native
 * formula (no CS.*) over the per-slot tables at the bottom, so it calculates in Excel, WPS and
 * LibreOffice; docs/review.md gives the formulas, `computeReview` the same figures in TypeScript.
 *
 * Linked (`input.linked`): the slots' forecast and agents required are references to the plan's
 * headcount sheet (`volumeRef` / `requiredRef`), so the sheet is written with that sheet.
 */
import { checkReviewInput, HOURS_PER_DAY, reviewText, type ImprovementStatus, type ReviewInput, type ReviewText } from "../../core/review";
import { STAGE_KEYS } from "../../core/payouts/plan";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { isoDate } from "../../core/serial-date";
import { format, type Locale } from "../../i18n/locale";
import { REVIEW_TEXT } from "../../i18n/review";
import { SheetBuilder } from "../builder";
import { SUMMARY_ROW } from "../payouts/summary-sheet";
import { PEAK_IDS, requiredRef, volumeRef } from "../peak/layout";
import { DEFAULT_QA_LOG_ROWS, type QaSheetsOptions } from "../qa/build-qa-sheets";
import { logColumnRange } from "../qa/qa-formulas";
import { qaLogLayout, qaSheetIds, type QaLogLayout } from "../qa/qa-layout";
import { a1, formulaText, sheetRef, type CellStyle, type RangeRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { HOUR_COL, KEY_FIGURES, LAST_COL, reviewLayout, reviewSizes, SETTINGS, SLOT_COL, CHART_ROWS, type DayBlock, type KeyFigure } from "./review-layout";

const COMPUTED = STYLES.computed;
const NUM0: CellStyle = { ...COMPUTED, numFmt: "#,##0" };
const NUM1: CellStyle = { ...COMPUTED, numFmt: FORMATS.decimal1 };
const PCT: CellStyle = { ...COMPUTED, numFmt: FORMATS.percent };
const SECTION: CellStyle = { bold: true, fontSize: 13, fontColor: COLORS.title };
const TEXT_INPUT: CellStyle = { vAlign: "top", wrap: true };

export const REVIEW_SHEET_ID = PEAK_IDS.review;

const STATUS_KEYS: Record<ImprovementStatus, "statusNotStarted" | "statusInProgress" | "statusDone"> = {
  notStarted: "statusNotStarted",
  inProgress: "statusInProgress",
  done: "statusDone",
};

/** Cost rows of the payout summary: net commission, grade bonuses, rank prizes, one per stage. */
export const PAYOUT_COMPONENTS = 3 + STAGE_KEYS.length;

const range = (top: number, left: number, bottom = top, right = left): RangeRef => ({ top, left, bottom, right });

/** The QA log of a channel in the same workbook: its sheet id and layout. */
export interface QaLogRef {
  id: string;
  layout: QaLogLayout;
}

/** Sheets of the same workbook the review reads by formula (ids as written, e.g. after `rekeySheets`). */
export interface ReviewLinks {
  /**
   * The payout summary's sheet id: the first incentive lines are then its cost components (net
   * commission, grade bonuses, rank prizes, one pool per stage, in that order) and their costs and
   * the sales are read from it; the input's numbers should be what it shows.
   */
  payoutSummary?: string;
  /**
   * The QA logs (one per channel): reviews, passes, mean score and red lines of the QA period are
   * then COUNTIFS / SUMIFS over them (the top error items stay values).
   */
  qaLogs?: readonly QaLogRef[];
}

/** The QA log references for the options the QA sheets were built with; `rename` as given to `rekeySheets`. */
export function qaLogRefs(options: readonly Pick<QaSheetsOptions, "channel" | "catalogue" | "rows">[], rename: (id: string) => string = (id) => id): QaLogRef[] {
  return options.map((o) => ({ id: rename(qaSheetIds(o.channel).log), layout: qaLogLayout(o.catalogue ?? defaultCatalogue(o.channel), o.rows ?? DEFAULT_QA_LOG_ROWS) }));
}

/**
 * The review sheet.
 * @throws InputError for an input `checkReviewInput` rejects.
 */
export function buildReviewSheet(input: ReviewInput, locale: Locale, links: ReviewLinks = {}): SheetSpec {
  const slots = checkReviewInput(input);
  const t = REVIEW_TEXT[locale];
  const text = (x: ReviewText) => reviewText(x, locale);
  const L = reviewLayout(reviewSizes(input));
  const b = new SheetBuilder(REVIEW_SHEET_ID, t.name);
  const setting = (row: number) => a1(row, SETTINGS.valueCol, true);
  const AHT = setting(SETTINGS.aht);
  const TARGET_T = setting(SETTINGS.answerSeconds);
  const TARGET_SL = setting(SETTINGS.targetSl);
  const perHour = slots / HOURS_PER_DAY;
  /** A day's per-slot column as an absolute range. */
  const slotColumn = (d: DayBlock, col: number) => `${a1(d.firstSlot, col, true)}:${a1(d.firstSlot + slots - 1, col, true)}`;
  const hourColumn = (d: DayBlock, col: number) => `${a1(d.firstHour, col, true)}:${a1(d.firstHour + HOURS_PER_DAY - 1, col, true)}`;
  const merged = (row: number, left: number, right: number, value: string, style: CellStyle, link?: string) => {
    b.set(row, left, value, style, link === undefined ? undefined : { link });
    if (right > left) {
      b.style(range(row, left + 1, row, right), style);
      b.merge(row, left, row, right);
    }
  };

  // Title, event days, sources.
  merged(0, 0, LAST_COL, t.title, STYLES.title);
  b.value(1, 0, t.eventDays, STYLES.label).height(1, 18);
  input.days.forEach((d, i) => b.value(1, 1 + i, d.date, { numFmt: FORMATS.date, bold: true, hAlign: "left" }));
  merged(2, 0, LAST_COL, input.linked ? t.sourceLinked : t.sourceValues, STYLES.note);
  b.height(2, 30);
  const slotsTitle = L.days[0]!.slotTitle;
  const hint = [...(input.sample ? [t.sampleNote] : []), format(t.pasteHint, { row: slotsTitle + 1 })].join(" ");
  merged(3, 0, LAST_COL, hint, STYLES.note, `${sheetRef(REVIEW_SHEET_ID)}!${a1(slotsTitle, 0)}`);
  b.height(3, 30);

  // Settings.
  merged(SETTINGS.header, 0, SETTINGS.valueCol, t.settings, STYLES.subHeader);
  const settingRow = (row: number, label: string, value: number, numFmt: string, rule: { min: number; max?: number }, note?: string) => {
    merged(row, 0, SETTINGS.valueCol - 1, label, STYLES.label);
    b.set(row, SETTINGS.valueCol, value, { ...STYLES.input, numFmt, hAlign: "right" }, note ? { note } : undefined);
    b.validate({ range: range(row, SETTINGS.valueCol), rule: { type: "decimal", ...rule }, allowBlank: false, error: t.numberError });
  };
  const s = input.settings;
  settingRow(SETTINGS.aht, t.aht, s.ahtSeconds, "0.0", { min: 0.01 }, t.ahtNote);
  settingRow(SETTINGS.answerSeconds, t.answerSeconds, s.answerSeconds, FORMATS.integer, { min: 0 });
  settingRow(SETTINGS.targetSl, t.targetSl, s.targetServiceLevel, FORMATS.percent0, { min: 0.01, max: 0.99 });
  settingRow(SETTINGS.passMark, t.passMark, s.qaPassMark, FORMATS.integer, { min: 0, max: 100 });
  merged(SETTINGS.slotSeconds, 0, SETTINGS.valueCol - 1, t.slotSeconds, STYLES.label);
  b.value(SETTINGS.slotSeconds, SETTINGS.valueCol, 86_400 / slots, { ...NUM0, hAlign: "right" });
  const SLOT_SECONDS = setting(SETTINGS.slotSeconds);

  // 1. Data analysis: per-slot tables (bottom), per-hour tables, key figures.
  b.value(L.analysis, 0, t.dataAnalysis, SECTION);
  input.days.forEach((day, i) => {
    const d = L.days[i]!;
    const n = i + 1;
    const date = isoDate(day.date);
    slotTable(i, d, n, date);
    hourTable(d, n, date);
    // Forecast vs actual per hour (left), required vs on duty per slot (right), side by side.
    const charts = [
      [t.chartVolume, range(d.header, HOUR_COL.hour, d.firstHour + HOURS_PER_DAY - 1, HOUR_COL.actual), 0, 5],
      [t.chartStaff, range(d.slotHeader, SLOT_COL.time, d.firstSlot + slots - 1, SLOT_COL.onDuty), 5, 6],
    ] as const;
    for (const [title, source, col, widthCols] of charts) {
      b.chart({ type: "line", title: format(title, { n }), source, seriesBy: "columns", anchor: { row: d.chartRow, col, widthCols, heightRows: CHART_ROWS } });
    }
  });
  keyFigures();
  incentives();
  qaResults();
  writtenParts();

  b.widths(0, [12, 13, 13, 14, 13, 13, 13, 13, 13, 13, 17]);
  b.print({
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    area: range(0, 0, L.reportEnd, LAST_COL),
    footer: t.name,
  });
  return b.build();

  function slotTable(i: number, d: DayBlock, n: number, date: string): void {
    const day = input.days[i]!;
    merged(d.slotTitle, 0, SLOT_COL.sl, format(t.slotTitle, { n, date }), STYLES.subHeader);
    b.row(d.slotHeader, 0, [t.time, t.required, t.onDuty, t.short, t.forecast, t.actual, t.traffic, t.waitProbability, t.slEstimate], STYLES.header);
    b.height(d.slotHeader, 36);
    for (let s = 0; s < slots; s++) {
      const row = d.firstSlot + s;
      const c = (col: number) => a1(row, col);
      b.value(row, SLOT_COL.time, s / slots, { ...COMPUTED, numFmt: FORMATS.time });
      if (input.linked) {
        b.formula(row, SLOT_COL.required, requiredRef(i, s), NUM1);
        b.formula(row, SLOT_COL.forecast, volumeRef(i, s), NUM1);
      } else {
        b.input(row, SLOT_COL.required, day.required[s]!, { numFmt: "0.#" });
        b.input(row, SLOT_COL.forecast, day.forecast[s]!, { numFmt: "0.#" });
      }
      b.input(row, SLOT_COL.onDuty, day.onDuty[s]!, { numFmt: FORMATS.integer });
      b.input(row, SLOT_COL.actual, day.actual[s]!, { numFmt: "#,##0" });
      const [req, on, a] = [c(SLOT_COL.required), c(SLOT_COL.onDuty), c(SLOT_COL.traffic)];
      b.formula(row, SLOT_COL.short, `MAX(0,${req}-${on})`, NUM1);
      b.formula(row, SLOT_COL.traffic, `${c(SLOT_COL.actual)}*${AHT}/${SLOT_SECONDS}`, { ...COMPUTED, numFmt: FORMATS.decimal2 });
      // Erlang C: B = Erlang B = P(N; A) ÷ P(≤ N; A) (Poisson), C = N·B ÷ (N − A·(1 − B)).
      const erlangB = `POISSON.DIST(${on},${a},FALSE)/POISSON.DIST(${on},${a},TRUE)`;
      b.formula(row, SLOT_COL.wait, `IF(${a}=0,0,IF(${on}<=${a},1,${on}*${erlangB}/(${on}-${a}*(1-${erlangB}))))`, PCT);
      b.formula(row, SLOT_COL.sl, `IF(${a}=0,1,IF(${on}<=${a},0,1-${c(SLOT_COL.wait)}*EXP(-(${on}-${a})*${TARGET_T}/${AHT})))`, PCT);
    }
    const all = range(d.firstSlot, 0, d.firstSlot + slots - 1, SLOT_COL.sl);
    b.validate({ range: { ...all, left: SLOT_COL.onDuty, right: SLOT_COL.onDuty }, rule: { type: "whole", min: 0 }, allowBlank: true, error: t.numberError });
    b.validate({ range: { ...all, left: SLOT_COL.actual, right: SLOT_COL.actual }, rule: { type: "decimal", min: 0 }, allowBlank: true, error: t.numberError });
    b.conditional({ range: { ...all, left: SLOT_COL.short, right: SLOT_COL.short }, rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
  }

  function hourTable(d: DayBlock, n: number, date: string): void {
    merged(d.title, 0, LAST_COL, format(t.dayHours, { n, date }), STYLES.subHeader);
    b.row(d.header, 0, [t.hour, t.forecast, t.actual, t.absError, t.requiredAvg, t.onDutyAvg, t.shortSlotsHour, t.answered, t.within, t.sl, t.slSource], STYLES.header);
    b.height(d.header, 36);
    const day = input.days[L.days.indexOf(d)]!;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      const row = d.firstHour + h;
      const c = (col: number) => a1(row, col);
      const slotsOf = (col: number) => `${a1(d.firstSlot + h * perHour, col)}:${a1(d.firstSlot + (h + 1) * perHour - 1, col)}`;
      b.value(row, HOUR_COL.hour, h / HOURS_PER_DAY, { ...COMPUTED, numFmt: FORMATS.time });
      b.formula(row, HOUR_COL.forecast, `SUM(${slotsOf(SLOT_COL.forecast)})`, NUM0);
      b.formula(row, HOUR_COL.actual, `SUM(${slotsOf(SLOT_COL.actual)})`, NUM0);
      b.formula(row, HOUR_COL.absError, `ABS(${c(HOUR_COL.actual)}-${c(HOUR_COL.forecast)})`, NUM0);
      b.formula(row, HOUR_COL.required, `AVERAGE(${slotsOf(SLOT_COL.required)})`, NUM1);
      b.formula(row, HOUR_COL.onDuty, `AVERAGE(${slotsOf(SLOT_COL.onDuty)})`, NUM1);
      b.formula(row, HOUR_COL.short, `COUNTIF(${slotsOf(SLOT_COL.short)},">0")`, { ...COMPUTED, numFmt: FORMATS.integer });
      b.input(row, HOUR_COL.answered, day.answered?.[h] ?? null, { numFmt: "#,##0" });
      b.input(row, HOUR_COL.within, day.answeredWithin?.[h] ?? null, { numFmt: "#,##0" });
      const [answered, within, actual] = [c(HOUR_COL.answered), c(HOUR_COL.within), c(HOUR_COL.actual)];
      // Measured where answer data is given; else the slots' Erlang C estimates weighted by their volume.
      const estimate = `SUMPRODUCT(${slotsOf(SLOT_COL.sl)},${slotsOf(SLOT_COL.actual)})/${actual}`;
      b.formula(row, HOUR_COL.sl, `IF(${answered}>0,${within}/${answered},IF(${actual}=0,"",${estimate}))`, PCT);
      b.formula(row, HOUR_COL.source, `IF(${answered}>0,${formulaText(t.measured)},IF(${actual}=0,"",${formulaText(t.estimated)}))`, { ...COMPUTED, fontColor: "#595959" });
    }
    const tr = d.total;
    const col = (c: number) => hourColumn(d, c);
    b.value(tr, HOUR_COL.hour, t.dayTotal, STYLES.label);
    b.formula(tr, HOUR_COL.forecast, `SUM(${col(HOUR_COL.forecast)})`, { ...NUM0, bold: true });
    b.formula(tr, HOUR_COL.actual, `SUM(${col(HOUR_COL.actual)})`, { ...NUM0, bold: true });
    b.formula(tr, HOUR_COL.absError, `SUM(${col(HOUR_COL.absError)})`, { ...NUM0, bold: true });
    b.formula(tr, HOUR_COL.required, `AVERAGE(${slotColumn(d, SLOT_COL.required)})`, { ...NUM1, bold: true });
    b.formula(tr, HOUR_COL.onDuty, `AVERAGE(${slotColumn(d, SLOT_COL.onDuty)})`, { ...NUM1, bold: true });
    b.formula(tr, HOUR_COL.short, `SUM(${col(HOUR_COL.short)})`, { ...COMPUTED, numFmt: FORMATS.integer, bold: true });
    // Blank, not 0, on a day without answer data.
    for (const c of [HOUR_COL.answered, HOUR_COL.within]) b.formula(tr, c, `IF(COUNT(${col(c)})=0,"",SUM(${col(c)}))`, { ...NUM0, bold: true });
    const actualTotal = a1(tr, HOUR_COL.actual);
    b.formula(tr, HOUR_COL.sl, `IF(${actualTotal}=0,"",SUMPRODUCT(${col(HOUR_COL.sl)},${col(HOUR_COL.actual)})/${actualTotal})`, { ...PCT, bold: true });
    const hours = range(d.firstHour, 0, d.firstHour + HOURS_PER_DAY - 1, LAST_COL);
    b.validate({ range: { ...hours, left: HOUR_COL.answered, right: HOUR_COL.within }, rule: { type: "whole", min: 0 }, allowBlank: true, error: t.numberError });
    const slTop = a1(d.firstHour, HOUR_COL.sl);
    b.conditional({ range: { ...hours, left: HOUR_COL.sl, right: HOUR_COL.sl }, rule: { type: "expression", formula: `AND(ISNUMBER(${slTop}),${slTop}<${TARGET_SL})` }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
    b.conditional({ range: { ...hours, left: HOUR_COL.short, right: HOUR_COL.short }, rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
  }

  function keyFigures(): void {
    merged(L.keyHeader, 0, 2, t.figure, STYLES.header);
    input.days.forEach((day, i) => b.value(L.keyHeader, L.dayCol(i), day.date, { ...STYLES.header, numFmt: FORMATS.date }));
    b.value(L.keyHeader, L.allCol, t.allDays, STYLES.header);
    b.height(L.keyHeader, 30);
    const labels: Record<KeyFigure, string> = {
      forecastTotal: t.forecastTotal,
      actualTotal: t.actualTotal,
      wapeSlots: t.wapeSlots,
      wapeHours: t.wapeHours,
      bias: t.bias,
      shortSlots: t.shortSlots,
      personSlots: t.personSlots,
      worstSlot: t.worstSlot,
      worstShort: t.worstShort,
      slAchieved: t.slAchieved,
      slVerdict: t.slVerdict,
    };
    for (const f of KEY_FIGURES) merged(L.keyRow(f), 0, 2, labels[f], STYLES.label);
    const styles: Record<KeyFigure, CellStyle> = {
      forecastTotal: NUM0,
      actualTotal: NUM0,
      wapeSlots: PCT,
      wapeHours: PCT,
      bias: { ...PCT, numFmt: "+0.0%;-0.0%;0.0%" },
      shortSlots: { ...COMPUTED, numFmt: FORMATS.integer },
      personSlots: NUM1,
      worstSlot: { ...COMPUTED, numFmt: FORMATS.time, hAlign: "right" },
      worstShort: NUM1,
      slAchieved: PCT,
      slVerdict: { ...COMPUTED, hAlign: "right", bold: true },
    };
    const verdict = (sl: string) => `IF(${sl}="","",IF(${sl}>=${TARGET_SL},${formulaText(t.met)},${formulaText(t.missed)}))`;
    const put = (f: KeyFigure, col: number, formula: string) => b.formula(L.keyRow(f), col, formula, styles[f]);
    L.days.forEach((d, i) => {
      const col = L.dayCol(i);
      const total = (c: number) => a1(d.total, c);
      const [f, a] = [slotColumn(d, SLOT_COL.forecast), slotColumn(d, SLOT_COL.actual)];
      const short = slotColumn(d, SLOT_COL.short);
      const A = total(HOUR_COL.actual);
      put("forecastTotal", col, total(HOUR_COL.forecast));
      put("actualTotal", col, A);
      put("wapeSlots", col, `IF(${A}=0,"",SUMPRODUCT(ABS(${a}-${f}))/${A})`);
      put("wapeHours", col, `IF(${A}=0,"",${total(HOUR_COL.absError)}/${A})`);
      put("bias", col, `IF(${A}=0,"",(${total(HOUR_COL.forecast)}-${A})/${A})`);
      put("shortSlots", col, `COUNTIF(${short},">0")`);
      put("personSlots", col, `SUM(${short})`);
      put("worstSlot", col, `IF(MAX(${short})=0,"",INDEX(${slotColumn(d, SLOT_COL.time)},MATCH(MAX(${short}),${short},0)))`);
      put("worstShort", col, `MAX(${short})`);
      put("slAchieved", col, total(HOUR_COL.sl));
      put("slVerdict", col, verdict(a1(L.keyRow("slAchieved"), col)));
    });
    // All event days: sums over the days, ratios over the summed parts.
    const col = L.allCol;
    const across = (f: KeyFigure) => `SUM(${a1(L.keyRow(f), L.dayCol(0))}:${a1(L.keyRow(f), L.dayCol(L.days.length - 1))})`;
    const A = a1(L.keyRow("actualTotal"), col);
    const plus = (part: (d: DayBlock) => string) => L.days.map(part).join("+");
    put("forecastTotal", col, across("forecastTotal"));
    put("actualTotal", col, across("actualTotal"));
    put("wapeSlots", col, `IF(${A}=0,"",(${plus((d) => `SUMPRODUCT(ABS(${slotColumn(d, SLOT_COL.actual)}-${slotColumn(d, SLOT_COL.forecast)}))`)})/${A})`);
    put("wapeHours", col, `IF(${A}=0,"",(${plus((d) => a1(d.total, HOUR_COL.absError))})/${A})`);
    put("bias", col, `IF(${A}=0,"",(${a1(L.keyRow("forecastTotal"), col)}-${A})/${A})`);
    put("shortSlots", col, across("shortSlots"));
    put("personSlots", col, across("personSlots"));
    b.style(range(L.keyRow("worstSlot"), col, L.keyRow("worstShort"), col), COMPUTED);
    put("slAchieved", col, `IF(${A}=0,"",(${plus((d) => `SUMPRODUCT(${hourColumn(d, HOUR_COL.sl)},${hourColumn(d, HOUR_COL.actual)})`)})/${A})`);
    put("slVerdict", col, verdict(a1(L.keyRow("slAchieved"), col)));
    const verdicts = range(L.keyRow("slVerdict"), L.dayCol(0), L.keyRow("slVerdict"), col);
    b.conditional({ range: verdicts, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(t.missed)] }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
    b.conditional({ range: verdicts, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(t.met)] }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
  }

  function incentives(): void {
    merged(L.money, 0, 3, t.incentives, STYLES.subHeader);
    merged(L.moneyHeader, 0, 2, t.item, STYLES.header);
    b.value(L.moneyHeader, 3, t.cost, STYLES.header);
    const money: CellStyle = { numFmt: FORMATS.money, hAlign: "right" };
    const summaryId = links.payoutSummary;
    const linked = summaryId !== undefined;
    if (linked && input.incentives.lines.length < PAYOUT_COMPONENTS) throw new Error(`The payout summary has ${PAYOUT_COMPONENTS} cost components`);
    const summary = (row: number) => `${sheetRef(summaryId ?? "")}!${a1(row, 1, true)}`;
    for (let k = 0; k < L.totalCost - L.firstLine; k++) {
      const line = input.incentives.lines[k];
      const row = L.firstLine + k;
      b.input(row, 0, line ? text(line.label) : null).style(range(row, 1, row, 2), STYLES.input).merge(row, 0, row, 2);
      if (linked && k < PAYOUT_COMPONENTS) b.formula(row, 3, summary(SUMMARY_ROW.firstCost + k), { ...COMPUTED, ...money });
      else b.input(row, 3, line ? line.costCents / 100 : null, money);
    }
    b.validate({ range: range(L.firstLine, 3, L.totalCost - 1, 3), rule: { type: "decimal", min: 0 }, allowBlank: true, error: t.numberError });
    merged(L.totalCost, 0, 2, t.totalCost, STYLES.label);
    b.formula(L.totalCost, 3, `SUM(${a1(L.firstLine, 3)}:${a1(L.totalCost - 1, 3)})`, { ...COMPUTED, ...money, bold: true });
    merged(L.sales, 0, 2, t.sales, STYLES.label);
    if (linked) b.formula(L.sales, 3, summary(SUMMARY_ROW.totalSales), { ...COMPUTED, ...money });
    else b.input(L.sales, 3, input.incentives.salesCents / 100, money);
    b.validate({ range: range(L.sales, 3), rule: { type: "decimal", min: 0 }, allowBlank: false, error: t.numberError });
    merged(L.costShare, 0, 2, t.costShare, STYLES.label);
    const sales = a1(L.sales, 3);
    b.formula(L.costShare, 3, `IF(N(${sales})>0,${a1(L.totalCost, 3)}/${sales},"")`, { ...PCT, numFmt: "0.00%", bold: true });
  }

  function qaResults(): void {
    const c0 = L.qaCol;
    const q = input.qa;
    const R = L.qaRows;
    merged(L.qa, c0, LAST_COL, t.qa, STYLES.subHeader);
    const row = (r: number, label: string) => merged(r, c0, c0 + 3, label, STYLES.label);
    const val = c0 + 4;
    row(R.from, t.qaFrom);
    b.input(R.from, val, q.first, { numFmt: FORMATS.date });
    row(R.to, t.qaTo);
    b.input(R.to, val, q.last, { numFmt: FORMATS.date });
    b.validate({ range: range(R.from, val, R.to, val), rule: { type: "date" }, allowBlank: false, error: t.dateError });
    // From the QA logs by formula, or typed.
    const logs = links.qaLogs ?? [];
    const fromLogs = logs.length > 0;
    const inPeriod = (log: QaLogRef, col: number, criterion: string) => {
      const column = (c: number) => logColumnRange(sheetRef(log.id), log.layout, c);
      const date = column(log.layout.columns.date);
      return `${column(col)},${criterion},${date},">="&${a1(R.from, val, true)},${date},"<="&${a1(R.to, val, true)}`;
    };
    const overLogs = (fn: (log: QaLogRef) => string) => logs.map(fn).join("+");
    const counted = (r: number, value: number | null, formula: () => string, numFmt: string) => {
      if (fromLogs) b.formula(r, val, formula(), { ...COMPUTED, numFmt });
      else b.input(r, val, value, { numFmt });
    };
    const passMark = a1(SETTINGS.passMark, SETTINGS.valueCol, true);
    row(R.reviews, t.reviews);
    counted(R.reviews, q.reviews, () => overLogs((l) => `COUNTIFS(${inPeriod(l, l.layout.columns.score, '">=0"')})`), FORMATS.integer);
    row(R.passed, t.passed);
    counted(R.passed, q.passed, () => overLogs((l) => `COUNTIFS(${inPeriod(l, l.layout.columns.finalScore, `">="&${passMark}`)})`), FORMATS.integer);
    row(R.passRate, t.passRate);
    const reviews = a1(R.reviews, val);
    b.formula(R.passRate, val, `IF(N(${reviews})>0,${a1(R.passed, val)}/${reviews},"")`, { ...PCT, bold: true });
    row(R.meanScore, t.meanScore);
    const finals = () => overLogs((l) => `COUNTIFS(${inPeriod(l, l.layout.columns.finalScore, '">=0"')})`);
    const finalSum = () =>
      overLogs((l) => `SUMIFS(${logColumnRange(sheetRef(l.id), l.layout, l.layout.columns.finalScore)},${inPeriod(l, l.layout.columns.finalScore, '">=0"')})`);
    counted(R.meanScore, q.meanScore, () => `IF((${finals()})=0,"",(${finalSum()})/(${finals()}))`, FORMATS.decimal1);
    row(R.redLines, t.redLines);
    // Red lines of scored reviews only, as the reviews count (a red line scores 0).
    counted(R.redLines, q.redLines, () => overLogs((l) => `COUNTIFS(${inPeriod(l, l.layout.columns.redLineFlag, "1")},${logColumnRange(sheetRef(l.id), l.layout, l.layout.columns.score)},">=0")`), FORMATS.integer);
    b.validate({ range: range(R.reviews, val, R.redLines, val), rule: { type: "decimal", min: 0 }, allowBlank: true, error: t.numberError });
    merged(L.errorsHeader, c0, c0 + 2, t.topErrors, STYLES.header);
    b.row(L.errorsHeader, c0 + 3, [t.failures, t.answeredItems, t.failRate], STYLES.header);
    const count = Math.max(q.topErrors.length, 1);
    for (let k = 0; k < count; k++) {
      const e = q.topErrors[k];
      const r = L.firstError + k;
      b.input(r, c0, e ? text(e.label) : null).style(range(r, c0 + 1, r, c0 + 2), STYLES.input).merge(r, c0, r, c0 + 2);
      b.input(r, c0 + 3, e?.failures ?? null, { numFmt: FORMATS.integer });
      b.input(r, c0 + 4, e?.answered ?? null, { numFmt: FORMATS.integer });
      const scored = a1(r, c0 + 4);
      b.formula(r, c0 + 5, `IF(N(${scored})>0,${a1(r, c0 + 3)}/${scored},"")`, PCT);
    }
  }

  function writtenParts(): void {
    // 2. Process analysis: what went well | what to improve.
    b.value(L.process, 0, t.process, SECTION);
    merged(L.processHeader, 0, 4, t.well, { ...STYLES.header, fill: COLORS.goodText });
    merged(L.processHeader, 5, LAST_COL, t.improve, { ...STYLES.header, fill: COLORS.badText });
    for (let k = 0; k < L.plan - 1 - L.firstProcess; k++) {
      const r = L.firstProcess + k;
      textInput(r, 0, 4, input.process.well[k]);
      textInput(r, 5, LAST_COL, input.process.improve[k]);
      b.height(r, 32);
    }
    // 3. Improvement plan.
    b.value(L.plan, 0, t.plan, SECTION);
    const statuses = [t.statusNotStarted, t.statusInProgress, t.statusDone];
    headerRow(L.planHeader, [[t.problem, 0, 2], [t.action, 3, 7], [t.owner, 8, 8], [t.deadline, 9, 9], [t.status, 10, 10]]);
    const planRows = L.follow - 1 - L.firstPlan;
    for (let k = 0; k < planRows; k++) {
      const r = L.firstPlan + k;
      const item = input.improvements[k];
      textInput(r, 0, 2, item?.problem);
      textInput(r, 3, 7, item?.action);
      textInput(r, 8, 8, item?.owner);
      b.input(r, 9, item?.deadline ?? null, { numFmt: FORMATS.date, vAlign: "top" });
      b.input(r, 10, item ? t[STATUS_KEYS[item.status]] : null, { vAlign: "top" });
      b.height(r, 32);
    }
    const planRange = (col: number) => range(L.firstPlan, col, L.firstPlan + planRows - 1, col);
    b.validate({ range: planRange(9), rule: { type: "date" }, allowBlank: true, error: t.dateError });
    b.validate({ range: planRange(10), rule: { type: "list", values: statuses }, allowBlank: true, error: t.statusError });
    const statusTop = a1(L.firstPlan, 10);
    b.conditional({ range: planRange(10), rule: { type: "expression", formula: `${statusTop}=${formulaText(t.statusDone)}` }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
    b.conditional({ range: planRange(10), rule: { type: "expression", formula: `${statusTop}=${formulaText(t.statusInProgress)}` }, style: { fill: COLORS.warn, fontColor: COLORS.warnText } });
    // 4. Follow-up plan.
    b.value(L.follow, 0, t.followUp, SECTION);
    headerRow(L.followHeader, [[t.followItem, 0, 3], [t.painPoint, 4, 6], [t.teams, 7, 8], [t.owner, 9, 9], [t.due, 10, 10]]);
    for (let r = L.firstFollow; r <= L.reportEnd; r++) {
      const item = input.followUps[r - L.firstFollow];
      textInput(r, 0, 3, item?.item);
      textInput(r, 4, 6, item?.painPoint);
      textInput(r, 7, 8, item?.teams);
      textInput(r, 9, 9, item?.owner);
      b.input(r, 10, item?.due ?? null, { numFmt: FORMATS.date, vAlign: "top" });
      b.height(r, 32);
    }
    b.validate({ range: range(L.firstFollow, 10, L.reportEnd, 10), rule: { type: "date" }, allowBlank: true, error: t.dateError });
  }

  function textInput(row: number, left: number, right: number, value: ReviewText | undefined): void {
    b.input(row, left, value === undefined ? null : text(value), TEXT_INPUT);
    if (right > left) b.style(range(row, left + 1, row, right), STYLES.input).merge(row, left, row, right);
  }

  function headerRow(row: number, parts: readonly (readonly [string, number, number])[]): void {
    for (const [label, left, right] of parts) merged(row, left, right, label, STYLES.header);
    b.height(row, 24);
  }
}
