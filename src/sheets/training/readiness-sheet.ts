/**
 * 上岗就绪 / Readiness: by trainee, the courses passed and the day the last one was passed; by day
 * up to the event, the trainees ready (passed everything by that date) against the headcount the
 * plan needs (typed in, or linked to a headcount or CS.HIRES range), the gap in red, and a chart.
 * The trainee names here are the record sheet's dropdown list.
 */
import { SheetBuilder } from "../builder";
import { a1, formulaText, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { TrainingPlan } from "../../core/training/model";
import { type Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import {
  cellRef,
  columnRange,
  COURSE_COUNT_CELL,
  PLAN_COLS,
  READINESS_HEADER_ROW,
  RECORD_COLS,
  TRAINING_IDS,
  type TrainingLayout,
  middleAligned,
} from "./training-layout";

export function buildReadinessSheet(plan: TrainingPlan, layout: TrainingLayout, name: string, locale: Locale): SheetSpec {
  const t = TRAINING_STRINGS[locale];
  const r = t.readiness;
  const C = layout.readiness;
  const b = new SheetBuilder(TRAINING_IDS.readiness, name);
  b.tabColor(COLORS.headerFill);
  b.value(0, 0, r.title, STYLES.title);
  b.value(1, 0, r.subtitle, { ...STYLES.subtitle, wrap: true }).merge(1, 0, 1, C.gap);
  b.height(1, 45);

  const courses = columnRange(TRAINING_IDS.plan, PLAN_COLS.course, layout.courseRows);
  const count = a1(COURSE_COUNT_CELL.row, COURSE_COUNT_CELL.col, true);
  b.value(COURSE_COUNT_CELL.row, 0, r.courseCount, STYLES.label).merge(COURSE_COUNT_CELL.row, 0, COURSE_COUNT_CELL.row, COURSE_COUNT_CELL.col - 1);
  b.formula(COURSE_COUNT_CELL.row, COURSE_COUNT_CELL.col, `COUNTIF(${courses},"?*")`, { ...STYLES.computed, hAlign: "center", bold: true });

  // By trainee: a ✓ per course passed (headers follow the plan's course names), their count and the day of the last.
  const H = READINESS_HEADER_ROW;
  const { traineeRows, dayRows, courseRows } = layout;
  const slots = courseRows.last - courseRows.first + 1;
  b.value(H - 1, C.trainee, r.byTrainee, STYLES.subHeader).merge(H - 1, C.trainee, H - 1, C.readyOn);
  b.row(H, C.trainee, [r.trainee, r.group], STYLES.header);
  for (let k = 0; k < slots; k++) {
    const name = cellRef(TRAINING_IDS.plan, courseRows.first + k, PLAN_COLS.course);
    b.formula(H, C.firstCourse + k, `IF(${name}="","",${name})`, STYLES.header);
  }
  b.row(H, C.passed, [r.coursesPassed, r.readyOn], STYLES.header);
  b.height(H, 48);
  const rec = (col: number) => columnRange(TRAINING_IDS.record, col, layout.recordRows);
  const passedWord = formulaText(t.words.passed);
  const computed = { ...STYLES.computed, hAlign: "center" } as const;
  const tick = { ...computed, numFmt: '"✓";;""', fontColor: COLORS.goodText, bold: true } as const;
  for (let row = traineeRows.first; row <= traineeRows.last; row++) {
    const trainee = plan.trainees[row - traineeRows.first];
    b.input(row, C.trainee, trainee?.name ?? null);
    b.input(row, C.group, trainee?.group[locale] || null);
    const who = a1(row, C.trainee, false).replace(/^/, "$");
    for (let k = 0; k < slots; k++) {
      const course = a1(H, C.firstCourse + k).replace(/(\d+)$/, "$$$1");
      b.formula(
        row,
        C.firstCourse + k,
        `IF(OR(${who}="",${course}=""),"",IF(COUNTIFS(${rec(RECORD_COLS.trainee)},${who},${rec(RECORD_COLS.course)},${course},${rec(RECORD_COLS.status)},${passedWord})>0,1,0))`,
        tick,
      );
    }
    const ticks = `${a1(row, C.firstCourse)}:${a1(row, C.firstCourse + slots - 1)}`;
    b.formula(row, C.passed, `IF(${who}="","",SUM(${ticks}))`, computed);
    b.formula(
      row,
      C.readyOn,
      `IF(OR(${who}="",${count}=0),"",IF(${a1(row, C.passed)}<${count},"",MAXIFS(${rec(RECORD_COLS.examDate)},${rec(RECORD_COLS.trainee)},${who},${rec(RECORD_COLS.status)},${passedWord})))`,
      { ...computed, numFmt: FORMATS.date },
    );
  }

  // By day.
  b.value(H - 1, C.date, r.byDay, STYLES.subHeader).merge(H - 1, C.date, H - 1, C.gap);
  b.row(H, C.date, [r.date, r.ready, r.needed, r.gap], STYLES.header);
  const readyDates = `${a1(traineeRows.first, C.readyOn, true)}:${a1(traineeRows.last, C.readyOn, true)}`;
  layout.days.forEach((day, i) => {
    const row = dayRows.first + i;
    b.value(row, C.date, day, { numFmt: FORMATS.date, hAlign: "center", border: "thin" });
    b.formula(row, C.ready, `COUNTIF(${readyDates},"<="&${a1(row, C.date)})`, computed);
    b.input(row, C.needed, plan.needed[i] ?? null, { hAlign: "center" });
    b.formula(row, C.gap, `IF(${a1(row, C.needed)}="","",MAX(0,${a1(row, C.needed)}-${a1(row, C.ready)}))`, { ...computed, bold: true });
  });
  b.conditional({
    range: { top: dayRows.first, left: C.gap, bottom: dayRows.last, right: C.gap },
    rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });
  b.validate({
    range: { top: dayRows.first, left: C.needed, bottom: dayRows.last, right: C.needed },
    rule: { type: "decimal", min: 0, max: 100000 },
    allowBlank: true,
    errorTitle: t.validation.errorTitle,
    error: t.validation.neededError,
  });
  b.chart({
    type: "line",
    title: r.chartTitle,
    source: { top: H, left: C.date, bottom: dayRows.last, right: C.needed },
    seriesBy: "columns",
    anchor: { row: H, col: C.gap + 2, widthCols: 9, heightRows: 20 },
  });

  b.widths(0, [12, 9, ...Array.from({ length: slots }, () => 7), 8, 11, 3, 11, 8, 8, 8]);
  b.freeze(H + 1, 0);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: H, last: H }, footer: r.footer });
  return middleAligned(b.build());
}
