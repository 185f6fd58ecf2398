import fc from "fast-check";
import loadHighs from "highs";
import { assignRoster, isNightShift, shiftSpan } from "./assign-roster";
import { parseScenario } from "./scenario";
import { slotsPerDay } from "./shift-options";
import { solveShiftPlan } from "./solve-plan";
import type { Person, Scenario, ShiftPlan } from "./types";

const hourly = (n: number) => Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? n : 0));

/** A week in 30-minute slots with early, late and night shifts, meals and short breaks. */
function weekScenario(): Scenario {
  const day = (d: number) => Array.from({ length: 48 }, (_, t) => (t < 12 ? 1 : t < 18 ? 2 : t < 44 ? 3 + (d % 3) : 2));
  return parseScenario({
    slotMinutes: 30,
    demand: Array.from({ length: 7 }, (_, d) => day(d)),
    breakShare: 0.25,
    mealShare: 0.5,
    shifts: [
      { name: "Early", start: "06:00", end: "14:30", meal: { minutes: 30, earliestStart: "03:00", latestStart: "05:00" }, breaks: [{ minutes: 15, earliestStart: "01:30", latestStart: "02:30" }] },
      { name: "Late", start: "14:00", end: "22:30", meal: { minutes: 30, earliestStart: "03:00", latestStart: "05:00" }, breaks: [{ minutes: 15, earliestStart: "06:00", latestStart: "07:00" }] },
      { name: "Night", start: "22:00", end: "06:30", cost: 10, meal: { minutes: 30, earliestStart: "03:00", latestStart: "05:00" } },
    ],
  });
}

let scenario: Scenario;
let plan: ShiftPlan;
beforeAll(async () => {
  scenario = weekScenario();
  plan = await solveShiftPlan(scenario, { highs: await loadHighs() });
});

const personArb = fc.record({
  daysOff: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
  nights: fc.boolean(),
  maxHoursPerWeek: fc.integer({ min: 8, max: 48 }),
  skill: fc.constantFrom("pre-sale" as const, "after-sale" as const),
  availability: fc.option(fc.array(fc.option(fc.record({ fromMinutes: fc.constantFrom(0, 360, 600), toMinutes: fc.constantFrom(900, 1440, 2000) }), { nil: null }), { minLength: 7, maxLength: 7 }), { nil: undefined }),
});

type PersonSpec = Omit<Person, "id" | "name" | "employment" | "availability"> & { availability?: Person["availability"] | undefined };

function people(specs: readonly PersonSpec[]): Person[] {
  return specs.map((p, i) => {
    const person: Person = { id: `P${i}`, name: `P${i}`, employment: "full-time", skill: p.skill, maxHoursPerWeek: p.maxHoursPerWeek, daysOff: p.daysOff, nights: p.nights };
    if (p.availability) person.availability = p.availability;
    return person;
  });
}

