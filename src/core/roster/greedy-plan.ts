/**
 * A simple greedy shift plan: repeatedly add the shift option that covers the most missing
 * person-slots per unit of cost, then drop shifts nobody needs. It is the benchmark's baseline
 * ("cost saved by the optimum") and, started from a rounded LP solution, the incumbent HiGHS
 * begins from on hard weeks.
 */
import { buildBreakGroups, planBreaks, spreadBreaks, type BreakGroup } from "./break-model";
import { planFromEntries } from "./plan-result";
import { buildShiftOptions, slotsPerDay } from "./shift-options";
import type { Scenario, ShiftOption, ShiftPlan } from "./types";

const EPS = 1e-9;

/**
 * Greedy counts per option (same order as `options`), starting from `start` (e.g. a floored LP
 * solution). Respects template caps, `maxPerSlot` and the meal share; stops when nothing more can help.
 */
export function greedyCounts(scenario: Scenario, options: readonly ShiftOption[], start?: ArrayLike<number>, mealRounding: MealRounding = "exact"): number[] {
  const state = new CoverState(scenario, options, mealRounding);
  options.forEach((_, i) => {
    const n = Math.max(0, Math.floor(start?.[i] ?? 0));
    for (let k = 0; k < n && state.canAdd(i); k++) state.add(i, 1);
  });
  const costs = Float64Array.from(options, (o) => Math.max(scenario.shifts[o.shift]?.cost ?? 0, 1e-6));
  for (;;) {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < options.length; i++) {
      const gain = state.gain(i);
      if (gain <= EPS) continue;
      const score = gain / (costs[i] as number);
      if (score > bestScore + EPS && state.canAdd(i)) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    state.add(best, 1);
  }
  // Prune: most expensive first, drop any shift whose slots stay covered without it.
  const order = options.map((_, i) => i).sort((a, b) => costOf(scenario, options[b]) - costOf(scenario, options[a]));
  for (const i of order) while (state.counts[i]! > 0 && state.canRemove(i)) state.add(i, -1);
  return state.counts;
}

/**
 * Greedy counts whose people also take their short breaks: the breaks are spread (where coverage
 * has most room), the slots they take become extra demand, and the greedy adds cover for it; a few
 * rounds settle it. Returns the counts, the breaks per group and candidate, and whether the breaks
 * fit the break cap.
 */
export function greedyWithBreaks(
  scenario: Scenario,
  options: readonly ShiftOption[],
  groups: readonly BreakGroup[],
  start?: ArrayLike<number>,
  mealRounding: MealRounding = "exact",
): { counts: number[]; breaks: number[][]; withinCap: boolean } {
  let counts = greedyCounts(scenario, options, start, mealRounding);
  let spread = spreadBreaks(scenario, options, groups, counts);
  const perDay = slotsPerDay(scenario);
  for (let round = 0; round < 4 && groups.length > 0; round++) {
    const load = new Float64Array(perDay * scenario.days);
    groups.forEach((group, i) => group.candidates.forEach((c, k) => c.slots.forEach((g) => (load[g] = (load[g] ?? 0) + (spread.counts[i]?.[k] ?? 0)))));
    const demand = scenario.demand.map((day, d) => day.map((need, t) => (need > 0 ? need + (load[d * perDay + t] ?? 0) : 0)));
    const next = greedyCounts({ ...scenario, demand }, options, counts, mealRounding);
    if (next.every((n, i) => n === counts[i])) break;
    counts = next;
    spread = spreadBreaks(scenario, options, groups, counts);
  }
  return { counts, breaks: spread.counts, withinCap: spread.withinCap };
}

/**
 * How the greedy reads the meal share: `exact` as the model does (eaters ≤ share × present), or
 * `ceil` like a manager (half of 3 present may be 2). Built one person at a time, `exact` could never
 * seat the first eater of a slot, so the baseline plan uses `ceil`: slightly looser than the model,
 * which only makes the reported saving conservative.
 */
export type MealRounding = "exact" | "ceil";

