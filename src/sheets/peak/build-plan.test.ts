import { SAMPLE_TEAM } from "../../core/sample/team";
import { rosterVerdict } from "../../core/roster/verdict";
import { LOCALES } from "../../i18n/locale";
import { unsupportedFormulaUses, type SheetSpec } from "../spec";
import { buildPeakPlanSheets, preparePeakWorkbook, type PeakWorkbookInput } from "./build-plan";
import { PEAK_IDS } from "./layout";
import { samplePeakPlanInput } from "./sample";

const cellText = (specs: readonly SheetSpec[]) => specs.flatMap((s) => s.cells.map((c) => (typeof c.value === "string" ? c.value : "")));

describe.each(LOCALES)("the linked peak plan (%s)", (locale) => {
  let input: PeakWorkbookInput;
  let specs: SheetSpec[];
  beforeAll(async () => {
    input = await preparePeakWorkbook("Double 11", samplePeakPlanInput(), SAMPLE_TEAM, true, locale);
    specs = buildPeakPlanSheets(input, locale);
  }, 120_000);

  it("writes the map first, then forecast, headcount, hiring and a roster per event day, all under unique peak ids", () => {
    expect(specs.slice(0, 4).map((s) => s.id)).toEqual([PEAK_IDS.overview, PEAK_IDS.forecast, PEAK_IDS.headcount, PEAK_IDS.hiring]);
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(["peakRoster0Day0", "peakRoster0Plan", "peakRoster1Day0", "peakRoster1Plan", "peakPayoutPlan", "peakTrainingPlan"]));
    expect(specs.every((s) => s.id.startsWith("peak"))).toBe(true);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
  });

  it("uses only formulas every spreadsheet calculates, and every [[id]] it refers to is in the plan", () => {
    expect(specs.flatMap(unsupportedFormulaUses)).toEqual([]);
    const ids = new Set(specs.map((s) => s.id));
    const refs = specs.flatMap((s) => s.cells.flatMap((c) => [...`${c.formula ?? ""}${c.link ?? ""}`.matchAll(/\[\[([\w-]+)\]\]/g)].map((m) => m[1]!)));
    expect(refs.filter((id) => !ids.has(id))).toEqual([]);
    expect(refs.length).toBeGreaterThan(500);
  });

  it("each event day's named roster covers every slot its proven-optimal plan covers: the sample has no short slot, and every break is taken", () => {
    expect(input.rosters).toHaveLength(2);
    for (const roster of input.rosters) {
      expect(roster.plan.status).toBe("optimal");
      expect(roster.plan.unmet).toEqual([]);
      expect(roster.unfilled).toEqual([]);
      expect(rosterVerdict(roster).shortSlots).toEqual([]);
      expect(roster.coverage).toEqual(roster.plan.coverage);
      expect(roster.breaksNotPlaced).toBe(0);
      // The evening crew's snack breaks (20:00–20:50) are there, and cost no coverage the plan did not count.
      expect(roster.onBreak.slice(120, 126).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });

  it("the roster rows needed read the headcount sheet; the rosters hold the team and the new hires", () => {
    const grid = specs.find((s) => s.id === "peakRoster1Day0")!;
    expect(grid.cells.filter((c) => c.formula?.startsWith(`[[${PEAK_IDS.headcount}]]!`))).toHaveLength(144);
    expect(input.newHires).toBeGreaterThan(0);
    expect(input.rosters[1]!.people).toHaveLength(SAMPLE_TEAM.length + input.newHires);
  });

  it("a user's team gets the plan without sample figures (no KPIs, reviews or exam results)", async () => {
    const team = SAMPLE_TEAM.slice(0, 12).map((a, i) => ({ ...a, id: `U${i}`, name: `员工${i + 1}` }));
    const mine = buildPeakPlanSheets(await preparePeakWorkbook("Double 11", samplePeakPlanInput(), team, false, locale), locale);
    const text = cellText(mine).join("\n");
    expect(text).not.toMatch(/王芳|李娜|Sample shop|示例店铺/);
    const payoutInputs = mine.find((s) => s.id === "peakPayoutInputs")!;
    // Sales of the sample's first agent (186 500 yuan) must not appear.
    expect(payoutInputs.cells.some((c) => c.value === 18_650_000 || c.value === 186_500)).toBe(false);
  }, 120_000);
});
