import fc from "fast-check";
import { isInputError } from "../errors";
import { averageSpeedOfAnswerSeconds, erlangC, occupancy, queueLength, serviceLevel } from "./erlang-c";
import { trafficErlangs } from "./traffic";

const kindOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isInputError(e) ? e.kind : "other";
  }
  return undefined;
};

describe("Erlang C: Call Centre Helper worked example (100 per 30 min, AHT 180 s, 80 % in 20 s)", () => {
  const a = trafficErlangs(100, 180, 1800);

  it("has A = 10 Erlangs", () => {
    expect(a).toBe(10);
  });

  it.each([
    [11, 0.3896],
    [12, 0.6402],
    [13, 0.7956],
    [14, 0.8884],
  ])("SL(%i agents) = %f", (n, published) => {
    expect(serviceLevel(n, a, 180, 20)).toBeCloseTo(published, 4);
  });

  it("gives occupancy 0.714, P(wait) 0.174 and ASA 7.8 s at 14 agents", () => {
    expect(occupancy(14, a)).toBeCloseTo(0.714, 3);
    expect(erlangC(14, a)).toBeCloseTo(0.174, 3);
    expect(averageSpeedOfAnswerSeconds(14, a, 180)).toBeCloseTo(7.8, 1);
  });

  it("matches the R package ErlangC tests to 7, 5 and 4 decimals", () => {
    expect(erlangC(14, a)).toBeCloseTo(0.1741319, 7);
    expect(serviceLevel(14, a, 180, 20)).toBeCloseTo(0.88835, 5);
    expect(averageSpeedOfAnswerSeconds(14, a, 180)).toBeCloseTo(7.8359, 4);
  });
});

describe("Erlang C at A = 20 (200 per 30 min, 180 s), 25 agents", () => {
  const a = trafficErlangs(200, 180, 1800);
  it("matches the published C, SL(60 s) and ASA", () => {
    expect(erlangC(25, a)).toBeCloseTo(0.2091028, 7);
    expect(serviceLevel(25, a, 180, 60)).toBeCloseTo(0.9605056, 7);
    expect(averageSpeedOfAnswerSeconds(25, a, 180)).toBeCloseTo(7.528, 3);
  });
});

describe("Erlang C edge cases", () => {
  it("is unstable with agents ≤ traffic: everyone waits, SL 0, no finite ASA", () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(serviceLevel(9, 10, 180, 20)).toBe(0);
    expect(kindOf(() => averageSpeedOfAnswerSeconds(10, 10, 180))).toBe("noAnswer");
    expect(kindOf(() => queueLength(3, 10))).toBe("noAnswer");
    expect(occupancy(8, 10)).toBe(1);
  });

  it("with no traffic nobody waits and nobody is busy", () => {
    expect(erlangC(3, 0)).toBe(0);
    expect(erlangC(0, 0)).toBe(0);
    expect(serviceLevel(0, 0, 180, 20)).toBe(1);
    expect(averageSpeedOfAnswerSeconds(0, 0, 180)).toBe(0);
    expect(occupancy(0, 0)).toBe(0);
  });

  it("has no occupancy for zero agents with traffic", () => {
    expect(kindOf(() => occupancy(0, 2))).toBe("noAnswer");
  });

  it("rejects bad input as invalid", () => {
    expect(kindOf(() => erlangC(-1, 2))).toBe("invalid");
    expect(kindOf(() => serviceLevel(5, 2, 0, 20))).toBe("invalid");
    expect(kindOf(() => serviceLevel(5, 2, 180, -1))).toBe("invalid");
  });

  it("obeys Little's law: Lq = λ·ASA", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 200, noNaN: true }), fc.integer({ min: 1, max: 30 }), (a, extra) => {
        const n = Math.floor(a) + extra;
        const aht = 180;
        const lq = queueLength(n, a);
        expect(Math.abs(lq - (a / aht) * averageSpeedOfAnswerSeconds(n, a, aht)) / lq).toBeLessThan(1e-9);
      }),
    );
  });

  it("SL rises with every added agent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, extra, t) => {
          const n = Math.floor(a) + 1 + extra;
          expect(serviceLevel(n + 1, a, 180, t)).toBeGreaterThanOrEqual(serviceLevel(n, a, 180, t));
        },
      ),
    );
  });
});
