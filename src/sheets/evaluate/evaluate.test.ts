import type { CellSpec, SheetSpec } from "../spec";
import { SheetEvaluator } from "./evaluate";
import { FormulaSyntaxError, parseFormula } from "./parse";

/** A sheet with values in column A (A1…), and formulas in column C (C1…). */
function sheet(values: readonly (string | number | boolean | null)[], formulas: readonly string[], id = "s"): SheetSpec {
  const cells: CellSpec[] = values.map((value, row) => ({ row, col: 0, value }));
  formulas.forEach((formula, row) => cells.push({ row, col: 2, formula }));
  return { id, name: id.toUpperCase(), cells };
}

function results(values: readonly (string | number | boolean | null)[], formulas: readonly string[]): unknown[] {
  const ev = new SheetEvaluator([sheet(values, formulas)]);
  const out = formulas.map((_f, row) => ev.cachedValue("s", row, 2));
  expect(ev.failures).toEqual([]);
  return out;
}

describe("formula evaluator", () => {
  it("COUNTA counts what cells hold (text, numbers, booleans), not blanks", () => {
    expect(results(["王芳", null, 3, true, ""], ["COUNTA(A1:A5)", "COUNTA(A2)", "COUNTA(A1,A3)"])).toEqual([4, 0, 2]);
  });

  it("POISSON.DIST (the native Erlang C of the review) and EXP agree with hand values", () => {
    const [pmf, cdf, big, zero, neg, e] = results([], ["POISSON.DIST(2,3,FALSE)", "POISSON.DIST(2.9,3,TRUE)", "POISSON.DIST(800,800,TRUE)", "POISSON.DIST(0,0,FALSE)", "POISSON.DIST(-1,3,TRUE)", "EXP(1)"]) as number[];
    expect(pmf).toBeCloseTo(Math.exp(-3) * 4.5, 14);
    expect(cdf).toBeCloseTo(Math.exp(-3) * 8.5, 14);
    // A mean past e^−745's underflow: the median of a large Poisson is about its mean.
    expect(big).toBeGreaterThan(0.5);
    expect(big).toBeLessThan(0.52);
    expect([zero, neg]).toEqual([1, { error: "#NUM!" }]);
    expect(e).toBeCloseTo(Math.E, 13); // shown to 15 significant digits, as Excel keeps them
  });

  it("keeps the double negation in SUMPRODUCT (the engine that drops it returns 0)", () => {
    expect(results([10, 20, 30], ["SUMPRODUCT(--(A1:A3>15),A1:A3)", "SUMPRODUCT((A1:A3>15)*1)", "SUMPRODUCT(A1:A3,A1:A3)"])).toEqual([50, 2, 1400]);
  });

  it("rounds half away from zero on the decimal value shown, as Excel does", () => {
    expect(results([2.675, -2.5, 1234.5], ["ROUND(A1,2)", "ROUND(A2,0)", "ROUND(A3,-2)", "INT(-A1)", "MOD(-7,3)"])).toEqual([2.68, -3, 1200, -3, 2]);
  });

  it("LARGE takes the k-th largest number, skipping text and blanks; k out of range is #NUM!", () => {
    expect(results([3, "x", null, 7, 5], ["LARGE(A1:A5,1)", "LARGE(A1:A5,3)", "LARGE(A1:A5,4)", "LARGE(A1:A5,0)"])).toEqual([7, 3, { error: "#NUM!" }, { error: "#NUM!" }]);
  });

  it("treats blanks, text and booleans as Excel does", () => {
    expect(results([null, "x", true], ["A1+1", 'A1=""', "A1=0", "A2&A3", "A3+1", "A2+1", "A1", "IF(A1=\"\",\"\",1)", "0.1+0.2=0.3"])).toEqual([
      1, true, true, "xTRUE", 2, { error: "#VALUE!" }, 0, "", true,
    ]);
  });

  it("matches COUNTIF/SUMIFS criteria: operators, wildcards, blanks, case", () => {
    const values = ["Yes", "yes", "no", null, "", 5, 12];
    expect(
      results(values, [
        'COUNTIF(A1:A7,"yes")',
        'COUNTIF(A1:A7,"y*")',
        'COUNTIF(A1:A7,"")',
        'COUNTIF(A1:A7,"<>")',
        'COUNTIF(A1:A7,">=5")',
        'COUNTIFS(A1:A7,"<>no",A1:A7,"<>")',
        'SUMIFS(A1:A7,A1:A7,">6")',
        'AVERAGEIFS(A1:A7,A1:A7,">100")',
        "COUNTBLANK(A1:A7)",
        "COUNT(A1:A7)",
        'MAXIFS(A1:A7,A1:A7,"<10")',
        'MINIFS(A1:A7,A1:A7,">0")',
        'MAXIFS(A1:A7,A1:A7,">100")',
      ]),
    ).toEqual([2, 2, 2, 5, 2, 4, 12, { error: "#DIV/0!" }, 2, 2, 5, 5, 0]);
  });

  it("ranks with LARGE, takes the conditional maximum with MAXIFS, reads N and ISNA", () => {
    expect(results([3, 9, "x", 5], ["LARGE(A1:A4,1)", "LARGE(A1:A4,3)", "LARGE(A1:A4,4)", 'MAXIFS(A1:A4,A1:A4,"<9")', "N(A2)+N(A3)", 'ISNA(MATCH("q",A1:A4,0))'])).toEqual([
      9, 3, { error: "#NUM!" }, 5, 9, true,
    ]);
  });

  it("looks up with MATCH and INDEX, and intersects a column range with the formula's row", () => {
    expect(results(["a", "b", "c"], ['MATCH("B",A1:A3,0)', "INDEX(A1:A3,3)", 'A1:A3&"!"', 'MATCH("z",A1:A3,0)', "ROW()", "ROW(A3)", 'A1:A3&"!"'])).toEqual([
      2, "c", "c!", { error: "#N/A" }, 5, 3, { error: "#VALUE!" },
    ]);
  });

  it("follows [[id]] references to other sheets of the batch, and quoted sheet names", () => {
    const ev = new SheetEvaluator([sheet([7], []), sheet([], ["[[s]]!A1*2", "'S'!A1+1", "SUM([[s]]!A1:A3)"], "t")]);
    expect([0, 1, 2].map((r) => ev.cachedValue("t", r, 2))).toEqual([14, 8, 7]);
  });

  it("fills table headers and calculated columns as the writers do", () => {
    const spec: SheetSpec = {
      id: "s",
      name: "S",
      cells: [
        { row: 1, col: 0, value: 4 },
        { row: 2, col: 0, value: 5 },
        { row: 4, col: 0, formula: "SUM(B2:B3)" },
        { row: 5, col: 0, formula: "B1" },
      ],
      tables: [{ name: "T", range: { top: 0, left: 0, bottom: 2, right: 1 }, columns: [{ name: "N" }, { name: "Twice", formula: "A2*2" }] }],
    };
    const ev = new SheetEvaluator([spec]);
    expect([ev.cachedValue("s", 4, 0), ev.cachedValue("s", 5, 0)]).toEqual([18, "Twice"]);
  });

  it("reports what it cannot compute instead of guessing", () => {
    const ev = new SheetEvaluator([sheet([1], ["XLOOKUP(1,A1:A1,A1:A1)", "A1+", "C3", "C2"])]);
    expect(ev.cachedValue("s", 0, 2)).toBeUndefined();
    expect(ev.cachedValue("s", 1, 2)).toBeUndefined();
    expect(ev.cachedValue("s", 2, 2)).toBeUndefined(); // C3 → C3: circular
    expect(ev.failures).toHaveLength(3);
    expect(ev.failures[0]).toMatch(/XLOOKUP/);
    expect(() => parseFormula('"open')).toThrow(FormulaSyntaxError);
  });
});
