import fc from "fast-check";
import { InputError } from "../errors";
import { COMBINES, forecastEventDay } from "./event-day";
import { forecastSample } from "./sample";

describe("forecastEventDay", () => {
  test("hand-checked: uplifts 10 and 10, baseline 10 → a day of 100 shaped 25 % / 75 %", () => {
    const r = forecastEventDay({ pastDays: [[10, 30], [20, 60]], pastBaselines: [4, 8], baseline: 10 });
    expect(r.uplifts).toEqual([10, 10]);
    expect(r.total).toBe(100);
    expect(r.forecast[0]).toBeCloseTo(25, 9);
    expect(r.forecast[1]).toBeCloseTo(75, 9);
  });

  test.each(COMBINES)("the day totals exactly baseline × %s(uplift) (to 1e-9), for any past days", (combine) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((years) =>
          fc.tuple(
            fc.array(fc.array(fc.nat(5000), { minLength: 144, maxLength: 144 }), { minLength: years, maxLength: years }),
            fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: years, maxLength: years }),
            fc.double({ min: 1, max: 1e5, noNaN: true }),
          ),
        ),
        ([pastDays, pastBaselines, baseline]) => {
          fc.pre(pastDays.every((d) => d.some((v) => v > 0)));
          const uplifts = pastDays.map((d, y) => d.reduce((a, b) => a + b, 0) / pastBaselines[y]!);
          const expected =
            baseline *
            (combine === "mean" ? uplifts.reduce((a, b) => a + b, 0) / uplifts.length : combine === "max" ? Math.max(...uplifts) : uplifts[uplifts.length - 1]!);
          const r = forecastEventDay({ pastDays, pastBaselines, baseline, combine, level: 0.8 });
          const sum = r.forecast.reduce((a, b) => a + b, 0);
          return Math.abs(sum - expected) <= 1e-9 * expected && r.lower!.every((l, i) => l >= 0 && l <= r.forecast[i]! && r.upper![i]! >= r.forecast[i]!);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("the sample: the midnight peak stays sharp, single-slot noise is smoothed", () => {
    const s = forecastSample();
    const r = forecastEventDay({ pastDays: s.pastDays, pastBaselines: s.pastBaselines, baseline: 12_000 });
    // 00:00 is the day's busiest slot, as in every past year.
    expect(r.forecast.indexOf(Math.max(...r.forecast))).toBe(0);
    // Jaggedness (mean |second difference|) below the plain mean of the years' shares.
    const plain = r.shape.map((_, i) => s.pastDays.reduce((a, d) => a + d[i]! / d.reduce((x, y) => x + y, 0), 0) / 3);
    const rough = (v: number[]) => v.slice(1, -1).reduce((a, x, i) => a + Math.abs(v[i]! - 2 * x + v[i + 2]!), 0);
    expect(rough(r.shape)).toBeLessThan(0.7 * rough(plain));
  });

  test("a noisy year moves the interval: years that disagree give a wider range", () => {
    const steady = forecastEventDay({ pastDays: [[100, 300], [100, 300]], pastBaselines: [10, 10], baseline: 10, level: 0.8 });
    const noisy = forecastEventDay({ pastDays: [[100, 300], [300, 100]], pastBaselines: [10, 10], baseline: 10, level: 0.8 });
    expect(noisy.upper![0]! - noisy.lower![0]!).toBeGreaterThan(2 * (steady.upper![0]! - steady.lower![0]!));
  });

  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e.text["en-US"];
      throw e;
    }
    throw new Error("no InputError");
  };

  test.each([
    [{ pastDays: [], pastBaselines: [], baseline: 1 }, /at least one past event day/],
    [{ pastDays: [[1, 2], [1]], pastBaselines: [1, 1], baseline: 1 }, /same number of slots/],
    [{ pastDays: [[1, 2]], pastBaselines: [1, 1], baseline: 1 }, /one value per past event day/],
    [{ pastDays: [[1, 2]], pastBaselines: [0], baseline: 1 }, /event_baselines \(#1\) must be a number greater than 0/],
    [{ pastDays: [[1, 2]], pastBaselines: [1], baseline: -3 }, /baseline must be a number greater than 0/],
    [{ pastDays: [[1, -2]], pastBaselines: [1], baseline: 1 }, /year 1, slot 2.*≥ 0/],
    [{ pastDays: [[0, 0]], pastBaselines: [1], baseline: 1 }, /has no contacts/],
  ])("bad input %#", (input, pattern) => {
    expect(message(() => forecastEventDay(input))).toMatch(pattern);
  });
});
