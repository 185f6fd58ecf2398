import { toArgb, toConditionalStyle, toExcelJsStyle } from "./cell-style";

describe("cell styles for ExcelJS", () => {
  it("turns #RRGGBB into opaque ARGB and rejects anything else", () => {
    expect(toArgb("#1f4e78")).toBe("FF1F4E78");
    expect(() => toArgb("red")).toThrow(/expected #RRGGBB/);
    expect(() => toArgb("#12345")).toThrow();
  });

  it("maps only what the spec sets", () => {
    expect(toExcelJsStyle({})).toEqual({});
    expect(toExcelJsStyle({ vAlign: "middle", locked: false, numFmt: "0.0%" })).toEqual({
      alignment: { vertical: "middle" },
      protection: { locked: false },
      numFmt: "0.0%",
    });
  });

  it("uses bgColor for a conditional fill (a dxf), fgColor for a cell fill", () => {
    expect(toConditionalStyle({ fill: "#FFC7CE" }).fill).toEqual({ type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } });
    expect(toExcelJsStyle({ fill: "#FFC7CE" }).fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
  });
});
