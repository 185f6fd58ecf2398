import fc from "fast-check";
import { isInputError } from "../errors";
import { erlangB, serversForBlocking } from "./erlang-b";

/** Erlang B straight from its definition, (A^N/N!) / Σ_{k≤N} A^k/k!, for small N. */
function erlangBByDefinition(servers: number, traffic: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= servers; k++) {
    term *= traffic / k;
    sum += term;
  }
  return term / sum;
}

describe("erlangB", () => {
  it("matches the published values for A = 1 and A = 20", () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangB(25, 20)).toBeCloseTo(0.0502218, 7);
  });

  it("is 1 with no servers and 0 with no traffic", () => {
    expect(erlangB(0, 7.5)).toBe(1);
    expect(erlangB(5, 0)).toBe(0);
  });

  it("agrees with the definition for small systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 80, noNaN: true }), (n, a) => {
        expect(erlangB(n, a)).toBeCloseTo(erlangBByDefinition(n, a), 12);
      }),
    );
  });

  it("falls as servers are added (A > 0), strictly until it underflows to 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0.01, max: 400, noNaN: true }), (n, a) => {
        const [now, next] = [erlangB(n, a), erlangB(n + 1, a)];
        if (now > 1e-300) expect(next).toBeLessThan(now);
        else expect(next).toBeLessThanOrEqual(now);
      }),
    );
  });

  it("stays finite and in (0, 1) for tens of thousands of servers", () => {
    const b = erlangB(50_000, 49_000);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
  });

  it("rejects fractional servers and negative traffic", () => {
    expect(() => erlangB(2.5, 1)).toThrow(/servers must be a whole number/);
    expect(() => erlangB(2, -1)).toThrow(/traffic must be a number at least 0/);
  });
});

describe("serversForBlocking", () => {
  it("needs 17 servers for 2 % blocking at A = 10 (Erlang B table)", () => {
    expect(serversForBlocking(10, 0.02)).toBe(17);
    expect(erlangB(16, 10)).toBeGreaterThan(0.02);
  });

  it("needs 0 servers with no traffic", () => {
    expect(serversForBlocking(0, 0.01)).toBe(0);
  });

  it("answers noAnswer beyond 100 000 servers", () => {
    let error: unknown;
    try {
      serversForBlocking(200_000, 0.01);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error) && error.kind).toBe("noAnswer");
  });
});
