/**
 * 培训考核 / Training record: an Excel table, one row per trainee and course (the latest sitting):
 * session, attendance, exam date, written score, on-site questions right / asked, retakes, and the
 * status by formula from the pass marks on the plan sheet. Dropdowns for trainee, course, session
 * and attendance. Like the QA log it stays unprotected so trainers can sort, filter and add rows;
 * the status is a calculated column written in A1 notation (no structured references).
 */
import { SheetBuilder } from "../builder";
import { a1, formulaText, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { DATE_RANGE } from "../qa/qa-layout";
import type { TrainingPlan } from "../../core/training/model";
import { isoDate } from "../../core/training/validate-plan";
import { format, type Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import { cellRef, columnRange, PLAN_COLS, PLAN_SETTINGS, RECORD_COLS, RECORD_HEADER_ROW, SESSION_COLS, TRAINING_IDS, type TrainingLayout, middleAligned } from "./training-layout";

/** The status of record row `row`: blank until scored; check / passed / retake / failed (a blank count reads as 0). */
export function statusFormula(row: number, locale: Locale): string {
  const w = TRAINING_STRINGS[locale].words;
  const c = (col: number) => a1(row, col);
  const R = RECORD_COLS;
  const setting = (r: number) => cellRef(TRAINING_IDS.plan, r, PLAN_SETTINGS.valueCol);
  const passed = `AND(${c(R.attended)}=${formulaText(w.yes)},${c(R.score)}>=${setting(PLAN_SETTINGS.examPassMark)},${c(R.questionsPassed)}>=${setting(PLAN_SETTINGS.questionShare)}*${c(R.questionsAsked)})`;
  return (
    `IF(OR(${c(R.trainee)}="",${c(R.course)}="",${c(R.score)}=""),"",` +
    `IF(${c(R.questionsPassed)}>${c(R.questionsAsked)},${formulaText(w.check)},` +
    `IF(${passed},${formulaText(w.passed)},` +
    `IF(${c(R.retakes)}>=${setting(PLAN_SETTINGS.maxRetakes)},${formulaText(w.failed)},${formulaText(w.retake)}))))`
  );
}

export function recordHeaders(locale: Locale): string[] {
  const r = TRAINING_STRINGS[locale].record;
  return [r.trainee, r.course, r.session, r.attended, r.examDate, r.score, r.questionsPassed, r.questionsAsked, r.retakes, r.status, r.note];
}

export function buildRecordSheet(plan: TrainingPlan, layout: TrainingLayout, name: string, locale: Locale): SheetSpec {
  const t = TRAINING_STRINGS[locale];
  const w = t.words;
  const v = t.validation;
  const R = RECORD_COLS;
  const b = new SheetBuilder(TRAINING_IDS.record, name);
  b.tabColor(COLORS.headerFill);
  b.value(0, 0, t.record.title, STYLES.title);
  b.value(1, 0, t.record.subtitle, { ...STYLES.subtitle, wrap: true }).merge(1, 0, 1, R.note);
  b.height(1, 32);
  const headers = recordHeaders(locale);
  b.row(RECORD_HEADER_ROW, 0, headers, STYLES.header);
  b.height(RECORD_HEADER_ROW, 32);

  const { first, last } = layout.recordRows;
  const center = { hAlign: "center", vAlign: "middle" } as const;
  for (let r = first; r <= last; r++) {
    const rec = plan.records[r - first];
    b.input(r, R.trainee, rec?.trainee ?? null, { vAlign: "middle" });
    b.input(r, R.course, rec ? plan.courses[rec.course]!.name[locale] : null, { vAlign: "middle" });
    b.input(r, R.session, rec?.session || null, center);
    b.input(r, R.attended, rec?.attended == null ? null : rec.attended ? w.yes : w.no, center);
    b.input(r, R.examDate, rec?.examDate ?? null, { numFmt: FORMATS.date, ...center });
    b.input(r, R.score, rec?.score ?? null, { numFmt: "0", ...center });
    const scored = rec?.score != null;
    b.input(r, R.questionsPassed, scored ? rec.questionsPassed : null, center);
    b.input(r, R.questionsAsked, scored ? rec.questionsAsked : null, center);
    b.input(r, R.retakes, scored ? rec.retakes : null, center);
    b.formula(r, R.status, statusFormula(r, locale), { ...STYLES.computed, ...center, bold: true });
    b.input(r, R.note, null, { vAlign: "middle" });
  }

  const rows = (col: number) => ({ top: first, left: col, bottom: last, right: col });
  const list = { allowBlank: true, errorTitle: v.errorTitle, error: v.listError } as const;
  b.validate({ range: rows(R.trainee), rule: { type: "list", source: columnRange(TRAINING_IDS.readiness, layout.readiness.trainee, layout.traineeRows) }, ...list });
  b.validate({ range: rows(R.course), rule: { type: "list", source: columnRange(TRAINING_IDS.plan, PLAN_COLS.course, layout.courseRows) }, ...list });
  b.validate({ range: rows(R.session), rule: { type: "list", source: columnRange(TRAINING_IDS.plan, SESSION_COLS.code, layout.sessionRows) }, ...list });
  b.validate({ range: rows(R.attended), rule: { type: "list", values: [w.yes, w.no] }, ...list });
  b.validate({
    range: rows(R.examDate),
    rule: { type: "date", min: DATE_RANGE.min, max: plan.eventDate },
    allowBlank: true,
    errorTitle: v.errorTitle,
    error: format(v.dateAfterEvent, { date: isoDate(plan.eventDate) }),
  });
  b.validate({ range: rows(R.score), rule: { type: "decimal", min: 0, max: 100 }, allowBlank: true, errorTitle: v.errorTitle, error: v.scoreError });
  for (const col of [R.questionsPassed, R.questionsAsked]) {
    b.validate({ range: rows(col), rule: { type: "whole", min: 0, max: 100 }, allowBlank: true, errorTitle: v.errorTitle, error: v.questionsError });
  }
  b.validate({ range: rows(R.retakes), rule: { type: "whole", min: 0, max: 20 }, allowBlank: true, errorTitle: v.errorTitle, error: v.retakesError });

  const status = a1(first, R.status);
  const paint = (word: string, fill: string, fontColor: string): void => {
    b.conditional({ range: rows(R.status), rule: { type: "expression", formula: `${status}=${formulaText(word)}` }, style: { fill, fontColor, bold: true } });
  };
  paint(w.passed, COLORS.good, COLORS.goodText);
  paint(w.retake, COLORS.warn, COLORS.warnText);
  paint(w.failed, COLORS.bad, COLORS.badText);
  paint(w.check, COLORS.bad, COLORS.badText);

  const columns = headers.map((header, col) => (col === R.status ? { name: header, formula: statusFormula(first, locale) } : { name: header }));
  b.table({ name: "TrainingRecord", range: { top: RECORD_HEADER_ROW, left: 0, bottom: last, right: R.note }, columns, style: "TableStyleLight1", showRowStripes: false });
  b.widths(0, [12, 22, 8, 7, 11, 8, 8, 8, 8, 10, 24]);
  b.freeze(RECORD_HEADER_ROW + 1, 1);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: RECORD_HEADER_ROW, last: RECORD_HEADER_ROW }, footer: t.record.footer });
  return middleAligned(b.build());
}
