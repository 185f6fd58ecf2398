import { toSerialDate, type CellSpec } from "../../sheets/spec";
import { displayCell, previewGrid } from "./SheetPreview";

function cell(value: CellSpec["value"], numFmt?: string, formula?: string): CellSpec {
  const c: CellSpec = { row: 0, col: 0 };
  if (formula !== undefined) c.formula = formula;
  else if (value !== undefined) c.value = value;
  if (numFmt) c.style = { numFmt };
  return c;
}

describe("preview cells", () => {
  it("shows values the way their number format would", () => {
    expect(displayCell(cell(510 / 1440, "hh:mm"))).toBe("08:30");
    expect(displayCell(cell(1 + 30 / 1440, "hh:mm"))).toBe("00:30");
    expect(displayCell(cell(1, "[h]:mm"))).toBe("24:00"); // a night shift ending at midnight
    expect(displayCell(cell(0.8, "0.0%"))).toBe("80.0%");
    expect(displayCell(cell(0.85, "0%"))).toBe("85%");
    expect(displayCell(cell(toSerialDate(2026, 11, 11), "yyyy-mm-dd"))).toBe("2026-11-11");
    expect(displayCell(cell(2 / 3))).toBe("0.67");
    expect(displayCell(cell(14))).toBe("14");
    expect(displayCell(cell(null))).toBe("");
    expect(displayCell(cell(true))).toBe("true");
    expect(displayCell(cell(null, undefined, "SUM(A1:A3)"))).toBe("=SUM(A1:A3)");
  });

  it("shows a formula's computed value through the cell's format, errors and booleans as Excel does", () => {
    expect(displayCell(cell(null, "0.0%", "A1/B1"), undefined, 0.8125)).toBe("81.3%");
    expect(displayCell(cell(null, "#,##0.00", "SUM(A1:A3)"), undefined, 1234.5)).toBe("1234.50");
    expect(displayCell(cell(null, undefined, "A1/0"), undefined, { error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(displayCell(cell(null, undefined, "A1>0"), undefined, false)).toBe("FALSE");
    expect(displayCell(cell(null, undefined, 'IF(A1="","",1)'), undefined, "")).toBe("");
  });

  it("cuts the grid to the first rows and counts the rest", () => {
    const spec = { id: "x", name: "x", cells: [30, 0, 2].map((row) => ({ row, col: row === 2 ? 9 : 1, value: row })) };
    const { grid, totalRows } = previewGrid(spec, 4, 3);
    expect(totalRows).toBe(31);
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([
      ["", "0", ""],
      ["", "", ""],
      ["", "", ""], // column J is beyond the preview's 3 columns
      ["", "", ""],
    ]);
  });
});
