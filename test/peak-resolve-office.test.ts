/**
 * "Re-solve roster" against the Office.js fake: a linked plan is written (its first roster grid
 * under a free name, since the user has a sheet of that name), the user types on their own sheet
 * and raises the forecast's uplift, Excel recalculates (modelled: the required rows show the
 * engine's agents for the raised uplift), then the re-solve runs. Every sheet but the plan's roster
 * sheets must keep exactly its content (values, formulas, formats, layout calls); the roster sheets
 * are rewritten in place for the raised demand.
 */
import { computePeakPlan } from "../src/core/peak";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import { TASKPANE_TEXT } from "../src/i18n/taskpane";
import { buildPeakPlanSheets, preparePeakWorkbook, type PeakWorkbookInput } from "../src/sheets/peak/build-plan";
import { FORECAST_CELLS } from "../src/sheets/peak/forecast-sheet";
import { HIRING_COLS, hiringLayout } from "../src/sheets/peak/hiring-sheet";
import { PEAK_IDS } from "../src/sheets/peak/layout";
import { solveEventRosters, totalHires } from "../src/sheets/peak/rosters";
import { samplePeakPlanInput } from "../src/sheets/peak/sample";
import { FIRST_PERSON_ROW } from "../src/sheets/roster";
import { a1, type SheetSpec } from "../src/sheets/spec";
import { OfficeHost } from "../src/taskpane/host/office-host";
import { planRecord, recordInput, rosterPlaces, type PlanRecord } from "../src/taskpane/peak/plan-record";
import { resolveRosters, rosterClause } from "../src/taskpane/peak/resolve";
import { mockContext, sheetNamed, type Fake, type WorkbookRecord } from "./writers/office-mock";
import { planValues } from "./writers/peak-excel";

const LOCALE = "zh-CN";
const TEXT = TASKPANE_TEXT[LOCALE];
const RAISE = 1.3;

/** A sheet's content as the fake recorded it: everything set on it and its ranges, not the reads. */
function content(record: WorkbookRecord, name: string): string {
  const sheet = sheetNamed(record, name);
  const plain = (_k: string, v: unknown) => (_k.startsWith("_") || typeof v === "function" ? undefined : v);
  return JSON.stringify(
    {
      sheet: sheet.mock as Fake,
      ranges: sheet.ranges.filter((r) => !r.read).map((r) => ({ address: r.address, set: r.mock as Fake, calls: r.calls })),
      tables: sheet.tables.map((t) => ({ address: t.address, set: t.mock as Fake })),
      charts: sheet.charts.map((c) => ({ type: c.type, source: c.source, set: c.mock as Fake, calls: c.calls })),
      calls: sheet.calls,
      notes: sheet.notes,
      comments: record.comments.filter((c) => c.sheet === name),
    },
    plain,
  );
}

interface Setup {
  record: WorkbookRecord;
  host: OfficeHost;
  plan: PlanRecord;
  input: PeakWorkbookInput;
  specs: SheetSpec[];
  /** The uplift Excel now calculates with (the user's edit). */
  uplift: { value?: number };
  /** What Excel shows instead, where the test says so (an error value, a figure typed over). */
  shownInstead: { fn?: ((sheet: string, address: string, values: unknown[][] | undefined) => unknown[][] | undefined) | undefined };
}

