import { SAMPLE_TEAM } from "../../core/sample/team";
import { rosterVerdict } from "../../core/roster/verdict";
import { LOCALES } from "../../i18n/locale";
import { unsupportedFormulaUses, type SheetSpec } from "../spec";
import { computePeakPlan, type PeakPlanInput } from "../../core/peak";
import { InputError } from "../../core/errors";
import { MAX_NEW_HIRES } from "../../core/training/calendar-plan";
import type { Agent } from "../../core/team/types";
import { buildPeakPlanSheets, checkPlanBeforeSolving, MAX_PEOPLE_PER_DAY, preparePeakWorkbook, type PeakWorkbookInput } from "./build-plan";
import { totalHires } from "./rosters";
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

describe("checkPlanBeforeSolving: what would fail after minutes of solving is refused first, in words", () => {
  const sample = samplePeakPlanInput();
  const fullTimers = SAMPLE_TEAM.filter((a) => a.employment === "full-time");
  const refusal = (plan: PeakPlanInput, team: readonly Agent[]) => {
    try {
      checkPlanBeforeSolving(plan, computePeakPlan(plan), team, "en-US");
      return undefined;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return e.text;
    }
  };

  it("a forecast a hundred times the sample's names the day, the people and the inputs", () => {
    const plan = { ...sample, forecast: { ...sample.forecast, baseline: sample.forecast.baseline * 100 } };
    const numbers = computePeakPlan(plan);
    const people = Math.max(...numbers.peopleNeeded);
    expect(people).toBeGreaterThan(MAX_PEOPLE_PER_DAY);
    const text = refusal(plan, SAMPLE_TEAM)!;
    expect(text["en-US"]).toContain(`The forecast needs ${people} people on 11-11`);
    expect(text["en-US"]).toContain(`a normal day of ${plan.forecast.baseline} × uplift ${Math.round(numbers.uplift * 100) / 100}`);
    expect(text["zh-CN"]).toContain(`需要 ${people} 人`);
  });

  it("more hires than the training sheets take is refused with the number", () => {
    // Nobody on hand and 900 people needed: more than a thousand hires, as exams fail some.
    const plan = { ...sample, forecast: { ...sample.forecast, baseline: sample.forecast.baseline * 20 }, hiring: { ...sample.hiring, onHand: 0 } };
    const hires = totalHires(computePeakPlan(plan));
    expect(Math.max(...computePeakPlan(plan).peopleNeeded)).toBeLessThanOrEqual(MAX_PEOPLE_PER_DAY);
    expect(hires).toBeGreaterThan(MAX_NEW_HIRES);
    expect(refusal(plan, SAMPLE_TEAM)!["en-US"]).toContain(`asks for ${hires} new hires`);
  });

  it("trainees need a training stage; a team with nobody to train does not", () => {
    const noTraining = { ...sample, calendar: { ...sample.calendar, stages: sample.calendar.stages.filter((s) => s.kind !== "training") } };
    expect(refusal(noTraining, SAMPLE_TEAM)!["en-US"]).toContain("no training stage");
    const enough = { ...noTraining, hiring: { ...noTraining.hiring, onHand: 200 } };
    expect(totalHires(computePeakPlan(enough))).toBe(0);
    expect(refusal(enough, fullTimers)).toBeUndefined();
  });

  it("nobody to train: the plan is written without training sheets, and the map lists none", async () => {
    const plan = { ...sample, hiring: { ...sample.hiring, onHand: 200 } };
    const input = await preparePeakWorkbook("Double 11", plan, fullTimers, false, "en-US");
    expect(input.newHires).toBe(0);
    const specs = buildPeakPlanSheets(input, "en-US");
    expect(specs.some((s) => /Training/i.test(s.id))).toBe(false);
    expect(cellText(specs).some((t) => /^(Training plan|Readiness)$/.test(t))).toBe(false);
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(["peakPayoutPlan", "peakRoster1Plan"]));
  }, 120_000);
});
