import fc from "fast-check";
import { isInputError } from "../errors";
import { agentsForServiceLevel, searchAgents } from "./agents-search";
import { serviceLevel } from "./erlang-c";
import { trafficErlangs } from "./traffic";

const goal = (trafficErlangs: number, targetServiceLevel: number, answerTimeSeconds = 20, ahtSeconds = 180) => ({
  trafficErlangs,
  ahtSeconds,
  targetServiceLevel,
  answerTimeSeconds,
});

/** Independent reference: recompute SL from scratch for every candidate above A. */
function naiveAgents(a: number, target: number, t: number, aht: number): number {
  if (a === 0) return 0;
  for (let n = Math.floor(a) + 1; ; n++) if (serviceLevel(n, a, aht, t) >= target) return n;
}

describe("agentsForServiceLevel", () => {
  it("staffs the Call Centre Helper example with 14 agents", () => {
    expect(agentsForServiceLevel(goal(trafficErlangs(100, 180, 1800), 0.8))).toBe(14);
  });

  it("needs 23 agents for 80 % in 60 s at A = 20", () => {
    expect(agentsForServiceLevel(goal(20, 0.8, 60))).toBe(23);
  });

  it("does not skip the minimum like a search starting at round(A + 1): A = 10.6, target 0.15 → 11", () => {
    const found = searchAgents(goal(10.6, 0.15));
    expect(found.agents).toBe(11);
    expect(found.serviceLevel).toBeCloseTo(0.1726, 4);
  });

  it("needs 0 agents for zero traffic", () => {
    expect(agentsForServiceLevel(goal(0, 0.95))).toBe(0);
  });

  it("raises the headcount to respect the occupancy cap", () => {
    // A = 10, cap 0.7 → ceil(14.29) = 15 > 14 from the service level
    expect(agentsForServiceLevel({ ...goal(10, 0.8), maxOccupancy: 0.7 })).toBe(15);
    // 8 / 0.8 = 10 exactly: the float-safe ceiling keeps 10, not 11; the SL answer is higher anyway
    expect(agentsForServiceLevel({ ...goal(8, 0.01), maxOccupancy: 0.8 })).toBe(10);
    expect(agentsForServiceLevel({ ...goal(10, 0.8), maxOccupancy: 1 })).toBe(14);
  });

  it("answers noAnswer when more than 100 000 agents are needed", () => {
    for (const a of [150_000, 99_999.5]) {
      let error: unknown;
      try {
        agentsForServiceLevel(goal(a, 0.999999, 60));
      } catch (e) {
        error = e;
      }
      expect(isInputError(error) && error.kind).toBe("noAnswer");
    }
  });

  it("rejects targets outside (0, 1) and bad caps", () => {
    expect(() => agentsForServiceLevel(goal(10, 1))).toThrow(/target_sl/);
    expect(() => agentsForServiceLevel(goal(10, 0))).toThrow(/target_sl/);
    expect(() => agentsForServiceLevel({ ...goal(10, 0.8), maxOccupancy: 0 })).toThrow(/max_occupancy/);
  });

  it("agrees with a naive search that recomputes every candidate", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 300, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 10, max: 900, noNaN: true }),
        (a, target, t, aht) => {
          expect(agentsForServiceLevel(goal(a, target, t, aht))).toBe(naiveAgents(a, target, t, aht));
        },
      ),
    );
  });

  it("returns N that meets the target while N − 1 does not", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, target, t) => {
          const n = agentsForServiceLevel(goal(a, target, t));
          expect(n).toBeGreaterThan(a);
          expect(serviceLevel(n, a, 180, t)).toBeGreaterThanOrEqual(target);
          expect(serviceLevel(n - 1, a, 180, t)).toBeLessThan(target);
        },
      ),
    );
  });

  it("never needs fewer agents when the volume rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        (volume, more, target) => {
          const at = (v: number) => agentsForServiceLevel(goal(trafficErlangs(v, 180, 600), target));
          expect(at(volume + more)).toBeGreaterThanOrEqual(at(volume));
        },
      ),
    );
  });
});
