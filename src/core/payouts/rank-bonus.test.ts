import fc from "fast-check";
import { rankBonusCents } from "./rank-bonus";

describe("rank bonuses with ties", () => {
  it("two tied first with prizes 500 and 300 get 400 each; the next gets the third prize", () => {
    expect(rankBonusCents([95, 90, 95], [50_000, 30_000, 10_000])).toEqual([40_000, 10_000, 40_000]);
  });
  it("lowest first (response time): the smallest value wins", () => {
    expect(rankBonusCents([30, 25, 40], [300, 200, 100], true)).toEqual([200, 300, 100]);
  });
  it("ties beyond the prize list share only the prizes of their places", () => {
    expect(rankBonusCents([9, 8, 8, 8], [1_000, 600])).toEqual([1_000, 200, 200, 200]);
  });
  it("leftover cents go to the tied rows in row order; the total stays exact", () => {
    expect(rankBonusCents([5, 5, 5], [100])).toEqual([34, 33, 33]);
  });
  it("blank values are not ranked", () => {
    expect(rankBonusCents([null, 3, 7], [100, 50])).toEqual([null, 50, 100]);
  });
  it("rejects a negative prize", () => {
    expect(() => rankBonusCents([1], [-5])).toThrow(/prizes \(#1\) must be zero or more/);
  });

  const values = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 25 });
  const prizes = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 10 });
  it("property: total awarded = sum of the prizes of the places that exist", () => {
    fc.assert(
      fc.property(values, prizes, fc.boolean(), (v, p, low) => {
        const paid = rankBonusCents(v, p, low).reduce<number>((a, b) => a + (b ?? 0), 0);
        const awarded = p.slice(0, v.length).reduce((a, b) => a + b, 0);
        return paid === awarded;
      }),
    );
  });
  it("property: tied values get equal pay (to within the one leftover cent, exactly when it divides)", () => {
    fc.assert(
      fc.property(values, prizes, (v, p) => {
        const pay = rankBonusCents(v, p);
        return v.every((x, i) =>
          v.every((y, j) => {
            if (x !== y) return true;
            const diff = Math.abs(pay[i]! - pay[j]!);
            const n = v.filter((z) => z === x).length;
            const place = v.filter((z) => z > x).length;
            const pot = p.slice(place, place + n).reduce((a, b) => a + b, 0);
            return pot % n === 0 ? diff === 0 : diff <= 1;
          }),
        );
      }),
    );
  });
  it("property: a better value never earns less than a worse one when prizes fall with the place", () => {
    fc.assert(
      fc.property(values, prizes, (v, p) => {
        const sorted = [...p].sort((a, b) => b - a);
        const pay = rankBonusCents(v, sorted);
        return v.every((x, i) => v.every((y, j) => !(x > y) || pay[i]! >= pay[j]!));
      }),
    );
  });
});
