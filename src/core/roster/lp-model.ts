/**
 * The shift plan as a MILP in CPLEX LP text (set covering with explicit meal placement,
 * see docs/reference/roster.md):
 *
 *   minimise  Σ cost·b + penalty·Σ u
 *   cover_g:  Σ share(b,g)·b + u_g ≥ demand_g        (meal time is not coverage)
 *   cap_d_s:  Σ b over template s on day d ≤ maxPeople
 *   slot_g:   Σ b present at g ≤ maxPerSlot
 *   meal_g:   Σ eating(b,g)·b − mealShare·Σ b present at g ≤ 0
 *   b integer ≥ 0, u ≥ 0 (unmet person-slots: the model is never infeasible)
 *
 * Variable names are plain (`b_3_0_51_24`: day 3, template 0, start slot 51, meal offset 24;
 * `u_431`: unmet at global slot 431) because the LP reader silently misreads odd names (docs/reference/highs.md).
 */
import type { Scenario, ShiftOption } from "./types";
import { slotsPerDay } from "./shift-options";

export interface ShiftLp {
  text: string;
  /** Column names in the order HiGHS numbers them (first appearance in the objective). */
  columns: string[];
  /** Number of `b` columns (they come first, in option order); then one `u` column per slot in `unmetSlots`. */
  shiftColumns: number;
  unmetSlots: number[];
}

/** Variable name of an option. */
export function optionVariable(o: ShiftOption): string {
  return `b_${o.day}_${o.shift}_${o.startSlot}_${o.mealOffsetSlots ?? "n"}`;
}

/** Builds the LP text of the shift model. */
export function buildShiftLp(scenario: Scenario, options: readonly ShiftOption[]): ShiftLp {
  const total = slotsPerDay(scenario) * scenario.days;
  const demand = scenario.demand.flat();
  const columns = options.map(optionVariable);
  const unmetSlots = demand.flatMap((d, g) => (d > 0 ? [g] : []));
  const unmetColumn = new Map(unmetSlots.map((g, i) => [g, options.length + i]));
  columns.push(...unmetSlots.map((g) => `u_${g}`));

  const cover = rowsPerSlot(total);
  const present = rowsPerSlot(total);
  const eating = rowsPerSlot(total);
  options.forEach((o, col) => {
    for (const [g, share] of o.work) add(cover[g], col, share);
    for (const g of o.present) add(present[g], col, 1);
    for (const [g, share] of o.eating) add(eating[g], col, share);
  });

  const lines: string[] = ["Minimize", " obj:"];
  const objective = new Map<number, number>();
  options.forEach((o, col) => objective.set(col, scenario.shifts[o.shift]?.cost ?? 0));
  for (const g of unmetSlots) objective.set(unmetColumn.get(g) ?? -1, scenario.unmetPenalty);
  pushTerms(lines, objective, columns);

  lines.push("Subject To");
  for (const g of unmetSlots) {
    const row = new Map(cover[g]);
    row.set(unmetColumn.get(g) ?? -1, 1);
    lines.push(` cover_${g}:`);
    pushTerms(lines, row, columns);
    lines.push(` >= ${num(demand[g] ?? 0)}`);
  }
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
  if (scenario.mealShare < 1) {
    eating.forEach((eaters, g) => {
      if (eaters.size === 0) return;
      const row = new Map(eaters);
      for (const [col, n] of present[g] ?? new Map<number, number>()) row.set(col, (row.get(col) ?? 0) - scenario.mealShare * n);
      lines.push(` meal_${g}:`);
      pushTerms(lines, row, columns);
      lines.push(" <= 0");
    });
  }
  lines.push("Bounds");
  for (const g of unmetSlots) lines.push(` u_${g} >= 0`);
  lines.push("General");
  for (let i = 0; i < options.length; i += 10) lines.push(" " + columns.slice(i, Math.min(i + 10, options.length)).join(" "));
  lines.push("End", "");
  return { text: lines.join("\n"), columns, shiftColumns: options.length, unmetSlots };
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
