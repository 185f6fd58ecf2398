import fc from "fast-check";
import * as payouts from "./payouts";
import { PAYOUTS_HELP_ZH } from "./payouts.help-zh";

/** The two members of the CustomFunctions global the wrappers use, as Excel provides them. */
class StubExcelError extends Error {
  constructor(
    readonly code: string,
    override readonly message: string,
  ) {
    super(message);
  }
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StubExcelError,
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
  };
});

const { TIERED, TIERBREAKDOWN, BANDSCORE, ATTAINMENT, PAYCURVE, SCORECARD, COMMISSION, RANKBONUS, SPLIT, PRORATE } = payouts;
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

/** Runs a call and returns the Excel error it raises (code and message). */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof StubExcelError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected an Excel error");
}

describe("TIERED and TIERBREAKDOWN", () => {
  const bounds = col(0, 10_000, 25_000);
  const rates = col(0.05, 0.07, 0.1);
  it("answers the reference vectors, with mode omitted (null) and given", () => {
    expect(TIERED([[30_000]], bounds, rates, null as never, null as never, null as never)).toEqual([[2_050]]);
    expect(TIERED([[30_000]], bounds, rates, [["flat"]])).toEqual([[3_000]]);
    expect(TIERED([[540_000]], col(0, 100_000, 250_000, 500_000), col(0.045, 0.02, 0.012, 0.002), null as never)).toEqual([[10_580]]);
    expect(TIERED([[800]], [[0, 500, 750]], [[0.03, 0.05, 0.075]], null as never)).toEqual([[31.25]]);
  });
  it("caps and floors the commission; a cap below the floor fails the formula", () => {
    expect(TIERED(col(30_000, 100), bounds, rates, null as never, [[2_000]], [[50]])).toEqual([[2_000], [50]]);
    expect(TIERED(col(30_000), bounds, rates, [["flat"]], [[""]], null as never)).toEqual([[3_000]]);
    expect(excelError(() => TIERED(col(1, 2), bounds, rates, null as never, [[10]], [[20]])).message).toMatch(/cap \(10\) must not be below floor \(20\)/);
  });
  it("broadcasts a range of amounts; blank → blank; bad cell → error in that cell only", () => {
    const out = TIERED(col(6_000, 5_000, "", "lots"), col(0, 5_000), col(0.1, 0.12), null as never);
    expect(out.slice(0, 3)).toEqual([[620], [500], [""]]);
    expect(out[3]![0]).toBeInstanceOf(StubExcelError);
    expect((out[3]![0] as StubExcelError).message).toMatch(/amount \(#4\)/);
  });
  it("bad tables → #VALUE! naming the argument", () => {
    expect(excelError(() => TIERED([[1]], col(0, 5, 3), col(0.1, 0.1, 0.1), null as never))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^bounds must be sorted/),
    });
    expect(excelError(() => TIERED([[1]], col(0, 5), col(0.1, -0.2), null as never)).message).toMatch(/^rates \(#2\)/);
    expect(excelError(() => TIERED([[1]], col(0, 5), col(0.1), null as never)).message).toMatch(/bounds and rates must have the same number/);
    expect(excelError(() => TIERED([[1]], col(0, 5), col(0.1, "x"), null as never)).message).toMatch(/^rates \(#2\)/);
    expect(excelError(() => TIERED([[1]], col(0), col(0.1), [["steps"]])).message).toMatch(/^mode must be one of/);
  });
  it("breakdown: 2 500 over 1 % / 2 % → rows 1 000 @1 % = 10 and 1 500 @2 % = 30", () => {
    expect(TIERBREAKDOWN([[2_500]], col(0, 1_000), col(0.01, 0.02))).toEqual([
      [1_000, 0.01, 10],
      [1_500, 0.02, 30],
    ]);
    expect(excelError(() => TIERBREAKDOWN(col(1, 2), col(0), col(0.1))).message).toMatch(/amount must be a single cell/);
  });
});

describe("BANDSCORE, ATTAINMENT, PAYCURVE, SCORECARD", () => {
  it("band scores both ways", () => {
    expect(BANDSCORE(col(0.46, 0.41, 0.2), col(0.35, 0.4, 0.45), col(60, 80, 100), null as never)).toEqual([[100], [80], [0]]);
    expect(BANDSCORE(col(30, 50, 70), col(35, 45, 55), col(100, 80, 60), [[true]])).toEqual([[100], [60], [0]]);
    expect(excelError(() => BANDSCORE([[1]], col(3, 2), col(1, 2), null as never)).message).toMatch(/^bounds must be sorted/);
  });
  it("attainment with omitted and given cap/floor; target 0 → error in that cell", () => {
    expect(ATTAINMENT([[9_000]], [[10_000]], null as never, null as never)[0]![0]).toBeCloseTo(0.9, 12);
    expect(ATTAINMENT(col(13_000, 7_000), [[10_000]], [[1.2]], [[0.8]])).toEqual([[1.2], [0]]);
    const out = ATTAINMENT(col(1, 2), col(1, 0), null as never, null as never);
    expect((out[1]![0] as StubExcelError).message).toMatch(/^target \(#2\) must be a number greater than 0/);
    expect(excelError(() => ATTAINMENT([[1]], [[1]], [[0.5]], [[0.8]])).message).toMatch(/cap \(0.5\) must not be below floor/);
  });
  it("pay curve accelerates above target", () => {
    const out = PAYCURVE(col(0.7, 0.9, 1.1, 1.4), col(0.8, 1, 1.2), col(0.5, 1, 2));
    expect(out.map((r) => r[0] as number)).toEqual([0, expect.closeTo(0.75, 12), expect.closeTo(1.5, 12), 2]);
  });
  it("scorecard per row", () => {
    const scores = [
      [100, 80, 60, 100, 80, 100],
      [85, 60, 0, 80, 60, 60],
    ];
    expect(SCORECARD(scores, [[0.3, 0.2, 0.2, 0.2, 0.05, 0.05]])).toEqual([[87], [59.5]]);
    expect(excelError(() => SCORECARD([[1, 2]], [[0, 0]])).message).toMatch(/weights must not all be 0/);
  });
});

describe("COMMISSION, RANKBONUS, SPLIT, PRORATE", () => {
  it("commission less returns, never below 0", () => {
    expect(COMMISSION(col(100_000, 1_000), col(5_000, 1_000), [[0.02]], [[0.04]])).toEqual([[1_800], [0]]);
    expect(COMMISSION([[100]], [[50]], [[0.1]], null as never)).toEqual([[5]]);
    expect((COMMISSION(col(-1, 5), [[0]], [[0.1]], null as never)[0]![0] as StubExcelError).message).toMatch(/^sales \(#1\) must be a number at least 0/);
    expect(excelError(() => COMMISSION([[-1]], [[0]], [[0.1]], null as never)).message).toMatch(/^sales must be a number at least 0/);
  });
  it("rank bonus: tied first share 500 + 300; next gets the third prize; blanks unranked", () => {
    expect(RANKBONUS(col(95, 90, 95, ""), col(500, 300, 100), null as never)).toEqual([[400], [100], [400], [""]]);
    expect(RANKBONUS([[30, 25, 40]], [[300, 200, 100]], [[true]])).toEqual([[200, 300, 100]]);
    expect(excelError(() => RANKBONUS(col(1, "x"), col(5), null as never)).message).toMatch(/^values \(#2\)/);
    expect(excelError(() => RANKBONUS(col(1), col(-5), null as never)).message).toMatch(/^prizes \(#1\)/);
  });
  it("split: 1 000 by 7 : 5 : 3 → 466.67, 333.33, 200.00 in the shape of weights", () => {
    expect(SPLIT([[1_000]], col(7, 5, 3), null as never)).toEqual([[466.67], [333.33], [200]]);
    expect(SPLIT([[10]], [[1, 1, 1]], [[0]])).toEqual([[4, 3, 3]]);
    expect(excelError(() => SPLIT([[1]], col(0, 0), null as never)).message).toMatch(/weights must not all be 0/);
    expect(excelError(() => SPLIT([[1.234]], col(1), null as never)).message).toMatch(/^total \(1.234\) has more than 2 decimals/);
    expect(excelError(() => SPLIT([[1]], col(1, -1), null as never)).message).toMatch(/^weights \(#2\)/);
  });
  it("property: SPLIT parts sum to the total (in cents) and each is within a cent of its share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (cents, weights) => {
          const parts = SPLIT([[cents / 100]], col(...weights), null as never).map((r) => Math.round((r[0] as number) * 100));
          const wSum = weights.reduce((a, b) => a + b, 0);
          return (
            parts.reduce((a, b) => a + b, 0) === cents && parts.every((p, i) => Math.abs(p * wSum - cents * weights[i]!) < wSum)
          );
        },
      ),
    );
  });
  it("prorate: 75 000 from 1 June to 31 December 2026 → 43 972.60", () => {
    expect(PRORATE([[75_000]], [[46_174]], [[46_387]], [[46_023]], [[46_387]])).toEqual([[43_972.6]]);
    expect(excelError(() => PRORATE([[1]], [[5]], [[4]], [[1]], [[10]])).message).toMatch(/end must not be before start/);
  });
});

describe("zh-CN help", () => {
  it("covers every exported function and each of its parameters", () => {
    const exports = payouts as unknown as Record<string, unknown>;
    const ids = Object.keys(exports).filter((k) => typeof exports[k] === "function").sort();
    expect(Object.keys(PAYOUTS_HELP_ZH).sort()).toEqual(ids);
    for (const id of ids) {
      const fn = exports[id] as (...a: unknown[]) => unknown;
      const params = /\(([^)]*)\)/.exec(fn.toString())![1]!.split(",").map((p) => p.trim().replace(/[?:].*$/, "")).filter(Boolean);
      expect(Object.keys(PAYOUTS_HELP_ZH[id]!.parameters).sort()).toEqual(params.sort());
    }
  });
});
