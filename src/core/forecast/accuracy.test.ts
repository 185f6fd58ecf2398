import { accuracy, ACCURACY_METRICS } from "./accuracy";
import { InputError } from "../errors";

describe("accuracy", () => {
  // Hand-checked: errors f − a = +10, −20, 0, +5 on actuals 100, 200, 50, 0.
  const actual = [100, 200, 50, 0];
  const forecast = [110, 180, 50, 5];

  test.each([
    ["WAPE", 35 / 350],
    ["BIAS", -5 / 350],
    ["MAPE", (0.1 + 0.1 + 0) / 3],
    ["SMAPE", (20 / 210 + 40 / 380 + 0 + 2) / 4],
    ["MAE", 35 / 4],
    ["RMSE", Math.sqrt((100 + 400 + 0 + 25) / 4)],
  ] as const)("%s", (metric, expected) => {
    expect(accuracy(actual, forecast, metric)).toBeCloseTo(expected, 12);
  });

  test("WAPE is the default", () => {
    expect(accuracy([100, 200], [110, 180])).toBeCloseTo(0.1, 12);
  });

  test("pairs with a blank on either side are skipped", () => {
    for (const metric of ACCURACY_METRICS) {
      expect(accuracy([100, null, 200, 7], [110, 999, 180, null], metric)).toBeCloseTo(accuracy([100, 200], [110, 180], metric), 12);
    }
  });

  test("a perfect forecast scores 0 on every measure", () => {
    for (const metric of ACCURACY_METRICS) expect(accuracy([3, 0, 12], [3, 0, 12], metric)).toBe(0);
  });

  test("no answer: no pair, or nothing to divide by", () => {
    const noAnswer = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof InputError && e.kind === "noAnswer";
      }
      return false;
    };
    expect(noAnswer(() => accuracy([null, 5], [4, null]))).toBe(true);
    expect(noAnswer(() => accuracy([0, 0], [1, 2], "WAPE"))).toBe(true);
    expect(noAnswer(() => accuracy([0, 0], [1, 2], "MAPE"))).toBe(true);
    expect(accuracy([0, 0], [1, 2], "MAE")).toBe(1.5);
  });
});
