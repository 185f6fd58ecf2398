/**
 * Solves the shift plan with HiGHS (WebAssembly). No Node or DOM API here: the task pane calls it
 * inside a Web Worker with its own loader (`locateFile` for the .wasm), Node passes `require("highs")()`.
 */
import type { Highs } from "highs";
import { InputError } from "../errors";
import { rosterText } from "../../i18n/roster";
import { buildBreakGroups, planBreaks, type BreakGroup } from "./break-model";
import { buildShiftLp, type ShiftLp } from "./lp-model";
import { buildShiftOptions, slotsPerDay } from "./shift-options";
import { greedyWithBreaks } from "./greedy-plan";
import { planFromEntries } from "./plan-result";
import type { PlanEntry, PlanProgress, PlanStatus, Scenario, ShiftOption, ShiftPlan } from "./types";

export interface SolveOptions {
  /** A loaded HiGHS runtime, or a loader (called once per solve when no runtime is given). */
  highs?: Highs;
  loadHighs?: () => Promise<Highs>;
  /** Called with every improving incumbent (from inside the blocking solve). */
  onProgress?: (p: PlanProgress) => void;
  /** Stop early when `aborted` turns true (checked at HiGHS' MIP checkpoints); the best plan so far is returned. */
  signal?: { readonly aborted: boolean };
  /** Relative MIP gap to stop at. @default 0.0001 (HiGHS' default: proven optimal) */
  mipRelGap?: number;
  /** Time limit, seconds. @default 60 */
  timeLimitSeconds?: number;
  /** HiGHS `mip_pool_soft_limit`: caps the solution pool, the main memory user on a week with meals. @default 1000 */
  mipPoolSoftLimit?: number;
  /**
   * Start HiGHS from a rounded-LP + greedy plan. On a week with meals the LP bound is tight at the
   * root but HiGHS' own heuristics take seconds to find a near-optimal incumbent. @default true when shifts have meals or short breaks
   */
  warmStart?: boolean;
}

/**
 * The cheapest plan of shift starts and meal placements covering the scenario's demand.
 * Never "infeasible": uncovered person-slots cost `scenario.unmetPenalty` each and are listed in
 * `plan.unmet`.
 *
 * @example
 * const plan = await solveShiftPlan(parseScenario(json), { highs: await require("highs")() });
 * plan.cost; plan.unmet; // [{ day: 0, slot: 12, missing: 2 }]
 * @throws InputError (kind "noAnswer") when cancelled before any plan was found.
 */
export async function solveShiftPlan(scenario: Scenario, opts: SolveOptions = {}): Promise<ShiftPlan> {
  const highs = opts.highs ?? (await (opts.loadHighs ?? defaultLoader)());
  const options = buildShiftOptions(scenario);
  const groups = buildBreakGroups(scenario, options);
  const lp = buildShiftLp(scenario, options, groups);
  const started = Date.now();
  const model = highs.createModel({ format: "lp", data: lp.text });
  try {
    checkColumns(model, lp.columns);
    model.options.set({
      output_flag: false,
      mip_rel_gap: opts.mipRelGap ?? 1e-4,
      time_limit: opts.timeLimitSeconds ?? 60,
      mip_pool_soft_limit: opts.mipPoolSoftLimit ?? 1000,
    });
    if (opts.warmStart ?? (options.some((o) => o.mealOffsetSlots !== null) || groups.length > 0)) warmStart(model, scenario, options, groups, lp, lp.unmetSlots);
    const types = highs.constants.callbackType;
    const result = model.run({
      [types.mipImprovingSolution]: (ev) => {
        const d = ev.data;
        opts.onProgress?.({
          objective: d.objective_function_value ?? d.mip_primal_bound ?? Number.NaN,
          bound: d.mip_dual_bound ?? Number.NaN,
          gap: d.mip_gap ?? Number.NaN,
          elapsedSeconds: d.running_time ?? (Date.now() - started) / 1000,
        });
        return undefined;
      },
      [types.mipInterrupt]: (ev) => {
        if (opts.signal?.aborted) ev.interrupt();
        return undefined;
      },
    });
    const codes = highs.constants.modelStatus;
    const hasSolution = Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
    if (!hasSolution) throw new InputError(rosterText("solverNoPlan", { status: String(result.modelStatus) }), "noAnswer");
    const gap = result.modelStatus === codes.optimal ? Math.max(0, Number(model.info.get("mip_gap"))) : Number(model.info.get("mip_gap"));
    const status: PlanStatus =
      result.modelStatus === codes.optimal
        ? gap > 1e-6
          ? "gapLimit"
          : "optimal"
        : result.modelStatus === codes.timeLimit
          ? "timeLimit"
          : "interrupted";
    const values = model.getSolution().colValue;
    const entries: PlanEntry[] = [];
    options.forEach((option, col) => {
      const count = Math.round(values[col] ?? 0);
      if (count > 0) entries.push({ option, count });
    });
    let col = lp.shiftColumns;
    const breakCounts = groups.map((g) => g.candidates.map(() => values[col++] ?? 0));
    return planFromEntries(scenario, entries, planBreaks(options, groups, breakCounts), status, Number.isFinite(gap) ? gap : 0, Date.now() - started, highs.memoryBytes);
  } finally {
    model.dispose();
  }
}

