import fc from "fast-check";
import { isInputError } from "../errors";
import { agentsForServiceLevelA, erlangAMetrics } from "./erlang-a";
import { erlangC, serviceLevel } from "./erlang-c";
import { erlangB } from "./erlang-b";
import { trafficErlangs } from "./traffic";

/**
 * Independent reference for small systems: the stationary distribution by plain products over a
 * long fixed truncation, and P(answered within t | k ahead) by uniformization of the tagged
 * customer's chain (advance at N·μ + k·θ, abandon at θ) — the method pyworkforce uses.
 */
function reference(agents: number, a: number, aht: number, patience: number, t: number) {
  const mu = 1 / aht;
  const theta = 1 / patience;
  const lambda = a * mu;
  const states = agents + 120;
  const p = [1];
  for (let n = 1; n < states; n++) p.push((p[n - 1]! * lambda) / (Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta));
  const total = p.reduce((s, x) => s + x, 0);
  const pi = p.map((x) => x / total);
  const maxAhead = states - agents;
  const rate = agents * mu + (maxAhead + 1) * theta;
  const steps = Math.ceil(rate * t + 12 * Math.sqrt(rate * t) + 60);
  const served: number[] = [];
  for (let start = 0; start < maxAhead; start++) {
    let dist = new Array<number>(maxAhead).fill(0);
    dist[start] = 1;
    let servedMass = 0;
    let poisson = Math.exp(-rate * t);
    let within = 0;
    for (let k = 1; k <= steps; k++) {
      const next = new Array<number>(maxAhead).fill(0);
      dist.forEach((mass, j) => {
        if (mass === 0) return;
        const advance = agents * mu + j * theta;
        if (j === 0) servedMass += (mass * advance) / rate;
        else next[j - 1]! += (mass * advance) / rate;
        next[j]! += (mass * (rate - advance - theta)) / rate;
      });
      dist = next;
      poisson *= (rate * t) / k;
      within += poisson * servedMass;
    }
    served.push(within);
  }
  let sl = 0;
  let busy = 0;
  let waiting = 0;
  pi.forEach((x, n) => {
    busy += x * Math.min(n, agents);
    if (n < agents) sl += x;
    else {
      waiting += x;
      sl += x * served[n - agents]!;
    }
  });
  return { serviceLevel: sl, waitProbability: waiting, busyAgents: busy };
}

describe("erlangAMetrics: pyworkforce reference (A = 10, AHT 180 s, patience 300 s, 20 s)", () => {
  const a = trafficErlangs(100, 180, 1800);

  it("matches at 14 agents", () => {
    const m = erlangAMetrics(14, a, 180, 300, 20);
    expect(m.waitProbability).toBeCloseTo(0.14526, 5);
    expect(m.abandonProbability).toBeCloseTo(0.013984, 6);
    expect(m.serviceLevel).toBeCloseTo(0.916792, 6);
    expect(m.occupancy).toBeCloseTo(0.704297, 6);
    expect(m.asaSeconds).toBeCloseTo(4.195, 3);
  });

  it("matches at 13 agents", () => {
    const m = erlangAMetrics(13, a, 180, 300, 20);
    expect(m.serviceLevel).toBeCloseTo(0.858178, 6);
    expect(m.abandonProbability).toBeCloseTo(0.024963, 6);
  });
});

describe("erlangAMetrics against an independent computation", () => {
  it.each([
    [3, 2.5, 60, 100, 30],
    [2, 3.4, 120, 45, 10],
    [5, 1.2, 300, 600, 0],
    [0, 1.5, 60, 30, 20],
  ])("N = %i, A = %f, AHT %f s, patience %f s, t = %f s", (n, a, aht, patience, t) => {
    const m = erlangAMetrics(n, a, aht, patience, t);
    const r = reference(n, a, aht, patience, t);
    expect(m.serviceLevel).toBeCloseTo(r.serviceLevel, 9);
    expect(m.waitProbability).toBeCloseTo(r.waitProbability, 12);
    // flow balance: answered contacts = busy agents × μ
    expect(a * (1 - m.abandonProbability)).toBeCloseTo(r.busyAgents, 9);
  });

  it("tends to Erlang C as patience grows", () => {
    const m = erlangAMetrics(14, 10, 180, 1e9, 20);
    expect(m.waitProbability).toBeCloseTo(erlangC(14, 10), 6);
    expect(m.serviceLevel).toBeCloseTo(serviceLevel(14, 10, 180, 20), 6);
  });

  it("is finite and sane with far fewer agents than traffic", () => {
    const m = erlangAMetrics(1, 3000, 180, 300, 20);
    expect(m.abandonProbability).toBeGreaterThan(0.99);
    expect(m.abandonProbability).toBeLessThanOrEqual(1);
    expect(m.waitProbability).toBeCloseTo(1, 12);
    expect(m.asaSeconds).toBeLessThanOrEqual(300);
  });

  it("answers noAnswer, without summing millions of states, when patience is far too long for N far below A", () => {
    let error: unknown;
    try {
      erlangAMetrics(1000, 3000, 180, 1e6, 20);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error) && error.kind).toBe("noAnswer");
    expect(isInputError(error) && error.text["en-US"]).toMatch(/use the Erlang C functions/);
  });

  it("with no traffic nobody waits", () => {
    expect(erlangAMetrics(3, 0, 180, 60, 20)).toMatchObject({ serviceLevel: 1, abandonProbability: 0, occupancy: 0 });
  });
});

