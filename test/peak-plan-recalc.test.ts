/**
 * The linked peak plan as a file, recalculated in LibreOffice: every linked figure (forecast per
 * slot, agents per slot, people per event day, weekly requirement, hires, classes in training,
 * productive FTE, shortfall, the rosters' required and gap rows, the peak map's short-slot counts)
 * equals the engine's, for the sample and after the manager raises the uplift — the change the
 * issue asks to see: a bigger event moves headcount, hiring and the roster gaps by recalculation.
 * Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { computePeakPlan, type PeakPlanNumbers } from "../src/core/peak";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import { buildPeakPlanSheets, buildPlanRosterSheets, preparePeakWorkbook, type PeakWorkbookInput } from "../src/sheets/peak/build-plan";
import { FORECAST_CELLS, forecastLayout } from "../src/sheets/peak/forecast-sheet";
import { peopleNeededRef } from "../src/sheets/peak/headcount-sheet";
import { HIRING_COLS, hiringLayout } from "../src/sheets/peak/hiring-sheet";
import { HEADCOUNT_LAYOUT, PEAK_IDS } from "../src/sheets/peak/layout";
import { samplePeakPlanInput } from "../src/sheets/peak/sample";
import { FIRST_SLOT_COL } from "../src/sheets/roster";
import { a1, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

function num(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const v = cellValue(ws, a1(row, col));
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return v;
}

/** Checks one recalculated plan against the engine; returns the short slots per event day. */
function expectPlanMatches(wb: ExcelJS.Workbook, specs: readonly SheetSpec[], input: PeakWorkbookInput, plan: PeakPlanNumbers): number[] {
  const sheet = (id: string) => wb.getWorksheet(specs.find((s) => s.id === id)!.name)!;
  const days = input.plan.calendar.eventDays.length;
  const fl = forecastLayout(input.plan.forecast.pastDays.length, days);
  const forecast = sheet(PEAK_IDS.forecast);
  const headcount = sheet(PEAK_IDS.headcount);
  const hiring = sheet(PEAK_IDS.hiring);
  expect(cellValue(forecast, FORECAST_CELLS.uplift.replace(/\$/g, ""))).toBeCloseTo(plan.uplift, 12);
  expect(num(forecast, 6, 1)).toBeCloseTo(plan.combinedUplift, 9);
  for (let d = 0; d < days; d++) {
    plan.forecast[d]!.forEach((v, s) => {
      expect(num(forecast, fl.firstRow + s, fl.forecastCol(d))).toBeCloseTo(v, 6);
      expect(num(headcount, HEADCOUNT_LAYOUT.firstRow + s, HEADCOUNT_LAYOUT.agentsCol(d))).toBe(plan.agents[d]![s]);
    });
    const [, ref] = peopleNeededRef(d).split("!");
    expect(cellValue(headcount, ref!.replace(/\$/g, ""))).toBe(plan.peopleNeeded[d]);
  }
  const L = hiringLayout(plan.weeks.length);
  plan.weeks.forEach((week, w) => {
    const row = L.firstRow + w;
    const expected = plan.hiring[w]!;
    expect(num(hiring, row, HIRING_COLS.required)).toBe(week.required);
    expect(num(hiring, row, HIRING_COLS.hires)).toBe(expected.hires);
    expect(num(hiring, row, HIRING_COLS.inTraining)).toBe(expected.inTraining);
    expect(num(hiring, row, HIRING_COLS.productive)).toBeCloseTo(expected.productiveFte, 9);
    expect(num(hiring, row, HIRING_COLS.shortfall)).toBeCloseTo(expected.shortfall, 9);
  });
  expect(num(hiring, L.totalRow, HIRING_COLS.hires)).toBe(plan.hiring.reduce((a, w) => a + w.hires, 0));

  // Rosters: required = the headcount's agents; gap = the (unchanged) coverage − required.
  return buildPlanRosterSheets(input, plan, "zh-CN").map((set, d) => {
    const grid = set.grids[0]!;
    const ws = sheet(grid.id);
    let short = 0;
    plan.agents[d]!.forEach((agents, s) => {
      const col = FIRST_SLOT_COL + s;
      expect(num(ws, grid.layout.requiredRow, col)).toBe(agents);
      const gap = num(ws, grid.layout.gapRow, col);
      expect(gap).toBe(num(ws, grid.layout.coverageRow, col) - agents);
      if (gap < 0) short++;
    });
    // The shift plan's live verdict counts the same slots.
    expect(num(sheet(set.sheets[1]!.id), 5, 1)).toBe(short);
    return short;
  });
}

