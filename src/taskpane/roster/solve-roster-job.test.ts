import loadHighs from "highs";
import { double11Preset } from "../../core/roster";
import type { NamedRoster } from "../../core/roster/types";
import { runSolveJob } from "./solve-roster-job";
import type { SolverMessage } from "./solver-protocol";

describe("roster solve job (what the worker runs)", () => {
  it("solves the Double-11 preset, reports progress and names a roster that covers the demand", async () => {
    const messages: SolverMessage[] = [];
    const scenario = double11Preset("en-US");
    await runSolveJob({ type: "solve", scenario }, await loadHighs(), (m) => messages.push(m));
    const last = messages[messages.length - 1];
    expect(last?.type).toBe("done");
    const roster = (last as { roster: NamedRoster }).roster;
    expect(roster.plan.status).toBe("optimal");
    expect(roster.plan.unmet).toEqual([]);
    // Every slot's working coverage meets the demand the plan was asked for.
    roster.plan.coverage.slice(0, 144).forEach((c, slot) => expect(c).toBeGreaterThanOrEqual(scenario.demand[0]![slot]! - 1e-9));
    expect(messages.filter((m) => m.type === "progress").length).toBeGreaterThan(0);
    // At most one shift per person on the day.
    const people = roster.shifts.map((s) => s.personIndex);
    expect(new Set(people).size).toBe(people.length);
  });

  it("reports a solver failure as a message instead of throwing in the worker", async () => {
    const messages: SolverMessage[] = [];
    const broken = {
      createModel: () => {
        throw new Error("memory access out of bounds");
      },
    } as unknown as Awaited<ReturnType<typeof loadHighs>>;
    await runSolveJob({ type: "solve", scenario: double11Preset("zh-CN") }, broken, (m) => messages.push(m));
    expect(messages).toEqual([{ type: "error", message: "memory access out of bounds" }]);
  });

  it("reports an empty template list as unmet demand, not as an error", async () => {
    const messages: SolverMessage[] = [];
    await runSolveJob({ type: "solve", scenario: { ...double11Preset("en-US"), shifts: [] } }, await loadHighs(), (m) => messages.push(m));
    const last = messages[messages.length - 1] as { type: string; roster: NamedRoster };
    expect(last.type).toBe("done");
    expect(last.roster.plan.unmet.length).toBe(144);
  });
});
