import loadHighs from "highs";
import { SAMPLE_TEAM } from "../sample/team";
import { assignRoster } from "./assign-roster";
import { double11Preset } from "./double11";
import { solveShiftPlan } from "./solve-plan";
import type { NamedRoster, Scenario } from "./types";

/** Slots (10 minutes) of a clock range "HH:MM"–"HH:MM". */
const slots = (from: string, to: string) => {
  const m = (c: string) => Number(c.slice(0, 2)) * 6 + Number(c.slice(3)) / 10;
  return Array.from({ length: m(to) - m(from) }, (_, i) => m(from) + i);
};

let scenario: Scenario;
let roster: NamedRoster;
beforeAll(async () => {
  scenario = double11Preset("en-US");
  roster = assignRoster(await solveShiftPlan(scenario, { highs: await loadHighs() }), scenario.people, scenario.rules);
});

const shiftsNamed = (name: string) => roster.shifts.filter((s) => scenario.shifts[s.option.shift]?.name === name);

describe("the Double-11 preset reads like the plan-table article's day (docs/reference/roster.md)", () => {
  it("covers every slot with named people: nothing unmet, no open position, every break placed", () => {
    expect(roster.plan.status).toBe("optimal");
    expect(roster.plan.unmet).toEqual([]);
    expect(roster.unfilled).toEqual([]);
    expect(roster.breaksNotPlaced).toBe(0);
    scenario.demand[0]?.forEach((d, t) => expect(roster.coverage[t]).toBeGreaterThanOrEqual(d));
  });

  it("00:00–02:00 is the day's highest peak, in demand and in people at work, with nobody eating or resting", () => {
    const midnight = slots("00:00", "02:00");
    const rest = roster.coverage.filter((_, t) => !midnight.includes(t));
    const demand = scenario.demand[0] ?? [];
    expect(Math.min(...midnight.map((t) => demand[t] ?? 0))).toBeGreaterThan(Math.max(...demand.filter((_, t) => !midnight.includes(t))));
    // "Far more" than at any other time: at least half as many again as the busiest other slot.
    expect(Math.min(...midnight.map((t) => roster.coverage[t] ?? 0))).toBeGreaterThanOrEqual(1.5 * Math.max(...rest));
    midnight.forEach((t) => {
      expect(roster.plan.eating[t]).toBe(0);
      expect(roster.onBreak[t]).toBe(0);
    });
    expect(shiftsNamed("Midnight peak").length).toBeGreaterThan(shiftsNamed("Overnight").length);
  });

  it("the midnight-peak shift goes to the midnight reserves first, the relief shift to the relief reserves", () => {
    const names = (shift: string) => shiftsNamed(shift).map((s) => scenario.people[s.personIndex]?.name ?? "");
    const midnightReserves = scenario.people.filter((p) => p.id.startsWith("R") && p.nights).map((p) => p.name);
    expect(midnightReserves.length).toBeGreaterThan(0);
    expect(names("Midnight peak")).toEqual(expect.arrayContaining(midnightReserves));
    expect(names("Relief").every((n) => n.startsWith("Reserve"))).toBe(true);
  });

  it("full-timers take the full-length shifts; the midnight peak goes to reserves and temporaries first, full-timers only for what is left", () => {
    const wednesday = scenario.firstWeekday;
    const shiftOf = new Map(roster.shifts.map((s) => [s.personIndex, s]));
    const lengthOf = (i: number) => scenario.shifts[shiftOf.get(i)?.option.shift ?? -1]?.lengthMinutes ?? 0;
    const midnight = shiftsNamed("Midnight peak");
    // Everyone not on the permanent team who may take the midnight peak (nights, not off, on call at 00:00–02:00).
    const others = scenario.people
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.employment === "temporary" && p.nights && !p.daysOff.includes(wednesday))
      .filter(({ p }) => (p.availability?.[0]?.fromMinutes ?? 0) === 0 && (p.availability?.[0]?.toMinutes ?? 1440) >= 120);
    expect(others.length).toBeLessThan(midnight.length);
    others.forEach(({ i }) => expect(scenario.shifts[shiftOf.get(i)?.option.shift ?? -1]?.name).toBe("Midnight peak"));
    const fullTimers = scenario.people.map((p, i) => ({ p, i })).filter(({ p }) => p.employment === "full-time");
    const fullOnShort = fullTimers.filter(({ i }) => lengthOf(i) < 7 * 60);
    // The plan has more midnight-peak positions than reserves and night-working temporaries:
    // exactly the remainder goes to full-timers; every other full-timer works a shift of 7 h or more.
    expect(fullOnShort.length).toBe(midnight.length - others.length);
    fullOnShort.forEach(({ i }) => expect(scenario.shifts[shiftOf.get(i)?.option.shift ?? -1]?.name).toBe("Midnight peak"));
  });

  it("everyone on the team who is not off on Wednesday works exactly one shift", () => {
    const wednesday = scenario.firstWeekday;
    const working = SAMPLE_TEAM.filter((a) => !a.daysOff.includes(wednesday)).map((a) => scenario.people.findIndex((p) => p.id === a.id));
    const count = (i: number) => roster.shifts.filter((s) => s.personIndex === i).length;
    expect(working.map(count)).toEqual(working.map(() => 1));
  });

  it("meals fall in the article's rotation windows: late-night meal after 02:00, lunch 11:00–12:20, dinner 17:00–18:20", () => {
    const within = (shift: string, from: string, to: string) => {
      const allowed = slots(from, to);
      const taken = shiftsNamed(shift).flatMap((s) => s.option.eating.map(([g]) => g));
      expect(taken.length).toBeGreaterThan(0);
      taken.forEach((g) => expect(allowed).toContain(g));
    };
    within("Overnight", "02:00", "06:00");
    within("Day", "11:00", "12:20");
    within("Mid", "17:00", "18:20");
    // 12:20–17:00: everyone on duty, nobody eating or on a break.
    slots("12:20", "17:00").forEach((t) => expect((roster.plan.eating[t] ?? 0) + (roster.onBreak[t] ?? 0)).toBe(0));
  });

  it("snacks at 20:00 before the 21:00 peak, when the relief reserves arrive and the mid crew leaves", () => {
    const evening = shiftsNamed("Evening");
    expect(evening.length).toBeGreaterThan(0);
    const snack = slots("20:00", "20:50");
    evening.forEach((s) => s.breakSlots.forEach((g) => expect(snack).toContain(g)));
    expect(evening.every((s) => s.breakSlots.length === 1)).toBe(true);
    const at = (clock: string) => slots(clock, "23:50")[0] ?? -1;
    const presentAt = (name: string, t: number) => shiftsNamed(name).filter((s) => s.option.present.includes(t)).length;
    expect(presentAt("Relief", at("20:00"))).toBeGreaterThan(0);
    expect(presentAt("Mid", at("20:50"))).toBeGreaterThan(0);
    expect(presentAt("Mid", at("21:00"))).toBe(0);
    expect(presentAt("Evening", at("21:00")) + presentAt("Relief", at("21:00"))).toBe(roster.coverage[at("21:00")]);
  });
});