type LoadedModel = ReturnType<Highs["createModel"]>;

/** Solves the LP relaxation, rounds it down, repairs it greedily (short breaks included) and hands the result to HiGHS as a start. */
function warmStart(model: LoadedModel, scenario: Scenario, options: readonly ShiftOption[], groups: readonly BreakGroup[], lp: ShiftLp, unmetSlots: readonly number[]): void {
  const shiftColumns = lp.shiftColumns;
  if (shiftColumns === 0) return;
  // Shift and break columns are integers again after the relaxation.
  const integers = shiftColumns + lp.breakColumns;
  model.clearIntegrality();
  model.run();
  const relaxed = model.getSolution().colValue;
  model.changeColsIntegrality({ kind: "range", from: 0, to: integers - 1 }, new Array<1>(integers).fill(1));
  const demand = scenario.demand.flat();
  let best: { objective: number; colValue: number[] } | undefined;
  // Rounding thresholds: which fractional LP values become a whole person before the greedy repair.
  for (const threshold of [0.2, 0.3, 0.4]) {
    const rounded = Array.from(relaxed.subarray(0, shiftColumns), (x) => Math.floor(x + 1 - threshold));
    const { counts, breaks, withinCap } = greedyWithBreaks(scenario, options, groups, rounded);
    if (!withinCap) continue;
    const coverage = new Float64Array(slotsPerDay(scenario) * scenario.days);
    let objective = 0;
    options.forEach((o, i) => {
      objective += (scenario.shifts[o.shift]?.cost ?? 0) * (counts[i] ?? 0);
      for (const [g, share] of o.work) coverage[g] = (coverage[g] ?? 0) + share * (counts[i] ?? 0);
    });
    groups.forEach((group, i) => group.candidates.forEach((c, k) => c.slots.forEach((g) => (coverage[g] = (coverage[g] ?? 0) - (breaks[i]?.[k] ?? 0)))));
    const unmet = unmetSlots.map((g) => Math.max(0, (demand[g] ?? 0) - (coverage[g] ?? 0)));
    objective += scenario.unmetPenalty * unmet.reduce((a, b) => a + b, 0);
    if (!best || objective < best.objective) best = { objective, colValue: [...counts, ...breaks.flat(), ...unmet] };
  }
  if (best) model.setSolution({ colValue: best.colValue });
}

async function defaultLoader(): Promise<Highs> {
  const mod = await import("highs");
  return mod.default();
}

/** The LP reader accepts some mistakes silently (docs/reference/highs.md): check it read exactly our columns, in our order. */
function checkColumns(model: { getDimensions(): { numCols: number }; getColName(i: number): string }, columns: readonly string[]): void {
  const { numCols } = model.getDimensions();
  if (numCols !== columns.length) throw new Error(`HiGHS read ${numCols} columns, the LP has ${columns.length}`);
  columns.forEach((name, i) => {
    if (model.getColName(i) !== name) throw new Error(`HiGHS column ${i} is ${model.getColName(i)}, expected ${name}`);
  });
}

