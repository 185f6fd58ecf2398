/**
 * Data-type cells. functions.json declares `allowCustomDataForDataTypeAny`, so newer Excel hands a
 * cell holding a data type to an `any` parameter as its JSON object (shapes as documented for
 * custom functions: a formatted number `{ type: "FormattedNumber" | "Double", basicValue,
 * numberFormat }`, `{ type: "String" | "Boolean", basicValue }`, an entity `{ type: "Entity", text,
 * properties }`). A formatted number counts as its number, an entity as its display text; each
 * function family is called on the BUILT bundle (`npm run build` first).
 */
import { isExcelError, loadFunctions, readMetadata, type LoadedFunctions } from "./support/load-functions";

const formatted = (n: number) => ({ type: "FormattedNumber", basicValue: n, numberFormat: "#,##0.00" });
const double = (n: number) => ({ type: "Double", basicType: "Double", basicValue: n, numberFormat: "0%" });
const entity = (text: string) => ({ type: "Entity", text, properties: { 工号: { type: "String", basicValue: "A001" } } });
const cell = (x: unknown): unknown[][] => [[x]];
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

let fns: LoadedFunctions;
beforeAll(() => {
  fns = loadFunctions();
});

it("the metadata still lets data types through (so they must be read, not refused)", () => {
  const anyParams = readMetadata().functions.flatMap((f) => f.parameters ?? []).filter((p) => (p.type ?? "any") === "any");
  expect(anyParams.length).toBeGreaterThan(0);
  expect(JSON.stringify(readMetadata())).toContain("allowCustomDataForDataTypeAny");
});

describe("staffing functions", () => {
  it("read formatted numbers as their numbers, in single cells and ranges", () => {
    expect(fns.call("AGENTS", cell(formatted(100)), cell(double(180)), cell(double(0.8)), cell(formatted(20)))).toEqual(fns.call("AGENTS", cell(100), cell(180), cell(0.8), cell(20)));
    expect(fns.call("TRAFFIC", col(formatted(100), 200), cell(formatted(180)))).toEqual([[30], [60]]);
    expect(fns.call("ABANDONRATE", cell(formatted(30)), cell(100), cell(180), cell(double(120)))).toEqual(fns.call("ABANDONRATE", cell(30), cell(100), cell(180), cell(120)));
  });

  it("refuse an entity where a number belongs, quoting its display text (not [object Object])", () => {
    const result = fns.call("TRAFFIC", cell(entity("王芳")), cell(180));
    expect(isExcelError(result, "#VALUE!")).toBe(true);
    expect((result as { message?: string }).message).toBe('volume must be a number at least 0; got "王芳".');
  });
});

describe("payout functions", () => {
  it("read formatted money, rates and lists", () => {
    expect(fns.call("TIERED", cell(formatted(150_000)), col(0, formatted(50_000), 100_000), col(double(0.01), 0.02, double(0.03)))).toEqual([[3000]]);
    expect(fns.call("SPLIT", cell(formatted(1000)), col(formatted(1), 1, 1))).toEqual([[333.34], [333.33], [333.33]]);
    expect(fns.call("SCORECARD", [[formatted(90), 80, 70]], [[double(0.5), 0.3, 0.2]])).toEqual([[83]]);
    expect(fns.call("RANKBONUS", col(formatted(95), 88, 95, 70), col(500, 300, 100))).toEqual([[400], [100], [400], [0]]);
  });

  it("read text and TRUE/FALSE data types, and an entity's display text where text is expected", () => {
    const flat = fns.call("TIERED", cell(150_000), col(0, 50_000, 100_000), col(0.01, 0.02, 0.03), cell("flat"));
    expect(fns.call("TIERED", cell(150_000), col(0, 50_000, 100_000), col(0.01, 0.02, 0.03), cell({ type: "String", basicValue: "flat" }))).toEqual(flat);
    expect(fns.call("TIERED", cell(150_000), col(0, 50_000, 100_000), col(0.01, 0.02, 0.03), cell(entity("flat")))).toEqual(flat);
    expect(fns.call("BANDSCORE", cell(38), col(35, 45, 55), col(100, 80, 60), cell({ type: "Boolean", basicValue: true }))).toEqual([[80]]);
  });

  it("refuse an error value inside a data type by the argument's name", () => {
    const result = fns.call("COMMISSION", cell({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }), cell(0), cell(0.02));
    expect(isExcelError(result, "#VALUE!")).toBe(true);
    expect((result as { message?: string }).message).toMatch(/^sales must be/);
  });
});