describe("assignRoster", () => {
  it("the plan covers the week (a precondition of the invariants below)", () => {
    expect(plan.unmet).toEqual([]);
    expect(plan.entries.some((e) => isNightShift(scenario, e.option))).toBe(true);
  });

  it("invariants for random teams: one shift a day, 11 h rest (also across the week's wrap), hours, days off, nights, availability; every position named or reported", () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 5, maxLength: 40 }), (specs) => {
        const team = people(specs);
        const roster = assignRoster(plan, team, scenario.rules);
        const period = scenario.days * 1440;
        team.forEach((person, p) => {
          const mine = roster.shifts.filter((s) => s.personIndex === p);
          expect(new Set(mine.map((s) => s.day)).size).toBe(mine.length);
          const spans = mine.map((s) => shiftSpan(scenario, s.option));
          // Every two shifts of a person are ≥ 11 h apart both ways round the repeating week.
          for (let i = 0; i < spans.length; i++)
            for (let j = i + 1; j < spans.length; j++) {
              const a = spans[i]!;
              const b = spans[j]!;
              expect((((b.start - a.end) % period) + period) % period).toBeGreaterThanOrEqual(660);
              expect((((a.start - b.end) % period) + period) % period).toBeGreaterThanOrEqual(660);
            }
          const hours = mine.reduce((n, s) => n + (scenario.shifts[s.option.shift]?.lengthMinutes ?? 0) / 60, 0);
          expect(hours).toBeLessThanOrEqual(person.maxHoursPerWeek + 1e-9);
          expect(roster.ledger[p]?.hours).toBeCloseTo(hours, 9);
          for (const s of mine) {
            expect(person.daysOff).not.toContain((scenario.firstWeekday + s.day) % 7);
            if (isNightShift(scenario, s.option)) expect(person.nights).toBe(true);
            const window = person.availability?.[s.day];
            expect(window).not.toBeNull();
            if (window) {
              const start = shiftSpan(scenario, s.option).start - s.day * 1440;
              expect(start).toBeGreaterThanOrEqual(window.fromMinutes);
              expect(start + (scenario.shifts[s.option.shift]?.lengthMinutes ?? 0)).toBeLessThanOrEqual(window.toMinutes);
            }
          }
        });
        // Named + unfilled = the plan, option by option.
        for (const e of plan.entries) {
          const named = roster.shifts.filter((s) => s.option === e.option).length;
          const open = roster.unfilled.filter((u) => u.option === e.option).reduce((n, u) => n + u.count, 0);
          expect(named + open).toBe(e.count);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("meals inside their windows; breaks inside theirs, off the meal, never more on break than the break share allows", () => {
    const team = people(Array.from({ length: 40 }, (_, i) => ({ skill: "pre-sale" as const, maxHoursPerWeek: 44, daysOff: [i % 7], nights: i % 3 !== 0 })));
    const roster = assignRoster(plan, team, scenario.rules);
    expect(roster.unfilled).toEqual([]);
    const present = new Array<number>(slotsPerDay(scenario) * 7).fill(0);
    for (const s of roster.shifts) for (const g of s.option.present) present[g] = (present[g] ?? 0) + 1;
    let breaks = 0;
    let wanted = 0;
    let placed = 0;
    for (const s of roster.shifts) {
      const template = scenario.shifts[s.option.shift]!;
      const meal = (s.option.mealOffsetSlots ?? -1) * scenario.slotMinutes;
      expect(meal).toBeGreaterThanOrEqual(template.meal!.earliestStartMinutes);
      expect(meal).toBeLessThanOrEqual(template.meal!.latestStartMinutes);
      expect(s.breakSlots.length).toBeLessThanOrEqual(template.breaks.length);
      wanted += template.breaks.length;
      placed += s.breakSlots.length > 0 ? 1 : 0;
      for (const g of s.breakSlots) {
        breaks++;
        const offset = s.option.present.indexOf(g) * scenario.slotMinutes;
        expect(offset).toBeGreaterThanOrEqual(template.breaks[0]!.earliestStartMinutes);
        expect(offset).toBeLessThanOrEqual(template.breaks[0]!.latestStartMinutes);
        expect(s.option.eating.map(([e]) => e)).not.toContain(g);
      }
    }
    expect(breaks).toBeGreaterThan(0);
    // Every position filled: every break the plan placed is taken, where the plan placed it.
    expect(placed).toBe(wanted);
    expect(roster.breaksNotPlaced).toBe(0);
    expect(roster.onBreak).toEqual(plan.onBreak);
    // One person, plus the break share of the others present, rounded down.
    roster.onBreak.forEach((n, g) => expect(n).toBeLessThanOrEqual(Math.floor(scenario.breakShare * ((present[g] ?? 0) - 1) + 1 + 1e-9)));
    // The plan's coverage already leaves the breaks out: the named roster keeps it slot for slot.
    expect(roster.coverage).toEqual(plan.coverage);
  });

  it("spreads night shifts evenly over identical people (at most one apart)", () => {
    const team = people(Array.from({ length: 30 }, () => ({ skill: "pre-sale" as const, maxHoursPerWeek: 48, daysOff: [], nights: true })));
    const roster = assignRoster(plan, team, scenario.rules);
    const nights = roster.ledger.map((l) => l.nights);
    expect(nights.reduce((a, b) => a + b, 0)).toBe(plan.entries.filter((e) => isNightShift(scenario, e.option)).reduce((n, e) => n + e.count, 0));
    expect(Math.max(...nights) - Math.min(...nights)).toBeLessThanOrEqual(1);
  });

  it("a shift bound to a skill only goes to people with that skill", async () => {
    const s = parseScenario({
      slotMinutes: 60,
      demand: [hourly(3)],
      shifts: [{ name: "Returns", start: "09:00", end: "17:00", skill: "after-sale" }],
      people: [
        { name: "pre1", skill: "pre-sale" },
        { name: "after1", skill: "after-sale" },
        { name: "pre2", skill: "pre-sale" },
        { name: "after2", skill: "after-sale" },
      ],
    });
    const roster = assignRoster(await solveShiftPlan(s, { highs: await loadHighs() }), s.people, s.rules);
    expect(roster.shifts.map((x) => s.people[x.personIndex]?.name).sort()).toEqual(["after1", "after2"]);
    expect(roster.unfilled.reduce((n, u) => n + u.count, 0)).toBe(1);
  });

  it("on a tie, the person with the narrowest availability gets the shift (so the flexible one is left for the other)", async () => {
    const demand = Array.from({ length: 24 }, (_, h) => (h === 8 || h === 9 || h === 14 || h === 15 ? 1 : 0));
    const s = parseScenario({
      slotMinutes: 60,
      demand: [demand],
      shifts: [
        { name: "Early", start: "08:00", end: "10:00" },
        { name: "Late", start: "14:00", end: "16:00" },
      ],
      // Listed first, "any" would win the early shift on the index alone and "early only" would stay home.
      people: [{ name: "any" }, { name: "early only", availability: [{ from: "07:00", to: "11:00" }] }],
    });
    const roster = assignRoster(await solveShiftPlan(s, { highs: await loadHighs() }), s.people, s.rules);
    expect(roster.unfilled).toEqual([]);
    expect(Object.fromEntries(roster.shifts.map((x) => [s.people[x.personIndex]?.name, s.shifts[x.option.shift]?.name]))).toEqual({ any: "Late", "early only": "Early" });
  });

  describe("prefers shifts close to each person's usual working day", () => {
    const assignedShift = (roster: ReturnType<typeof assignRoster>, s: Scenario) =>
      Object.fromEntries(roster.shifts.map((x) => [s.people[x.personIndex]?.name, s.shifts[x.option.shift]?.name]));

    it("full-timers (44 h → 8.8 h a day) get the 8-hour shifts, temporaries (20 h → 4 h) the 2-hour ones, whatever the list order", async () => {
      const demand = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 11 ? 4 : h >= 11 && h < 17 ? 2 : 0));
      const s = parseScenario({
        slotMinutes: 60,
        demand: [demand],
        shifts: [
          { name: "Long", start: "09:00", end: "17:00" },
          { name: "Short", start: "09:00", end: "11:00" },
        ],
        // Temporaries listed first: on list order alone they would take the long shifts (sorted first).
        people: [
          { name: "temp1", employment: "temporary", maxHoursPerWeek: 20 },
          { name: "temp2", employment: "temporary", maxHoursPerWeek: 20 },
          { name: "full1", maxHoursPerWeek: 44 },
          { name: "full2", maxHoursPerWeek: 44 },
        ],
      });
      const plan = await solveShiftPlan(s, { highs: await loadHighs() });
      expect(plan.entries.map((e) => [s.shifts[e.option.shift]?.name, e.count]).sort()).toEqual([["Long", 2], ["Short", 2]]);
      const roster = assignRoster(plan, s.people, s.rules);
      expect(roster.unfilled).toEqual([]);
      expect(assignedShift(roster, s)).toEqual({ full1: "Long", full2: "Long", temp1: "Short", temp2: "Short" });
      // An explicit usual day wins over the weekly hours: a full-timer who works 2-hour shifts.
      const short = { ...s, people: s.people.map((p) => (p.name === "full2" ? { ...p, preferredShiftMinutes: 120 } : p)) };
      expect(assignedShift(assignRoster(plan, short.people, short.rules), short)).toEqual({ full1: "Long", full2: "Short", temp1: "Long", temp2: "Short" });
    });

    it("never over a hard rule: a temporary who may not work nights takes a long day shift, a full-timer the short night one", async () => {
      const demand = Array.from({ length: 24 }, (_, h) => (h < 2 ? 2 : h >= 9 && h < 17 ? 2 : 0));
      const s = parseScenario({
        slotMinutes: 60,
        demand: [demand],
        shifts: [
          { name: "Long", start: "09:00", end: "17:00" },
          { name: "Midnight", start: "00:00", end: "02:00" },
        ],
        people: [
          { name: "full1", maxHoursPerWeek: 44 },
          { name: "full2", maxHoursPerWeek: 44 },
          { name: "day temp", employment: "temporary", maxHoursPerWeek: 20, nights: false },
          { name: "night temp", employment: "temporary", maxHoursPerWeek: 20 },
        ],
      });
      const roster = assignRoster(await solveShiftPlan(s, { highs: await loadHighs() }), s.people, s.rules);
      expect(roster.unfilled).toEqual([]);
      expect(assignedShift(roster, s)).toEqual({ full1: "Midnight", full2: "Long", "day temp": "Long", "night temp": "Midnight" });
    });

    it("never over fairness in a week: nights stay spread within one of each other when usual days differ", () => {
      const team = people(Array.from({ length: 30 }, () => ({ skill: "pre-sale" as const, maxHoursPerWeek: 48, daysOff: [], nights: true })));
      // Half the team usually works 4-hour days, half 8.5-hour days (the night shift's length): on
      // the preference alone the second half would take every night shift.
      team.forEach((p, i) => (p.preferredShiftMinutes = i % 2 === 0 ? 240 : 510));
      const roster = assignRoster(plan, team, scenario.rules);
      const nights = roster.ledger.map((l) => l.nights);
      expect(roster.unfilled).toEqual([]);
      expect(Math.max(...nights) - Math.min(...nights)).toBeLessThanOrEqual(1);
      const short = nights.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
      expect(short).toBeGreaterThan(0);
    });
  });

  it("reports positions nobody can take (nobody works nights) instead of breaking a rule", () => {
    const team = people(Array.from({ length: 30 }, () => ({ skill: "pre-sale" as const, maxHoursPerWeek: 48, daysOff: [], nights: false })));
    const roster = assignRoster(plan, team, scenario.rules);
    const nightCount = plan.entries.filter((e) => isNightShift(scenario, e.option)).reduce((n, e) => n + e.count, 0);
    expect(roster.unfilled.reduce((n, u) => n + u.count, 0)).toBe(nightCount);
    expect(roster.shifts.some((s) => isNightShift(scenario, s.option))).toBe(false);
  });
});