describe("linked peak plan recalculated in LibreOffice", () => {
  itWithSoffice()(
    "every linked figure equals the engine's, before and after the uplift is raised by a quarter",
    async () => {
      const input = await preparePeakWorkbook("Double 11 2026", samplePeakPlanInput(), SAMPLE_TEAM, true, "zh-CN");
      const before = computePeakPlan(input.plan);
      const raised = { ...input, plan: { ...input.plan, forecast: { ...input.plan.forecast, uplift: before.combinedUplift * 1.25 } } };
      const after = computePeakPlan(raised.plan);
      const specs0 = buildPeakPlanSheets(input, "zh-CN");
      const specs1 = buildPeakPlanSheets(raised, "zh-CN");
      // The raised plan is the same file with one input typed over: the uplift cell.
      const cells = (specs: SheetSpec[]) => specs.flatMap((s) => s.cells.map((c) => JSON.stringify([s.id, c])));
      const original = new Set(cells(specs0));
      const changed = cells(specs1).filter((c) => !original.has(c));
      expect(changed).toHaveLength(1);
      expect(changed[0]).toContain(`"${PEAK_IDS.forecast}"`);

      const [wb0, wb1] = [await recalculate(await writeXlsx(specs0)), await recalculate(await writeXlsx(specs1))];
      expect(findErrorCells(wb0!)).toEqual([]);
      expect(findErrorCells(wb1!)).toEqual([]);
      const short0 = expectPlanMatches(wb0!, specs0, input, before);
      const short1 = expectPlanMatches(wb1!, specs1, raised, after);

      // What a bigger event does: more people, more hires, more short slots on the solved rosters.
      const hires = (p: PeakPlanNumbers) => p.hiring.reduce((a, w) => a + w.hires, 0);
      expect(after.peopleNeeded[after.mainDay]!).toBeGreaterThan(before.peopleNeeded[before.mainDay]!);
      expect(hires(after)).toBeGreaterThan(hires(before));
      expect(short1.reduce((a, b) => a + b, 0)).toBeGreaterThan(short0.reduce((a, b) => a + b, 0));
      process.stdout.write(
        `[peak plan] uplift ${before.uplift.toFixed(3)} → ${after.uplift.toFixed(3)}: people ${before.peopleNeeded.join("/")} → ${after.peopleNeeded.join("/")}, ` +
          `hires ${hires(before)} → ${hires(after)}, short slots ${short0.join("/")} → ${short1.join("/")}\n`,
      );
    },
    600_000,
  );

  itWithSoffice()(
    "a changed stage load and ramp (the pane's fields) move the hiring plan by the engine's amounts",
    async () => {
      const input = await preparePeakWorkbook("Double 11 2026", samplePeakPlanInput(), SAMPLE_TEAM, true, "en-US");
      const before = computePeakPlan(input.plan);
      const plan = { ...input.plan, stageLoads: { ...input.plan.stageLoads, presale: 0.9 }, hiring: { ...input.plan.hiring, ramp: [0.3, 0.5, 0.8] } };
      const changed = { ...input, plan };
      const after = computePeakPlan(plan);
      const specs0 = buildPeakPlanSheets(input, "en-US");
      const specs1 = buildPeakPlanSheets(changed, "en-US");
      // Only the hiring sheet's input cells differ: the pre-sale load and the first three ramp weeks.
      const cells = (specs: SheetSpec[]) => specs.flatMap((s) => s.cells.map((c) => JSON.stringify([s.id, c.row, c.col, c.value, c.formula])));
      const original = new Set(cells(specs0));
      expect(cells(specs1).filter((c) => !original.has(c))).toEqual([
        JSON.stringify([PEAK_IDS.hiring, 6, 6, 0.9, undefined]),
        JSON.stringify([PEAK_IDS.hiring, 8, 1, 0.3, undefined]),
        JSON.stringify([PEAK_IDS.hiring, 9, 1, 0.5, undefined]),
        JSON.stringify([PEAK_IDS.hiring, 10, 1, 0.8, undefined]),
      ]);
      const wb = (await recalculate(await writeXlsx(specs1)))!;
      expect(findErrorCells(wb)).toEqual([]);
      expectPlanMatches(wb, specs1, changed, after);
      const hires = (p: PeakPlanNumbers) => p.hiring.reduce((a, w) => a + w.hires, 0);
      const presale = (p: PeakPlanNumbers) => p.weeks.filter((w) => w.kind === "presale").map((w) => w.required);
      expect(presale(after).every((r, i) => r > presale(before)[i]!)).toBe(true);
      expect(hires(after)).toBeGreaterThan(hires(before));
      process.stdout.write(`[peak plan] pre-sale load 75 % → 90 %, ramp 70 % → 30/50/80 %: pre-sale weeks ${presale(before).join("/")} → ${presale(after).join("/")}, hires ${hires(before)} → ${hires(after)}\n`);
    },
    600_000,
  );
});
