import fc from "fast-check";
import { countInterval, dispersionOf, normalQuantile } from "./intervals";

describe("normalQuantile", () => {
  test.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.001, -3.090232306167813],
  ])("Φ⁻¹(%s) = %s", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });
});

describe("countInterval", () => {
  test("Poisson width grows with the square root of the mean: a slot of 3 is not a slot of 3 000", () => {
    const small = countInterval(3, 0.8, 1);
    const big = countInterval(3000, 0.8, 1);
    // Half-widths ≈ z√μ: 1.28·√3 ≈ 2.2 and 1.28·√3000 ≈ 70.
    expect((small.upper - small.lower) / 2).toBeCloseTo(1.2815515655446004 * Math.sqrt(3), 6);
    expect((big.upper - big.lower) / 2).toBeCloseTo(1.2815515655446004 * Math.sqrt(3000), 6);
    // Relative width: 73 % of the mean at 3, 2.3 % at 3 000.
    expect((small.upper - small.lower) / 3).toBeGreaterThan(20 * ((big.upper - big.lower) / 3000));
  });

  test("counts are skewed: the upper side is longer", () => {
    const i = countInterval(10, 0.8, 1);
    expect(i.upper - 10).toBeGreaterThan(10 - i.lower);
  });

  test("never below 0, lower ≤ upper, wider at a higher level", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }), (mean, level, dispersion) => {
        const i = countInterval(mean, level, dispersion);
        const wider = countInterval(mean, Math.min(0.995, level + 0.004), dispersion);
        return i.lower >= 0 && i.lower <= i.upper && wider.upper >= i.upper;
      }),
    );
  });

  test("dispersion: Σ(a − f)² ÷ Σf, at least 1", () => {
    expect(dispersionOf([10, 30], [20, 20])).toBeCloseTo(200 / 40, 12);
    expect(dispersionOf([20, 20], [20, 20])).toBe(1);
  });
});
