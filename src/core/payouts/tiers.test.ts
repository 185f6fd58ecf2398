import fc from "fast-check";
import { InputError } from "../errors";
import { toNumber } from "./exact";
import { tierBreakdown, tieredPayCents, tierPayExact } from "./tiers";

const REF = { bounds: [0, 10_000, 25_000], rates: [0.05, 0.07, 0.1] };

describe("tiered commission (docs/reference/payouts.md vectors)", () => {
  it("marginal: 30 000 → 500 + 1 050 + 500 = 2 050", () => {
    expect(tieredPayCents(30_000, REF, "marginal")).toBe(205_000);
  });
  it("flat: 30 000 → 3 000", () => {
    expect(tieredPayCents(30_000, REF, "flat")).toBe(300_000);
  });
  it("gist: 10 % to 5 000, 12 % above → 620 and 500", () => {
    const t = { bounds: [0, 5_000], rates: [0.1, 0.12] };
    expect(tieredPayCents(6_000, t)).toBe(62_000);
    expect(tieredPayCents(5_000, t)).toBe(50_000);
  });
  it("Oracle step rate: 1/2/3/5 % from 0/1 000/3 000/8 000, 4 500 → 95", () => {
    expect(tieredPayCents(4_500, { bounds: [0, 1_000, 3_000, 8_000], rates: [0.01, 0.02, 0.03, 0.05] })).toBe(9_500);
  });
  it("forum SUMPRODUCT: 3 % / 5 % above 500 / 7.5 % above 750, 800 → 31.25", () => {
    expect(tieredPayCents(800, { bounds: [0, 500, 750], rates: [0.03, 0.05, 0.075] })).toBe(3_125);
  });
  it("tutorial: 4.5 % / 2 % / 1.2 % / 0.2 %, 540 000 → 10 580", () => {
    const t = { bounds: [0, 100_000, 250_000, 500_000], rates: [0.045, 0.02, 0.012, 0.002] };
    expect(tieredPayCents(540_000, t)).toBe(1_058_000);
  });
  it("statement lines: 2 500 over 1 % to 1 000 and 2 % above → 10 + 30 = 40 (blended 1.6 %)", () => {
    const lines = tierBreakdown(2_500, { bounds: [0, 1_000], rates: [0.01, 0.02] });
    expect(lines.map((l) => [toNumber(l.amountInBand), l.rate, l.payCents])).toEqual([
      [1_000, 0.01, 1_000],
      [1_500, 0.02, 3_000],
    ]);
    const total = lines.reduce((a, l) => a + l.payCents, 0);
    expect(total).toBe(4_000);
    expect(total / 100 / 2_500).toBeCloseTo(0.016, 12);
  });
  it("amount below the first bound earns nothing; cap and floor clamp", () => {
    const t = { bounds: [1_000, 2_000], rates: [0.1, 0.2] };
    expect(tieredPayCents(500, t)).toBe(0);
    expect(tieredPayCents(500, t, "flat")).toBe(0);
    expect(tieredPayCents(5_000, t, "marginal", { capCents: 50_000 })).toBe(50_000); // 100 + 600 = 700 → 500
    expect(tieredPayCents(500, t, "marginal", { floorCents: 2_000 })).toBe(2_000);
    expect(() => tieredPayCents(500, t, "marginal", { floorCents: 2_000, capCents: 1_000 })).toThrow(InputError);
  });
  it("rounds once, half away from zero: 0.5 cent rounds up", () => {
    expect(tieredPayCents(0.25, { bounds: [0], rates: [0.1] })).toBe(3); // 0.025 → 0.03
  });
  it("bad tables: unsorted bounds, negative rates, mismatched lengths", () => {
    expect(() => tieredPayCents(1, { bounds: [0, 5, 5], rates: [0.1, 0.1, 0.1] })).toThrow(/bounds must be sorted/);
    expect(() => tieredPayCents(1, { bounds: [0, 5], rates: [0.1, -0.1] })).toThrow(/rates \(#2\) must be zero or more/);
    expect(() => tieredPayCents(1, { bounds: [0, 5], rates: [0.1] })).toThrow(/same number of values/);
  });
});

describe("tier properties", () => {
  const table = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 2_000 })), { minLength: 1, maxLength: 6 })
    .map((steps) => {
      let b = 0;
      const bounds: number[] = [];
      const rates: number[] = [];
      steps.forEach(([gap, bp], i) => {
        bounds.push(i === 0 ? 0 : (b += gap));
        rates.push(bp / 10_000);
      });
      return { bounds, rates };
    });
  const amount = fc.integer({ min: 0, max: 20_000_000 }).map((c) => c / 100);

  it("marginal pay is non-decreasing and continuous in the amount (exact, before rounding)", () => {
    fc.assert(
      fc.property(table, amount, fc.integer({ min: 1, max: 100_000 }), (t, a, stepCents) => {
        const b = a + stepCents / 100;
        const pa = toNumber(tierPayExact(a, t, "marginal"));
        const pb = toNumber(tierPayExact(b, t, "marginal"));
        const maxRate = Math.max(...t.rates);
        // non-decreasing, and grows by at most the top rate × the step (Lipschitz ⇒ continuous)
        return pb >= pa - 1e-9 && pb - pa <= maxRate * (b - a) + 1e-6;
      }),
    );
  });
  it("statement lines always add up to the rounded total", () => {
    fc.assert(
      fc.property(table, amount, (t, a) => {
        const lines = tierBreakdown(a, t);
        return lines.reduce((s, l) => s + l.payCents, 0) === tieredPayCents(a, t);
      }),
    );
  });
});
