import fc from "fast-check";
import { InputError } from "../errors";
import { agreement, qaScore, type PairMark, type QaMark } from "./qa-score";

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("qaScore (the issue's worked examples)", () => {
  it("marks {1,0,N/A,1}, weights {30,20,25,25} → 100 × 55/75 = 73.333…", () => {
    expect(qaScore({ marks: [1, 0, "na", 1], weights: [30, 20, 25, 25] })).toBeCloseTo(220 / 3, 12);
  });
  it("with bonus 5 → 78.333…", () => {
    expect(qaScore({ marks: [1, 0, "na", 1], weights: [30, 20, 25, 25], bonus: 5 })).toBeCloseTo(235 / 3, 12);
  });
  it("marks {4,2}, scales {5,4}, weights {50,50} → 100 × (40 + 25)/100 = 65", () => {
    expect(qaScore({ marks: [4, 2], weights: [50, 50], scales: [5, 4] })).toBeCloseTo(65, 12);
  });
  it("caps at 100 and a red line gives 0 whatever the marks and bonus", () => {
    expect(qaScore({ marks: [1, 1, 0], weights: [45, 45, 10], bonus: 20 })).toBe(100);
    expect(qaScore({ marks: [1, 1], weights: [50, 50], redLine: true, bonus: 5 })).toBe(0);
  });
});

describe("qaScore input checks", () => {
  it("rejects all N/A, naming the reason", () => {
    expect(errorOf(() => qaScore({ marks: ["na", "na"], weights: [1, 2] })).text["en-US"]).toMatch(/N\/A/);
    expect(errorOf(() => qaScore({ marks: [1, "na"], weights: [0, 2] })).text["zh-CN"]).toMatch(/不适用/);
  });
  it("rejects a mark above its scale, naming its position and the scale", () => {
    const e = errorOf(() => qaScore({ marks: [4, 5], weights: [50, 50], scales: [5, 4] }));
    expect(e.text["en-US"]).toBe('marks (#2) must be a whole number from 0 to 4 or "N/A"; got 5.');
    expect(e.text["zh-CN"]).toContain("#2");
  });
  it.each<[string, Parameters<typeof qaScore>[0], RegExp]>([
    ["a fractional mark", { marks: [0.5], weights: [1] }, /marks \(#1\)/],
    ["a negative weight", { marks: [1, 1], weights: [1, -1] }, /weights \(#2\)/],
    ["a zero scale", { marks: [0], weights: [1], scales: [0] }, /scales \(#1\)/],
    ["weights of another length", { marks: [1, 1], weights: [1] }, /weights has 1 cells but marks has 2/],
    ["scales of another length", { marks: [1, 1], weights: [1, 1], scales: [1] }, /scales has 1/],
    ["a negative bonus", { marks: [1], weights: [1], bonus: -1 }, /bonus/],
    ["no marks", { marks: [], weights: [] }, /at least one/],
  ])("rejects %s", (_l, input, pattern) => {
    expect(errorOf(() => qaScore(input)).text["en-US"]).toMatch(pattern);
  });
});

const reviewArb = fc
  .array(fc.record({ scale: fc.integer({ min: 1, max: 10 }), weight: fc.integer({ min: 1, max: 50 }), na: fc.boolean(), frac: fc.double({ min: 0, max: 1, noNaN: true }) }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((rows) => ({
    marks: rows.map((r): QaMark => (r.na ? "na" : Math.round(r.frac * r.scale))),
    weights: rows.map((r) => r.weight),
    scales: rows.map((r) => r.scale),
  }))
  .filter((r) => r.marks.some((m) => m !== "na"));

describe("qaScore (properties)", () => {
  it("equals the written rule computed independently, in [0, 100]", () => {
    fc.assert(
      fc.property(reviewArb, fc.integer({ min: 0, max: 30 }), ({ marks, weights, scales }, bonus) => {
        let earned = 0;
        let possible = 0;
        marks.forEach((m, i) => {
          if (m === "na") return;
          earned += (weights[i]! * m) / scales[i]!;
          possible += weights[i]!;
        });
        const expected = Math.min(100, (100 * earned) / possible + bonus);
        const got = qaScore({ marks, weights, scales, bonus });
        return Math.abs(got - expected) < 1e-9 && got >= 0 && got <= 100;
      }),
    );
  });
  it("does not change when every weight is multiplied by the same factor", () => {
    fc.assert(
      fc.property(reviewArb, fc.integer({ min: 2, max: 9 }), ({ marks, weights, scales }, k) => {
        const a = qaScore({ marks, weights, scales });
        const b = qaScore({ marks, weights: weights.map((w) => w * k), scales });
        return Math.abs(a - b) < 1e-9;
      }),
    );
  });
});

describe("agreement", () => {
  it("counts pairs within the tolerance, N/A only with N/A, skipping blanks", () => {
    expect(agreement([5, 4, "na", 3], [5, 3, "na", null])).toBeCloseTo(2 / 3, 12);
    expect(agreement([5, 4, "na", 3], [5, 3, "na", null], 1)).toBe(1);
    expect(agreement([0, "na"], ["na", 0], 5)).toBe(0);
    expect(agreement([1.1], [0.9], 0.2)).toBe(1); // binary rounding does not break "within 0.2"
  });
  it("rejects lists of different lengths, a negative tolerance and no complete pair", () => {
    expect(errorOf(() => agreement([1, 2], [1])).text["en-US"]).toMatch(/scores_a has 2 cells and scores_b has 1/);
    expect(errorOf(() => agreement([1], [1], -1)).text["en-US"]).toMatch(/tolerance/);
    expect(errorOf(() => agreement([1, null], [null, 2])).text["zh-CN"]).toMatch(/没有/);
  });

  const markArb = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant<PairMark>("na"), fc.constant<PairMark>(null));
  const pairsArb = fc
    .array(fc.tuple(markArb, markArb), { minLength: 1, maxLength: 20 })
    .filter((p) => p.some(([a, b]) => a !== null && b !== null));
  it("is symmetric, in [0, 1], 1 against itself, and never falls as the tolerance grows", () => {
    fc.assert(
      fc.property(pairsArb, fc.integer({ min: 0, max: 5 }), (pairs, tol) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const ab = agreement(a, b, tol);
        const filled = a.map((x, i) => (b[i] === null ? null : x));
        return ab === agreement(b, a, tol) && ab >= 0 && ab <= 1 && agreement(filled, filled) === 1 && agreement(a, b, tol + 1) >= ab;
      }),
    );
  });
});
