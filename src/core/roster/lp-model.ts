/**
 * The shift plan as a MILP in CPLEX LP text (set covering with explicit meal placement,
 * see docs/reference/roster.md):
 *
 *   minimise  Σ cost·b + penalty·Σ u
 *   cover_g:  Σ share(b,g)·b − Σ z on break at g + u_g ≥ demand_g   (meal and break time are not coverage)
 *   grp_i:    Σ z of break group i − Σ b of its options = 0         (everyone takes each break once)
 *   cap_d_s:  Σ b over template s on day d ≤ maxPeople
 *   slot_g:   Σ b present at g ≤ maxPerSlot
 *   meal_g:   Σ eating(b,g)·b − mealShare·Σ b present at g ≤ 0
 *   brk_g:    Σ z on break at g − breakShare·Σ b present at g ≤ 1 − breakShare
 *   b, z integer ≥ 0, u ≥ 0 (unmet person-slots: the model is never infeasible)
 *
 * `z` counts the people of a break group (see break-model.ts) taking one of its breaks at one start.
 * Variable names are plain (`b_3_0_51_24`: day 3, template 0, start slot 51, meal offset 24;
 * `z_7_2`: group 7, candidate 2; `u_431`: unmet at global slot 431) because the LP reader silently
 * misreads odd names (docs/reference/highs.md).
 */
import type { Scenario, ShiftOption } from "./types";
import type { BreakGroup } from "./break-model";
import { slotsPerDay } from "./shift-options";

export interface ShiftLp {
  text: string;
  /** Column names in the order HiGHS numbers them (first appearance in the objective). */
  columns: string[];
  /** Number of `b` columns (they come first, in option order); then the `z` columns (group by group, candidate by candidate), then one `u` column per slot in `unmetSlots`. */
  shiftColumns: number;
  breakColumns: number;
  unmetSlots: number[];
}

/** Variable name of an option. */
export function optionVariable(o: ShiftOption): string {
  return `b_${o.day}_${o.shift}_${o.startSlot}_${o.mealOffsetSlots ?? "n"}`;
}

