/**
 * Short breaks in the shift model (docs/reference/roster.md, "Short breaks"): the solver places them
 * as it places meals, so the plan it calls optimal is one the named roster can keep.
 *
 * A break takes whole slots (its minutes rounded up to slots), starts inside its window and never
 * touches a slot the person eats in, even partly, nor another of the person's breaks (rules whose
 * windows overlap are placed together, as one choice of starts). Breaks are counted per *break
 * group*: the options of one day, template and start whose meals stay clear of every break window
 * share one group; an option whose meal reaches into a break window is a group of its own (its
 * meal and break placements depend on each other). A group's people are interchangeable for its
 * breaks, so any split of the group's break counts among its people is the plan's.
 *
 * People on a short break at once ≤ breakShare × (people present − 1) + 1, rounded down: one person
 * may always take a break (a crew of three at 20 % still gets its breaks), then breakShare of the
 * others. The same linear rule is a row of the model and the assigner's check.
 */
import type { PauseRule, PlanBreak, Scenario, ShiftOption, ShiftTemplate } from "./types";

/** Where one break rule may go: start offset (slots after the shift's start) and the global slots it takes. */
export interface BreakPlacement {
  offset: number;
  /** Global slots on break (fewer than the break's length, or none, past the end of a one-off event). */
  slots: readonly number[];
}

/** Where a group's rules go together: one start offset per rule (in the group's `rules` order) and all the global slots they take. */
export interface BreakCandidate {
  offsets: number[];
  slots: readonly number[];
}

/**
 * The people of some options and the break rules they place together: one rule, or several whose
 * windows overlap (placed as one, so nobody's two breaks fall on the same slot).
 */
export interface BreakGroup {
  /** Indices into the option list. */
  options: number[];
  /** Indices into the template's `breaks`. */
  rules: number[];
  candidates: BreakCandidate[];
}

/** Most people on a short break at once among `present` (see the module comment). */
export function breakCap(share: number, present: number): number {
  return present <= 0 ? 0 : Math.floor(share * (present - 1) + 1 + 1e-9);
}

/** Break length in whole slots. */
export function breakSlots(rule: PauseRule, slotMinutes: number): number {
  return Math.ceil(rule.minutes / slotMinutes);
}

/** True when the option's meal touches (even partly) a slot some break of its template may take. */
function mealMeetsBreaks(template: ShiftTemplate, o: ShiftOption, slotMinutes: number): boolean {
  if (o.mealOffsetSlots === null) return false;
  const eating = eatingOffsets(o);
  return template.breaks.some((rule) => {
    const [from, to] = windowRange(rule, slotMinutes);
    for (let i = from; i < to; i++) if (eating.has(i)) return true;
    return false;
  });
}

/**
 * Start offsets of `rule` inside a shift of `lengthSlots` slots whose slot `i` lies at `present[i]`
 * (missing past the end of a one-off event), avoiding the slots in `eatingOffsets`. Placements that
 * take the same global slots (all past the end) count once.
 */
export function breakCandidates(rule: PauseRule, slotMinutes: number, lengthSlots: number, present: readonly number[], eatingOffsets: ReadonlySet<number>, distinct = true): BreakPlacement[] {
  const length = breakSlots(rule, slotMinutes);
  const seen = new Set<string>();
  const out: BreakPlacement[] = [];
  for (let k = Math.ceil(rule.earliestStartMinutes / slotMinutes); k <= Math.floor(rule.latestStartMinutes / slotMinutes); k++) {
    if (k < 0 || k + length > lengthSlots) continue;
    const offsets = Array.from({ length }, (_, j) => k + j);
    if (offsets.some((i) => eatingOffsets.has(i))) continue;
    const slots = offsets.flatMap((i) => (present[i] === undefined ? [] : [present[i] as number]));
    const key = slots.join(",");
    if (distinct && seen.has(key)) continue;
    seen.add(key);
    out.push({ offset: k, slots });
  }
  return out;
}

