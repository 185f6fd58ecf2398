import fc from "fast-check";
import { ceilTolerant, scheduledAgents } from "./shrinkage";

describe("ceilTolerant", () => {
  it("ignores the IEEE noise that a plain Math.ceil rounds up", () => {
    expect(21 / 0.7).toBe(30.000000000000004);
    expect(Math.ceil(21 / 0.7)).toBe(31);
    expect(ceilTolerant(21 / 0.7)).toBe(30);
    expect(35.7 / 0.85).toBe(42.00000000000001);
    expect(ceilTolerant(35.7 / 0.85)).toBe(42);
  });

  it("still rounds real fractions up", () => {
    expect(ceilTolerant(30.2)).toBe(31);
    expect(ceilTolerant(30.000001)).toBe(31);
    expect(ceilTolerant(0)).toBe(0);
    expect(ceilTolerant(0.4)).toBe(1);
  });

  it("equals Math.ceil for values well away from a whole number", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (x) => {
        fc.pre(Math.abs(x - Math.round(x)) > 1e-6 * Math.max(1, x));
        expect(ceilTolerant(x)).toBe(Math.ceil(x));
      }),
    );
  });
});

describe("scheduledAgents", () => {
  it("schedules 20 for 14 agents at 30 % shrinkage (Call Centre Helper)", () => {
    expect(scheduledAgents(14, 0.3)).toBe(20);
  });

  it("schedules 30 for 21 agents at 30 % and 42 for 35.7 agents at 15 %", () => {
    expect(scheduledAgents(21, 0.3)).toBe(30);
    expect(scheduledAgents(35.7, 0.15)).toBe(42);
  });

  it("keeps the headcount with no shrinkage and 0 for 0", () => {
    expect(scheduledAgents(17, 0)).toBe(17);
    expect(scheduledAgents(0, 0.4)).toBe(0);
  });

  it("leaves at least the needed agents on the floor, and one fewer would not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 95 }), (n, percent) => {
        const s = percent / 100;
        const scheduled = scheduledAgents(n, s);
        expect(scheduled * (1 - s)).toBeGreaterThanOrEqual(n - 1e-9 * n);
        expect((scheduled - 1) * (1 - s)).toBeLessThan(n);
      }),
    );
  });

  it("rejects shrinkage outside [0, 1)", () => {
    expect(() => scheduledAgents(10, 1)).toThrow(/shrinkage/);
    expect(() => scheduledAgents(10, -0.1)).toThrow(/shrinkage/);
    expect(() => scheduledAgents(-1, 0.1)).toThrow(/agents/);
  });
});
