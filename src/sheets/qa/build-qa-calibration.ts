/**
 * The calibration sheet (质检打分对标): the same conversations scored independently by the
 * reference and every reviewer, one block of rows per conversation (reference first). Live
 * formulas give, per reviewer and criterion, the agreement rate and the mean deviation from the
 * reference; per reviewer the pooled agreement, the mean review-score gap and a verdict; per
 * conversation the spread of the review scores. Mirrors `core/qa/calibration.ts`.
 *
 * Marks use the QA log's dropdowns and the review score the log's formula (without bonus items:
 * calibration is about the standards), reading the standards sheet's live weights.
 */
import { SheetBuilder } from "../builder";
import { a1, columnLetter, sheetRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { QaCatalogue } from "../../core/qa/catalogue";
import type { CalibrationScore, CalibrationSettings } from "../../core/qa/calibration";
import { DEFAULT_CALIBRATION } from "../../core/qa/calibration";
import type { QaAnswer } from "../../core/qa/score-review";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { qaWords } from "./build-qa-log";
import { scoreFormula, type QaWeightRefs } from "./qa-formulas";
import { formulaText } from "../spec";

/** Where everything sits; rows and columns 0-based. */
export interface QaCalibrationLayout {
  settings: { tolerance: number; minAgreement: number; maxScoreGap: number };
  /** Reviewer rows of the agreement block (column A names, B pooled, C score gap, D verdict, criteria from E). */
  reviewerRows: { first: number; last: number };
  /** Reviewer rows of the deviation block (criteria from E). */
  deviationRows: { first: number; last: number };
  /** One row per conversation: A id, B reference score, C lowest, D highest, E spread. */
  conversationRows: { first: number; last: number };
  /** First row of the scores block; conversation k's reference row is first + k × (1 + reviewers). */
  firstScoreRow: number;
  lastScoreRow: number;
  /** Rows per conversation (the reference and each reviewer). */
  stride: number;
  columns: { conversation: number; scorer: number; criteria: number[]; redLine: number; bonuses: number[]; score: number; gap: number; match: number[]; deviation: number[] };
  /** First criterion column of the reviewer and deviation blocks. */
  firstCriterionCol: number;
}

export function qaCalibrationLayout(criteria: number, reviewers: number, conversations: number): QaCalibrationLayout {
  const reviewerFirst = 10;
  const deviationFirst = reviewerFirst + reviewers + 2;
  const conversationFirst = deviationFirst + reviewers + 3;
  const firstScoreRow = conversationFirst + conversations + 3;
  const stride = 1 + reviewers;
  const crit = Array.from({ length: criteria }, (_, i) => 2 + i);
  const redLine = 2 + criteria;
  const score = redLine + 1;
  const gap = score + 1;
  return {
    settings: { tolerance: 4, minAgreement: 5, maxScoreGap: 6 },
    reviewerRows: { first: reviewerFirst, last: reviewerFirst + reviewers - 1 },
    deviationRows: { first: deviationFirst, last: deviationFirst + reviewers - 1 },
    conversationRows: { first: conversationFirst, last: conversationFirst + conversations - 1 },
    firstScoreRow,
    lastScoreRow: firstScoreRow + conversations * stride - 1,
    stride,
    columns: {
      conversation: 0,
      scorer: 1,
      criteria: crit,
      redLine,
      bonuses: [],
      score,
      gap,
      match: crit.map((_, i) => gap + 1 + i),
      deviation: crit.map((_, i) => gap + 1 + criteria + i),
    },
    firstCriterionCol: 4,
  };
}

export interface QaCalibrationSources {
  id: string;
  standardsId: string;
  redLineRows: { first: number; last: number };
  weights: QaWeightRefs;
}

export interface QaCalibrationFill {
  /** The reference's scorer name in `scores` (the sheet shows the localised "Reference"). */
  reference: string;
  scores: readonly CalibrationScore[];
  settings?: CalibrationSettings;
}

const SETTINGS_COL = 2;

export function buildQaCalibration(
  catalogue: QaCatalogue,
  layout: QaCalibrationLayout,
  sources: QaCalibrationSources,
  reviewers: readonly string[],
  name: string,
  locale: Locale,
  fill?: QaCalibrationFill,
): SheetSpec {
  const t = QA_STRINGS[locale];
  const c = t.calibration;
  const w = qaWords(locale);
  const channel = t.channel[catalogue.channel];
  const b = new SheetBuilder(sources.id, name);
  b.tabColor(COLORS.headerFill);
  const { columns: cols, stride } = layout;
  const n = catalogue.criteria.length;
  const conversations = layout.conversationRows.last - layout.conversationRows.first + 1;

  b.value(0, 0, format(c.title, { channel }), STYLES.title);
  b.value(1, 0, c.subtitle, STYLES.subtitle);

  // Settings.
  const settings = fill?.settings ?? DEFAULT_CALIBRATION;
  const setting = (row: number, label: string, value: number, numFmt: string, rule: { min: number; max: number }, error: string): string => {
    b.value(row, 0, label, STYLES.label).merge(row, 0, row, 1);
    b.input(row, SETTINGS_COL, value, { numFmt, hAlign: "center" });
    b.validate({ range: { top: row, left: SETTINGS_COL, bottom: row, right: SETTINGS_COL }, rule: { type: "decimal", ...rule }, allowBlank: false, errorTitle: t.log.errorTitle, error });
    b.height(row, 30);
    return a1(row, SETTINGS_COL, true);
  };
  b.value(layout.settings.tolerance - 1, 0, c.settings, STYLES.subHeader).merge(layout.settings.tolerance - 1, 0, layout.settings.tolerance - 1, 9);
  const tol = setting(layout.settings.tolerance, c.tolerance, settings.tolerance, FORMATS.decimal1, { min: 0, max: 10 }, c.toleranceError);
  const minAgree = setting(layout.settings.minAgreement, c.minAgreement, settings.minAgreement, FORMATS.percent0, { min: 0, max: 1 }, c.rateError);
  const maxGap = setting(layout.settings.maxScoreGap, c.maxScoreGap, settings.maxScoreGap, FORMATS.decimal1, { min: 0, max: 100 }, c.gapError);

  // The scores block (inputs) and its helper columns.
  const rowsOf = (col: number): string => `$${columnLetter(col)}$${layout.firstScoreRow + 1}:$${columnLetter(col)}$${layout.lastScoreRow + 1}`;
  const scorerR = rowsOf(cols.scorer);
  const scoreTitle = layout.firstScoreRow - 2;
  const scoreHeader = layout.firstScoreRow - 1;
  b.value(scoreTitle, 0, c.scores, STYLES.subHeader).merge(scoreTitle, 0, scoreTitle, 9);
  b.row(scoreHeader, 0, [c.conversation, c.scorer, ...catalogue.criteria.map((x) => x.name[locale]), t.log.redLine, c.score, c.gapToReference], STYLES.header);
  b.row(scoreHeader, cols.match[0]!, catalogue.criteria.map((x) => format(c.agreeOf, { name: x.name[locale] })), STYLES.header);
  b.row(scoreHeader, cols.deviation[0]!, catalogue.criteria.map((x) => format(c.deviationOf, { name: x.name[locale] })), STYLES.header);
  b.height(scoreHeader, 45);

  const word = (a: QaAnswer | undefined): string | number | null => (a === undefined ? null : a === "yes" ? w.yes : a === "no" ? w.no : a === "na" ? w.na : a);
  const noBonus = { ...catalogue, bonusItems: [] };
  // A review's "agent" cell (blank → no score) is the conversation id here.
  const scoreLayout = { columns: { ...cols, agent: cols.conversation } };
  const weights = { ...sources.weights, bonuses: [] };
  const computed = { ...STYLES.computed, hAlign: "center" } as const;
  const scorers = [c.reference, ...reviewers];
  const fillIds = fill ? [...new Set(fill.scores.map((s) => s.conversation))] : [];
  for (let k = 0; k < conversations; k++) {
    const refRow = layout.firstScoreRow + k * stride;
    const refConv = `$A$${refRow + 1}`;
    const refScore = `$${columnLetter(cols.score)}$${refRow + 1}`;
    const id = fillIds[k];
    scorers.forEach((scorer, j) => {
      const r = refRow + j;
      const source = id === undefined ? undefined : fill!.scores.find((s) => s.conversation === id && s.scorer === (j === 0 ? fill!.reference : scorer));
      const band = j === 0 ? { bold: true } : {};
      if (j === 0) b.input(r, cols.conversation, id ?? null, band);
      else b.formula(r, cols.conversation, `IF(${refConv}="","",${refConv})`, computed);
      b.value(r, cols.scorer, scorer, { ...STYLES.label, ...band, fill: j === 0 ? COLORS.warn : COLORS.subHeaderFill });
      catalogue.criteria.forEach((crit, i) => b.input(r, cols.criteria[i]!, word(source?.answers.criteria[crit.id]), { hAlign: "center" }));
      const redLine = source?.answers.redLineId ? catalogue.redLines.find((x) => x.id === source.answers.redLineId)?.name[locale] ?? null : null;
      b.input(r, cols.redLine, redLine);
      b.formula(r, cols.score, scoreFormula(noBonus, scoreLayout, r, w, weights), { ...computed, numFmt: FORMATS.decimal1, bold: j === 0 });
      if (j === 0) return;
      const me = a1(r, cols.score);
      b.formula(r, cols.gap, `IF(AND(ISNUMBER(${me}),ISNUMBER(${refScore})),${me}-${refScore},"")`, { ...computed, numFmt: FORMATS.decimal1 });
      catalogue.criteria.forEach((crit, i) => {
        const mine = a1(r, cols.criteria[i]!);
        const ref = `${columnLetter(cols.criteria[i]!)}$${refRow + 1}`;
        const blank = `OR(${ref}="",${mine}="")`;
        const na = `OR(${mine}=${formulaText(w.na)},${ref}=${formulaText(w.na)})`;
        const same = `IF(${mine}=${ref},1,0)`;
        const match = crit.scale.kind === "yesNo" ? `IF(${blank},"",${same})` : `IF(${blank},"",IF(${na},${same},IF(ABS(${mine}-${ref})<=${tol}+1E-9,1,0)))`;
        b.formula(r, cols.match[i]!, match, computed);
        const asNumber = (x: string): string => (crit.scale.kind === "yesNo" ? `IF(${x}=${formulaText(w.yes)},1,0)` : x);
        b.formula(r, cols.deviation[i]!, `IF(OR(${blank},${na}),"",${asNumber(mine)}-${asNumber(ref)})`, { ...computed, numFmt: "+0.0;-0.0;0" });
      });
    });
    // Conversation block row.
    const cr = layout.conversationRows.first + k;
    const scoreRange = `${a1(refRow, cols.score)}:${a1(refRow + stride - 1, cols.score)}`;
    const enough = `COUNT(${scoreRange})<2`;
    b.formula(cr, 0, `IF(${refConv}="","",${refConv})`, { ...computed, hAlign: "left" });
    b.formula(cr, 1, `IF(ISNUMBER(${refScore}),${refScore},"")`, { ...computed, numFmt: FORMATS.decimal1 });
    b.formula(cr, 2, `IF(${enough},"",MIN(${scoreRange}))`, { ...computed, numFmt: FORMATS.decimal1 });
    b.formula(cr, 3, `IF(${enough},"",MAX(${scoreRange}))`, { ...computed, numFmt: FORMATS.decimal1 });
    b.formula(cr, 4, `IF(${enough},"",MAX(${scoreRange})-MIN(${scoreRange}))`, { ...computed, numFmt: FORMATS.decimal1, bold: true });
  }

  // Input checks like the QA log's.
  const scoreRows = (col: number) => ({ top: layout.firstScoreRow, left: col, bottom: layout.lastScoreRow, right: col });
  const listError = { errorTitle: t.log.errorTitle, error: t.log.listError } as const;
  catalogue.criteria.forEach((crit, i) => {
    const values = crit.scale.kind === "points" ? Array.from({ length: crit.scale.max + 1 }, (_, p) => String(p)) : [w.yes, w.no];
    if (crit.naAllowed) values.push(w.na);
    b.validate({ range: scoreRows(cols.criteria[i]!), rule: { type: "list", values }, allowBlank: true, ...listError });
  });
  b.validate({
    range: scoreRows(cols.redLine),
    rule: { type: "list", source: `${sheetRef(sources.standardsId)}!$B$${sources.redLineRows.first + 1}:$B$${sources.redLineRows.last + 1}` },
    allowBlank: true,
    ...listError,
  });

  // By reviewer: agreement per criterion, pooled, score gap, verdict.
  const fc = layout.firstCriterionCol;
  b.value(layout.reviewerRows.first - 2, 0, c.byReviewer, STYLES.subHeader).merge(layout.reviewerRows.first - 2, 0, layout.reviewerRows.first - 2, 9);
  b.row(layout.reviewerRows.first - 1, 0, [c.reviewer, c.overall, c.scoreGap, c.verdict], STYLES.header);
  b.row(layout.reviewerRows.first - 1, fc, catalogue.criteria.map((x) => x.name[locale]), STYLES.header);
  b.height(layout.reviewerRows.first - 1, 36);
  b.value(layout.deviationRows.first - 2, 0, c.byReviewerDeviation, STYLES.subHeader).merge(layout.deviationRows.first - 2, 0, layout.deviationRows.first - 2, 9);
  b.row(layout.deviationRows.first - 1, 0, [c.reviewer], STYLES.header);
  b.row(layout.deviationRows.first - 1, fc, catalogue.criteria.map((x) => x.name[locale]), STYLES.header);
  b.height(layout.deviationRows.first - 1, 36);
  const pct = { ...computed, numFmt: FORMATS.percent0 } as const;
  reviewers.forEach((reviewer, j) => {
    const r = layout.reviewerRows.first + j;
    const dr = layout.deviationRows.first + j;
    const who = `$A${r + 1}`;
    b.value(r, 0, reviewer, STYLES.label);
    b.value(dr, 0, reviewer, STYLES.label);
    const counts: string[] = [];
    const sums: string[] = [];
    catalogue.criteria.forEach((_crit, i) => {
      const m = rowsOf(cols.match[i]!);
      const d = rowsOf(cols.deviation[i]!);
      counts.push(`COUNTIFS(${scorerR},${who},${m},">=0")`);
      sums.push(`SUMIFS(${m},${scorerR},${who})`);
      b.formula(r, fc + i, `IF(COUNTIFS(${scorerR},${who},${m},">=0")=0,"",AVERAGEIFS(${m},${scorerR},${who},${m},">=0"))`, pct);
      const dWho = `$A${dr + 1}`;
      b.formula(dr, fc + i, `IF(COUNTIFS(${scorerR},${dWho},${d},">=-100")=0,"",AVERAGEIFS(${d},${scorerR},${dWho},${d},">=-100"))`, { ...computed, numFmt: "+0.00;-0.00;0.00" });
    });
    const total = `(${counts.join("+")})`;
    b.formula(r, 1, `IF(${total}=0,"",(${sums.join("+")})/${total})`, { ...pct, bold: true });
    const g = rowsOf(cols.gap);
    b.formula(r, 2, `IF(COUNTIFS(${scorerR},${who},${g},">=-100")=0,"",AVERAGEIFS(${g},${scorerR},${who},${g},">=-100"))`, { ...computed, numFmt: "+0.00;-0.00;0.00" });
    const agree = a1(r, 1);
    const gap = a1(r, 2);
    b.formula(
      r,
      3,
      `IF(AND(${agree}="",${gap}=""),"",IF(OR(IF(ISNUMBER(${agree}),${agree},1)<${minAgree},IF(ISNUMBER(${gap}),ABS(${gap}),0)>${maxGap}),` +
        `${formulaText(c.outOfTolerance)},${formulaText(c.withinTolerance)}))`,
      { ...computed, bold: true },
    );
  });
  const reviewerBlock = { top: layout.reviewerRows.first, left: 3, bottom: layout.reviewerRows.last, right: 3 };
  b.conditional({ range: reviewerBlock, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(c.outOfTolerance)] }, style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true } });
  b.conditional({ range: reviewerBlock, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(c.withinTolerance)] }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
  const first = layout.reviewerRows.first;
  b.conditional({
    range: { top: first, left: fc, bottom: layout.reviewerRows.last, right: fc + n - 1 },
    rule: { type: "expression", formula: `AND(ISNUMBER(${a1(first, fc)}),${a1(first, fc)}<${minAgree})` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText, bold: true },
  });

  // By conversation.
  b.value(layout.conversationRows.first - 2, 0, c.byConversation, STYLES.subHeader).merge(layout.conversationRows.first - 2, 0, layout.conversationRows.first - 2, 9);
  b.row(layout.conversationRows.first - 1, 0, [c.conversation, c.referenceScore, c.lowest, c.highest, c.spread], STYLES.header);

  b.widths(0, [18, 14, ...catalogue.criteria.map(() => 11), 14, 10, 10]);
  b.widths(cols.match[0]!, [...catalogue.criteria.map(() => 10), ...catalogue.criteria.map(() => 10)]);
  b.freeze(0, 2);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, footer: format(c.title, { channel }) });
  b.protect();
  return b.build();
}
