/**
 * Puts names on a shift plan: each person works at most one shift a day (by start day), only when
 * available and not on a day off, with the minimum rest between shifts and within weekly hours;
 * night shifts and peak slots are spread evenly. A greedy over days: the hardest positions of a
 * day first (nights, skill-bound, longest), each to the eligible person with the lowest fairness
 * score (nights so far, peak slots so far, share of maximum hours used), looking one day ahead: a
 * shift that ends too late for tomorrow's first shifts prefers someone who is off tomorrow anyway.
 * Equal scores go to whoever usually works a day closest to the shift's length (full-timers the
 * full-length shifts, temporaries and reserves the short peak ones). Then each person takes the
 * short breaks the plan placed for their shift (see placeBreaks).
 */
import { breakCap } from "./break-model";
import { optionKey, slotsPerDay } from "./shift-options";
import type { NamedRoster, Person, PersonLedger, RosterRules, RosterShift, Scenario, ShiftOption, ShiftPlan } from "./types";

/** Minutes of a shift option, absolute from day 0's 00:00. */
export function shiftSpan(scenario: Scenario, o: ShiftOption): { start: number; end: number } {
  const start = o.day * 1440 + o.startSlot * scenario.slotMinutes;
  return { start, end: start + (scenario.shifts[o.shift]?.lengthMinutes ?? 0) };
}

/**
 * The day (0-based) a shift option really starts on and its clock time that day: a template that
 * starts at 25:00 on day 0 starts on day 1 at 01:00 (what summaries and sheets must print).
 */
export function shiftStart(scenario: Scenario, o: ShiftOption): { day: number; minutes: number } {
  const { start } = shiftSpan(scenario, o);
  return { day: Math.floor(start / 1440), minutes: start % 1440 };
}

/** A shift that starts before 05:00 or runs past midnight. */
export function isNightShift(scenario: Scenario, o: ShiftOption): boolean {
  const startMinutes = o.startSlot * scenario.slotMinutes;
  return startMinutes < 300 || startMinutes + (scenario.shifts[o.shift]?.lengthMinutes ?? 0) > 1440;
}

/** Peak slots: demand at least 75 % of that day's highest demand (the Double-11 day: the 00:00–02:00 rush). */
export function peakSlotMask(scenario: Scenario): boolean[] {
  return scenario.demand.flatMap((day) => {
    const max = Math.max(...day);
    return day.map((d) => max > 0 && d >= 0.75 * max);
  });
}

interface PersonState {
  hours: number;
  nights: number;
  peakSlots: number;
  shifts: Array<{ start: number; end: number }>;
  workingDays: Set<number>;
}

/**
 * Named roster of a plan.
 * @example
 * const roster = assignRoster(plan, scenario.people, scenario.rules);
 * roster.unfilled; // positions nobody could take
 */
