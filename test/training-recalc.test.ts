/**
 * The training sheets' formulas against the TypeScript engine (src/core/training/readiness.ts):
 * build the sample plan's sheets, write the .xlsx, recalculate it in LibreOffice and compare every
 * session's booked count and seats left, every record's status, every trainee's courses passed and
 * ready date, the ready / gap figures of every day and every ramp-plan target and flag. Then, as a
 * trainer would, change the pass marks on the plan sheet (lower exam mark and question share, one
 * retake allowed) and compare again against the engine with the same marks. No error cell anywhere.
 * Fails (not skips) in CI without soffice.
 */
import ExcelJS from "exceljs";
import type { PassMarks, TrainingPlan } from "../src/core/training/model";
import { booked, coursesPassed, onTrack, readinessDays, readyDate, readyOn, recordStatus, weeklyTarget } from "../src/core/training/readiness";
import { SAMPLE_CALENDAR } from "../src/core/peak/sample-calendar";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import { trainingPlanForCalendar } from "../src/core/training/calendar-plan";
import { sampleTrainingPlan } from "../src/core/training/sample-plan";
import type { Locale } from "../src/i18n/locale";
import { TRAINING_STRINGS } from "../src/i18n/training";
import { buildTrainingSheets } from "../src/sheets/training";
import { rampBlock } from "../src/sheets/training/ramp-sheet";
import { PLAN_SETTINGS, RECORD_COLS, SESSION_COLS, trainingLayout } from "../src/sheets/training/training-layout";
import { a1, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

const value = (ws: ExcelJS.Worksheet, row: number, col: number) => cellValue(ws, a1(row, col)) ?? "";

function setInput(sheet: SheetSpec, row: number, col: number, v: number): void {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (!cell || cell.style?.locked !== false) throw new Error(`${a1(row, col)} in ${sheet.id} is not an input cell`);
  cell.value = v;
}

function expectNear(actual: unknown, expected: number, where: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9) throw new Error(`${where}: sheet ${JSON.stringify(actual)}, engine ${expected}`);
}

/** Recalculates the sheets (written into `into`, when given) and compares every figure with the engine. */
async function checkAgainstEngine(
  plan: TrainingPlan,
  sheets: SheetSpec[],
  locale: Locale,
  into?: ExcelJS.Workbook,
): Promise<{ statuses: string[]; readyOnEvent: number; wb: ExcelJS.Workbook }> {
  const taken = new Set(into?.worksheets.map((w) => w.name) ?? []);
  const wb = await recalculate(await writeXlsx(sheets, into ? { workbook: into } : {}));
  expect(findErrorCells(wb)).toEqual([]);
  // The generated sheets are the ones not there before (a taken name gets " (2)").
  const generated = wb.worksheets.filter((w) => !taken.has(w.name));
  const [planWs, recordWs, readinessWs, rampWs] = generated as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
  expect(generated.map((w) => w.name.replace(/ \(\d+\)$/, ""))).toEqual(sheets.map((s) => s.name));
  const layout = trainingLayout(plan);
  const w = TRAINING_STRINGS[locale].words;

  plan.sessions.forEach((s, i) => {
    const row = layout.sessionRows.first + i;
    expectNear(value(planWs, row, SESSION_COLS.booked), booked(plan, s.code), `booked ${s.code}`);
    expectNear(value(planWs, row, SESSION_COLS.left), s.cap - booked(plan, s.code), `seats left ${s.code}`);
  });
  const statuses = plan.records.map((r, i) => {
    const expected = recordStatus(r, plan.marks);
    const shown = value(recordWs, layout.recordRows.first + i, RECORD_COLS.status);
    expect({ row: i, status: shown }).toEqual({ row: i, status: expected === "" ? "" : w[expected] });
    return expected;
  });
  plan.trainees.forEach((t, i) => {
    const row = layout.traineeRows.first + i;
    expectNear(value(readinessWs, row, layout.readiness.passed), coursesPassed(plan, t.name), `${t.name} courses passed`);
    const date = readyDate(plan, t.name);
    if (date === null) expect(value(readinessWs, row, layout.readiness.readyOn)).toBe("");
    else expectNear(value(readinessWs, row, layout.readiness.readyOn), date, `${t.name} ready on`);
  });
  readinessDays(plan).forEach((day, i) => {
    const row = layout.dayRows.first + i;
    expectNear(value(readinessWs, row, layout.readiness.ready), readyOn(plan, day), `ready on day ${i + 1}`);
    expectNear(value(readinessWs, row, layout.readiness.gap), Math.max(0, plan.needed[i]! - readyOn(plan, day)), `gap on day ${i + 1}`);
  });
  let top = 3;
  for (const hire of plan.ramp.hires) {
    const blk = rampBlock(top, plan.ramp.criteria.length, plan.ramp.weeks);
    plan.ramp.criteria.forEach((c, k) => {
      for (let week = 1; week <= plan.ramp.weeks; week++) {
        const target = weeklyTarget(c, week, plan.ramp.weeks);
        expectNear(value(rampWs, blk.weekRow(week - 1), blk.cols(k).target), target, `${hire.name} week ${week} target ${k}`);
        const actual = hire.actuals[k]?.[week - 1] ?? null;
        const flag = actual === null ? "" : onTrack(c, actual, target) ? w.onTrack : w.behind;
        expect({ hire: hire.name, week, k, flag: value(rampWs, blk.weekRow(week - 1), blk.cols(k).flag) }).toEqual({ hire: hire.name, week, k, flag });
      }
    });
    top = blk.next;
  }
  return { statuses, readyOnEvent: readyOn(plan, plan.eventDate), wb };
}

