import loadHighs from "highs";
import { summarizePlan } from "../../cli/roster";
import { assignRoster, double11Preset, parseScenario, rosterVerdict, shiftStart, solveShiftPlan, verdictText, verdictWords } from "../../core/roster";
import type { NamedRoster } from "../../core/roster/types";
import { buildRosterGridSheet, buildRosterSheets, COVERAGE_TIME_COL, FIRST_PERSON_ROW, FIRST_SLOT_COL, SLOT_HEADER_ROW } from "./index";
import { a1, type RangeRef, type SheetSpec } from "../spec";

let d11: NamedRoster;
let twoDays: NamedRoster;
beforeAll(async () => {
  const highs = await loadHighs();
  const scenario = double11Preset("zh-CN");
  d11 = assignRoster(await solveShiftPlan(scenario, { highs }), scenario.people, scenario.rules);
  const two = parseScenario({
    slotMinutes: 60,
    demand: [Array.from({ length: 24 }, () => 2), Array.from({ length: 24 }, () => 1)],
    shifts: [
      { name: "A", start: "00:00", end: "08:00" },
      { name: "B", start: "08:00", end: "16:00" },
      { name: "C", start: "16:00", end: "24:00" },
    ],
  });
  twoDays = assignRoster(await solveShiftPlan(two, { highs }), two.people, two.rules);
});

const cell = (s: SheetSpec, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);