/** Slot range (offsets from the shift's start) a rule's break may touch: [from, to). */
function windowRange(rule: PauseRule, slotMinutes: number): [number, number] {
  return [Math.ceil(rule.earliestStartMinutes / slotMinutes), Math.floor(rule.latestStartMinutes / slotMinutes) + breakSlots(rule, slotMinutes)];
}

/** The template's break rules in clusters of overlapping windows (most templates: one rule a cluster). */
export function ruleClusters(template: ShiftTemplate, slotMinutes: number): number[][] {
  const order = template.breaks.map((rule, r) => ({ r, range: windowRange(rule, slotMinutes) })).sort((a, b) => a.range[0] - b.range[0]);
  const clusters: Array<{ rules: number[]; to: number }> = [];
  for (const { r, range } of order) {
    const last = clusters[clusters.length - 1];
    if (last && range[0] < last.to) {
      last.rules.push(r);
      last.to = Math.max(last.to, range[1]);
    } else clusters.push({ rules: [r], to: range[1] });
  }
  return clusters.map((c) => c.rules.sort((a, b) => a - b));
}

/** Joint placements of `rules` (no two of one person's breaks on a slot), one per distinct set of global slots taken. */
function clusterCandidates(template: ShiftTemplate, rules: readonly number[], slotMinutes: number, present: readonly number[], eating: ReadonlySet<number>): BreakCandidate[] {
  const lengthSlots = template.lengthMinutes / slotMinutes;
  let partial: Array<{ offsets: number[]; busy: Set<number>; slots: number[] }> = [{ offsets: [], busy: new Set(), slots: [] }];
  for (const r of rules) {
    const rule = template.breaks[r] as PauseRule;
    const length = breakSlots(rule, slotMinutes);
    const singles = breakCandidates(rule, slotMinutes, lengthSlots, present, eating, rules.length === 1);
    partial = partial.flatMap((p) =>
      singles.flatMap((c) => {
        const own = Array.from({ length }, (_, j) => c.offset + j);
        if (own.some((i) => p.busy.has(i))) return [];
        return [{ offsets: [...p.offsets, c.offset], busy: new Set([...p.busy, ...own]), slots: [...p.slots, ...c.slots] }];
      }),
    );
  }
  const seen = new Set<string>();
  return partial.flatMap((p) => {
    const slots = [...p.slots].sort((a, b) => a - b);
    const key = slots.join(",");
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ offsets: p.offsets, slots }];
  });
}

/** Slot offsets (from the shift's start) the option's people eat in, even partly. */
export function eatingOffsets(option: ShiftOption): Set<number> {
  const at = new Map(option.present.map((g, i) => [g, i]));
  return new Set(option.eating.flatMap(([g]) => (at.has(g) ? [at.get(g) as number] : [])));
}

/** The break groups of an option list (one per group and break rule with somewhere to go). */
export function buildBreakGroups(scenario: Scenario, options: readonly ShiftOption[]): BreakGroup[] {
  const byKey = new Map<string, number[]>();
  options.forEach((o, i) => {
    const template = scenario.shifts[o.shift];
    if (!template || template.breaks.length === 0) return;
    const key = `${o.day}/${o.shift}/${o.startSlot}` + (mealMeetsBreaks(template, o, scenario.slotMinutes) ? `/${o.mealOffsetSlots ?? "-"}` : "");
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  });
  const groups: BreakGroup[] = [];
  for (const members of byKey.values()) {
    const first = options[members[0] as number] as ShiftOption;
    const template = scenario.shifts[first.shift] as ShiftTemplate;
    // One option per group when meals and breaks can meet: its own meal slots are off limits.
    const eating = members.length === 1 ? eatingOffsets(first) : new Set<number>();
    for (let rules of ruleClusters(template, scenario.slotMinutes)) {
      // Breaks that cannot all fit: the later rules give way (those breaks are not taken).
      let candidates = clusterCandidates(template, rules, scenario.slotMinutes, first.present, eating);
      while (candidates.length === 0 && rules.length > 1) {
        rules = rules.slice(0, -1);
        candidates = clusterCandidates(template, rules, scenario.slotMinutes, first.present, eating);
      }
      if (candidates.length > 0) groups.push({ options: members, rules, candidates });
    }
  }
  return groups;
}

