/**
 * The payout functions as Excel calls them: from the BUILT bundle (dist/functions.js, run
 * `npm run build` first), by id, every declared parameter passed and omitted optionals as null.
 * Checks the reference vectors of docs/reference/payouts.md, spilling shapes, the metadata Excel reads
 * (matrix parameters, optional flags) and that bad input shows #VALUE! with a message naming the
 * argument, in the user's display language.
 */
import { isExcelError, loadFunctions, type LoadedFunctions } from "./support/load-functions";

const IDS = ["TIERED", "TIERBREAKDOWN", "BANDSCORE", "ATTAINMENT", "PAYCURVE", "SCORECARD", "COMMISSION", "RANKBONUS", "SPLIT", "PRORATE"];
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

let fns: LoadedFunctions;
beforeAll(() => {
  fns = loadFunctions(); // throws "… run `npm run build` first" when dist is missing
});

/** The message of the Excel error a call shows, after checking its code. */
function valueError(result: unknown): string {
  if (!isExcelError(result, "#VALUE!")) throw new Error(`expected #VALUE!, got ${JSON.stringify(result)}`);
  return result.message ?? "";
}

describe("payout functions in the built bundle", () => {
  it("associates every payout id and declares its optional parameters", () => {
    for (const id of IDS) expect(fns.associatedIds).toContain(id);
    const meta = new Map(fns.metadata.functions.map((f) => [f.id, f]));
    expect(meta.get("TIERED")!.parameters!.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["amount", false],
      ["bounds", false],
      ["rates", false],
      ["mode", true],
      ["cap", true],
      ["floor", true],
    ]);
    expect(meta.get("RANKBONUS")!.result?.dimensionality).toBe("matrix");
    expect(meta.get("SPLIT")!.parameters!.find((p) => p.name === "decimals")?.optional).toBe(true);
  });

  it("answers the docs/reference/payouts.md vectors", () => {
    expect(fns.call("TIERED", [[30_000]], col(0, 10_000, 25_000), col(0.05, 0.07, 0.1))).toEqual([[2_050]]);
    expect(fns.call("TIERED", [[30_000]], col(0, 10_000, 25_000), col(0.05, 0.07, 0.1), [["flat"]])).toEqual([[3_000]]);
    expect(fns.call("TIERED", col(6_000, 5_000), col(0, 5_000), col(0.1, 0.12))).toEqual([[620], [500]]);
    expect(fns.call("TIERED", col(6_000, 5_000), col(0, 5_000), col(0.1, 0.12), null, [[600]])).toEqual([[600], [500]]);
    expect(fns.call("TIERED", [[4_500]], col(0, 1_000, 3_000, 8_000), col(0.01, 0.02, 0.03, 0.05))).toEqual([[95]]);
    expect(fns.call("TIERED", [[800]], col(0, 500, 750), col(0.03, 0.05, 0.075))).toEqual([[31.25]]);
    expect(fns.call("TIERED", [[540_000]], col(0, 100_000, 250_000, 500_000), col(0.045, 0.02, 0.012, 0.002))).toEqual([[10_580]]);
    expect(fns.call("TIERBREAKDOWN", [[2_500]], col(0, 1_000), col(0.01, 0.02))).toEqual([
      [1_000, 0.01, 10],
      [1_500, 0.02, 30],
    ]);
    expect(fns.call("SPLIT", [[1_000]], col(7, 5, 3))).toEqual([[466.67], [333.33], [200]]);
    expect(fns.call("RANKBONUS", col(95, 95, 90), col(500, 300, 100))).toEqual([[400], [400], [100]]);
    expect(fns.call("PRORATE", [[75_000]], [[46_174]], [[46_387]], [[46_023]], [[46_387]])).toEqual([[43_972.6]]);
    expect(fns.call("BANDSCORE", col(38, 60), col(35, 45, 55), col(100, 80, 60), [[true]])).toEqual([[80], [0]]);
    expect(fns.call("SCORECARD", [[100, 80, 60, 100, 80, 100]], [[0.3, 0.2, 0.2, 0.2, 0.05, 0.05]])).toEqual([[87]]);
    expect(fns.call("COMMISSION", [[100_000]], [[5_000]], [[0.02]], [[0.04]])).toEqual([[1_800]]);
    expect(fns.call("PAYCURVE", [[1.5]], col(0.8, 1, 1.2), col(0.5, 1, 2))).toEqual([[2]]);
    expect(fns.call("ATTAINMENT", [[13_000]], [[10_000]], [[1.2]])).toEqual([[1.2]]);
  });

  it("bad input → #VALUE! naming the argument; a bad cell in a range errs only there", () => {
    expect(valueError(fns.call("TIERED", [[1]], col(0, 5, 3), col(0.1, 0.1, 0.1)))).toMatch(/^bounds must be sorted/);
    expect(valueError(fns.call("TIERED", [[1]], col(0, 5), col(0.1, -0.1)))).toMatch(/^rates \(#2\)/);
    expect(valueError(fns.call("SPLIT", [[100]], col(0, 0)))).toMatch(/weights must not all be 0/);
    expect(valueError(fns.call("RANKBONUS", col(1, 2), col(5, 3, 1), [["maybe"]]))).toMatch(/^lowest_first must be TRUE or FALSE/);
    const spilled = fns.call("TIERED", col(100, "abc"), col(0), col(0.1)) as unknown[][];
    expect(spilled[0]).toEqual([10]);
    expect(valueError(spilled[1]![0])).toMatch(/^amount \(#2\)/);
  });

  it("messages follow Excel's display language", () => {
    const zh = loadFunctions({ displayLanguage: "zh-CN" });
    expect(valueError(zh.call("SPLIT", [[100]], col(1, -1)))).toMatch(/^weights（#2） 必须是不小于 0 的数字/);
  });
});
