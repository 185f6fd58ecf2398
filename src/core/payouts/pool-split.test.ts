import fc from "fast-check";
import { splitCents, splitUnits } from "./pool-split";

describe("largest-remainder split", () => {
  it("1 000.00 split 7 : 5 : 3 → 466.67, 333.33, 200.00", () => {
    expect(splitCents(100_000, [7, 5, 3])).toEqual([46_667, 33_333, 20_000]);
  });
  it("equal remainders: the leftover goes to the earlier row", () => {
    expect(splitCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitCents(200, [1, 1, 1])).toEqual([67, 67, 66]);
  });
  it("fractional weights are exact (0.1 + 0.2 is not 0.30000000000000004 here)", () => {
    expect(splitCents(900, [0.1, 0.2])).toEqual([300, 600]);
  });
  it("zero weights get nothing; a negative total splits its size", () => {
    expect(splitCents(1_000, [0, 3, 1])).toEqual([0, 750, 250]);
    expect(splitCents(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });
  it("rejects negative weights and weights summing to 0", () => {
    expect(() => splitCents(100, [1, -1])).toThrow(/weights \(#2\) must be zero or more/);
    expect(() => splitCents(100, [0, 0])).toThrow(/must not all be 0/);
  });
  it("property: parts sum exactly to the total and each is within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = splitUnits(total, weights);
          const wSum = weights.reduce((a, b) => a + b, 0);
          if (parts.reduce((a, b) => a + b, 0) !== total) return false;
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W (exact in integers)
          return parts.every((p, i) => Math.abs(p * wSum - total * weights[i]!) < wSum);
        },
      ),
    );
  });
});
