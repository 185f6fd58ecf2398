import loadHighs, { type Highs } from "highs";
import { assignRoster } from "./assign-roster";
import { double11Preset } from "./double11";
import { parseScenario } from "./scenario";
import { solveShiftPlan } from "./solve-plan";
import type { NamedRoster, Scenario } from "./types";
import { rosterVerdict, verdictWords } from "./verdict";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

async function rosterFor(scenario: Scenario, people = scenario.people): Promise<NamedRoster> {
  return assignRoster(await solveShiftPlan(scenario, { highs }), people, scenario.rules);
}

describe("rosterVerdict", () => {
  it("says covered for the Double-11 preset with the sample team and its reserves", async () => {
    const v = rosterVerdict(await rosterFor(double11Preset("zh-CN")));
    expect(v).toMatchObject({ covered: true, unfilledShifts: 0, uncoveredPositions: 0, shortSlots: [], costProven: true });
    expect(verdictWords(v, 10, 144, "zh-CN")).toEqual({ title: "已覆盖：每个时段人手充足", lines: [] });
  });

  it("says short for three people on the Double-11 day: unfilled shifts, uncovered person-slots, the worst slot", async () => {
    const scenario = double11Preset("en-US");
    const roster = await rosterFor(scenario, scenario.people.slice(0, 3));
    const v = rosterVerdict(roster);
    // 18 people are needed 00:00–02:00; three people take at most three of the planned shifts.
    const planned = roster.plan.entries.reduce((n, e) => n + e.count, 0);
    expect(v.covered).toBe(false);
    expect(v.unfilledShifts).toBe(planned - roster.shifts.length);
    expect(roster.shifts.length).toBeLessThanOrEqual(3);
    const demand = scenario.demand.flat();
    const expectedMissing = demand.reduce((n, need, g) => n + Math.max(0, need - (roster.coverage[g] ?? 0)), 0);
    expect(v.uncoveredPositions).toBeCloseTo(expectedMissing, 6);
    expect(v.worst).toEqual({ day: 0, slot: 0, missing: 18 - (roster.coverage[0] ?? 0) });
    expect(v.worst!.missing).toBeGreaterThanOrEqual(15);
    // "optimal" is about the plan's cost before names; it never makes a short roster "covered".
    expect(v.costProven).toBe(true);
    const en = verdictWords(v, 10, 144, "en-US");
    expect(en.title).toBe("Short of people: the roster does not cover the demand");
    expect(en.lines[0]).toBe(`${v.unfilledShifts} planned shifts have nobody to take them.`);
    expect(en.lines[1]).toContain(`worst: Day 1 00:00, ${v.worst!.missing} people short`);
    expect(verdictWords(v, 10, 144, "zh-CN").lines[1]).toContain(`最缺：第1天 00:00，缺 ${v.worst!.missing} 人`);
  });

  it("counts exact figures on a small day: one person for a demand of 2 all day", async () => {
    const scenario = parseScenario({
      slotMinutes: 60,
      demand: [Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 16 ? 2 : 0))],
      shifts: [{ name: "Day", start: "08:00", end: "16:00" }],
      people: [{ name: "王芳" }],
    });
    const v = rosterVerdict(await rosterFor(scenario));
    expect(v).toMatchObject({ covered: false, unfilledShifts: 1, uncoveredPositions: 8, worst: { day: 0, slot: 8, missing: 1 } });
    expect(v.shortSlots).toHaveLength(8);
  });
});
