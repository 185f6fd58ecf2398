/**
 * The roster sheets through the Office.js writer (office-addin-mock): the plan sheet gets one line
 * chart per day over its per-slot table, placed where the spec anchors it, and the table's formulas
 * read the grid under the name the grid really got (the writer never overwrites "排班表").
 */
import loadHighs from "highs";
import { assignRoster, double11Preset, solveShiftPlan } from "../src/core/roster";
import { writeSheets } from "../src/excel";
import { buildRosterGridSheet, buildRosterSheets, FIRST_SLOT_COL } from "../src/sheets/roster";
import { a1, a1Range, columnLetter } from "../src/sheets/spec";
import { mockContext, sheetNamed, type SheetRecord } from "./writers/office-mock";

/** 0-based row and column of an A1 address ("K8" → [7, 10]). */
function cellOf(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell: ${address}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

/** What the writer put in one cell, from the 2-D formula blocks it wrote. */
function writtenAt(sheet: SheetRecord, row: number, col: number): unknown {
  for (const r of sheet.ranges) {
    const block = r.mock.formulas as unknown[][] | undefined;
    if (!Array.isArray(block)) continue;
    const [from, to = from] = r.address.split(":") as [string, string?];
    const [top, left] = cellOf(from);
    const [bottom, right] = cellOf(to);
    if (row >= top && row <= bottom && col >= left && col <= right) return block[row - top]?.[col - left];
  }
  return undefined;
}

it("Double-11 (zh-CN): the plan sheet's chart is a line over time, required and planned; the table reads the renamed grid", async () => {
  const scenario = double11Preset("zh-CN");
  const roster = assignRoster(await solveShiftPlan(scenario, { highs: await loadHighs() }), scenario.people, scenario.rules);
  const specs = buildRosterSheets(roster, "zh-CN");
  const { context, record } = mockContext(["排班表"]);
  const result = await writeSheets(context, specs, { notes: "comments" });
  expect(result.created.map((c) => c.name)).toEqual(["排班表 (2)", "班次方案", "公平台账"]);

  const planSpec = specs[1]!;
  const chartSpec = planSpec.charts![0]!;
  const plan = sheetNamed(record, "班次方案");
  expect(plan.charts).toHaveLength(1);
  const chart = plan.charts[0]!;
  // 144 ten-minute slots below a header row, columns I:K (time, required, planned).
  expect(chart).toMatchObject({ type: "Line", source: a1Range(chartSpec.source), seriesBy: "Columns" });
  expect(chart.source).toBe("I7:K151");
  expect(chart.mock.title.text).toBe("需求与计划在岗 — 第1天");
  const { row, col, widthCols, heightRows } = chartSpec.anchor;
  expect(chart.calls).toEqual([{ method: "setPosition", args: [a1(row, col), a1(row + heightRows - 1, col + widthCols - 1)] }]);
  expect(chart.calls[0]!.args[0]).toMatch(/^A\d+$/); // below the plan, not widening the printed page

  const { layout } = buildRosterGridSheet(roster, 0, "zh-CN", specs[0]!.id, specs[0]!.name);
  for (const s of [0, 51, 143]) {
    const gridCol = columnLetter(FIRST_SLOT_COL + s);
    expect(writtenAt(plan, 7 + s, 9)).toBe(`='排班表 (2)'!${gridCol}${layout.requiredRow + 1}`);
    expect(writtenAt(plan, 7 + s, 10)).toBe(`='排班表 (2)'!${gridCol}${layout.coverageRow + 1}`);
  }
  // Written as text (Excel would read a bare 08:30 as a time number, and a chart would plot it as a series).
  expect(writtenAt(plan, 7 + 51, 8)).toBe("'08:30");
});
