import fc from "fast-check";
import { a1Range, quoteSheetName } from "../../sheets/spec";
import { parseAddress } from "./range-address";

describe("parseAddress", () => {
  it("reads plain, absolute and sheet-qualified addresses", () => {
    expect(parseAddress("B2:B145")).toEqual({ range: { top: 1, left: 1, bottom: 144, right: 1 } });
    expect(parseAddress("Sheet1!$B$2:$C$3")).toEqual({ sheet: "Sheet1", range: { top: 1, left: 1, bottom: 2, right: 2 } });
    expect(parseAddress("'示例 咨询量'!A1")).toEqual({ sheet: "示例 咨询量", range: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(parseAddress("'O''Brien'!AA10:Z1")).toEqual({ sheet: "O'Brien", range: { top: 0, left: 25, bottom: 9, right: 26 } });
  });

  it("reads whole columns and rows (B:B, $A:$C, 3:5) and marks them for trimming to the used range", () => {
    expect(parseAddress("B:B")).toEqual({ range: { top: 0, left: 1, bottom: 1_048_575, right: 1 }, whole: "columns" });
    expect(parseAddress("'示例团队'!$A:$B")).toEqual({ sheet: "示例团队", range: { top: 0, left: 0, bottom: 1_048_575, right: 1 }, whole: "columns" });
    expect(parseAddress("5:3")).toEqual({ range: { top: 2, left: 0, bottom: 4, right: 16_383 }, whole: "rows" });
    expect(parseAddress("B:3")).toBeUndefined();
    expect(parseAddress("XFE:XFE")).toBeUndefined();
  });

  it("rejects what is not one rectangular range", () => {
    for (const bad of ["", "people please", "B2:B3:B4", "A0", "XFE1", "A1048577", "Sheet 1!A1", "'unclosed!A1", "!A1", "A1,B2"]) {
      expect({ bad, parsed: parseAddress(bad) }).toEqual({ bad, parsed: undefined });
    }
  });

  it("round-trips any range written by the spec helpers, on any sheet name", () => {
    const range = fc
      .tuple(fc.nat(5000), fc.nat(700), fc.nat(5000), fc.nat(700))
      .map(([r1, c1, r2, c2]) => ({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }));
    const sheet = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[:\\/?*[\]]/.test(s) && s.trim() === s && s !== "");
    fc.assert(
      fc.property(range, sheet, fc.boolean(), (r, name, abs) => {
        expect(parseAddress(`${quoteSheetName(name)}!${a1Range(r, abs)}`)).toEqual({ sheet: name, range: r });
      }),
    );
  });
});
