import fc from "fast-check";
import { agentsForServiceLevel } from "./agents-search";
import { serviceLevel } from "./erlang-c";
import { fractionalAgents } from "./fractional";
import { ceilTolerant } from "./shrinkage";

const goal = (trafficErlangs: number, targetServiceLevel: number, answerTimeSeconds = 20) => ({
  trafficErlangs,
  ahtSeconds: 180,
  targetServiceLevel,
  answerTimeSeconds,
});

describe("fractionalAgents", () => {
  it("interpolates between 13 and 14 agents in the Call Centre Helper example", () => {
    const sl13 = serviceLevel(13, 10, 180, 20);
    const sl14 = serviceLevel(14, 10, 180, 20);
    expect(fractionalAgents(goal(10, 0.8))).toBeCloseTo(13 + (0.8 - sl13) / (sl14 - sl13), 12);
    // with the published SL(13) = 0.7956 and SL(14) = 0.8884: 13 + 0.0044 / 0.0928 ≈ 13.047
    expect(fractionalAgents(goal(10, 0.8))).toBeCloseTo(13.047, 3);
  });

  it("anchors at A (SL 0 there) when N − 1 cannot keep up", () => {
    // A = 10.6, target 0.15: N = 11, lower anchor 10.6 with SL 0
    const sl11 = serviceLevel(11, 10.6, 180, 20);
    expect(fractionalAgents(goal(10.6, 0.15))).toBeCloseTo(10.6 + (0.15 / sl11) * 0.4, 12);
  });

  it("is 0 for zero traffic", () => {
    expect(fractionalAgents(goal(0, 0.8))).toBe(0);
  });

  it("lies above A and rounds up to the whole answer", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, target) => {
          const f = fractionalAgents(goal(a, target));
          expect(f).toBeGreaterThan(a);
          expect(ceilTolerant(f)).toBe(agentsForServiceLevel(goal(a, target)));
        },
      ),
    );
  });

  it("never falls when the target rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (a, target, more) => {
          const higher = Math.min(0.99, target + more);
          expect(fractionalAgents(goal(a, higher))).toBeGreaterThanOrEqual(fractionalAgents(goal(a, target)) - 1e-12);
        },
      ),
    );
  });
});