/** Builds the LP text of the shift model. */
export function buildShiftLp(scenario: Scenario, options: readonly ShiftOption[], groups: readonly BreakGroup[]): ShiftLp {
  const total = slotsPerDay(scenario) * scenario.days;
  const demand = scenario.demand.flat();
  const columns = options.map(optionVariable);
  const breakColumn = groups.map((group, i) => group.candidates.map((_, k) => {
    columns.push(`z_${i}_${k}`);
    return columns.length - 1;
  }));
  const breakColumns = columns.length - options.length;
  const unmetSlots = demand.flatMap((d, g) => (d > 0 ? [g] : []));
  const unmetColumn = new Map(unmetSlots.map((g, i) => [g, options.length + breakColumns + i]));
  columns.push(...unmetSlots.map((g) => `u_${g}`));

  const cover = rowsPerSlot(total);
  const present = rowsPerSlot(total);
  const eating = rowsPerSlot(total);
  options.forEach((o, col) => {
    for (const [g, share] of o.work) add(cover[g], col, share);
    for (const g of o.present) add(present[g], col, 1);
    for (const [g, share] of o.eating) add(eating[g], col, share);
  });
  const onBreak = rowsPerSlot(total);
  groups.forEach((group, i) =>
    group.candidates.forEach((c, k) => {
      for (const g of c.slots) {
        add(cover[g], breakColumn[i]?.[k] ?? -1, -1);
        add(onBreak[g], breakColumn[i]?.[k] ?? -1, 1);
      }
    }),
  );

  const lines: string[] = ["Minimize", " obj:"];
  const objective = new Map<number, number>();
  options.forEach((o, col) => objective.set(col, scenario.shifts[o.shift]?.cost ?? 0));
  // Breaks cost nothing, but every column must appear in the objective: HiGHS numbers columns by first appearance.
  for (const cols of breakColumn) for (const col of cols) objective.set(col, 0);
  for (const g of unmetSlots) objective.set(unmetColumn.get(g) ?? -1, scenario.unmetPenalty);
  pushTerms(lines, objective, columns);

  lines.push("Subject To");
  for (const g of unmetSlots) {
    const row = new Map([...(cover[g] ?? [])].filter(([, coef]) => coef !== 0));
    row.set(unmetColumn.get(g) ?? -1, 1);
    lines.push(` cover_${g}:`);
    pushTerms(lines, row, columns);
    lines.push(` >= ${num(demand[g] ?? 0)}`);
  }
  groups.forEach((group, i) => {
    const row = new Map<number, number>((breakColumn[i] ?? []).map((col) => [col, 1]));
    for (const o of group.options) row.set(o, -1);
    lines.push(` grp_${i}:`);
    pushTerms(lines, row, columns);
    lines.push(" = 0");
  });
  scenario.shifts.forEach((template, s) => {
    if (template.maxPeople === undefined) return;
    for (let day = 0; day < scenario.days; day++) {
      const row = new Map<number, number>();
      options.forEach((o, col) => {
        if (o.day === day && o.shift === s) row.set(col, 1);
      });
      if (row.size === 0) continue;
      lines.push(` cap_${day}_${s}:`);
      pushTerms(lines, row, columns);
      lines.push(` <= ${num(template.maxPeople)}`);
    }
  });
  if (scenario.maxPerSlot !== undefined) {
    present.forEach((row, g) => {
      if (row.size === 0) return;
      lines.push(` slot_${g}:`);
      pushTerms(lines, row, columns);
      lines.push(` <= ${num(scenario.maxPerSlot ?? 0)}`);
    });
  }
  // People away at once (eating, on a short break) against the people present: share rows.
  const shareRows = (away: Array<Map<number, number>>, share: number, name: string, rhs: number) => {
    if (share >= 1) return;
    away.forEach((awayCols, g) => {
      if (awayCols.size === 0) return;
      const row = new Map(awayCols);
      for (const [col, n] of present[g] ?? new Map<number, number>()) row.set(col, (row.get(col) ?? 0) - share * n);
      lines.push(` ${name}_${g}:`);
      pushTerms(lines, row, columns);
      lines.push(` <= ${num(rhs)}`);
    });
  };
  shareRows(eating, scenario.mealShare, "meal", 0);
  shareRows(onBreak, scenario.breakShare, "brk", 1 - scenario.breakShare);
  lines.push("Bounds");
  for (const g of unmetSlots) lines.push(` u_${g} >= 0`);
  lines.push("General");
  const integers = options.length + breakColumns;
  for (let i = 0; i < integers; i += 10) lines.push(" " + columns.slice(i, Math.min(i + 10, integers)).join(" "));
  lines.push("End", "");
  return { text: lines.join("\n"), columns, shiftColumns: options.length, breakColumns, unmetSlots };
}

function rowsPerSlot(total: number): Array<Map<number, number>> {
  return Array.from({ length: total }, () => new Map<number, number>());
}

function add(row: Map<number, number> | undefined, col: number, value: number): void {
  if (row) row.set(col, (row.get(col) ?? 0) + value);
}

/** Appends `+ c name` terms, ten per line (an LP expression may continue on the next line). */
function pushTerms(lines: string[], row: ReadonlyMap<number, number>, columns: readonly string[]): void {
  let line = "";
  let n = 0;
  for (const [col, coef] of row) {
    const name = columns[col];
    if (name === undefined) throw new Error(`No column ${col}`);
    line += ` ${coef < 0 ? "-" : "+"} ${num(Math.abs(coef))} ${name}`;
    if (++n % 10 === 0) {
      lines.push(line);
      line = "";
    }
  }
  if (line) lines.push(line);
  // Callers only write non-empty rows; an empty one would make the reader invent a variable.
  if (n === 0) throw new Error("Empty LP row");
}

/** A number in plain decimal notation (the LP reader must never see "1e-7" glued to a name). */
function num(x: number): string {
  const s = x.toFixed(9).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}