/**
 * True when the option's meal leaves one of its breaks nowhere to go although the shift has room for
 * it: such an option is not offered (a person would silently lose a break and the plan gain coverage).
 */
export function mealBlocksBreak(scenario: Scenario, o: ShiftOption): boolean {
  const template = scenario.shifts[o.shift];
  if (!template || !mealMeetsBreaks(template, o, scenario.slotMinutes)) return false;
  const eating = eatingOffsets(o);
  return ruleClusters(template, scenario.slotMinutes).some(
    (rules) =>
      clusterCandidates(template, rules, scenario.slotMinutes, o.present, new Set()).length > 0 &&
      clusterCandidates(template, rules, scenario.slotMinutes, o.present, eating).length === 0,
  );
}

/** The plan's breaks from counts per group and candidate (zero counts left out). */
export function planBreaks(options: readonly ShiftOption[], groups: readonly BreakGroup[], counts: ReadonlyArray<ReadonlyArray<number>>): PlanBreak[] {
  return groups.flatMap((group, i) =>
    group.candidates.flatMap((c, k) => {
      const count = Math.round(counts[i]?.[k] ?? 0);
      return count > 0 ? [{ options: group.options.map((o) => options[o] as ShiftOption), rules: group.rules, offsets: c.offsets, slots: c.slots, count }] : [];
    }),
  );
}

/**
 * Spreads each group's breaks (one per person on its options, `counts` per option) greedily over its
 * candidates: where coverage has most room, within the break cap. For plans not solved with the
 * model (the greedy baseline, a warm start). Returns the count per group and candidate, and whether
 * every break fits the cap (a warm start that does not is no feasible start: it is not handed to HiGHS).
 */
export function spreadBreaks(scenario: Scenario, options: readonly ShiftOption[], groups: readonly BreakGroup[], counts: ArrayLike<number>): { counts: number[][]; withinCap: boolean } {
  const total = scenario.days * (1440 / scenario.slotMinutes);
  const coverage = new Float64Array(total);
  const present = new Float64Array(total);
  const onBreak = new Float64Array(total);
  options.forEach((o, i) => {
    const n = counts[i] ?? 0;
    if (n <= 0) return;
    for (const [g, share] of o.work) coverage[g] = (coverage[g] ?? 0) + share * n;
    for (const g of o.present) present[g] = (present[g] ?? 0) + n;
  });
  const demand = scenario.demand.flat();
  let withinCap = true;
  const placedCounts = groups.map((group) => {
    const placed = new Array<number>(group.candidates.length).fill(0);
    const people = group.options.reduce((n, i) => n + (counts[i] ?? 0), 0);
    for (let p = 0; p < people; p++) {
      let best = -1;
      let bestRoom = -Infinity;
      group.candidates.forEach((c, k) => {
        if (c.slots.some((g) => (onBreak[g] ?? 0) + 1 > breakCap(scenario.breakShare, present[g] ?? 0))) return;
        const room = c.slots.length === 0 ? Infinity : Math.min(...c.slots.map((g) => (coverage[g] ?? 0) - (demand[g] ?? 0)));
        if (room > bestRoom) {
          best = k;
          bestRoom = room;
        }
      });
      // Nowhere within the cap: the first candidate, and the caller learns the spread breaks the cap.
      if (best < 0) withinCap = false;
      const k = best < 0 ? 0 : best;
      placed[k] = (placed[k] ?? 0) + 1;
      for (const g of group.candidates[k]?.slots ?? []) {
        onBreak[g] = (onBreak[g] ?? 0) + 1;
        coverage[g] = (coverage[g] ?? 0) - 1;
      }
    }
    return placed;
  });
  return { counts: placedCounts, withinCap };
}
