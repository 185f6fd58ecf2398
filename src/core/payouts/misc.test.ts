import { InputError } from "../errors";
import { bandScore } from "./band-score";
import { attainment, payoutFactor } from "./curves";
import fc from "fast-check";
import { decimalOf, fromNumber, parseDecimal, roundHalfUp, ratio } from "./exact";
import { gatedCents, passesGate } from "./gates";
import { centsFromYuan, formatCents, parseMoney } from "./money";
import { overlapDays, prorateCents } from "./proration";
import { gradeOf, weightedScore } from "./scorecard";

describe("exact decimals and money", () => {
  it("reads numbers as the decimal typed", () => {
    expect(fromNumber(0.07)).toEqual({ num: 7n, den: 100n });
    expect(fromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(fromNumber(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
  });
  it("property: the fast decimal path gives the digits of the shortest decimal form", () => {
    const cents = fc.integer({ min: -1e13, max: 1e13 }).map((c) => c / 100);
    const rates = fc.integer({ min: 0, max: 1_000_000 }).map((b) => b / 1_000_000);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    const same = (x: number): boolean => {
      const a = decimalOf(x);
      const b = parseDecimal(x);
      // equal as fractions: a.digits / 10^a.scale = b.digits / 10^b.scale
      return a.digits * 10n ** BigInt(b.scale) === b.digits * 10n ** BigInt(a.scale);
    };
    fc.assert(fc.property(fc.oneof(cents, rates, any), same), { numRuns: 5_000 });
  });
  it("rounds halves away from zero like Excel ROUND", () => {
    expect(roundHalfUp(ratio(5, 2))).toBe(3n);
    expect(roundHalfUp(ratio(-5, 2))).toBe(-3n);
    expect(roundHalfUp(ratio(-7, 3))).toBe(-2n);
    expect(centsFromYuan(1.005)).toBe(101); // a float would say 1.00499999…
    expect(centsFromYuan(2.675)).toBe(268);
  });
  it("parses and formats money", () => {
    expect(parseMoney("¥1,234.56")).toBe(123_456);
    expect(parseMoney("88元")).toBe(8_800);
    expect(parseMoney("-0.125")).toBe(-13);
    expect(() => parseMoney("abc")).toThrow(InputError);
    expect(formatCents(123_456_789)).toBe("¥1,234,567.89");
    expect(formatCents(-5)).toBe("-¥0.05");
  });
});

describe("band scores (CS appraisal sheet in docs/reference/payouts.md)", () => {
  const conversion = { bounds: [0.35, 0.4, 0.45], scores: [60, 80, 100] };
  const response = { bounds: [35, 45, 55], scores: [100, 80, 60], lowerIsBetter: true };
  it("higher is better", () => {
    expect(bandScore(0.45, conversion)).toBe(100);
    expect(bandScore(0.42, conversion)).toBe(80);
    expect(bandScore(0.35, conversion)).toBe(60);
    expect(bandScore(0.349, conversion)).toBe(0);
  });
  it("lower is better", () => {
    expect(bandScore(35, response)).toBe(100);
    expect(bandScore(35.5, response)).toBe(80);
    expect(bandScore(55, response)).toBe(60);
    expect(bandScore(56, response)).toBe(0);
  });
  it("rejects unsorted bounds", () => {
    expect(() => bandScore(1, { bounds: [3, 2], scores: [1, 2] })).toThrow(/bounds must be sorted/);
  });
});

describe("scorecards, grades and gates", () => {
  it("weights the KPI scores (30/20/20/20/5/5)", () => {
    expect(weightedScore([100, 80, 60, 100, 80, 100], [30, 20, 20, 20, 5, 5])).toBe(87);
    expect(weightedScore([85, 60, 0, 80, 60, 60], [0.3, 0.2, 0.2, 0.2, 0.05, 0.05])).toBe(59.5);
    expect(() => weightedScore([1, 2], [0, 0])).toThrow(/must not all be 0/);
  });
  it("grades gold 90–100, silver 80–90, bronze 70–80", () => {
    const grades = [
      { minScore: 90, label: "gold" },
      { minScore: 80, label: "silver" },
      { minScore: 70, label: "bronze" },
    ];
    expect(gradeOf(90, grades)).toBe("gold");
    expect(gradeOf(89.99, grades)).toBe("silver");
    expect(gradeOf(69, grades)).toBeNull();
  });
  it("QA 78 < 80 → no commission; 80 passes", () => {
    const qa = { threshold: 80, direction: "atLeast" } as const;
    expect(gatedCents(120_000, [passesGate(78, qa)])).toBe(0);
    expect(gatedCents(120_000, [passesGate(80, qa)])).toBe(120_000);
    expect(passesGate(3, { threshold: 2, direction: "atMost" })).toBe(false);
  });
});

describe("attainment and pay curves", () => {
  it("attainment with cap and threshold floor", () => {
    expect(attainment(9_000, 10_000)).toBeCloseTo(0.9, 12);
    expect(attainment(13_000, 10_000, { cap: 1.2 })).toBe(1.2);
    expect(attainment(7_000, 10_000, { floor: 0.8 })).toBe(0);
    expect(() => attainment(1, 0)).toThrow(/target must be greater than 0/);
  });
  it("accelerates above target, decelerates below, caps at stretch", () => {
    const curve = { attainments: [0.8, 1, 1.2], factors: [0.5, 1, 2] };
    expect(payoutFactor(0.79, curve)).toBe(0);
    expect(payoutFactor(0.9, curve)).toBeCloseTo(0.75, 12);
    expect(payoutFactor(1.1, curve)).toBeCloseTo(1.5, 12);
    expect(payoutFactor(1.5, curve)).toBe(2);
  });
});

describe("proration", () => {
  it("1 June–31 December 2026: 214 of 365 days, 75 000 → 43 972.60", () => {
    expect(overlapDays(46_174, 46_387, 46_023, 46_387)).toBe(214);
    expect(prorateCents(75_000, 46_174, 46_387, 46_023, 46_387)).toBe(4_397_260);
  });
  it("no overlap → 0; times of day ignored; end before start rejected", () => {
    expect(prorateCents(1_000, 40_000, 40_010, 41_000, 41_010)).toBe(0);
    expect(overlapDays(46_174.75, 46_174.2, 46_023, 46_387)).toBe(1);
    expect(() => prorateCents(1, 5, 4, 1, 10)).toThrow(/end must not be before start/);
  });
});
