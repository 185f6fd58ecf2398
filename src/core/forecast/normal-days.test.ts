import fc from "fast-check";
import { accuracy } from "./accuracy";
import { InputError } from "../errors";
import { DAYS_PER_WEEK, forecastNormalDays } from "./normal-days";
import { drawCounts, normalIntensity } from "./sample";

const WEEK = DAYS_PER_WEEK * 144;

describe("forecastNormalDays: hand-checkable cases", () => {
  test("a constant series forecasts the constant", () => {
    const r = forecastNormalDays({ history: new Array(3 * WEEK).fill(42), season: 144, horizon: 500 });
    for (const f of r.forecast) expect(f).toBeCloseTo(42, 9);
  });

  test("a constant series without the weekly cycle (two days) forecasts the constant", () => {
    const r = forecastNormalDays({ history: new Array(2 * 24).fill(7), season: 24, horizon: 30 });
    expect(r.forecast).toHaveLength(30);
    for (const f of r.forecast) expect(f).toBeCloseTo(7, 9);
  });

  test("a pure weekly pattern is reproduced slot by slot (each weekday its own shape and size)", () => {
    const season = 24;
    const week = Array.from({ length: 7 * season }, (_, t) => {
      const day = Math.floor(t / season);
      const hour = t % season;
      return (day + 1) * 10 + (hour === (day * 3) % 24 ? 50 : 0) + hour;
    });
    const history = [...week, ...week, ...week];
    const r = forecastNormalDays({ history, season, horizon: 7 * season + 5 });
    const expected = [...week, ...week.slice(0, 5)];
    r.forecast.forEach((f, i) => expect(f).toBeCloseTo(expected[i]!, 6));
    expect(r.method.startsWith("week")).toBe(true);
  });

  test("a partial last day: the forecast continues from the next slot", () => {
    const season = 24;
    const day = Array.from({ length: season }, (_, h) => 10 + h);
    const history = [...Array(15).fill(day).flat(), ...day.slice(0, 10)];
    const r = forecastNormalDays({ history, season, horizon: 4 });
    r.forecast.forEach((f, i) => expect(f).toBeCloseTo(day[10 + i]!, 6));
  });

  test("missing slots (blank) are skipped, not read as 0", () => {
    const season = 24;
    const day = Array.from({ length: season }, (_, h) => 5 + (h % 6));
    const history: (number | null)[] = Array(21).fill(day).flat();
    for (let t = 30; t < history.length; t += 37) history[t] = null;
    const r = forecastNormalDays({ history, season, horizon: season });
    r.forecast.forEach((f, i) => expect(f).toBeCloseTo(day[i]!, 6));
  });

  test("the level follows growth: a steadily growing series is forecast above its last week's mean", () => {
    const season = 24;
    const history = Array.from({ length: 6 * 7 * season }, (_, t) => 100 * (1 + 0.01 * Math.floor(t / season)));
    const r = forecastNormalDays({ history, season, horizon: 7 * season });
    expect(r.method).toContain("+trend");
    // Day 42 onward: 100 × (1 + 0.01 d); the forecast of day 45 within 0.5 %.
    expect(r.forecast[3 * season]! / 145).toBeCloseTo(1, 2);
  });
});

describe("forecastNormalDays: backtests on seeded synthetic series (known intensity)", () => {
  // Eight weeks to learn from, the ninth to score; the intensity grows 1 % a week.
  test.each([11, 12, 13, 14, 15])("seed %i: beats the seasonal naive forecast (same slot last week)", (seed) => {
    const intensity = normalIntensity({ weeks: 9, dailyTotal: 6000, weeklyGrowth: 0.01 });
    const counts = drawCounts(intensity, seed);
    const history = counts.slice(0, 8 * WEEK);
    const actual = counts.slice(8 * WEEK);
    const r = forecastNormalDays({ history, season: 144, horizon: WEEK });
    const ours = accuracy(actual, r.forecast);
    const naive = accuracy(actual, history.slice(7 * WEEK));
    // The seasonal naive forecast carries a week of Poisson noise: ~40 % more error.
    expect(ours).toBeLessThan(0.8 * naive);
    // And we are close to the best possible (the intensity itself).
    expect(ours).toBeLessThan(1.05 * accuracy(actual, intensity.slice(8 * WEEK)));
    // The in-sample backtest agrees: the chosen variant beat the naive one there too.
    const naiveScore = r.backtest.find((b) => b.method === "seasonalNaive")!.wape;
    expect(Math.min(...r.backtest.map((b) => b.wape))).toBeLessThan(naiveScore);
  });

  test("80 % intervals cover 80 % ± 5 % of 10 080 simulated Poisson slots", () => {
    let covered = 0;
    let slots = 0;
    for (let seed = 100; seed < 110; seed++) {
      const intensity = normalIntensity({ weeks: 9, dailyTotal: 2000 + 500 * (seed - 100), weeklyGrowth: 0.005 });
      const counts = drawCounts(intensity, seed);
      const r = forecastNormalDays({ history: counts.slice(0, 8 * WEEK), season: 144, horizon: WEEK, level: 0.8 });
      counts.slice(8 * WEEK).forEach((a, i) => {
        slots += 1;
        if (a >= r.lower![i]! && a <= r.upper![i]!) covered += 1;
      });
    }
    expect(slots).toBe(10_080);
    expect(covered / slots).toBeGreaterThan(0.75);
    expect(covered / slots).toBeLessThan(0.85);
  });
});

describe("forecastNormalDays: properties", () => {
  test("forecasts and bounds are ≥ 0 and lower ≤ forecast ≤ upper", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(500), fc.constant(null)), { minLength: 48, maxLength: 24 * 20 }), fc.integer({ min: 1, max: 60 }), (history, horizon) => {
        fc.pre(history.some((v) => v !== null));
        const r = forecastNormalDays({ history, season: 24, horizon, level: 0.9, weekly: false });
        return (
          r.forecast.length === horizon &&
          r.forecast.every((f, i) => f >= 0 && r.lower![i]! >= 0 && r.lower![i]! <= f + 1e-9 && f <= r.upper![i]! + 1e-9)
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe("forecastNormalDays: bad input", () => {
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e.text["en-US"];
      throw e;
    }
    throw new Error("no InputError");
  };

  test("history shorter than two days", () => {
    expect(message(() => forecastNormalDays({ history: new Array(200).fill(1), season: 144, horizon: 5 }))).toMatch(/at least two days.*288.*200/);
  });

  test("weekly asked for with less than two weeks", () => {
    expect(message(() => forecastNormalDays({ history: new Array(10 * 144).fill(1), season: 144, horizon: 5, weekly: true }))).toMatch(/two weeks/);
  });

  test("only blanks", () => {
    expect(message(() => forecastNormalDays({ history: new Array(48).fill(null), season: 24, horizon: 5 }))).toMatch(/only blanks/);
  });
});
