/**
 * The QA functions as Excel calls them: from the BUILT bundle (dist/functions.js, run
 * `npm run build` first), omitted optionals as null. Checks the worked examples of the QA scoring
 * rule, that a log row's dropdown words ("不适用") are read, and that bad input shows #VALUE! naming
 * the argument and the cell, in the display language.
 */
import { isExcelError, loadFunctions, type LoadedFunctions } from "./support/load-functions";

let fns: LoadedFunctions;
beforeAll(() => {
  fns = loadFunctions();
});

function valueError(result: unknown): string {
  if (!isExcelError(result, "#VALUE!")) throw new Error(`expected #VALUE!, got ${JSON.stringify(result)}`);
  return result.message ?? "";
}
const one = (result: unknown): number => (result as number[][])[0]![0]!;

describe("QA functions in the built bundle", () => {
  it("associates both ids with their optional parameters", () => {
    for (const id of ["QASCORE", "AGREEMENT"]) expect(fns.associatedIds).toContain(id);
    const meta = new Map(fns.metadata.functions.map((f) => [f.id, f]));
    expect(meta.get("QASCORE")!.parameters!.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["marks", false],
      ["weights", false],
      ["scales", true],
      ["redline", true],
      ["bonus", true],
    ]);
    expect(meta.get("AGREEMENT")!.parameters!.map((p) => p.optional ?? false)).toEqual([false, false, true]);
  });

  it("QASCORE: the worked examples 73.333…, 78.333… and 65", () => {
    expect(one(fns.call("QASCORE", [[1, 0, "N/A", 1]], [[30, 20, 25, 25]], null, null, null))).toBeCloseTo(220 / 3, 12);
    expect(one(fns.call("QASCORE", [[1, 0, "N/A", 1]], [[30, 20, 25, 25]], null, null, [[5]]))).toBeCloseTo(235 / 3, 12);
    expect(one(fns.call("QASCORE", [[4, 2]], [[50, 50]], [[5, 4]], null, null))).toBeCloseTo(65, 12);
  });

  it("QASCORE: reads 不适用 and columns, and a red-line flag of 1 (not 0 or FALSE) gives 0", () => {
    expect(one(fns.call("QASCORE", [[1], [0], ["不适用"], [1]], [[30], [20], [25], [25]], null, null, null))).toBeCloseTo(220 / 3, 12);
    expect(one(fns.call("QASCORE", [[1, 1]], [[50, 50]], null, [[1]], null))).toBe(0);
    expect(one(fns.call("QASCORE", [[1, 1]], [[50, 50]], null, [["触犯辱骂"]], null))).toBe(0);
    expect(one(fns.call("QASCORE", [[1, 1]], [[50, 50]], null, [[0]], null))).toBe(100);
    expect(one(fns.call("QASCORE", [[1, 1]], [[50, 50]], null, [[false]], null))).toBe(100);
  });

  it("QASCORE: #VALUE! for all N/A and for a mark above its scale, naming it", () => {
    expect(valueError(fns.call("QASCORE", [["N/A", "N/A"]], [[50, 50]], null, null, null))).toMatch(/N\/A/);
    expect(valueError(fns.call("QASCORE", [[4, 5]], [[50, 50]], [[5, 4]], null, null))).toBe('marks (#2) must be a whole number from 0 to 4 or "N/A"; got 5.');
    expect(valueError(fns.call("QASCORE", [[1, "x"]], [[50, 50]], null, null, null))).toMatch(/marks \(#2\).*"x"/);
    expect(valueError(fns.call("QASCORE", [[1, 1]], [[50, -1]], null, null, null))).toMatch(/weights \(#2\)/);
    expect(valueError(fns.call("QASCORE", [[1, 1]], [[50, 50]], [[0, 1]], null, null))).toMatch(/scales \(#1\)/);
    expect(valueError(fns.call("QASCORE", [[1, 1, 1]], [[50, 50]], null, null, null))).toMatch(/weights has 2 cells but marks has 3/);
  });

  it("AGREEMENT: tolerance, N/A only with N/A, blanks skipped", () => {
    expect(one(fns.call("AGREEMENT", [[5, 4, "N/A", 3]], [[5, 3, "N/A", ""]], null))).toBeCloseTo(2 / 3, 12);
    expect(one(fns.call("AGREEMENT", [[5, 4, "N/A", 3]], [[5, 3, "N/A", 2]], [[1]]))).toBe(1);
    expect(one(fns.call("AGREEMENT", [[0, "不适用"]], [["N/A", 0]], [[9]]))).toBe(0);
  });

  it("AGREEMENT: #VALUE! for different sizes, text marks and no pair", () => {
    expect(valueError(fns.call("AGREEMENT", [[1, 2]], [[1]], null))).toMatch(/scores_a has 2 cells and scores_b has 1/);
    expect(valueError(fns.call("AGREEMENT", [[1, "good"]], [[1, 2]], null))).toMatch(/scores_a \(#2\).*"good"/);
    expect(valueError(fns.call("AGREEMENT", [[1, null]], [[null, 2]], null))).toMatch(/No pair/);
    expect(valueError(fns.call("AGREEMENT", [[1]], [[1]], [[-1]]))).toMatch(/tolerance/);
  });

  it("messages follow Excel's display language", () => {
    const zh = loadFunctions({ displayLanguage: "zh-CN" });
    expect(valueError(zh.call("QASCORE", [[4, 5]], [[50, 50]], [[5, 4]], null, null))).toMatch(/marks（#2）.*不适用/);
    expect(valueError(zh.call("AGREEMENT", [[1]], [[1, 2]], null))).toMatch(/数量必须相同/);
  });
});