describe("training sheets recalculated in LibreOffice", () => {
  itWithSoffice()(
    "agree with the engine for the sample plan (zh-CN): 8 of 10 ready on the day, 唐诗 fails two courses, 梁宇 has two retakes to sit",
    async () => {
      const plan = sampleTrainingPlan();
      const { statuses, readyOnEvent } = await checkAgainstEngine(plan, buildTrainingSheets(plan, "zh-CN"), "zh-CN");
      // The sample's story, as the engine tells it: the figures above are compared, these pin the story.
      expect(statuses.filter((s) => s === "failed")).toHaveLength(2);
      expect(statuses.filter((s) => s === "retake")).toHaveLength(3);
      expect(readyOnEvent).toBe(8);
      expect(booked(plan, "S11")).toBeGreaterThan(plan.sessions.find((s) => s.code === "S11")!.cap);
    },
    180_000,
  );

  itWithSoffice()(
    "agree with the engine for a peak calendar's plan (en-US): 10 temporaries and 6 new hires, 14 ready on the first wave",
    async () => {
      const plan = trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 6, locale: "en-US", sampleResults: true });
      const { readyOnEvent } = await checkAgainstEngine(plan, buildTrainingSheets(plan, "en-US"), "en-US");
      expect(readyOnEvent).toBe(14);
    },
    180_000,
  );

  itWithSoffice()(
    "follow pass marks edited on the plan sheet (en-US): mark 75, 60% of questions, 1 retake",
    async () => {
      const plan = sampleTrainingPlan();
      const sheets = buildTrainingSheets(plan, "en-US");
      const marks: PassMarks = { examPassMark: 75, questionShare: 0.6, maxRetakes: 1 };
      setInput(sheets[0]!, PLAN_SETTINGS.examPassMark, PLAN_SETTINGS.valueCol, marks.examPassMark);
      setInput(sheets[0]!, PLAN_SETTINGS.questionShare, PLAN_SETTINGS.valueCol, marks.questionShare);
      setInput(sheets[0]!, PLAN_SETTINGS.maxRetakes, PLAN_SETTINGS.valueCol, marks.maxRetakes);
      const edited = { ...plan, marks };
      const { statuses } = await checkAgainstEngine(edited, sheets, "en-US");
      expect(statuses).not.toEqual(plan.records.map((r) => recordStatus(r, plan.marks)));
    },
    180_000,
  );

  itWithSoffice()(
    "never overwrite a sheet: into a workbook that has a 培训计划 of its own, the plan becomes 培训计划 (2) and every figure still agrees",
    async () => {
      const user = new ExcelJS.Workbook();
      user.addWorksheet("培训计划").getCell("A1").value = "my own plan";
      const plan = sampleTrainingPlan();
      const { wb } = await checkAgainstEngine(plan, buildTrainingSheets(plan, "zh-CN"), "zh-CN", user);
      expect(cellValue(wb.getWorksheet("培训计划")!, "A1")).toBe("my own plan");
      expect(wb.getWorksheet("培训计划 (2)")).toBeDefined();
    },
    180_000,
  );
});
