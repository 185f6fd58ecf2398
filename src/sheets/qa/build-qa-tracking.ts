/**
 * Daily problem tracking (质检问题每日跟进): from the QA log, per criterion over the period the
 * failures, the failure rate and whether it is falling (mean daily rate of the last N days against
 * the N days before); the team's top problems; a case-review list with example conversations and
 * the reviewers' comments; a day × criterion table of failure rates with a chart. Mirrors
 * `core/qa/qa-log.ts` (`trackProblems`). Native functions only: the k-th example of a criterion is
 * found through a hidden running count per log row (no array formulas).
 */
import { SheetBuilder } from "../builder";
import { a1, columnLetter, sheetRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { QaCatalogue } from "../../core/qa/catalogue";
import { DEFAULT_TRACKING, type QaPeriod } from "../../core/qa/qa-log";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { qaWords } from "./build-qa-log";
import { logColumnRange } from "./qa-formulas";
import { DATE_RANGE, type QaLogLayout } from "./qa-layout";
import { formulaText } from "../spec";

/** The longest period the day table holds (a month). */
export const MAX_TRACKING_DAYS = 31;
const TOP = DEFAULT_TRACKING.top;
const CASES = DEFAULT_TRACKING.caseCriteria;
const EXAMPLES = DEFAULT_TRACKING.examples;
/** First hidden helper column (one running count per case-review criterion). */
const HELPER_COL = 30;
/** Hidden column holding each case-review row's log row number. */
const CASE_INDEX_COL = HELPER_COL + CASES;

export interface QaTrackingLayout {
  settings: { first: number; last: number; trendDays: number };
  /** Column A name, B failed-when mark, C failures, D answered, E rate, F recent, G previous, H trend, I rank key. */
  criterionRows: { first: number; last: number };
  /** Column A rank, B criterion, C rate, D failures, E trend. */
  topRows: { first: number; last: number };
  /** CASES × EXAMPLES rows: A criterion, B example no., C date, D agent, E reviewer, F conversation, G comment. */
  caseRows: { first: number; last: number };
  /** Column A date, then one rate column per criterion, then reviews. */
  dayHeaderRow: number;
  dayRows: { first: number; last: number };
}

export function qaTrackingLayout(criteria: number): QaTrackingLayout {
  const critFirst = 10;
  const topFirst = critFirst + criteria + 3;
  const caseFirst = topFirst + TOP + 3;
  const dayHeaderRow = caseFirst + CASES * EXAMPLES + 2;
  return {
    settings: { first: 3, last: 4, trendDays: 5 },
    criterionRows: { first: critFirst, last: critFirst + criteria - 1 },
    topRows: { first: topFirst, last: topFirst + TOP - 1 },
    caseRows: { first: caseFirst, last: caseFirst + CASES * EXAMPLES - 1 },
    dayHeaderRow,
    dayRows: { first: dayHeaderRow + 1, last: dayHeaderRow + MAX_TRACKING_DAYS },
  };
}

export function buildQaTracking(
  catalogue: QaCatalogue,
  log: QaLogLayout,
  ids: { id: string; log: string },
  name: string,
  locale: Locale,
  /** The period to open with (the sample month); blank for a new log. */
  period?: QaPeriod,
): SheetSpec {
  const t = QA_STRINGS[locale];
  const k = t.tracking;
  const w = qaWords(locale);
  const channel = t.channel[catalogue.channel];
  const L = qaTrackingLayout(catalogue.criteria.length);
  const b = new SheetBuilder(ids.id, name);
  b.tabColor(COLORS.headerFill);
  const logRef = sheetRef(ids.log);
  const range = (col: number): string => logColumnRange(logRef, log, col);
  const dateR = range(log.columns.date);
  const scoreR = range(log.columns.score);
  const computed = { ...STYLES.computed, hAlign: "center" } as const;
  const pct = { ...computed, numFmt: FORMATS.percent } as const;

  b.value(0, 0, format(k.title, { channel }), STYLES.title);
  b.value(1, 0, k.subtitle, STYLES.subtitle);
  b.height(1, 30);

  // Settings: the period and the trend window.
  const setting = (row: number, label: string, value: number | null, numFmt: string): string => {
    b.value(row, 0, label, STYLES.label).merge(row, 0, row, 1);
    b.input(row, 2, value, { numFmt, hAlign: "center" });
    return a1(row, 2, true);
  };
  const first = setting(L.settings.first, k.firstDay, period?.first ?? null, FORMATS.date);
  const last = setting(L.settings.last, format(k.lastDay, { days: MAX_TRACKING_DAYS }), period?.last ?? null, FORMATS.date);
  const trend = setting(L.settings.trendDays, k.trendDays, DEFAULT_TRACKING.trendDays, FORMATS.integer);
  const dateRule = { type: "date", ...DATE_RANGE } as const;
  for (const row of [L.settings.first, L.settings.last]) {
    b.validate({ range: { top: row, left: 2, bottom: row, right: 2 }, rule: dateRule, allowBlank: true, errorTitle: t.log.errorTitle, error: k.dateError });
  }
  b.validate({ range: { top: L.settings.trendDays, left: 2, bottom: L.settings.trendDays, right: 2 }, rule: { type: "whole", min: 2, max: 15 }, allowBlank: false, errorTitle: t.log.errorTitle, error: k.trendError });
  const periodOk = `AND(ISNUMBER(${first}),ISNUMBER(${last}),${last}>=${first},${last}-${first}<${MAX_TRACKING_DAYS})`;
  b.formula(L.settings.last, 3, `IF(OR(${first}="",${last}="",${periodOk}),"",${formulaText(format(k.periodWarning, { days: MAX_TRACKING_DAYS }))})`, { bold: true, fontColor: COLORS.badText });

  // Day × criterion failure rates (the chart's source).
  const n = catalogue.criteria.length;
  const reviewsCol = n + 1;
  const dayDateR = `$A$${L.dayRows.first + 1}:$A$${L.dayRows.last + 1}`;
  const dayRateR = (i: number): string => `$${columnLetter(1 + i)}$${L.dayRows.first + 1}:$${columnLetter(1 + i)}$${L.dayRows.last + 1}`;
  b.value(L.dayHeaderRow - 1, 0, k.daily, STYLES.subHeader).merge(L.dayHeaderRow - 1, 0, L.dayHeaderRow - 1, 7);
  b.row(L.dayHeaderRow, 0, [k.date, ...catalogue.criteria.map((c) => c.name[locale]), k.reviews], STYLES.header);
  b.height(L.dayHeaderRow, 36);
  /** COUNTIFS criteria pairs for a criterion's failures and for its answered reviews. */
  const failedCrit = (i: number, markCell: string): string => `${range(log.columns.criteria[i]!)},${catalogue.criteria[i]!.scale.kind === "points" ? `"<"&${markCell}` : markCell}`;
  const answeredCounts = (i: number, base: string): string => {
    const critR = range(log.columns.criteria[i]!);
    return catalogue.criteria[i]!.scale.kind === "points"
      ? `COUNTIFS(${base},${critR},">=0")`
      : `(COUNTIFS(${base},${critR},${formulaText(w.yes)})+COUNTIFS(${base},${critR},${formulaText(w.no)}))`;
  };
  const failMark = (i: number): string => `$B$${L.criterionRows.first + i + 1}`;
  for (let d = 0; d < MAX_TRACKING_DAYS; d++) {
    const r = L.dayRows.first + d;
    const date = `$A${r + 1}`;
    b.formula(r, 0, `IF(NOT(${periodOk}),"",IF(${first}+${d}<=${last},${first}+${d},""))`, { ...computed, numFmt: FORMATS.date });
    const base = `${dateR},${date},${scoreR},">=0"`;
    catalogue.criteria.forEach((_c, i) => {
      const answered = answeredCounts(i, base);
      b.formula(r, 1 + i, `IF(${date}="","",IF(${answered}=0,"",COUNTIFS(${base},${failedCrit(i, failMark(i))})/${answered}))`, pct);
    });
    b.formula(r, reviewsCol, `IF(${date}="","",COUNTIFS(${base}))`, computed);
  }
  b.chart({
    type: "line",
    title: k.chart,
    source: { top: L.dayHeaderRow, left: 0, bottom: L.dayRows.last, right: n },
    seriesBy: "columns",
    anchor: { row: L.settings.first, col: 10, widthCols: 10, heightRows: 22 },
  });

  // By criterion over the period.
  b.value(L.criterionRows.first - 2, 0, k.byCriterion, STYLES.subHeader).merge(L.criterionRows.first - 2, 0, L.criterionRows.first - 2, 7);
  b.row(L.criterionRows.first - 1, 0, [k.criterion, k.failedWhen, k.failures, k.answered, k.rate, k.recent, k.previous, k.trend, k.rankKey], STYLES.header);
  b.height(L.criterionRows.first - 1, 36);
  const inPeriod = `${dateR},">="&${first},${dateR},"<="&${last},${scoreR},">=0"`;
  const window = (i: number, from: string, to: string): string => {
    const cond = `${dayDateR},">="&(${from}),${dayDateR},"<="&(${to}),${dayRateR(i)},">=0"`;
    return `IF(NOT(${periodOk}),"",IF(COUNTIFS(${cond})=0,"",AVERAGEIFS(${dayRateR(i)},${cond})))`;
  };
  catalogue.criteria.forEach((c, i) => {
    const r = L.criterionRows.first + i;
    const cell = (col: number): string => a1(r, col);
    b.value(r, 0, c.name[locale], STYLES.label);
    b.value(r, 1, c.scale.kind === "points" ? (c.failBelowPoints ?? c.scale.max) : w.no, c.scale.kind === "points" ? { ...computed, numFmt: '"<"0' } : computed);
    b.formula(r, 2, `IF(NOT(${periodOk}),"",COUNTIFS(${inPeriod},${failedCrit(i, failMark(i))}))`, computed);
    b.formula(r, 3, `IF(NOT(${periodOk}),"",${answeredCounts(i, inPeriod)})`, computed);
    b.formula(r, 4, `IF(OR(${cell(3)}="",${cell(3)}=0),"",${cell(2)}/${cell(3)})`, { ...pct, bold: true });
    b.formula(r, 5, window(i, `${last}-${trend}+1`, last), pct);
    b.formula(r, 6, window(i, `${last}-2*${trend}+1`, `${last}-${trend}`), pct);
    b.formula(r, 7, `IF(OR(${cell(5)}="",${cell(6)}=""),"",IF(${cell(5)}<${cell(6)},${formulaText(k.falling)},${formulaText(k.notFalling)}))`, { ...computed, bold: true });
    // Unique and in rank order: the rate, ties broken by catalogue order; no failures → below every rate.
    b.formula(r, 8, `IF(OR(${cell(4)}="",${cell(2)}=0),-1-${i},${cell(4)}-${i}*1E-9)`, { ...computed, fontColor: "#808080", numFmt: "0.000" });
  });
  const trendCells = [
    { top: L.criterionRows.first, left: 7, bottom: L.criterionRows.last, right: 7 },
    { top: L.topRows.first, left: 4, bottom: L.topRows.last, right: 4 },
  ];
  for (const range of trendCells) {
    b.conditional({ range, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(k.notFalling)] }, style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true } });
    b.conditional({ range, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(k.falling)] }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
  }

  // Top problems.
  const keyR = `$I$${L.criterionRows.first + 1}:$I$${L.criterionRows.last + 1}`;
  const colR = (col: string): string => `$${col}$${L.criterionRows.first + 1}:$${col}$${L.criterionRows.last + 1}`;
  b.value(L.topRows.first - 2, 0, k.top, STYLES.subHeader).merge(L.topRows.first - 2, 0, L.topRows.first - 2, 7);
  b.row(L.topRows.first - 1, 0, [k.rank, k.criterion, k.rate, k.failures, k.trend], STYLES.header);
  for (let p = 0; p < TOP; p++) {
    const r = L.topRows.first + p;
    const key = `LARGE(${keyR},${p + 1})`;
    const pick = (col: string): string => `IF(${key}<0,"",INDEX(${colR(col)},MATCH(${key},${keyR},0)))`;
    b.value(r, 0, p + 1, { ...STYLES.label, hAlign: "center" });
    b.formula(r, 1, pick("A"), { ...computed, hAlign: "left", bold: true });
    b.formula(r, 2, pick("E"), pct);
    b.formula(r, 3, pick("C"), computed);
    b.formula(r, 4, pick("H"), { ...computed, bold: true });
  }

  // Case review: the top CASES criteria, EXAMPLES failing reviews each, found by a running count per log row.
  b.value(L.caseRows.first - 2, 0, k.caseReview, STYLES.subHeader).merge(L.caseRows.first - 2, 0, L.caseRows.first - 2, 7);
  b.row(L.caseRows.first - 1, 0, [k.criterion, k.example, k.date, k.agent, k.reviewer, k.conversation, k.comment], STYLES.header);
  const critNames = colR("A");
  const logRows = log.lastDataRow - log.firstDataRow + 1;
  const firstCrit = columnLetter(log.columns.criteria[0]!);
  const lastCrit = columnLetter(log.columns.criteria[n - 1]!);
  for (let q = 0; q < CASES; q++) {
    const hc = HELPER_COL + q;
    const topName = a1(L.topRows.first + q, 1, true);
    const idxCell = a1(L.dayHeaderRow, hc, true);
    b.formula(L.dayHeaderRow, hc, `IF(${topName}="","",MATCH(${topName},${critNames},0))`, { fontColor: "#808080" });
    for (let i = 0; i < logRows; i++) {
      const r = L.dayRows.first + i;
      const lr = log.firstDataRow + i + 1;
      const prev = i === 0 ? "0" : a1(r - 1, hc);
      const mark = `INDEX(${logRef}!$${firstCrit}$${lr}:$${lastCrit}$${lr},1,${idxCell})`;
      const fb = `INDEX($B$${L.criterionRows.first + 1}:$B$${L.criterionRows.last + 1},${idxCell})`;
      const date = `${logRef}!$${columnLetter(log.columns.date)}$${lr}`;
      const score = `${logRef}!$${columnLetter(log.columns.score)}$${lr}`;
      const failed = `IF(ISNUMBER(${fb}),AND(ISNUMBER(${mark}),${mark}<${fb}),${mark}=${fb})`;
      b.formula(r, hc, `${prev}+IF(${idxCell}="",0,IF(AND(ISNUMBER(${date}),ISNUMBER(${score})),IF(AND(${date}>=${first},${date}<=${last},${failed}),1,0),0))`);
    }
    b.column(hc, { hidden: true });
    const helperR = `$${columnLetter(hc)}$${L.dayRows.first + 1}:$${columnLetter(hc)}$${L.dayRows.first + logRows}`;
    for (let e = 0; e < EXAMPLES; e++) {
      const r = L.caseRows.first + q * EXAMPLES + e;
      const idx = a1(r, CASE_INDEX_COL, true);
      b.formula(r, CASE_INDEX_COL, `IF(${topName}="","",IFERROR(MATCH(${e + 1},${helperR},0),""))`);
      if (e === 0) b.formula(r, 0, `IF(${topName}="","",${topName})`, { ...STYLES.label, vAlign: "top" });
      else b.value(r, 0, null, STYLES.label);
      b.value(r, 1, e + 1, { ...computed });
      const pickLog = (logCol: number): string => `IF(${idx}="","",INDEX(${range(logCol)},${idx}))`;
      b.formula(r, 2, pickLog(log.columns.date), { ...computed, numFmt: FORMATS.date });
      b.formula(r, 3, pickLog(log.columns.agent), computed);
      b.formula(r, 4, pickLog(log.columns.reviewer), computed);
      b.formula(r, 5, pickLog(log.columns.conversation), computed);
      b.formula(r, 6, `IF(${idx}="","",IF(INDEX(${range(log.columns.comment)},${idx})="","",INDEX(${range(log.columns.comment)},${idx})))`, { ...STYLES.computed, wrap: true });
      b.merge(r, 6, r, 9);
      b.height(r, 30);
    }
  }
  b.column(CASE_INDEX_COL, { hidden: true });

  b.widths(0, [20, 12, 12, 12, 12, 16, 12, 12, 10]);
  b.freeze(0, 1);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, footer: format(k.title, { channel }) });
  b.protect();
  return b.build();
}