/** The greedy plan of a scenario (status "greedy", gap unknown → NaN). */
export function greedyShiftPlan(scenario: Scenario): ShiftPlan {
  const started = Date.now();
  const options = buildShiftOptions(scenario);
  const groups = buildBreakGroups(scenario, options);
  const { counts, breaks: spread } = greedyWithBreaks(scenario, options, groups, undefined, "ceil");
  const entries = options.flatMap((option, i) => ((counts[i] ?? 0) > 0 ? [{ option, count: counts[i] ?? 0 }] : []));
  const breaks = planBreaks(options, groups, spread);
  return planFromEntries(scenario, entries, breaks, "greedy", Number.NaN, Date.now() - started, 0);
}

function costOf(scenario: Scenario, o: ShiftOption | undefined): number {
  return o ? (scenario.shifts[o.shift]?.cost ?? 0) : 0;
}

/** Running coverage, presence and eating totals of a partial plan, with the caps' checks. */
class CoverState {
  readonly counts: number[];
  private readonly demand: Float64Array;
  private readonly workSlots: Int32Array[];
  private readonly workShares: Float64Array[];
  private readonly coverage: Float64Array;
  private readonly present: Float64Array;
  private readonly eating: Float64Array;
  private readonly perTemplateDay: Map<string, number> = new Map();

  constructor(
    private readonly scenario: Scenario,
    private readonly options: readonly ShiftOption[],
    private readonly mealRounding: MealRounding,
  ) {
    const total = slotsPerDay(scenario) * scenario.days;
    this.counts = new Array<number>(options.length).fill(0);
    this.demand = Float64Array.from(scenario.demand.flat());
    this.workSlots = options.map((o) => Int32Array.from(o.work, (w) => w[0]));
    this.workShares = options.map((o) => Float64Array.from(o.work, (w) => w[1]));
    this.coverage = new Float64Array(total);
    this.present = new Float64Array(total);
    this.eating = new Float64Array(total);
  }

  /** Missing person-slots an extra person on option `i` would cover (index loops: this is the hot path). */
  gain(i: number): number {
    const slots = this.workSlots[i];
    const shares = this.workShares[i];
    if (!slots || !shares) return 0;
    let gain = 0;
    for (let k = 0; k < slots.length; k++) {
      const g = slots[k] as number;
      const short = (this.demand[g] as number) - (this.coverage[g] as number);
      if (short > EPS) gain += Math.min(shares[k] as number, short);
    }
    return gain;
  }

  canAdd(i: number): boolean {
    const o = this.options[i];
    if (!o) return false;
    const template = this.scenario.shifts[o.shift];
    if (template?.maxPeople !== undefined && (this.perTemplateDay.get(`${o.day}/${o.shift}`) ?? 0) + 1 > template.maxPeople) return false;
    const cap = this.scenario.maxPerSlot;
    if (cap !== undefined && o.present.some((g) => (this.present[g] ?? 0) + 1 > cap + EPS)) return false;
    const share = this.scenario.mealShare;
    return share >= 1 || o.eating.every(([g, e]) => (this.eating[g] ?? 0) + e <= this.mealCap((this.present[g] ?? 0) + 1) + EPS);
  }

  canRemove(i: number): boolean {
    const o = this.options[i];
    if (!o) return false;
    if (o.work.some(([g, share]) => (this.coverage[g] ?? 0) - share < (this.demand[g] ?? 0) - EPS)) return false;
    const share = this.scenario.mealShare;
    if (share >= 1) return true;
    const eats = new Map(o.eating);
    return o.present.every((g) => (this.eating[g] ?? 0) - (eats.get(g) ?? 0) <= this.mealCap((this.present[g] ?? 0) - 1) + EPS);
  }

  private mealCap(present: number): number {
    const cap = this.scenario.mealShare * present;
    return this.mealRounding === "ceil" ? Math.ceil(cap - EPS) : cap;
  }

  add(i: number, n: number): void {
    const o = this.options[i];
    if (!o) return;
    this.counts[i] = (this.counts[i] ?? 0) + n;
    const key = `${o.day}/${o.shift}`;
    this.perTemplateDay.set(key, (this.perTemplateDay.get(key) ?? 0) + n);
    for (const [g, share] of o.work) this.coverage[g] = (this.coverage[g] ?? 0) + share * n;
    for (const g of o.present) this.present[g] = (this.present[g] ?? 0) + n;
    for (const [g, e] of o.eating) this.eating[g] = (this.eating[g] ?? 0) + e * n;
  }
}
