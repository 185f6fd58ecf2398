/** Turns plan entries (option × count) into a {@link ShiftPlan}: cost, coverage, eating, unmet slots. */
import { slotsPerDay } from "./shift-options";
import type { PlanBreak, PlanEntry, PlanStatus, Scenario, ShiftOption, ShiftPlan } from "./types";

/** Coverage, cost and unmet slots of a set of plan entries and their short breaks (shared by the solver and the greedy plan). */
export function planFromEntries(
  scenario: Scenario,
  entries: PlanEntry[],
  breaks: PlanBreak[],
  status: PlanStatus,
  gap: number,
  solveMs: number,
  memoryBytes: number,
): ShiftPlan {
  const total = slotsPerDay(scenario) * scenario.days;
  const coverage = new Array<number>(total).fill(0);
  const eating = new Array<number>(total).fill(0);
  let cost = 0;
  for (const { option, count } of entries) {
    cost += (scenario.shifts[option.shift]?.cost ?? 0) * count;
    for (const [g, share] of option.work) coverage[g] = (coverage[g] ?? 0) + share * count;
    for (const [g, share] of option.eating) eating[g] = (eating[g] ?? 0) + share * count;
  }
  const onBreak = new Array<number>(total).fill(0);
  for (const b of breaks) {
    for (const g of b.slots) {
      onBreak[g] = (onBreak[g] ?? 0) + b.count;
      coverage[g] = (coverage[g] ?? 0) - b.count;
    }
  }
  const perDay = slotsPerDay(scenario);
  const demand = scenario.demand.flat();
  const unmet: ShiftPlan["unmet"] = [];
  demand.forEach((need, g) => {
    const missing = roundTiny(need - (coverage[g] ?? 0));
    if (missing > 0) unmet.push({ day: Math.floor(g / perDay), slot: g % perDay, missing });
  });
  entries.sort((a, b) => compareOptions(a.option, b.option));
  return {
    scenario,
    status,
    cost: roundTiny(cost),
    gap,
    entries,
    breaks,
    coverage: coverage.map(roundTiny),
    onBreak,
    eating: eating.map(roundTiny),
    unmet,
    solveMs,
    memoryBytes,
  };
}

function compareOptions(a: ShiftOption, b: ShiftOption): number {
  return a.day - b.day || a.startSlot - b.startSlot || a.shift - b.shift || (a.mealOffsetSlots ?? -1) - (b.mealOffsetSlots ?? -1);
}

/** Rounds away floating-point dust (1649.9999999999934 → 1650). */
function roundTiny(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
