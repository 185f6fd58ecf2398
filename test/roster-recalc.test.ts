/**
 * The roster sheet's coverage row is computed by COUNTIF formulas from the grid; recalculated in
 * LibreOffice it must equal the coverage the solver and the assigner computed, slot by slot. The
 * plan sheet's per-slot table (the chart's data) reads the grids across sheets: its required and
 * planned columns must give the demand and the same coverage.
 */
import loadHighs from "highs";
import { assignRoster, double11Preset, parseScenario, solveShiftPlan } from "../src/core/roster";
import type { NamedRoster } from "../src/core/roster/types";
import type { Locale } from "../src/i18n/locale";
import { buildRosterGridSheet, buildRosterSheets, FIRST_SLOT_COL } from "../src/sheets/roster";
import type { SheetSpec } from "../src/sheets/spec";
import { a1 } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

jest.setTimeout(180_000);

/** Coverage and gap rows of every day's grid, read from the recalculated workbook. */
async function recalculatedRows(roster: NamedRoster, locale: Locale) {
  const specs = buildRosterSheets(roster, locale);
  const wb = await recalculate(await writeXlsx(specs));
  expect(findErrorCells(wb)).toEqual([]);
  const scenario = roster.plan.scenario;
  const perDay = 1440 / scenario.slotMinutes;
  const coverage: Array<number | string | boolean | null> = [];
  const gap: Array<number | string | boolean | null> = [];
  // The plan sheet's per-slot table: the rows of each day's chart source below its header row.
  const plan: SheetSpec = specs.find((s) => s.id === "rosterPlan")!;
  const planWs = wb.getWorksheet(plan.name);
  if (!planWs) throw new Error(`sheet ${plan.name} missing`);
  const charts = plan.charts ?? [];
  expect(charts).toHaveLength(scenario.days);
  const tableRequired: Array<number | string | boolean | null> = [];
  const tablePlanned: Array<number | string | boolean | null> = [];
  for (const { source } of charts) {
    for (let row = source.top + 1; row <= source.bottom; row++) {
      tableRequired.push(cellValue(planWs, a1(row, source.left + 1)));
      tablePlanned.push(cellValue(planWs, a1(row, source.left + 2)));
    }
  }
  for (let d = 0; d < scenario.days; d++) {
    const spec = specs[d]!;
    const { layout } = buildRosterGridSheet(roster, d, locale, spec.id, spec.name);
    const ws = wb.getWorksheet(spec.name);
    if (!ws) throw new Error(`sheet ${spec.name} missing`);
    for (let s = 0; s < perDay; s++) {
      coverage.push(cellValue(ws, a1(layout.coverageRow, FIRST_SLOT_COL + s)));
      gap.push(cellValue(ws, a1(layout.gapRow, FIRST_SLOT_COL + s)));
    }
  }
  return { coverage, gap, tableRequired, tablePlanned };
}

describe("roster sheet recalculated in LibreOffice", () => {
  itWithSoffice()("Double-11 day (zh-CN, meals and breaks): coverage row = assigner's coverage; gap = coverage − demand", async () => {
    const scenario = double11Preset("zh-CN");
    const plan = await solveShiftPlan(scenario, { highs: await loadHighs() });
    const roster = assignRoster(plan, scenario.people, scenario.rules);
    expect(roster.unfilled).toEqual([]);
    // With every position filled, the assigner's coverage is the solver's (which leaves meals and breaks out).
    expect(roster.onBreak.some((n) => n > 0)).toBe(true);
    expect(roster.coverage).toEqual(plan.coverage);
    const { coverage, gap, tableRequired, tablePlanned } = await recalculatedRows(roster, "zh-CN");
    expect(coverage).toEqual(roster.coverage);
    expect(gap).toEqual(roster.coverage.map((c, g) => c - (scenario.demand[0]![g] ?? 0)));
    // The plan sheet's table: planned = on duty after meals and breaks, required = the demand.
    expect(tablePlanned).toEqual(roster.coverage);
    expect(tableRequired).toEqual(scenario.demand[0]);
    expect(tablePlanned).toHaveLength(144);
  });

  itWithSoffice()("two days with a night crossing midnight (en-US, no breaks): coverage rows = solver's coverage", async () => {
    const demand = (day: number) => Array.from({ length: 48 }, (_, t) => (t < 8 ? 2 : t < 16 ? 1 : t < 36 ? 3 + day : 2));
    const scenario = parseScenario({
      slotMinutes: 30,
      demand: [demand(0), demand(1)],
      shifts: [
        { name: "Night", start: "20:00", latestStart: "22:00", startStep: 60, end: "04:00", meal: { minutes: 30, earliestStart: "03:00", latestStart: "05:00" } },
        { name: "Day", start: "06:00", latestStart: "12:00", end: "14:00", meal: { minutes: 60, earliestStart: "03:00", latestStart: "05:00" } },
      ],
      mealShare: 0.5,
      people: Array.from({ length: 20 }, (_, i) => ({ name: `Agent ${i + 1}`, maxHoursPerWeek: 40 })),
    });
    const plan = await solveShiftPlan(scenario, { highs: await loadHighs() });
    expect(plan.unmet).toEqual([]);
    const roster = assignRoster(plan, scenario.people, scenario.rules);
    expect(roster.unfilled).toEqual([]);
    // Some night shift of the last day must wrap onto day 0's first slots, or the test proves little.
    expect(plan.entries.some((e) => e.option.day === 1 && e.option.present.some((g) => g < 48))).toBe(true);
    const { coverage, tableRequired, tablePlanned } = await recalculatedRows(roster, "en-US");
    expect(coverage).toEqual(plan.coverage);
    expect(tablePlanned).toEqual(plan.coverage);
    expect(tableRequired).toEqual(scenario.demand.flat());
    expect(tablePlanned).toHaveLength(96);
  });
});
