/**
 * 新人成长计划 / Ramp plan: for each new hire, the probation criteria (week-1 level and probation
 * target, editable) broken into weekly targets from the first day on the floor to probation (a
 * straight line), the weekly actuals and an on-track flag per week and criterion, and a column for
 * the learning support the week needs. One block per hire, stacked.
 */
import { SheetBuilder } from "../builder";
import { a1, formulaText, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { DATE_RANGE } from "../qa/qa-layout";
import type { RampCriterion, RampHire } from "../../core/training/model";
import type { Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import { TRAINING_IDS, middleAligned } from "./training-layout";

/** Rows of one hire's block, relative to its first row. */
export const RAMP_BLOCK = { header: 0, criteriaHeader: 1, firstCriterion: 2 } as const;

/** Where a block's cells sit: the criteria rows, the two week-header rows and the week rows. */
export interface RampBlock {
  top: number;
  criterionRow: (i: number) => number;
  weekRow: (week: number) => number;
  /** Columns of criterion i in the weekly table: target, actual, flag. */
  cols: (i: number) => { target: number; actual: number; flag: number };
  supportCol: number;
  /** The first row after the block (and its blank spacer). */
  next: number;
}

/** Block header: labels in A:B, F:G and J:K; the name in C:E, the start date in H:I, the weeks in L. */
export const RAMP_CELLS = { name: 2, startDate: 7, weeks: 11 } as const;

const ONE_LINE = { wrap: false, vAlign: "middle" } as const;

export function rampBlock(top: number, criteria: number, weeks: number): RampBlock {
  const weekHeader = top + RAMP_BLOCK.firstCriterion + criteria + 1;
  return {
    top,
    criterionRow: (i) => top + RAMP_BLOCK.firstCriterion + i,
    weekRow: (week) => weekHeader + 1 + week,
    cols: (i) => ({ target: 2 + 3 * i, actual: 3 + 3 * i, flag: 4 + 3 * i }),
    supportCol: 2 + 3 * criteria,
    next: weekHeader + 2 + weeks + 1,
  };
}

export function buildRampSheet(
  ramp: { weeks: number; criteria: readonly RampCriterion[]; hires: readonly RampHire[] },
  name: string,
  locale: Locale,
): SheetSpec {
  const t = TRAINING_STRINGS[locale];
  const p = t.ramp;
  const w = t.words;
  const v = t.validation;
  const b = new SheetBuilder(TRAINING_IDS.ramp, name);
  b.tabColor(COLORS.headerFill);
  const n = ramp.criteria.length;
  const lastCol = 2 + 3 * n;
  b.value(0, 0, p.title, STYLES.title);
  b.value(1, 0, p.subtitle, { ...STYLES.subtitle, wrap: true }).merge(1, 0, 1, lastCol);
  b.height(1, 32);

  const hires = ramp.hires.length > 0 ? ramp.hires : [{ name: "", startDate: NaN, actuals: [] }];
  let top = 3;
  const center = { hAlign: "center", ...ONE_LINE } as const;
  for (const hire of hires) {
    const blk = rampBlock(top, n, ramp.weeks);
    const label = (col: number, textValue: string): void => {
      b.value(top, col, textValue, { ...STYLES.label, wrap: false }).value(top, col + 1, null, STYLES.label).merge(top, col, top, col + 1);
    };
    label(0, p.hire);
    b.input(top, RAMP_CELLS.name, hire.name || null, { bold: true, ...ONE_LINE });
    b.input(top, RAMP_CELLS.name + 1).input(top, RAMP_CELLS.name + 2).merge(top, RAMP_CELLS.name, top, RAMP_CELLS.name + 2);
    label(RAMP_CELLS.startDate - 2, p.startDate);
    b.input(top, RAMP_CELLS.startDate, Number.isNaN(hire.startDate) ? null : hire.startDate, { numFmt: FORMATS.date, ...center });
    b.input(top, RAMP_CELLS.startDate + 1).merge(top, RAMP_CELLS.startDate, top, RAMP_CELLS.startDate + 1);
    label(RAMP_CELLS.weeks - 2, p.weeks);
    b.value(top, RAMP_CELLS.weeks, ramp.weeks, { ...STYLES.computed, ...center, bold: true });
    b.validate({ range: { top, left: RAMP_CELLS.startDate, bottom: top, right: RAMP_CELLS.startDate }, rule: { type: "date", ...DATE_RANGE }, allowBlank: true, errorTitle: v.errorTitle, error: v.dateError });

    // Criteria: name A:B, direction C:D, week-1 level E, probation target F.
    const ch = top + RAMP_BLOCK.criteriaHeader;
    b.row(ch, 0, [p.criterion, null, p.direction, null, p.startLevel, p.target], { ...STYLES.subHeader, hAlign: "center" });
    b.merge(ch, 0, ch, 1).merge(ch, 2, ch, 3);
    ramp.criteria.forEach((c, i) => {
      const row = blk.criterionRow(i);
      b.input(row, 0, c.name[locale], ONE_LINE).input(row, 1, null, ONE_LINE).merge(row, 0, row, 1);
      b.input(row, 2, c.higherIsBetter ? w.higher : w.lower, center).input(row, 3, null, center).merge(row, 2, row, 3);
      b.input(row, 4, c.start, { numFmt: c.numFmt, ...center });
      b.input(row, 5, c.target, { numFmt: c.numFmt, ...center });
    });
    b.validate({
      range: { top: blk.criterionRow(0), left: 2, bottom: blk.criterionRow(n - 1), right: 2 },
      rule: { type: "list", values: [w.higher, w.lower] },
      errorTitle: v.errorTitle,
      error: v.listError,
    });

    // Weekly table: two header rows (criterion name over target / actual / flag).
    const h1 = blk.weekRow(0) - 1;
    const h0 = h1 - 1;
    b.value(h0, 0, p.week, STYLES.header).merge(h0, 0, h1, 0);
    b.value(h1, 0, null, STYLES.header);
    b.value(h0, 1, p.weekOf, STYLES.header).merge(h0, 1, h1, 1);
    b.value(h1, 1, null, STYLES.header);
    ramp.criteria.forEach((_, i) => {
      const cols = blk.cols(i);
      b.formula(h0, cols.target, a1(blk.criterionRow(i), 0), STYLES.header).merge(h0, cols.target, h0, cols.flag);
      b.row(h1, cols.target, [p.weekTarget, p.actual, p.flag], STYLES.header);
    });
    b.value(h0, blk.supportCol, p.support, STYLES.header).merge(h0, blk.supportCol, h1, blk.supportCol);
    b.value(h1, blk.supportCol, null, STYLES.header);

    const start = a1(top, RAMP_CELLS.startDate, true);
    const weeks = a1(top, RAMP_CELLS.weeks, true);
    for (let week = 1; week <= ramp.weeks; week++) {
      const row = blk.weekRow(week - 1);
      b.value(row, 0, week, { ...center, border: "thin" });
      b.formula(row, 1, `IF(${start}="","",${start}+7*(${a1(row, 0)}-1))`, { ...STYLES.computed, numFmt: FORMATS.date, ...center });
      ramp.criteria.forEach((c, i) => {
        const cols = blk.cols(i);
        const cr = blk.criterionRow(i);
        const s = a1(cr, 4, true);
        const g = a1(cr, 5, true);
        const target = a1(row, cols.target);
        const actual = a1(row, cols.actual);
        b.formula(row, cols.target, `${s}+(${g}-${s})*${a1(row, 0)}/${weeks}`, { ...STYLES.computed, numFmt: c.numFmt, ...center });
        b.input(row, cols.actual, hire.actuals[i]?.[week - 1] ?? null, { numFmt: c.numFmt, ...center });
        const better = `IF(${a1(cr, 2, true)}=${formulaText(w.lower)},${actual}<=${target},${actual}>=${target})`;
        b.formula(row, cols.flag, `IF(${actual}="","",IF(${better},${formulaText(w.onTrack)},${formulaText(w.behind)}))`, { ...STYLES.computed, ...center, bold: true });
      });
      b.input(row, blk.supportCol);
    }
    const flags = ramp.criteria.map((_, i) => blk.cols(i).flag);
    for (const col of flags) {
      const range = { top: blk.weekRow(0), left: col, bottom: blk.weekRow(ramp.weeks - 1), right: col };
      const first = a1(blk.weekRow(0), col);
      b.conditional({ range, rule: { type: "expression", formula: `${first}=${formulaText(w.behind)}` }, style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true } });
      b.conditional({ range, rule: { type: "expression", formula: `${first}=${formulaText(w.onTrack)}` }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
    }
    top = blk.next;
  }

  b.widths(0, [7, 11, ...ramp.criteria.flatMap(() => [10, 10, 10]), 26]);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, footer: p.footer });
  return middleAligned(b.build());
}
