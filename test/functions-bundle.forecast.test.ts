/**
 * The forecast functions as Excel calls them: from the BUILT bundle (dist/functions.js, run
 * `npm run build` first), by id, omitted optionals as null. Spill shapes (1 or 3 columns), the
 * event total, accuracy measures, and bad input as #VALUE! naming the argument and the cell, in
 * both languages; no answer as #NUM!.
 */
import { forecastSample } from "../src/core/forecast";
import { isExcelError, loadFunctions, type LoadedFunctions } from "./support/load-functions";

const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

let fns: LoadedFunctions;
beforeAll(() => {
  fns = loadFunctions();
});

function valueError(result: unknown): string {
  if (!isExcelError(result, "#VALUE!")) throw new Error(`expected #VALUE!, got ${JSON.stringify(result).slice(0, 200)}`);
  return result.message ?? "";
}

describe("forecast functions in the built bundle", () => {
  it("declares the optional parameters and a matrix result", () => {
    const meta = new Map(fns.metadata.functions.map((f) => [f.id, f]));
    expect(meta.get("FORECAST")!.parameters!.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["history", false],
      ["season", false],
      ["horizon", false],
      ["weekly", true],
      ["level", true],
    ]);
    expect(meta.get("EVENTFORECAST")!.result?.dimensionality).toBe("matrix");
    expect(meta.get("ACCURACY")!.parameters!.find((p) => p.name === "metric")?.optional).toBe(true);
  });

  it("FORECAST spills one column, or three with a level; blanks are missing slots", () => {
    const s = forecastSample();
    const history = col(...s.recent);
    const one = fns.call("FORECAST", history, [[144]], [[1008]], null, null) as number[][];
    expect(one).toHaveLength(1008);
    expect(one[0]).toHaveLength(1);
    const three = fns.call("FORECAST", history, [[144]], [[144]], [[true]], [[0.8]]) as number[][];
    expect(three[0]).toHaveLength(3);
    three.forEach(([f, lo, hi]) => expect(lo! <= f! && f! <= hi! && lo! >= 0).toBe(true));
    // A history pasted into a longer range: trailing blanks ignored; blanks inside are missing slots.
    expect(fns.call("FORECAST", col(10, 20, "", 20, null, null), [[2]], [[2]])).toEqual([[10], [20]]);
  });

  it("EVENTFORECAST: the day totals baseline × combine(uplift)", () => {
    const history = [
      [100, 200],
      [300, 600],
    ];
    expect(fns.call("EVENTFORECAST", history, [[40, 100]], [[50]], null, null)).toEqual([[112.5], [337.5]]);
    expect(fns.call("EVENTFORECAST", history, col(40, 100), [[50]], [["MAX"]])).toEqual([[125], [375]]);
    expect(fns.call("EVENTFORECAST", history, col(40, 100), [[50]], [["last"]])).toEqual([[100], [300]]);
    const withRange = fns.call("EVENTFORECAST", history, col(40, 100), [[50]], null, [[0.8]]) as number[][];
    expect(withRange.map((r) => r.length)).toEqual([3, 3]);
  });

  it("ACCURACY: each measure, blank pairs skipped", () => {
    const a = col(100, 200, 50, "");
    const f = col(110, 180, 50, 70);
    expect(fns.call("ACCURACY", a, f, null)).toBeCloseTo(30 / 350, 12);
    expect(fns.call("ACCURACY", a, f, [["bias"]])).toBeCloseTo(-10 / 350, 12);
    expect(fns.call("ACCURACY", a, f, [["RMSE"]])).toBeCloseTo(Math.sqrt(500 / 3), 12);
  });

  it("bad input: #VALUE! naming the argument and the cell", () => {
    expect(valueError(fns.call("FORECAST", col(5, 6, "lots", 8), [[2]], [[2]]))).toMatch(/^history \(#3\) must be a number at least 0; got "lots"/);
    expect(valueError(fns.call("FORECAST", col(5, -6, 7, 8), [[2]], [[2]]))).toMatch(/^history \(#2\)/);
    expect(valueError(fns.call("FORECAST", col(5, 6, 7), [[2]], [[2]]))).toMatch(/at least two days/);
    expect(valueError(fns.call("FORECAST", [[1, 2], [3, 4]], [[1]], [[2]]))).toMatch(/one column or one row/);
    expect(valueError(fns.call("FORECAST", col(1, 2, 3, 4), [[2]], [[2]], [[true]]))).toMatch(/weekly needs at least two weeks/);
    expect(valueError(fns.call("FORECAST", col(1, 2, 3, 4), [[2]], [[2]], null, [[1.5]]))).toMatch(/^level must be a number greater than 0 and less than 1/);
    expect(valueError(fns.call("EVENTFORECAST", [[1, 2], [3, 4]], [[1]], [[5]]))).toMatch(/one value per past event day: 2 days, 1 baselines/);
    expect(valueError(fns.call("EVENTFORECAST", [[1, 2], [3, "x"]], [[1, 1]], [[5]]))).toMatch(/^event_history \(R2C2\)/);
    expect(valueError(fns.call("EVENTFORECAST", [[1, 2], [3, 4]], [[1, 1]], [[0]]))).toMatch(/^baseline must be a number greater than 0/);
    expect(valueError(fns.call("EVENTFORECAST", [[1, 2], [3, 4]], [[1, 1]], [[5]], [["median"]]))).toMatch(/^combine must be one of "mean", "max", "last"/);
    expect(valueError(fns.call("ACCURACY", col(1, 2), col(1, 2, 3)))).toMatch(/same number of cells; got 2 and 3/);
    expect(valueError(fns.call("ACCURACY", col(1, 2), col(1, 2), [["MASE"]]))).toMatch(/^metric must be one of/);
    const zh = loadFunctions({ displayLanguage: "zh-CN" });
    expect(valueError(zh.call("FORECAST", col(5, 6, "lots", 8), [[2]], [[2]]))).toMatch(/^history（#3） 必须是不小于 0 的数字/);
  });

  it("no answer: #NUM!", () => {
    expect(isExcelError(fns.call("ACCURACY", col("", 5), col(4, "")), "#NUM!")).toBe(true);
    expect(isExcelError(fns.call("ACCURACY", col(0, 0), col(1, 2)), "#NUM!")).toBe(true);
  });
});
