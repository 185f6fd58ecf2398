/**
 * The Office.js writer against office-addin-mock: what it writes (values and formulas as blocks,
 * plain function names, `[[id]]` resolved to the names chosen when names are taken, formats,
 * validation, conditional formats, tables, print, protection, charts, notes), that it never
 * touches existing sheets, and how many `sync()` calls it makes.
 */
import { SheetBuilder } from "../../src/sheets/builder";
import { buildSampleWorkbook } from "../../src/sheets/sample-workbook";
import type { SheetSpec } from "../../src/sheets/spec";
import { COLORS, STYLES } from "../../src/sheets/styles";
import { MAX_CELLS_PER_SYNC, WriteSheetsError, writeSheets } from "../../src/excel";
import { columnWidthPoints, officeConstant, officeFormula } from "../../src/excel/write-sheets";
import { AGENTS, SCORES, dataSheet, summarySheet } from "./feature-specs";
import { mockContext, rangesAt, sheetNamed, type Fake, type SheetRecord } from "./office-mock";

/** The 2-D formulas written to exactly this address (one block). */
function block(sheet: SheetRecord, address: string): unknown[][] {
  const withFormulas = rangesAt(sheet, address).filter((r) => Array.isArray(r.mock.formulas));
  if (withFormulas.length !== 1) throw new Error(`expected one block at ${address}, got ${withFormulas.length}`);
  return withFormulas[0]!.mock.formulas as unknown[][];
}

function formulaBlocks(sheet: SheetRecord): { address: string; formulas: unknown[][] }[] {
  return sheet.ranges.filter((r) => Array.isArray(r.mock.formulas)).map((r) => ({ address: r.address, formulas: r.mock.formulas as unknown[][] }));
}

/** A plain sheet of `rows` × `cols` numbers and a formula column, for counting round trips. */
function bigSheet(id: string, rows: number, cols: number): SheetSpec {
  const b = new SheetBuilder(id, `Big ${id}`);
  b.row(0, 0, Array.from({ length: cols + 1 }, (_, c) => `H${c}`), STYLES.header);
  for (let r = 1; r <= rows; r++) {
    for (let c = 0; c < cols; c++) b.input(r, c, r * c);
    b.formula(r, cols, `SUM(A${r + 1}:${String.fromCharCode(64 + cols)}${r + 1})`, STYLES.computed);
  }
  return b.build();
}

