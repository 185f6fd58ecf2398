/**
 * The .xlsx writer: every feature of the spec lands in the file (read back with ExcelJS and, for
 * table parts, from the raw XML), appending never touches existing sheets, and LibreOffice
 * recalculates the written formulas — `_xlfn.` functions and `[[id]]` references to a renamed
 * sheet included — to the known values.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { toSerialDate, unsupportedFormulaUses } from "../../src/sheets/spec";
import { COLORS } from "../../src/sheets/styles";
import { appendSheets, loadXlsx, writeXlsx } from "../../src/xlsx";
import { addCalculatedColumnFormulas } from "../../src/xlsx/table-formulas";
import { cellValue, findErrorCells, itWithSoffice, plainValue, recalculate } from "../support/recalc";
import { SCORES, SUMMARY_EXPECTED, dataSheet, summarySheet } from "./feature-specs";

/** ExcelJS cannot parse calculated table columns; loadXlsx works around that (table-formulas.ts). */
function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return loadXlsx(bytes);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

describe("writeXlsx", () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let data: ExcelJS.Worksheet;
  let summary: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await writeXlsx({ sheets: [dataSheet(), summarySheet()] });
    wb = await readBack(bytes);
    data = sheet(wb, "质检记录");
    summary = sheet(wb, "Summary 汇总");
  });

  it("writes values, dates as serial numbers with their format, and formulas with _xlfn prefixes and resolved names", () => {
    expect(data.getCell("A3").value).toBe("王芳");
    expect(data.getCell("B4").value).toBe(SCORES[1]);
    // ExcelJS reads a date-formatted number back as a Date; plainValue turns it into the serial again.
    expect(plainValue(data.getCell("D3").value)).toBe(toSerialDate(2026, 11, 20));
    expect(data.getCell("D3").numFmt).toBe("yyyy-mm-dd");
    expect(data.getCell("E3").formula).toBe('IF(B3>=80,"yes","no")');
    expect(summary.getCell("B3").formula).toBe(`_xlfn.MAXIFS('质检记录'!B3:B7,'质检记录'!B3:B7,"<100")`);
    expect(summary.getCell("B7").formula).toBe(`ROUND(_xlfn.STDEV.S('质检记录'!B3:B7),6)`);
    expect(summary.getCell("B9").formula).toBe(`COUNTIFS('质检记录'!B3:B7,">=75")`);
    expect(summary.getCell("B11").formula).toBe(`"IFS(" & "x"`);
  });

  it("maps fonts, fills, borders, alignment, number formats and protection", () => {
    const title = data.getCell("A1");
    expect(title.font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F4E78" } });
    const header = data.getCell("B2");
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border.top).toMatchObject({ style: "thin" });
    expect(data.getCell("A10").border.left).toMatchObject({ style: "medium" });
    expect(data.getCell("A9").alignment).toMatchObject({ horizontal: "right", vertical: "bottom", indent: 1 });
    expect(data.getCell("A9").font).toMatchObject({ italic: true, size: 9 });
    const input = data.getCell("B3");
    expect(input.protection).toMatchObject({ locked: false });
    expect(input.numFmt).toBe("0");
    expect(data.getCell("E3").protection?.locked).not.toBe(false);
  });

  it("gives an unlocked cell without a fill the input look", () => {
    const plain = data.getCell("B9");
    expect(plain.protection).toMatchObject({ locked: false });
    expect(plain.fill).toMatchObject({ fgColor: { argb: `FF${COLORS.inputFill.slice(1)}` } });
  });

  it("writes merges, widths, heights, hidden outlined columns, row outline and freeze panes", () => {
    expect(data.getCell("C1").isMerged).toBe(true);
    expect(data.getCell("C1").master.address).toBe("A1");
    expect(data.getColumn(1).width).toBe(14);
    expect(data.getColumn(7).hidden).toBe(true);
    expect(data.getColumn(7).outlineLevel).toBe(1);
    expect(data.getRow(1).height).toBe(28);
    expect(data.getRow(10).outlineLevel).toBe(1);
    expect(data.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
  });

  it("writes every kind of data validation with prompt and error", () => {
    const dv = (data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv.B3).toMatchObject({ type: "whole", formulae: [0, 100], prompt: "A score from 0 to 100", errorTitle: "Score", error: "0–100", showErrorMessage: true });
    expect(dv.B7).toMatchObject({ type: "whole" }); // the whole range, not only its first cell
    expect(dv.D3).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    expect(dv.E5).toMatchObject({ type: "list", formulae: ['"yes,no"'] });
    expect(dv.A13).toMatchObject({ type: "list", formulae: ["'Summary 汇总'!$A$2:$A$3"] });
    expect(dv.B13).toMatchObject({ type: "time", formulae: ["0.25", "0.75"] });
    expect(dv.C13).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [20] });
    expect(dv.D13).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0.5] });
  });

  it("writes cellIs and expression conditional formats with their styles and _xlfn prefixes", () => {
    const cfs = (data as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs).toHaveLength(2);
    expect(cfs[0]).toMatchObject({ ref: "B3:B7", rules: [{ type: "cellIs", operator: "lessThan", formulae: ["70"] }] });
    expect(cfs[0]!.rules[0]!.style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(cfs[1]).toMatchObject({ ref: "A3:A7", rules: [{ type: "expression", formulae: ["_xlfn.IFS($B3>=$B$9*16,TRUE,TRUE,FALSE)"] }] });
    expect(cfs[1]!.rules[0]!.style?.font).toMatchObject({ bold: true });
  });

  it("writes the table with its column formula in every row, and no part stock ExcelJS cannot read", async () => {
    const table = data.getTable("QaLog") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A2:E7");
    expect(table.table.columns.map((c) => c.name)).toEqual(["Agent", "Score", "Double", "Date", "Passed"]);
    expect(data.getCell("C3").formula).toBe("B3*2");
    expect(data.getCell("C7").formula).toBe("B7*2");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/tables/table1.xml")!.async("string");
    // ExcelJS 4.4 cannot parse <calculatedColumnFormula>: the rows carry the formula instead.
    expect(xml).not.toContain("calculatedColumnFormula");
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).resolves.toBeDefined();
    expect(xml).toContain('<tableStyleInfo name="TableStyleMedium9"');
    expect(xml).toContain('showRowStripes="1"');
  });

  it("writes print setup: A4 landscape fitted to one page wide, titles, area and footer", async () => {
    expect(data.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(data.pageSetup.printArea).toBe("A1:E13");
    // Absolute in the file: a relative print area makes LibreOffice print the whole sheet.
    const book = await JSZip.loadAsync(bytes).then((z) => z.file("xl/workbook.xml")!.async("string"));
    expect(book).toContain("!$A$1:$E$13</definedName>");
    expect(data.pageSetup.printTitlesRow).toBe("2:2");
    expect(data.pageSetup.printTitlesColumn).toBe("A:A");
    expect(data.headerFooter.oddFooter).toBe("&CQA && coaching&R&P / &N");
  });

  it("writes a fixed scale, several print areas as one name and row page breaks", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const areas = [...workbookXml.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="1">([^<]*)</g)].map((m) => m[1]);
    // One name per sheet (Excel repairs a file with two), listing both areas in order.
    expect(areas).toEqual(["&apos;Summary 汇总&apos;!$A$1:$B$9,&apos;Summary 汇总&apos;!$A$10:$B$17"]);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetup [^>]*scale="90"/);
    expect(sheetXml).not.toContain("fitToPage");
    expect(sheetXml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>');
    // ExcelJS reads the file back (beforeAll), though it keeps only the first area of a list.
    expect(summary.pageSetup.printArea).toBe("A1:B9");
  });

  it("protects the sheet without a password, hides gridlines, colours the tab, writes notes and internal links", () => {
    expect((data as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({ sheet: true });
    expect((summary as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
    expect(summary.views[0]).toMatchObject({ showGridLines: false });
    expect(data.views[0]?.showGridLines).not.toBe(false);
    expect(data.properties.tabColor).toMatchObject({ argb: "FF1F4E78" });
    expect(data.getCell("A11").note).toBe("jumps to the summary");
    expect(data.getCell("A11").formula).toBe(`HYPERLINK("#'Summary 汇总'!A1","to summary")`);
  });

  it("writes the chart as a drawing and chart part, with the values it shows cached", async () => {
    const result = await appendSheets(new ExcelJS.Workbook(), [dataSheet(), summarySheet()]);
    expect([...result.charts.values()].flat()).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    const spec = [dataSheet(), summarySheet()].flatMap((s) => s.charts ?? [])[0]!;
    expect(chart).toContain(`<a:t>${spec.title}</a:t>`);
    expect(chart).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>[-\d.]+<\/c:v><\/c:pt>/);
    expect(Object.keys(zip.files).filter((p) => p.startsWith("xl/drawings/drawing"))).toHaveLength(1);
  });
});

describe("appending to an existing workbook", () => {
  it("keeps existing sheets and tables untouched and renames the new ones", async () => {
    const existing = new ExcelJS.Workbook();
    const mine = existing.addWorksheet("质检记录");
    mine.getCell("A1").value = "my own notes";
    mine.getCell("B2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    mine.addTable({ name: "QaLog", ref: "D1", columns: [{ name: "x" }], rows: [[1]] });
    const before = await existing.xlsx.writeBuffer();
    const wb = await readBack(new Uint8Array(before));

    const bytes = await writeXlsx([dataSheet(), summarySheet()], { workbook: wb });
    const after = await readBack(bytes);

    expect(after.worksheets.map((w) => w.name)).toEqual(["质检记录", "质检记录 (2)", "Summary 汇总"]);
    const kept = sheet(after, "质检记录");
    expect(kept.getCell("A1").value).toBe("my own notes");
    expect(kept.getCell("B2").formula).toBe("1+1");
    expect(sheet(after, "Summary 汇总").getCell("B4").formula).toBe(`SUM('质检记录 (2)'!B3:B7)`);
    // The table name was taken by the existing sheet: the new table gets a free one.
    expect(sheet(after, "质检记录 (2)").getTable("QaLog_2")).toBeDefined();
  });
});

describe("LibreOffice recalculation of written formulas", () => {
  const sofficeIt = itWithSoffice();

  sofficeIt(
    "computes _xlfn functions, calculated columns and [[id]] references to a renamed sheet",
    async () => {
      const existing = new ExcelJS.Workbook();
      existing.addWorksheet("质检记录").getCell("B3").value = 1_000_000; // a decoy with the wanted name
      const bytes = await writeXlsx([dataSheet(), summarySheet()], { workbook: existing });
      const wb = await recalculate(bytes);

      expect(findErrorCells(wb)).toEqual([]);
      const summary = sheet(wb, "Summary 汇总");
      for (const [address, expected] of Object.entries(SUMMARY_EXPECTED)) {
        const value = cellValue(summary, address);
        if (typeof expected === "number") expect({ address, value }).toEqual({ address, value: expect.closeTo(expected, 6) });
        else expect({ address, value }).toEqual({ address, value: expected });
      }
      const data = sheet(wb, "质检记录 (2)");
      SCORES.forEach((score, i) => {
        expect(cellValue(data, `C${3 + i}`)).toBe(score * 2);
        expect(cellValue(data, `E${3 + i}`)).toBe(score >= 80 ? "yes" : "no");
      });
      expect(cellValue(sheet(wb, "质检记录"), "B3")).toBe(1_000_000);
    },
    120_000,
  );
});

describe("loadXlsx", () => {
  it("reads a workbook whose table has a calculated column, and keeps that column calculated when sheets are appended", async () => {
    // A workbook saved by Excel, whose table has a calculated column.
    const first = await addCalculatedColumnFormulas(await writeXlsx([dataSheet(), summarySheet()]), [{ table: "QaLog", column: "Double", formula: "B3*2" }]);
    // ExcelJS alone cannot read it (its table parser breaks on <calculatedColumnFormula>).
    await expect(new ExcelJS.Workbook().xlsx.load(first as unknown as ExcelJS.Buffer)).rejects.toThrow(/filterButton/);

    const wb = await loadXlsx(first);
    const second = await writeXlsx([{ ...dataSheet(), id: "data" }, summarySheet()], { workbook: wb });
    const zip = await JSZip.loadAsync(second);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string")),
    );
    const calculated = tables.map((xml) => /<calculatedColumnFormula>([^<]*)</.exec(xml)?.[1]).sort();
    // The user's table keeps its calculated column; the appended one has the formula in its rows.
    expect(calculated).toEqual(["B3*2", undefined]);
    expect(tables.map((xml) => /name="(QaLog[^"]*)"/.exec(xml)?.[1]).sort()).toEqual(["QaLog", "QaLog_2"]);
  });
});

describe("the writer fixtures", () => {
  it("follow the spec's rules themselves (native functions only, same-sheet conditional formats)", () => {
    expect([dataSheet(), summarySheet()].flatMap(unsupportedFormulaUses)).toEqual([]);
  });
});
