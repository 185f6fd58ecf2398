/**
 * The LibreOffice harness itself: it must really recalculate (a wrong cached result is replaced —
 * LibreOffice's default would keep it), report every error value, and fail loudly when soffice
 * produces nothing.
 */
import ExcelJS from "exceljs";
import { cellValue, findErrorCells, isErrorValue, itWithSoffice, recalculate } from "../support/recalc";

describe("recalculate", () => {
  const sofficeIt = itWithSoffice();

  sofficeIt(
    "replaces stale cached results, keeps FALSE/0/empty-string results, and finds error cells",
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("质检 记录");
      ws.getCell("A1").value = 2;
      ws.getCell("A2").value = { formula: "A1*3", result: 99 } as ExcelJS.CellFormulaValue; // stale cache
      ws.getCell("A3").value = { formula: "A1=3" } as ExcelJS.CellFormulaValue;
      ws.getCell("A4").value = { formula: "A1-2" } as ExcelJS.CellFormulaValue;
      ws.getCell("A5").value = { formula: 'IF(A1=2,"","x")' } as ExcelJS.CellFormulaValue;
      ws.getCell("B1").value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { formula: "XLOOKUP(1,A1:A2,A1:A2)" } as ExcelJS.CellFormulaValue;
      ws.getCell("B3").value = { formula: "'质检 记录'!A1+Nowhere!A1" } as ExcelJS.CellFormulaValue;
      const out = await recalculate(new Uint8Array(await wb.xlsx.writeBuffer()));
      const sheet = out.getWorksheet("质检 记录")!;
      expect(cellValue(sheet, "A2")).toBe(6);
      expect(cellValue(sheet, "A3")).toBe(false);
      expect(cellValue(sheet, "A4")).toBe(0);
      expect(cellValue(sheet, "A5")).toBe("");
      const errors = findErrorCells(out).map((e) => [e.address, e.value]);
      expect(errors).toEqual(expect.arrayContaining([["B1", "#DIV/0!"], ["B2", "#NAME?"]]));
      expect(errors.map(([address]) => address)).toContain("B3");
      expect(errors.map(([address]) => address).sort()).toEqual(["B1", "B2", "B3"]);
    },
    120_000,
  );

  sofficeIt("throws when soffice writes no output (it exits 0 all the same)", async () => {
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(recalculate(brokenZip)).rejects.toThrow(/LibreOffice wrote no output/);
  }, 60_000);

  it("recognises error values as LibreOffice and Excel show them", () => {
    for (const e of ["#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:502", "Err:522"]) expect(isErrorValue(e)).toBe(true);
    for (const ok of ["#1 agent", "Err: none", "N/A", 0, null, "#"]) expect(isErrorValue(ok)).toBe(false);
  });
});