async function writePlan(): Promise<Setup> {
  const input = await preparePeakWorkbook("2026 双11", samplePeakPlanInput(), SAMPLE_TEAM, true, LOCALE);
  const specs = buildPeakPlanSheets(input, LOCALE);
  const uplift: { value?: number } = {};
  const written: { plan?: PlanRecord } = {};
  const planShown = planValues(() => written.plan, uplift);
  const shownInstead: Setup["shownInstead"] = {};
  const shown = (sheet: string, address: string) => (shownInstead.fn ?? ((_s, _a, v) => v))(sheet, address, planShown(sheet, address));
  const { context, record } = mockContext([], [], shown);
  (globalThis as Record<string, unknown>).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  // The user's own sheets: notes, and a sheet already named like the main day's roster grid.
  const gridName = specs.find((s) => s.id === "peakRoster1Day0")!.name;
  context.workbook.worksheets.add("客户备注").getRange("B2").values = [["双11 前核对库存"]];
  context.workbook.worksheets.add(gridName).getRange("A1").values = [["我自己的排班"]];
  const host = new OfficeHost();
  const report = await host.writeSheets(specs);
  const plan = planRecord(input, specs, report, LOCALE);
  written.plan = plan;
  expect(plan.names.peakRoster1Day0).toBe(`${gridName} (2)`);
  return { record, host, plan, input, specs, uplift, shownInstead };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

const solveOne = async (scenario: Parameters<typeof solveEventRosters>[0][number]) => (await solveEventRosters([scenario]))[0]!;

describe("re-solve roster in Excel (Office.js fake)", () => {
  it("leaves every non-roster sheet byte-identical and rewrites the plan's roster sheets for the raised demand", async () => {
    const { record, host, plan, input, uplift } = await writePlan();
    // The user types on their own sheet and raises the uplift on the plan's forecast sheet.
    sheetNamed(record, "客户备注").mock.getRange("B3").values = [["加派夜班"]];
    uplift.value = Math.round(computePeakPlan(input.plan).uplift * RAISE * 100) / 100;
    sheetNamed(record, plan.names[PEAK_IDS.forecast]!).mock.getRange(FORECAST_CELLS.uplift.replace(/\$/g, "")).values = [[uplift.value]];

    const names = record.sheets.map((s) => s.name);
    const rosterNames = plan.rosters.flatMap((p) => [plan.names[p.gridId]!, plan.names[p.planId]!]);
    expect(rosterNames).toHaveLength(4);
    const before = new Map(names.map((n) => [n, content(record, n)]));

    const result = await resolveRosters(host, plan, TEXT, solveOne);

    expect(result.replaced).toEqual(rosterNames);
    expect(record.sheets.map((s) => s.name)).toEqual(names); // nothing added, nothing removed
    for (const n of names.filter((x) => !rosterNames.includes(x))) expect({ sheet: n, same: content(record, n) === before.get(n) }).toEqual({ sheet: n, same: true });
    for (const n of rosterNames) expect({ sheet: n, changed: content(record, n) !== before.get(n) }).toEqual({ sheet: n, changed: true });
    // The user's sheet named like the grid is still theirs: only "(2)" was rewritten.
    expect(content(record, plan.names.peakRoster1Day0!.replace(" (2)", ""))).toContain("我自己的排班");

    // Solved for the raised demand, with the same people (team + the plan's hires).
    const raised = computePeakPlan({ ...input.plan, forecast: { ...input.plan.forecast, uplift: uplift.value } });
    const original = computePeakPlan(input.plan);
    expect(raised.agents[1]!.reduce((a, b) => a + b, 0)).toBeGreaterThan(original.agents[1]!.reduce((a, b) => a + b, 0));
    raised.agents.forEach((agents, d) => expect(result.verdict.lines[d + 1]).toContain(`合计 ${agents.reduce((a, b) => a + b, 0)} 人·时段；${rosterClause(result.rosters[d]!, TEXT.peak)}`));

    // The hiring plan moved with the forecast: its figures, as the workbook shows them, next to the verdicts.
    const busiest = (p: typeof raised) => Math.max(...p.weeks.map((w) => w.required));
    expect(totalHires(raised)).toBeGreaterThan(plan.newHires);
    expect(plan.newHires).toBe(totalHires(original));
    expect(result.hiring).toMatchObject({ ok: true, sheet: plan.names[PEAK_IDS.hiring], hires: totalHires(raised), busiestWeek: busiest(raised) });
    expect(result.verdict.lines).toContain(
      `招聘计划现为（“${plan.names[PEAK_IDS.hiring]}”，按 Excel 当前计算）：需招聘 ${totalHires(raised)} 人（生成计划时为 ${plan.newHires} 人，排班仍按这 ${plan.newHires} 人求解）；最忙的一周需要 ${busiest(raised)} 人。`,
    );

    // The grids moved their rows below the people by the change in people on duty, so the
    // overview's references to the gap rows follow (Excel moves them on insert/delete).
    expect(plan.rosters.some((old, d) => result.record.rosters[d]!.coverageRow !== old.coverageRow)).toBe(true); // the raise puts more people on duty
    plan.rosters.forEach((old, d) => {
      const grid = sheetNamed(record, plan.names[old.gridId]!);
      const shift = result.record.rosters[d]!.coverageRow - old.coverageRow;
      const moved = grid.ranges.flatMap((r) => r.calls.filter((c) => c.method === "insert" || c.method === "delete").map((c) => ({ address: r.address, method: c.method, args: c.args })));
      // 1-based rows below the first person row: inside the block of people.
      const rows = `${FIRST_PERSON_ROW + 2}:${FIRST_PERSON_ROW + 1 + Math.abs(shift)}`;
      expect(moved).toEqual(shift === 0 ? [] : [{ address: rows, method: shift > 0 ? "insert" : "delete", args: [shift > 0 ? "Down" : "Up"] }]);
      // Then cleared and written again: the required row still reads the headcount sheet by formula.
      expect(grid.ranges.some((r) => r.address === "" && r.calls.some((c) => c.method === "clear" && c.args[0] === "All"))).toBe(true);
      const requiredRow = result.record.rosters[d]!.requiredRow;
      const written = JSON.stringify(grid.ranges.filter((r) => r.mock.formulas !== undefined && Number(/\d+/.exec(r.address)?.[0]) <= requiredRow + 1).map((r) => r.mock.formulas as unknown));
      expect(written).toContain(`'${plan.names[PEAK_IDS.headcount]}'!$`);
    });
    // The old charts and comments went before the new ones came: one set each, as the new specs have.
    const { specs: rewritten } = rosterPlaces(recordInput(plan, result.rosters), LOCALE);
    plan.rosters.forEach((old, d) => {
      const [gridSpec, planSpec] = rewritten[d]!;
      expect(sheetNamed(record, plan.names[old.planId]!).charts).toHaveLength(planSpec!.charts?.length ?? 0);
      for (const [id, spec] of [[old.gridId, gridSpec!], [old.planId, planSpec!]] as const) {
        expect(record.comments.filter((c) => c.sheet === plan.names[id])).toHaveLength(spec.cells.filter((c) => c.note !== undefined).length);
      }
    });
  }, 120_000);

  it("shows the hiring figures Excel shows, and says plainly when the hiring sheet is gone or shows an error (the rosters are re-solved all the same)", async () => {
    const { host, plan, input, shownInstead } = await writePlan();
    const L = hiringLayout(computePeakPlan(input.plan).weeks.length);
    const total = (values: unknown[][] | undefined, v: unknown) => values?.map((row, i) => (i === values.length - 1 ? row.map((c, j) => (j === HIRING_COLS.hires ? v : c)) : row));
    const hiringSheet = plan.names[PEAK_IDS.hiring]!;
    // A figure no engine computed (the user typed over the total): the pane shows the workbook's, not its own.
    shownInstead.fn = (sheet, address, values) => (sheet === hiringSheet && address !== "A1" ? total(values, 99) : values);
    const typed = await resolveRosters(host, plan, TEXT, solveOne);
    expect(typed.hiring).toMatchObject({ ok: true, hires: 99 });
    expect(typed.verdict.lines.some((l) => l.includes("需招聘 99 人"))).toBe(true);
    // An error value in the total cell: named with its cell.
    shownInstead.fn = (sheet, address, values) => (sheet === hiringSheet && address !== "A1" ? total(values, "#VALUE!") : values);
    const bad = await resolveRosters(host, plan, TEXT, solveOne);
    expect(bad.replaced).toHaveLength(4);
    expect(bad.verdict.intent).toBe("warning");
    expect(bad.verdict.lines).toContain(`招聘计划表“${hiringSheet}”的单元格 ${a1(L.totalRow, HIRING_COLS.hires)} 显示“#VALUE!”而不是数字：请检查其输入。`);
    // The hiring sheet renamed (the recorded name is gone): said plainly, the rosters still re-solved.
    shownInstead.fn = undefined;
    const renamed = await resolveRosters(host, { ...plan, names: { ...plan.names, [PEAK_IDS.hiring]: "招聘计划（旧）" } }, TEXT, solveOne);
    expect(renamed.replaced).toHaveLength(4);
    expect(renamed.hiring).toEqual({ ok: false, message: "招聘计划表“招聘计划（旧）”已不在本工作簿中或已被更改，无法在此显示其数字。排班已照常重新求解。" });
    expect(renamed.verdict.lines).toContain(renamed.hiring.ok ? "" : renamed.hiring.message);
    // Retitled (someone else's table now under that name): the same plain words.
    const retitled = await resolveRosters(host, { ...plan, titles: { ...plan.titles, [PEAK_IDS.hiring]: "别的表" } }, TEXT, solveOne);
    expect(retitled.hiring).toEqual({ ok: false, message: expect.stringContaining(`招聘计划表“${hiringSheet}”已不在本工作簿中或已被更改`) as unknown as string });
  }, 120_000);

  it("rewrites nothing when a roster sheet of the plan was renamed or its title changed", async () => {
    const { record, host, plan } = await writePlan();
    const before = record.sheets.map((s) => content(record, s.name));
    const gone = { ...plan, names: { ...plan.names, peakRoster0Plan: "排班计划（已删除）" } };
    await expect(resolveRosters(host, gone, TEXT, solveOne)).rejects.toMatchObject({ message: "计划中的工作表“排班计划（已删除）”已不在本工作簿中（已改名或删除），因此未改写任何工作表。请重新生成计划。" });
    const retitled = { ...plan, titles: { ...plan.titles, peakRoster0Day0: "别的表" } };
    await expect(resolveRosters(host, retitled, TEXT, solveOne)).rejects.toMatchObject({ message: expect.stringContaining("已不再是计划的排班表（单元格 A1 已更改）") as unknown as string });
    expect(record.sheets.map((s) => content(record, s.name))).toEqual(before);
  }, 120_000);
});
