/**
 * 培训计划 / Training plan: the pass marks and event day (inputs the record sheet's status reads),
 * the courses (editable) and the sessions with date, trainer, room and class cap. Booked counts the
 * record rows booked into each session; a session over its cap turns red.
 */
import { SheetBuilder } from "../builder";
import { a1, columnLetter, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { DATE_RANGE } from "../qa/qa-layout";
import type { TrainingPlan } from "../../core/training/model";
import { isoDate } from "../../core/training/validate-plan";
import { format, type Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import { columnRange, PLAN_COLS, PLAN_SETTINGS, RECORD_COLS, SESSION_COLS, TRAINING_IDS, type TrainingLayout, middleAligned } from "./training-layout";

export function buildPlanSheet(plan: TrainingPlan, layout: TrainingLayout, name: string, locale: Locale): SheetSpec {
  const t = TRAINING_STRINGS[locale];
  const p = t.plan;
  const v = t.validation;
  const b = new SheetBuilder(TRAINING_IDS.plan, name);
  b.tabColor(COLORS.headerFill);
  b.value(0, 0, p.title, STYLES.title);
  b.value(1, 0, p.subtitle, { ...STYLES.subtitle, wrap: true }).merge(1, 0, 1, 7);
  b.height(1, 32);

  // Settings.
  const S = PLAN_SETTINGS;
  b.value(3, 0, p.settings, STYLES.subHeader).merge(3, 0, 3, 2);
  const setting = (row: number, label: string, value: number, numFmt: string): void => {
    b.value(row, 0, label, STYLES.label).merge(row, 0, row, 1);
    b.value(row, 1, null, STYLES.label);
    b.input(row, S.valueCol, value, { numFmt, hAlign: "center" });
  };
  setting(S.eventDate, p.eventDate, plan.eventDate, FORMATS.date);
  setting(S.examPassMark, p.examPassMark, plan.marks.examPassMark, FORMATS.integer);
  setting(S.questionShare, p.questionShare, plan.marks.questionShare, FORMATS.percent0);
  setting(S.maxRetakes, p.maxRetakes, plan.marks.maxRetakes, FORMATS.integer);
  const at = (row: number) => ({ top: row, left: S.valueCol, bottom: row, right: S.valueCol });
  const err = { errorTitle: v.errorTitle };
  b.validate({ range: at(S.eventDate), rule: { type: "date", ...DATE_RANGE }, ...err, error: v.dateError });
  b.validate({ range: at(S.examPassMark), rule: { type: "decimal", min: 0, max: 100 }, ...err, error: v.passMarkError });
  b.validate({ range: at(S.questionShare), rule: { type: "decimal", min: 0, max: 1 }, ...err, error: v.shareError });
  b.validate({ range: at(S.maxRetakes), rule: { type: "whole", min: 0, max: 20 }, ...err, error: v.retakesError });

  // Courses.
  const C = PLAN_COLS;
  const { courseRows, sessionHeaderRow, sessionRows } = layout;
  b.value(courseRows.first - 2, 0, p.courses, STYLES.subHeader).merge(courseRows.first - 2, 0, courseRows.first - 2, 2);
  b.row(courseRows.first - 1, 0, [p.courseNo, p.course, p.category, p.hours, p.content, null, null, null], STYLES.header);
  b.merge(courseRows.first - 1, C.content, courseRows.first - 1, C.contentEnd);
  for (let r = courseRows.first; r <= courseRows.last; r++) {
    const course = plan.courses[r - courseRows.first];
    b.value(r, C.no, r - courseRows.first + 1, { hAlign: "center", border: "thin" });
    b.input(r, C.course, course?.name[locale] ?? null);
    b.input(r, C.category, course ? t.category[course.category] : null);
    b.input(r, C.hours, course?.hours ?? null, { hAlign: "center" });
    b.input(r, C.content, course?.content[locale] ?? null);
    for (let c = C.content + 1; c <= C.contentEnd; c++) b.input(r, c);
    b.merge(r, C.content, r, C.contentEnd);
  }
  const courseCells = (col: number) => ({ top: courseRows.first, left: col, bottom: courseRows.last, right: col });
  b.validate({ range: courseCells(C.category), rule: { type: "list", values: Object.values(t.category) }, allowBlank: true, ...err, error: v.listError });
  b.validate({ range: courseCells(C.hours), rule: { type: "decimal", min: 0.5, max: 100 }, allowBlank: true, ...err, error: v.hoursError });

  // Sessions.
  const X = SESSION_COLS;
  b.value(sessionHeaderRow - 1, 0, p.sessions, STYLES.subHeader).merge(sessionHeaderRow - 1, 0, sessionHeaderRow - 1, 2);
  b.row(sessionHeaderRow, 0, [p.session, p.course, p.date, p.trainer, p.room, p.cap, p.booked, p.seatsLeft], STYLES.header);
  const recordSessions = columnRange(TRAINING_IDS.record, RECORD_COLS.session, layout.recordRows);
  const computed = { ...STYLES.computed, hAlign: "center" } as const;
  for (let r = sessionRows.first; r <= sessionRows.last; r++) {
    const s = plan.sessions[r - sessionRows.first];
    b.input(r, X.code, s?.code ?? null, { hAlign: "center" });
    b.input(r, X.course, s ? plan.courses[s.course]!.name[locale] : null);
    b.input(r, X.date, s?.date ?? null, { numFmt: FORMATS.date, hAlign: "center" });
    b.input(r, X.trainer, s?.trainer ?? null);
    b.input(r, X.room, s?.room ?? null, { hAlign: "center" });
    b.input(r, X.cap, s?.cap ?? null, { hAlign: "center" });
    const code = a1(r, X.code);
    b.formula(r, X.booked, `IF(${code}="","",COUNTIF(${recordSessions},${code}))`, computed);
    b.formula(r, X.left, `IF(OR(${code}="",${a1(r, X.cap)}=""),"",${a1(r, X.cap)}-${a1(r, X.booked)})`, computed);
  }
  const sessionCells = (col: number) => ({ top: sessionRows.first, left: col, bottom: sessionRows.last, right: col });
  const courseList = `${a1(courseRows.first, C.course, true)}:${a1(courseRows.last, C.course, true)}`;
  b.validate({ range: sessionCells(X.course), rule: { type: "list", source: courseList }, allowBlank: true, ...err, error: v.listError });
  b.validate({
    range: sessionCells(X.date),
    rule: { type: "date", min: DATE_RANGE.min, max: plan.eventDate },
    allowBlank: true,
    ...err,
    error: format(v.dateAfterEvent, { date: isoDate(plan.eventDate) }),
  });
  b.validate({ range: sessionCells(X.cap), rule: { type: "whole", min: 1, max: 200 }, allowBlank: true, ...err, error: v.capError });
  // Over its cap: the whole session row in red.
  const fixed = (col: number): string => `$${columnLetter(col)}${sessionRows.first + 1}`;
  b.conditional({
    range: { top: sessionRows.first, left: X.code, bottom: sessionRows.last, right: X.left },
    rule: { type: "expression", formula: `AND(${fixed(X.booked)}<>"",${fixed(X.cap)}<>"",${fixed(X.booked)}>${fixed(X.cap)})` },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });

  b.widths(0, [9, 30, 13, 13, 10, 12, 10, 10]);
  b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, footer: p.footer });
  return middleAligned(b.build());
}