export function assignRoster(plan: ShiftPlan, people: readonly Person[], rules: RosterRules): NamedRoster {
  const scenario = plan.scenario;
  const peak = peakSlotMask(scenario);
  const period = scenario.days * 1440;
  const states: PersonState[] = people.map(() => ({ hours: 0, nights: 0, peakSlots: 0, shifts: [], workingDays: new Set() }));
  const shifts: RosterShift[] = [];
  const unfilled = new Map<ShiftOption, number>();

  // Earliest planned start of each day (absolute minutes), for the one-day look-ahead below.
  const earliestStart = Array.from({ length: scenario.days }, (_, d) =>
    Math.min(...plan.entries.filter((e) => e.option.day === d).map((e) => shiftSpan(scenario, e.option).start), Infinity),
  );
  for (let day = 0; day < scenario.days; day++) {
    const weekday = (scenario.firstWeekday + day) % 7;
    const next = day + 1 < scenario.days ? day + 1 : scenario.wrap ? 0 : -1;
    const nextStart = next < 0 ? Infinity : (earliestStart[next] ?? Infinity) + (next <= day ? period : 0);
    const nextWeekday = (scenario.firstWeekday + day + 1) % 7;
    const positions = plan.entries
      .filter((e) => e.option.day === day)
      .flatMap((e) => Array.from({ length: e.count }, () => e.option))
      .map((option) => ({ option, night: isNightShift(scenario, option), template: scenario.shifts[option.shift], peakSlots: option.work.filter(([g]) => peak[g]).length }))
      .sort(
        (a, b) =>
          Number(b.night) - Number(a.night) ||
          Number(b.template?.skill !== undefined) - Number(a.template?.skill !== undefined) ||
          (b.template?.lengthMinutes ?? 0) - (a.template?.lengthMinutes ?? 0) ||
          a.option.startSlot - b.option.startSlot,
      );
    for (const { option, night, template, peakSlots } of positions) {
      const span = shiftSpan(scenario, option);
      const hours = (template?.lengthMinutes ?? 0) / 60;
      let best = -1;
      let bestScore = Infinity;
      let bestTie: readonly number[] = [];
      people.forEach((person, i) => {
        const st = states[i];
        if (!st || st.workingDays.has(day) || person.daysOff.includes(weekday)) return;
        if (night && !person.nights) return;
        if (template?.skill !== undefined && template.skill !== person.skill) return;
        if (st.hours + hours > person.maxHoursPerWeek + 1e-9) return;
        const window = person.availability?.[day];
        if (window === null) return;
        const startInDay = span.start - day * 1440;
        if (window && (startInDay < window.fromMinutes || startInDay + hours * 60 > window.toMinutes)) return;
        if (!restRespected(st.shifts, span, rules.minRestMinutes, scenario.wrap ? period : 0)) return;
        // Look-ahead: a shift ending too late for tomorrow's first shifts goes preferably to someone
        // who could not work tomorrow anyway (day off, unavailable).
        const blocksTomorrow = span.end + rules.minRestMinutes > nextStart && next >= 0 && !person.daysOff.includes(nextWeekday) && person.availability?.[next] !== null;
        const score =
          (night ? 4 * st.nights : 0) +
          (peakSlots > 0 ? (2 * st.peakSlots) / Math.max(peakSlots, 1) : 0) +
          3 * (st.hours / Math.max(person.maxHoursPerWeek, 1)) +
          (blocksTomorrow ? 1 : 0);
        // Ties on the score above (compared lexicographically, so they never outweigh a fairness
        // difference) go, in order, to (1) whoever's usual working day is closest to this shift's
        // length: full-timers take full-length shifts, part-timers, temporaries and reserves the
        // short peak shifts; (2) whoever is available for the fewest hours that day; (3) list order.
        const tie = [lengthMisfitMinutes(person, window, template?.lengthMinutes ?? 0), availableShare(window)];
        if (score < bestScore - SCORE_EPSILON || (score <= bestScore + SCORE_EPSILON && tieBefore(tie, bestTie))) {
          best = i;
          bestScore = score;
          bestTie = tie;
        }
      });
      const st = states[best];
      if (!st) {
        unfilled.set(option, (unfilled.get(option) ?? 0) + 1);
        continue;
      }
      st.hours += hours;
      st.nights += night ? 1 : 0;
      st.peakSlots += peakSlots;
      st.shifts.push(span);
      st.workingDays.add(day);
      shifts.push({ personIndex: best, day, option, breakSlots: [] });
    }
  }
  shifts.sort((a, b) => a.day - b.day || a.option.startSlot - b.option.startSlot || a.personIndex - b.personIndex);
  const { coverage, onBreak, notPlaced } = placeBreaks(scenario, plan, shifts);
  const ledger: PersonLedger[] = people.map((person, i) => {
    const st = states[i] ?? { hours: 0, nights: 0, peakSlots: 0, shifts: [] };
    return { personIndex: i, hours: st.hours, maxHours: person.maxHoursPerWeek, overHours: st.hours - person.maxHoursPerWeek, nights: st.nights, peakSlots: st.peakSlots, shifts: st.shifts.length };
  });
  return {
    plan,
    people: [...people],
    shifts,
    unfilled: [...unfilled].map(([option, count]) => ({ day: option.day, option, count })),
    ledger,
    coverage,
    onBreak,
    breaksNotPlaced: notPlaced,
  };
}

/** Scores closer than this are equal (sums of ratios: float noise, not fairness). */
const SCORE_EPSILON = 1e-9;

/** True when tie-break key `a` comes before `b` (lexicographic; an empty `b` = nobody chosen yet). */
function tieBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? 0;
    const y = b[k];
    if (y === undefined || x < y - SCORE_EPSILON) return true;
    if (x > y + SCORE_EPSILON) return false;
  }
  return false;
}

/**
 * How far, in minutes, a shift's length is from the person's usual working day: their
 * `preferredShiftMinutes`, else maxHoursPerWeek / 5, but never more than that day's availability
 * window (a reserve on call 00:00–03:00 usually works at most 3 h).
 */