describe("agentsForServiceLevelA", () => {
  const goal = (trafficErlangs: number, patienceSeconds: number, targetServiceLevel: number, answerTimeSeconds = 20, ahtSeconds = 180) => ({
    trafficErlangs,
    ahtSeconds,
    patienceSeconds,
    targetServiceLevel,
    answerTimeSeconds,
  });

  it("staffs 14 for 90 % and 13 for 85 % in the reference example", () => {
    expect(agentsForServiceLevelA(goal(10, 300, 0.9))).toBe(14);
    expect(agentsForServiceLevelA(goal(10, 300, 0.85))).toBe(13);
  });

  it("can go below the traffic when customers give up quickly", () => {
    const n = agentsForServiceLevelA(goal(10, 10, 0.3));
    expect(n).toBeLessThan(10);
    expect(erlangAMetrics(n, 10, 180, 10, 20).serviceLevel).toBeGreaterThanOrEqual(0.3);
    expect(erlangAMetrics(n - 1, 10, 180, 10, 20).serviceLevel).toBeLessThan(0.3);
  });

  it("respects the abandonment cap", () => {
    const n = agentsForServiceLevelA({ ...goal(10, 300, 0.5), maxAbandon: 0.005 });
    expect(erlangAMetrics(n, 10, 180, 300, 20).abandonProbability).toBeLessThanOrEqual(0.005);
    expect(erlangAMetrics(n - 1, 10, 180, 300, 20).abandonProbability).toBeGreaterThan(0.005);
  });

  it("needs 0 agents for zero traffic and answers noAnswer above 100 000", () => {
    expect(agentsForServiceLevelA(goal(0, 60, 0.8))).toBe(0);
    let error: unknown;
    try {
      agentsForServiceLevelA(goal(150_000, 60, 0.9));
    } catch (e) {
      error = e;
    }
    expect(isInputError(error) && error.kind).toBe("noAnswer");
  });

  it("returns N that meets the target while N − 1 does not", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 300, noNaN: true }),
        fc.double({ min: 5, max: 1200, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (a, patience, target, t) => {
          const n = agentsForServiceLevelA(goal(a, patience, target, t));
          expect(erlangAMetrics(n, a, 180, patience, t).serviceLevel).toBeGreaterThanOrEqual(target);
          expect(erlangAMetrics(n - 1, a, 180, patience, t).serviceLevel).toBeLessThan(target);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("SL rises and abandonment falls with every added agent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.integer({ min: 0, max: 250 }),
        fc.double({ min: 5, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (a, n, patience, t) => {
          const now = erlangAMetrics(n, a, 180, patience, t);
          const more = erlangAMetrics(n + 1, a, 180, patience, t);
          expect(more.serviceLevel).toBeGreaterThanOrEqual(now.serviceLevel - 1e-12);
          expect(more.abandonProbability).toBeLessThanOrEqual(now.abandonProbability + 1e-12);
        },
      ),
    );
  });

  it("never needs fewer agents when the volume rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (volume, more, target) => {
          const at = (v: number) => agentsForServiceLevelA(goal(trafficErlangs(v, 180, 600), 120, target));
          expect(at(volume + more)).toBeGreaterThanOrEqual(at(volume));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("erlangAMetrics: work bounded by the tail, not by patience", () => {
  it("with patience near 0 is the loss system (Erlang B) and stays finite", () => {
    for (const patience of [5e-324, 1e-300, 1e-12]) {
      const m = erlangAMetrics(14, 10, 180, patience, 20);
      expect(m.abandonProbability).toBe(erlangB(14, 10));
      expect(m.waitProbability).toBe(erlangB(14, 10));
      expect(m.serviceLevel).toBeCloseTo(1 - erlangB(14, 10), 15);
      expect(m.asaSeconds).toBe(0);
    }
  });

  it("with patience beyond the state budget and N > A gives the Erlang C measures, the exact sum agreeing where both run", () => {
    // Near the budget both ways are computed: the exact sum (patience 1e9, ρ = 0.9999) and the limit (1e12).
    const exact = erlangAMetrics(1000, 999.9, 180, 300, 20);
    expect(exact.serviceLevel).toBeCloseTo(0.98526654, 7); // unchanged: well inside the budget
    const limit = erlangAMetrics(1000, 999.9, 180, 1e12, 20);
    expect(limit.waitProbability).toBeCloseTo(erlangC(1000, 999.9), 12);
    expect(limit.serviceLevel).toBeCloseTo(serviceLevel(1000, 999.9, 180, 20), 12);
    expect(limit.abandonProbability).toBeLessThan(1e-6);
  });

  it("refuses with noAnswer (not minutes of work) when N ≤ A and patience is extreme, and AGENTSA still answers", () => {
    for (const patience of [1e9, 1e12, 1e300]) {
      let error: unknown;
      try {
        erlangAMetrics(10, 10, 180, patience, 20);
      } catch (e) {
        error = e;
      }
      expect(isInputError(error) && error.kind).toBe("noAnswer");
      expect(agentsForServiceLevelA({ trafficErlangs: 10, ahtSeconds: 180, patienceSeconds: patience, targetServiceLevel: 0.8, answerTimeSeconds: 20 })).toBe(
        agentsForServiceLevelA({ trafficErlangs: 10, ahtSeconds: 180, patienceSeconds: 1e6, targetServiceLevel: 0.8, answerTimeSeconds: 20 }),
      );
    }
  });
});