describe("buildRosterSheets", () => {
  it("one day → grid, plan summary, fairness; several days → a grid per day and the week view", () => {
    expect(buildRosterSheets(d11, "zh-CN").map((s) => s.name)).toEqual(["排班表", "班次方案", "公平台账"]);
    expect(buildRosterSheets(twoDays, "en-US").map((s) => s.id)).toEqual(["rosterDay0", "rosterDay1", "rosterPlan", "rosterFairness", "rosterWeek"]);
  });

  it("grid: hour headers merged over 6 slot columns, 5 of 6 slot columns grouped per hour, print and freeze set", () => {
    const grid = buildRosterSheets(d11, "zh-CN")[0]!;
    const hourMerges = grid.merges!.filter((m) => m.top === SLOT_HEADER_ROW - 1 && m.left >= FIRST_SLOT_COL);
    expect(hourMerges).toHaveLength(24);
    expect(hourMerges.every((m) => m.right - m.left === 5)).toBe(true);
    expect(cell(grid, SLOT_HEADER_ROW - 1, FIRST_SLOT_COL + 6 * 21)?.value).toBe("21:00");
    const grouped = grid.columns!.filter((c) => c.outlineLevel === 1).map((c) => c.index);
    expect(grouped).toHaveLength(144 - 24);
    expect(grouped).not.toContain(FIRST_SLOT_COL + 6);
    expect(grid.print).toMatchObject({ orientation: "landscape", fitToWidth: true, repeatCols: { first: 0, last: 0 }, repeatRows: { first: 2, last: 3 } });
    expect(grid.freeze).toEqual({ rows: FIRST_PERSON_ROW, cols: FIRST_SLOT_COL });
  });

  it("grid rows carry one code per worked slot: work / meal / break counts match the person's shift", () => {
    const grid = buildRosterSheets(d11, "zh-CN")[0]!;
    const scenario = d11.plan.scenario;
    const people = d11.shifts.length;
    for (let i = 0; i < people; i++) {
      const row = FIRST_PERSON_ROW + i;
      const name = cell(grid, row, 0)?.value;
      const p = d11.people.findIndex((x) => x.name === name);
      const shift = d11.shifts.find((s) => s.personIndex === p)!;
      const codes = grid.cells.filter((c) => c.row === row && c.col >= FIRST_SLOT_COL).map((c) => c.value);
      const count = (code: string) => codes.filter((v) => v === code).length;
      expect(count("餐")).toBe((scenario.shifts[shift.option.shift]!.meal?.minutes ?? 0) / 10); // the relief shift has no meal
      expect(count("休")).toBe(shift.breakSlots.length);
      expect(count("班")).toBe(shift.option.work.length - shift.breakSlots.length);
      expect(cell(grid, row, 7)?.formula).toBe(`(E${row + 1}-D${row + 1})*24`);
    }
  });

  it("coverage, gap and eating rows are COUNTIF formulas over the grid, with red for a short gap", () => {
    const sheets = buildRosterSheets(twoDays, "en-US");
    const grid = sheets[0]!;
    const { layout } = buildRosterGridSheet(twoDays, 0, "en-US", grid.id, grid.name);
    const lastPerson = FIRST_PERSON_ROW + layout.people.length - 1;
    expect(layout.coverageRow).toBe(lastPerson + 2);
    const coverage = grid.cells.find((c) => c.col === FIRST_SLOT_COL && c.formula?.startsWith("COUNTIF"));
    expect(coverage?.formula).toBe(`COUNTIF(I${FIRST_PERSON_ROW + 1}:I${lastPerson + 1},"W")`);
    const gapRow = (coverage?.row ?? 0) + 2;
    expect(cell(grid, gapRow, FIRST_SLOT_COL)?.formula).toBe(`I${(coverage?.row ?? 0) + 1}-I${(coverage?.row ?? 0) + 2}`);
    expect(grid.conditionalFormats!.some((cf) => cf.range.top === gapRow && cf.rule.type === "cellIs" && cf.rule.operator === "lessThan")).toBe(true);
    expect(grid.conditionalFormats!.filter((cf) => cf.rule.type === "cellIs" && cf.rule.operator === "equal").map((cf) => (cf.rule.type === "cellIs" ? cf.rule.formulas[0] : ""))).toEqual([
      '"W"',
      '"M"',
      '"W/M"',
      '"B"',
    ]);
  });

  it("uses only functions that calculate in Excel, WPS and LibreOffice 7.4", () => {
    const formulas = [...buildRosterSheets(twoDays, "en-US"), ...buildRosterSheets(d11, "zh-CN")].flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(500);
    for (const f of formulas) expect(f).not.toMatch(/\b(CS\.|LET|LAMBDA|XLOOKUP|XMATCH|FILTER|SEQUENCE|UNIQUE|SORT)\b/);
    const names = new Set(formulas.flatMap((f) => f.match(/[A-Z]+(?=\()/g) ?? []));
    expect([...names].sort()).toEqual(["AVERAGE", "COUNTIF", "SUM"]);
  });

  it("plan summary: one row per (day, shift, start, meal) and the total of people equals the plan's", () => {
    const plan = buildRosterSheets(d11, "en-US")[1]!;
    const counts = plan.cells.filter((c) => c.row > 6 && c.col === 5 && typeof c.value === "number").map((c) => c.value as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(d11.plan.entries.reduce((n, e) => n + e.count, 0));
    expect(plan.cells.some((c) => c.formula?.startsWith("SUM(G8:"))).toBe(true);
  });

  it.each([["zh-CN"], ["en-US"]] as const)("plan summary (%s) gives the pane's verdict: short with three people, never 'optimal' or 'every slot covered' beside a shortfall", async (locale) => {
    const scenario = double11Preset(locale);
    const three = assignRoster(d11.plan, scenario.people.slice(0, 3), scenario.rules);
    const verdict = rosterVerdict(three);
    const plan = buildRosterSheets(three, locale).find((s) => s.id === "rosterPlan")!;
    const words = verdictWords(verdict, 10, 144, locale);
    const shown = String(cell(plan, 1, 1)?.value);
    expect(shown).toBe(verdictText(words, locale));
    expect(shown).toContain(locale === "zh-CN" ? "人手不足" : "Short of people");
    expect(shown).toContain(String(verdict.unfilledShifts));
    const texts = plan.cells.map((c) => String(c.value ?? ""));
    expect(texts).not.toContain(locale === "zh-CN" ? "无：每个时段都已覆盖。" : "None: every slot is covered.");
    expect(texts).not.toContain(locale === "zh-CN" ? "最优" : "optimal");
    // The short-slot list holds every short slot, starting with the midnight rush.
    const header = plan.cells.find((c) => c.value === (locale === "zh-CN" ? "缺人的时段（排人后）" : "Slots short of people (after names)"))!;
    expect(cell(plan, header.row + 2, 2)?.value).toBe(verdict.shortSlots[0]!.missing);
    expect(cell(plan, header.row + 1 + verdict.shortSlots.length, 2)?.value).toBe(verdict.shortSlots.at(-1)!.missing);
  });

  it("plan summary says covered for the full preset", () => {
    expect(cell(buildRosterSheets(d11, "zh-CN").find((s) => s.id === "rosterPlan")!, 1, 1)?.value).toBe("已覆盖：每个时段人手充足。");
  });

  it("week view lists every person with a shift or 'off' for each day", () => {
    const week = buildRosterSheets(twoDays, "en-US")[4]!;
    const rows = twoDays.people.length;
    const dayCells = week.cells.filter((c) => c.row >= 3 && c.row < 3 + rows && (c.col === 1 || c.col === 2));
    expect(dayCells).toHaveLength(rows * 2);
    const working = dayCells.filter((c) => c.value !== "off").length;
    expect(working).toBe(twoDays.shifts.length);
  });

  describe("plan summary: required vs planned per slot, with a line chart beside it", () => {
    const inside = (r: RangeRef, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

    it.each([
      ["Double-11 day (10-min slots)", () => d11, "zh-CN" as const],
      ["two days (60-min slots)", () => twoDays, "en-US" as const],
    ])("%s: one chart per day whose source covers that day's time, required and planned columns", (_label, roster, locale) => {
      const r = roster();
      const sheets = buildRosterSheets(r, locale);
      const plan = sheets.find((s) => s.id === "rosterPlan")!;
      const perDay = 1440 / r.plan.scenario.slotMinutes;
      const charts = plan.charts ?? [];
      expect(charts).toHaveLength(r.plan.scenario.days);
      expect(new Set(charts.map((c) => c.title)).size).toBe(charts.length); // the pane keys charts by title
      charts.forEach((chart, day) => {
        const grid = sheets[day]!;
        const { layout } = buildRosterGridSheet(r, day, locale, grid.id, grid.name);
        const src = chart.source;
        expect(chart).toMatchObject({ type: "line", seriesBy: "columns" });
        // Header row + one row per slot; time (categories), required, planned.
        expect([src.bottom - src.top, src.left, src.right]).toEqual([perDay, COVERAGE_TIME_COL, COVERAGE_TIME_COL + 2]);
        const header = [0, 1, 2].map((i) => cell(plan, src.top, src.left + i)?.value);
        expect(header.every((h) => typeof h === "string" && h.length > 0)).toBe(true);
        for (let s = 0; s < perDay; s++) {
          const row = src.top + 1 + s;
          const minutes = s * r.plan.scenario.slotMinutes;
          const time = cell(plan, row, src.left);
          expect(time?.value).toBe(`${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`);
          const required = cell(plan, row, src.left + 1);
          const planned = cell(plan, row, src.left + 2);
          expect(required?.formula).toBe(`[[${grid.id}]]!${a1(layout.requiredRow, FIRST_SLOT_COL + s)}`);
          expect(planned?.formula).toBe(`[[${grid.id}]]!${a1(layout.coverageRow, FIRST_SLOT_COL + s)}`);
          for (const c of [time, required, planned]) expect(inside(src, c!.row, c!.col)).toBe(true);
          // The gap column beside the chart's data: planned − required, red when short.
          expect(cell(plan, row, src.right + 1)?.formula).toBe(`${a1(row, src.right)}-${a1(row, src.left + 1)}`);
        }
        expect(cell(plan, src.bottom + 1, src.left)).toBeUndefined(); // nothing of the day outside the source
        expect(plan.conditionalFormats!.some((cf) => cf.range.left === src.right + 1 && cf.range.top === src.top + 1 && cf.range.bottom === src.bottom)).toBe(true);
        // Level with its own day's rows, beside the table: left of it (below the plan) or right of its gap column.
        const a = chart.anchor;
        expect(a.row).toBeGreaterThanOrEqual(src.top - 1);
        expect(a.row + a.heightRows - 1).toBeLessThanOrEqual(src.bottom);
        expect(a.col + a.widthCols <= src.left - 1 || a.col > src.right + 1).toBe(true);
        // The chart covers no cell of the sheet.
        const covered = plan.cells.filter((c) => inside({ top: a.row, left: a.col, bottom: a.row + a.heightRows - 1, right: a.col + a.widthCols - 1 }, c.row, c.col));
        expect(covered).toEqual([]);
        expect(cell(plan, src.top - 1, src.left)?.value).toContain(locale === "en-US" ? `Day ${day + 1}` : `第${day + 1}天`);
      });
      // Charts of consecutive days do not overlap.
      for (let i = 1; i < charts.length; i++) {
        expect(charts[i]!.anchor.row).toBeGreaterThanOrEqual(charts[i - 1]!.anchor.row + charts[i - 1]!.anchor.heightRows);
      }
    });

    it("puts a chart below the plan (no extra print width) when it fits level with its day's table, else right of the table", () => {
      const single = buildRosterSheets(d11, "zh-CN")[1]!.charts!;
      expect(single.map((c) => [c.anchor.col, c.anchor.widthCols])).toEqual([[0, 7]]);
      // Two hourly days: day 1's table is shorter than the plan, so its chart goes right; day 2's fits below the plan.
      const two = buildRosterSheets(twoDays, "en-US")[2]!.charts!;
      expect(two.map((c) => c.anchor.col)).toEqual([COVERAGE_TIME_COL + 5, 0]);
    });

    it.each([
      ["Double-11 day", () => d11, 1],
      ["two days", () => twoDays, 2],
    ])("%s: prints at full size block by block: plan and charts below it, the per-slot tables (a day a page), charts right of them", (_label, roster, sheetIndex) => {
      const plan = buildRosterSheets(roster(), "en-US")[sheetIndex]!;
      const print = plan.print!;
      expect(print).toMatchObject({ paper: "A4", orientation: "portrait", repeatRows: { first: 6, last: 6 } });
      expect(print.fitToWidth ?? false).toBe(false);
      expect(print.scale ?? 100).toBe(100);
      const areas = print.area as RangeRef[];
      const charts = plan.charts!;
      const titles = plan.cells.filter((c) => c.col === COVERAGE_TIME_COL && c.note !== undefined).map((c) => c.row); // day titles
      expect(titles).toHaveLength(charts.length);
      // Every cell and every chart prints, each in one area; the plan's area holds no slot table.
      for (const c of plan.cells) expect([c.row, c.col, areas.filter((a) => inside(a, c.row, c.col)).length]).toEqual([c.row, c.col, 1]);
      for (const chart of charts) {
        const { row, col, widthCols, heightRows } = chart.anchor;
        expect(areas.some((a) => inside(a, row, col) && inside(a, row + heightRows - 1, col + widthCols - 1))).toBe(true);
      }
      expect(areas[0]!.right).toBeLessThan(COVERAGE_TIME_COL);
      expect(areas).toHaveLength(charts.some((c) => c.anchor.col > COVERAGE_TIME_COL) ? 3 : 2);
      // Each later day's table starts a page.
      expect(print.pageBreakRows).toEqual(titles.slice(1));
    });

    it("keeps the plan's own columns, print and freeze: the blocks start on the plan's header row", () => {
      const plan = buildRosterSheets(twoDays, "en-US")[2]!;
      const src = plan.charts![0]!.source;
      expect(src.top).toBe(6);
      expect(cell(plan, 6, 0)?.value).toBe("Day");
      expect(plan.cells.filter((c) => c.col > 6 && c.col < COVERAGE_TIME_COL)).toEqual([]); // a gutter between the two
      expect(plan.print).toMatchObject({ repeatRows: { first: 6, last: 6 } });
      expect(plan.freeze).toEqual({ rows: 7, cols: 0 });
    });
  });
});

describe("shifts that start after midnight (25:00)", () => {
  it("are printed on the day they really start: day 2, 01:00, in the plan sheet and the CLI summary", async () => {
    const scenario = parseScenario({
      slotMinutes: 60,
      wrap: false,
      demand: [Array.from({ length: 24 }, () => 0), Array.from({ length: 24 }, (_, h) => (h >= 1 && h < 9 ? 1 : 0))],
      shifts: [{ name: "Late", start: "25:00", end: "33:00" }],
      people: [{ name: "王芳" }],
    });
    const plan = await solveShiftPlan(scenario, { highs: await loadHighs() });
    const dayZero = plan.entries.find((e) => e.option.day === 0)!;
    expect(shiftStart(scenario, dayZero.option)).toEqual({ day: 1, minutes: 60 });
    expect(summarizePlan(plan).shifts).toContainEqual({ day: 1, shift: "Late", start: "01:00", count: dayZero.count });
    const sheet = buildRosterSheets(assignRoster(plan, scenario.people, scenario.rules), "en-US").find((s) => s.id === "rosterPlan")!;
    const firstEntry = 7; // the row after the plan's header row
    expect(cell(sheet, firstEntry, 0)?.value).toBe("Day 2");
    expect(cell(sheet, firstEntry, 2)?.value).toBeCloseTo(60 / 1440, 9);
  });
});