export function lengthMisfitMinutes(person: Person, window: { fromMinutes: number; toMinutes: number } | null | undefined, lengthMinutes: number): number {
  const usual = person.preferredShiftMinutes ?? (person.maxHoursPerWeek * 60) / 5;
  const preferred = window ? Math.min(usual, window.toMinutes - window.fromMinutes) : usual;
  return Math.abs(lengthMinutes - preferred);
}

/** Share (0–1] of the day a person's availability window spans (1 without a window). */
function availableShare(window: { fromMinutes: number; toMinutes: number } | undefined): number {
  return window ? Math.min(1, (window.toMinutes - window.fromMinutes) / 1440) : 1;
}

/** True when `next` keeps at least `rest` minutes from every shift in `taken` (also across the week's wrap when `period` > 0). */
export function restRespected(taken: ReadonlyArray<{ start: number; end: number }>, next: { start: number; end: number }, rest: number, period: number): boolean {
  const shifts = period > 0 ? [-period, 0, period] : [0];
  return taken.every((t) => shifts.every((p) => next.start >= t.end + p + rest || t.start + p >= next.end + rest));
}

/**
 * Gives each rostered shift its short breaks where the plan put them (a break group's people are
 * interchangeable, so the plan's counts are dealt out in roster order). Planned positions nobody
 * took shrink the crew; where that leaves more people on break than the cap allows, the latest
 * breaks there are cancelled (those people keep working, and coverage only rises).
 */
function placeBreaks(scenario: Scenario, plan: ShiftPlan, shifts: RosterShift[]): { coverage: number[]; onBreak: number[]; notPlaced: number } {
  const total = slotsPerDay(scenario) * scenario.days;
  const coverage = new Array<number>(total).fill(0);
  const present = new Array<number>(total).fill(0);
  const onBreak = new Array<number>(total).fill(0);
  for (const s of shifts) {
    for (const [g, share] of s.option.work) coverage[g] = (coverage[g] ?? 0) + share;
    for (const g of s.option.present) present[g] = (present[g] ?? 0) + 1;
  }
  const taken = new Map<RosterShift, Array<{ rules: readonly number[]; slots: readonly number[] }>>(shifts.map((s) => [s, []]));
  const take = (s: RosterShift, rules: readonly number[], slots: readonly number[]) => {
    taken.get(s)?.push({ rules, slots });
    for (const g of slots) {
      onBreak[g] = (onBreak[g] ?? 0) + 1;
      coverage[g] = (coverage[g] ?? 0) - 1;
    }
  };
  const byOption = new Map<string, RosterShift[]>();
  for (const s of shifts) {
    const key = optionKey(s.option);
    const crew = byOption.get(key);
    if (crew) crew.push(s);
    else byOption.set(key, [s]);
  }
  for (const b of plan.breaks) {
    const crew = b.options.flatMap((o) => byOption.get(optionKey(o)) ?? []);
    let left = b.count;
    for (const s of crew) {
      if (left === 0) break;
      const mine = taken.get(s) ?? [];
      if (mine.some((t) => t.rules.some((r) => b.rules.includes(r)) || t.slots.some((g) => b.slots.includes(g)))) continue;
      take(s, b.rules, b.slots);
      left--;
    }
  }
  // Unfilled positions: cancel the latest breaks in any slot over the cap for the crew actually there.
  for (let g = 0; g < total; g++) {
    const cap = breakCap(scenario.breakShare, present[g] ?? 0);
    for (let i = shifts.length - 1; i >= 0 && (onBreak[g] ?? 0) > cap; i--) {
      const s = shifts[i] as RosterShift;
      const mine = taken.get(s) ?? [];
      const at = mine.findIndex((t) => t.slots.includes(g));
      if (at < 0) continue;
      for (const h of mine[at]?.slots ?? []) {
        onBreak[h] = (onBreak[h] ?? 0) - 1;
        coverage[h] = (coverage[h] ?? 0) + 1;
      }
      mine.splice(at, 1); // counted below, with every break not taken
    }
  }
  let notPlaced = 0;
  for (const s of shifts) {
    const mine = taken.get(s) ?? [];
    notPlaced += (scenario.shifts[s.option.shift]?.breaks.length ?? 0) - mine.reduce((n, t) => n + t.rules.length, 0);
    s.breakSlots = mine.flatMap((t) => [...t.slots]).sort((a, b) => a - b);
  }
  return { coverage: coverage.map((c) => Math.round(c * 1e6) / 1e6), onBreak, notPlaced };
}
