/**
 * CS.HIRES as Excel calls it: from the BUILT bundle (dist/functions.js, run `npm run build` first),
 * omitted optionals as null. Checks the two worked examples, a pass rate and a ramp given as
 * ranges, the spilled shape, and that bad input shows #VALUE! naming the argument in both languages.
 */
import { isExcelError, loadFunctions, type LoadedFunctions } from "./support/load-functions";

const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

let fns: LoadedFunctions;
beforeAll(() => {
  fns = loadFunctions();
});

function valueError(result: unknown): string {
  if (!isExcelError(result, "#VALUE!")) throw new Error(`expected #VALUE!, got ${JSON.stringify(result)}`);
  return result.message ?? "";
}

describe("CS.HIRES in the built bundle", () => {
  it("declares ramp and pass_rate optional and a matrix result", () => {
    const meta = fns.metadata.functions.find((f) => f.id === "HIRES")!;
    expect(meta.parameters!.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["required", false],
      ["on_hand", false],
      ["attrition", false],
      ["train_weeks", false],
      ["ramp", true],
      ["pass_rate", true],
    ]);
    expect(meta.result?.dimensionality).toBe("matrix");
  });

  it("answers the worked examples: 4 hires in week 1; a shortfall of 2 in the weeks out of reach", () => {
    expect(fns.call("HIRES", col(10, 10, 14, 14, 14), [[10]], [[0]], [[2]], null, null)).toEqual([
      [4, 4, 10, 0],
      [0, 4, 10, 0],
      [0, 0, 14, 0],
      [0, 0, 14, 0],
      [0, 0, 14, 0],
    ]);
    expect(fns.call("HIRES", col(12, 12, 12), [[10]], [[0]], [[2]], null, null)).toEqual([
      [2, 2, 10, 2],
      [0, 2, 10, 2],
      [0, 0, 12, 0],
    ]);
  });

  it("takes the ramp as a row or a column, and rounds a class up for the pass rate", () => {
    // Ramp {0.5}: a class a week earlier needs 5 people instead of 10.
    expect(fns.call("HIRES", col(0, 0, 5), [[0]], [[0]], [[1]], [[0.5]], null)).toEqual([
      [5, 5, 0, 0],
      [0, 0, 2.5, 0],
      [0, 0, 5, 0],
    ]);
    // 3 FTE short at 80 %: 4 people.
    const plan = fns.call("HIRES", col(10, 10, 13), [[10]], [[0]], [[2]], [["", ""]], [[0.8]]) as number[][];
    expect(plan[0]![0]).toBe(4);
  });

  it("bad input → #VALUE! naming the argument, in the display language", () => {
    expect(valueError(fns.call("HIRES", col(10, 12), [[10]], [[1]], [[2]], null, null))).toMatch(/^attrition must be a number at least 0 and less than 1/);
    expect(valueError(fns.call("HIRES", col(10, 12), [[10]], [[0]], [[2]], null, [[0]]))).toMatch(/^pass_rate must be/);
    expect(valueError(fns.call("HIRES", col(10, 12), [[10]], [[0]], [[-1]], null, null))).toMatch(/^train_weeks must be/);
    expect(valueError(fns.call("HIRES", col(10, "many"), [[10]], [[0]], [[2]], null, null))).toMatch(/^required \(#2\)/);
    expect(valueError(fns.call("HIRES", col(10, 12), [["ten"]], [[0]], [[2]], null, null))).toMatch(/^on_hand/);
    const zh = loadFunctions({ displayLanguage: "zh-CN" });
    expect(valueError(zh.call("HIRES", col(10, 12), [[10]], [[1.2]], [[2]], null, null))).toMatch(/^attrition 必须是/);
  });
});