describe("writeSheets", () => {
  it("picks free names instead of overwriting, and resolves [[id]] to them without _xlfn prefixes", async () => {
    const { context, record } = mockContext(["质检记录", "Sheet1"]);
    const result = await writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });

    expect(result.created).toEqual([
      { id: "data", name: "质检记录 (2)" },
      { id: "summary", name: "Summary 汇总" },
    ]);
    expect(record.sheets.map((s) => s.name)).toEqual(["质检记录 (2)", "Summary 汇总"]);
    const summary = sheetNamed(record, "Summary 汇总");
    const formulas = block(summary, "A1:B17");
    expect(formulas[2]).toEqual(["Max", `=MAXIFS('质检记录 (2)'!B3:B7,'质检记录 (2)'!B3:B7,"<100")`]);
    expect(formulas[5]).toEqual(["Rank of Anna", `=RANK.EQ('质检记录 (2)'!B6,'质检记录 (2)'!B3:B7)`]);
    expect(formulas[1]).toEqual(["Pass mark", 80]);
    expect(JSON.stringify(record.sheets.map(formulaBlocks))).not.toContain("_xlfn");
    // A file-form prefix that slipped into a spec is removed (Office.js wants plain names), text kept.
    expect(officeFormula(`_xlfn.IFS(A1>0,"_xlfn.",TRUE,0)`, new Map())).toBe(`=IFS(A1>0,"_xlfn.",TRUE,0)`);
  });

  it("writes values and formulas as one 2-D block per rectangle, table headers included, calculated columns after the table", async () => {
    const { context, record } = mockContext([]);
    await writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });
    const data = sheetNamed(record, "质检记录");
    expect(block(data, "A2:E2")).toEqual([["Agent", "Score", "Double", "Date", "Passed"]]);
    const left = block(data, "A3:B7");
    const right = block(data, "D3:E7");
    SCORES.forEach((score, i) => {
      expect(left[i]).toEqual([AGENTS[i], score]);
      expect(right[i]![1]).toBe(`=IF(B${3 + i}>=80,"yes","no")`);
    });
    // The calculated column is written as its own block once the table exists (tables.add first).
    expect(block(data, "C3:C7")).toEqual(SCORES.map((_, i) => [`=B${3 + i}*2`]));
    const tableAt = data.ranges.findIndex((r) => r.address === "C3:C7" && Array.isArray(r.mock.formulas));
    expect(tableAt).toBeGreaterThan(data.ranges.findIndex((r) => r.address === "A3:A7")); // after the formats and CFs
    // A text that Excel would parse as a number is protected by a leading apostrophe.
    expect(officeConstant("0012")).toBe("'0012");
    expect(officeConstant("=1+1")).toBe("'=1+1");
    expect(officeConstant("王芳")).toBe("王芳");
    expect(officeConstant(12)).toBe(12);
  });

  it("writes one block for a full rectangle of 5 000 cells, and the same number of syncs as for 10 cells", async () => {
    const small = mockContext([]);
    await writeSheets(small.context, [bigSheet("a", 2, 4)]);
    const big = mockContext([]);
    await writeSheets(big.context, [bigSheet("a", 500, 10)]);
    expect(big.record.syncs).toBe(small.record.syncs);
    expect(big.record.syncs).toBeLessThanOrEqual(2); // one to read the names, one for the sheet
    const blocks = formulaBlocks(big.record.sheets[0]!);
    expect(blocks.map((b) => b.address)).toEqual(["A1:K501"]);
    // Formats: one call per rectangle of equal style, not per cell.
    expect(big.record.sheets[0]!.ranges.length).toBeLessThan(20);
  });

  it("sends a sheet above the per-sync cell limit in bands of whole rows, one sync each", async () => {
    const { context, record } = mockContext([]);
    const rows = Math.ceil((MAX_CELLS_PER_SYNC * 1.5) / 11); // 11 columns: ~1.5 × the limit
    await writeSheets(context, [bigSheet("a", rows, 10)]);
    expect(record.syncs).toBe(1 + 2);
    const blocks = formulaBlocks(record.sheets[0]!);
    const cells = blocks.map((b) => b.formulas.length * b.formulas[0]!.length);
    expect(cells.every((n) => n <= MAX_CELLS_PER_SYNC)).toBe(true);
    expect(cells.reduce((a, b) => a + b, 0)).toBe((rows + 1) * 11);
  });

  it("makes one sync per sheet plus one, however many sheets and cells", async () => {
    const { context, record } = mockContext([]);
    await writeSheets(context, [bigSheet("a", 300, 8), bigSheet("b", 3, 3), dataSheet(), summarySheet()], { notes: "comments" });
    expect(record.syncs).toBe(1 + 4);
  });

  it("applies styles, input look for unlocked cells, number formats, merges, widths and outline", async () => {
    const { context, record } = mockContext([]);
    await writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });
    const data = sheetNamed(record, "质检记录");
    const header = rangesAt(data, "A2:E2").find((r) => r.mock.format.fill.color !== undefined)!;
    expect(header.mock.format.fill.color).toBe("#1F4E78");
    expect(header.mock.format.font.color).toBe("#FFFFFF");
    expect(header.mock.format.horizontalAlignment).toBe("Center");
    expect(header.mock.format.borders.byEdge().get("InsideVertical").weight).toBe("Thin");
    const inputs = rangesAt(data, "B3:B7").find((r) => r.mock.format.protection.locked === false)!;
    expect(inputs.mock.format.fill.color).toBe(COLORS.inputFill);
    const plain = rangesAt(data, "B9").find((r) => r.mock.format.protection.locked === false)!;
    expect(plain.mock.format.fill.color).toBe(COLORS.inputFill);
    expect(rangesAt(data, "D3:D7").find((r) => r.mock.numberFormat)!.mock.numberFormat).toEqual(Array(5).fill(["yyyy-mm-dd"]));
    expect(rangesAt(data, "A1:E1").some((r) => r.calls.some((c) => c.method === "merge"))).toBe(true);
    expect(rangesAt(data, "A:A")[0]!.mock.format.columnWidth).toBe(columnWidthPoints(14));
    const g = rangesAt(data, "G:G")[0]!;
    expect(g.mock.columnHidden).toBe(true);
    expect(g.calls).toEqual([{ method: "group", args: ["ByColumns"] }]);
    expect(rangesAt(data, "1:1")[0]!.mock.format.rowHeight).toBe(28);
    expect(data.mock.tabColor).toBe("#1F4E78");
    expect(sheetNamed(record, "Summary 汇总").mock.showGridlines).toBe(false);
  });

  it("writes validations, conditional formats, the table, print setup, freeze panes, protection and the chart", async () => {
    const { context, record } = mockContext([], ["QaLog"]);
    await writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });
    const data = sheetNamed(record, "质检记录");
    const dv = (address: string) => rangesAt(data, address).find((r) => r.mock.dataValidation.rule)!.mock.dataValidation;
    expect(dv("B3:B7").rule).toEqual({ wholeNumber: { operator: "Between", formula1: 0, formula2: 100 } });
    expect(dv("B3:B7").errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Score", message: "0–100" });
    expect(dv("B3:B7").prompt).toMatchObject({ showPrompt: true, message: "A score from 0 to 100" });
    expect(dv("E3:E7").rule).toEqual({ list: { inCellDropDown: true, source: "yes,no" } });
    expect(dv("A13").rule).toEqual({ list: { inCellDropDown: true, source: "='Summary 汇总'!$A$2:$A$3" } });
    expect(dv("D3:D7").rule).toEqual({ date: { operator: "GreaterThanOrEqualTo", formula1: "=46023" } });
    expect(dv("B13").rule).toEqual({ time: { operator: "Between", formula1: "=0.25", formula2: "=0.75" } });
    expect(dv("C13").rule).toEqual({ textLength: { operator: "LessThanOrEqualTo", formula1: 20 } });

    const cfs = data.ranges.flatMap((r) =>
      r.calls.filter((c) => c.method === "conditionalFormats.add").map((c) => ({ address: r.address, type: c.args[0], cf: c.args[1] as Fake })),
    );
    expect(cfs.map((c) => [c.address, c.type])).toEqual([
      ["B3:B7", "CellValue"],
      ["A3:A7", "Custom"],
    ]);
    expect(cfs[0]!.cf.cellValue.rule).toEqual({ operator: "LessThan", formula1: "=70" });
    expect(cfs[0]!.cf.cellValue.format.fill.color).toBe("#FFC7CE");
    expect(cfs[1]!.cf.custom.rule.formula).toBe("=IFS($B3>=$B$9*16,TRUE,TRUE,FALSE)");
    expect(cfs[1]!.cf.custom.format.font.bold).toBe(true);

    expect(data.tables).toHaveLength(1);
    expect(data.tables[0]).toMatchObject({ address: "A2:E7", hasHeaders: true });
    expect(data.tables[0]!.mock.name).toBe("QaLog_2"); // "QaLog" exists in the workbook
    expect(data.tables[0]!.mock.style).toBe("TableStyleMedium9");

    expect(data.mock.pageLayout.paperSize).toBe("A4");
    expect(data.mock.pageLayout.orientation).toBe("Landscape");
    expect(data.mock.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(data.mock.pageLayout.headersFooters.defaultForAllPages.centerFooter).toBe("QA && coaching");
    expect(data.calls).toEqual(
      expect.arrayContaining([
        { method: "setPrintTitleRows", args: ["$2:$2"] },
        { method: "setPrintTitleColumns", args: ["$A:$A"] },
        { method: "setPrintArea", args: ["A1:E13"] },
        { method: "freezeAt", args: ["A1:A2"] },
        { method: "protect", args: [{ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true }] },
      ]),
    );
    expect(sheetNamed(record, "Summary 汇总").calls.some((c) => c.method === "protect")).toBe(false);
    const summary = sheetNamed(record, "Summary 汇总");
    expect((summary.mock as unknown as { pageLayout: { zoom: unknown } }).pageLayout.zoom).toEqual({ scale: 90 });
    expect(summary.calls).toEqual(
      expect.arrayContaining([
        { method: "setPrintArea", args: ["A1:B9,A10:B17"] },
        { method: "horizontalPageBreaks.add", args: ["A5"] },
      ]),
    );

    expect(data.charts).toHaveLength(1);
    expect(data.charts[0]).toMatchObject({ type: "ColumnClustered", source: "A2:B7", seriesBy: "Columns" });
    expect(data.charts[0]!.mock.title.text).toBe("Scores");
    expect(data.charts[0]!.calls).toEqual([{ method: "setPosition", args: ["A15", "F26"] }]);
  });

  it("writes notes (or comments where notes are unavailable) and internal hyperlinks", async () => {
    const withNotes = mockContext([]);
    await writeSheets(withNotes.context, [dataSheet(), summarySheet()], { notes: "notes" });
    expect(sheetNamed(withNotes.record, "质检记录").notes).toEqual([{ address: "A11", text: "jumps to the summary" }]);
    const withComments = mockContext([]);
    await writeSheets(withComments.context, [dataSheet(), summarySheet()], { notes: "comments" });
    expect(withComments.record.comments).toEqual([{ address: "A11", text: "jumps to the summary", sheet: "质检记录" }]);
    const link = rangesAt(sheetNamed(withComments.record, "质检记录"), "A11").find((r) => r.mock.hyperlink)!;
    expect(link.mock.hyperlink).toEqual({ documentReference: "'Summary 汇总'!A1", textToDisplay: "to summary" });
  });

  it("activates the first created sheet once, after everything is written", async () => {
    const { context, record } = mockContext(["Old"]);
    await writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });
    const activations = record.sheets.flatMap((s) => s.calls.filter((c) => c.method === "activate").map(() => s.name));
    expect(activations).toEqual(["质检记录"]);
  });

  it("on a failed sync removes the sheets it created (all or nothing), never the user's, and says so in both languages", async () => {
    const { context, record } = mockContext(["质检记录"]);
    record.failOnSync = 3; // 1: names, 2: first sheet, 3: second sheet
    const failure = writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" });
    await expect(failure).rejects.toThrow(WriteSheetsError);
    const error = (await failure.catch((e: unknown) => e)) as WriteSheetsError;
    expect(error.sheetName).toBe("Summary 汇总");
    expect(error.text["en-US"]).toMatch(/could not write the sheet "Summary 汇总", so no sheet was added \(InvalidArgument/);
    expect(error.text["zh-CN"]).toMatch(/无法写入工作表“Summary 汇总”/);
    // The mock knows only the sheets this call added: the user's 质检记录 is never touched.
    expect(record.sheets.map((s) => [s.name, s.calls.some((c) => c.method === "delete")])).toEqual([
      ["质检记录 (2)", true],
      ["Summary 汇总", true],
    ]);
  });
});

