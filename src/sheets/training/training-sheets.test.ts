import { SAMPLE_CALENDAR } from "../../core/peak/sample-calendar";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { trainingPlanForCalendar } from "../../core/training/calendar-plan";
import { sampleTrainingPlan } from "../../core/training/sample-plan";
import { LOCALES } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import { a1, unsupportedFormulaUses, type SheetSpec } from "../spec";
import { buildTrainingSheets } from "./index";
import { RAMP_CELLS } from "./ramp-sheet";
import { statusFormula } from "./record-sheet";
import { PLAN_SETTINGS, RECORD_COLS, RECORD_HEADER_ROW, SESSION_COLS, trainingLayout } from "./training-layout";

const cell = (sheet: SheetSpec, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe.each(LOCALES)("training sheets (%s)", (locale) => {
  const plan = sampleTrainingPlan();
  const sheets = buildTrainingSheets(plan, locale);
  const [planSheet, record, readiness, ramp] = sheets as [SheetSpec, SheetSpec, SheetSpec, SheetSpec];
  const layout = trainingLayout(plan);
  const names = TRAINING_STRINGS[locale].sheetNames;

  it("are the plan, record, readiness and ramp plan, named in the locale", () => {
    expect(sheets.map((s) => s.name)).toEqual([names.plan, names.record, names.readiness, names.ramp]);
  });

  it("use only functions that calculate in Excel, WPS and LibreOffice 7.4, and no structured references", () => {
    for (const s of sheets) expect(unsupportedFormulaUses(s)).toEqual([]);
  });

  it("keep the pass marks as unlocked inputs the status formula reads", () => {
    for (const row of [PLAN_SETTINGS.examPassMark, PLAN_SETTINGS.questionShare, PLAN_SETTINGS.maxRetakes]) {
      expect(cell(planSheet, row, PLAN_SETTINGS.valueCol)?.style?.locked).toBe(false);
      expect(statusFormula(layout.recordRows.first, locale)).toContain(a1(row, PLAN_SETTINGS.valueCol, true));
    }
  });

  it("make the record an Excel table whose status column is the row formula, with dropdowns", () => {
    const table = record.tables![0]!;
    expect(table.range.top).toBe(RECORD_HEADER_ROW);
    expect(table.columns[RECORD_COLS.status]!.formula).toBe(statusFormula(layout.recordRows.first, locale));
    const lists = record.validations!.filter((v) => v.rule.type === "list").map((v) => v.range.left);
    expect(lists).toEqual(expect.arrayContaining([RECORD_COLS.trainee, RECORD_COLS.course, RECORD_COLS.session, RECORD_COLS.attended]));
    const score = record.validations!.find((v) => v.range.left === RECORD_COLS.score)!;
    expect(score.rule).toEqual({ type: "decimal", min: 0, max: 100 });
    expect(score.error).toBe(TRAINING_STRINGS[locale].validation.scoreError);
  });

  it("reject a class cap of 0 and a session date after the event in the sheet itself", () => {
    const cap = planSheet.validations!.find((v) => v.range.left === SESSION_COLS.cap && v.range.top === layout.sessionRows.first)!;
    expect(cap.rule).toEqual({ type: "whole", min: 1, max: 200 });
    const date = planSheet.validations!.find((v) => v.range.left === SESSION_COLS.date && v.range.top === layout.sessionRows.first)!;
    expect(date.rule).toMatchObject({ type: "date", max: plan.eventDate });
    expect(date.error).toContain("2026-11-11");
  });

  it("turn a session over its cap red and chart ready against needed by day", () => {
    expect(planSheet.conditionalFormats!.some((cf) => cf.range.top === layout.sessionRows.first && cf.style.fill !== undefined)).toBe(true);
    const chart = readiness.charts![0]!;
    expect(chart.source.bottom).toBe(layout.dayRows.last);
    expect(layout.dayRows.last - layout.dayRows.first + 1).toBe(plan.eventDate - plan.firstDay + 1);
  });

  it("give every pre-sale temporary a ramp-plan block", () => {
    const hires = ramp.cells.filter((c) => c.col === RAMP_CELLS.name && plan.ramp.hires.some((h) => h.name === c.value));
    expect(hires).toHaveLength(6);
  });
});

describe.each(LOCALES)("training sheets of a peak calendar (%s)", (locale) => {
  const plan = trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 6, locale, sampleResults: true });
  const sheets = buildTrainingSheets(plan, locale);

  it("use only portable formulas and list the new hires by their locale's names on the record and readiness sheets", () => {
    for (const s of sheets) expect({ sheet: s.id, problems: unsupportedFormulaUses(s) }).toEqual({ sheet: s.id, problems: [] });
    const hire = locale === "zh-CN" ? "新人6" : "New hire 6";
    const [, record, readiness] = sheets as [SheetSpec, SheetSpec, SheetSpec];
    for (const sheet of [record, readiness]) expect(sheet.cells.some((c) => c.value === hire)).toBe(true);
  });
});