describe("writeSheets with the whole sample workbook", () => {
  it("writes every registered sheet in one sync per sheet plus one (one more per 20 000 cells), with no formula left with [[id]] or _xlfn", async () => {
    const specs = await buildSampleWorkbook("zh-CN");
    const { context, record } = mockContext(specs.slice(1, 3).map((s) => s.name)); // two names already taken
    const result = await writeSheets(context, specs, { notes: "comments" });
    expect(result.created).toHaveLength(specs.length);
    expect(new Set(result.created.map((c) => c.name)).size).toBe(specs.length);
    expect(result.created.slice(1, 3).every((c) => / \(2\)$/.test(c.name))).toBe(true);
    // Sheets above MAX_CELLS_PER_SYNC (the forecast's recent weeks: 8 × 144 slots) are sent in parts.
    const syncsPerSheet = specs.map((s) => Math.max(1, Math.ceil(s.cells.length / MAX_CELLS_PER_SYNC)));
    expect(syncsPerSheet.some((n) => n > 1)).toBe(true);
    expect(record.syncs).toBe(1 + syncsPerSheet.reduce((a, b) => a + b, 0));
    const texts = record.sheets.flatMap(formulaBlocks).flatMap((b) => b.formulas.flat()).filter((v): v is string => typeof v === "string");
    expect(texts.filter((t) => t.startsWith("=") && /\[\[[A-Za-z0-9_-]+\]\]|_xlfn\./.test(t))).toEqual([]);
    expect(record.sheets.flatMap((s) => s.calls.filter((c) => c.method === "delete"))).toEqual([]);
  }, 60_000);
});
