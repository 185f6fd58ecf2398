/**
 * Test fixtures for the writers: two sheets that together use every feature of the sheet spec,
 * with formulas whose values are known (so a recalculation can be checked), `_xlfn.` functions and
 * `[[id]]` references between the sheets. Not part of the user's sample workbook.
 */
import { SheetBuilder } from "../../src/sheets/builder";
import { sheetRef, toSerialDate, type SheetSpec } from "../../src/sheets/spec";
import { FORMATS, STYLES } from "../../src/sheets/styles";

/** Scores of the "data" sheet, B3:B7. */
export const SCORES = [90, 75, 60, 88, 75] as const;
export const AGENTS = ["王芳", "Li Lei", "张伟", "Anna", "陈静"] as const;

/** The data sheet: a table with a calculated column, validations, formats, print setup, protection. */
export function dataSheet(name = "质检记录"): SheetSpec {
  const b = new SheetBuilder("data", name);
  b.value(0, 0, "Feature sheet", STYLES.title);
  b.row(1, 0, ["Agent", "Score", "Double", "Date", "Passed"], STYLES.header);
  SCORES.forEach((score, i) => {
    b.value(2 + i, 0, AGENTS[i]!);
    b.input(2 + i, 1, score, { numFmt: FORMATS.integer });
    b.input(2 + i, 3, toSerialDate(2026, 11, 20 + i), { numFmt: FORMATS.date });
    b.set(2 + i, 4, { formula: `IF(B${3 + i}>=80,"yes","no")` }, STYLES.computed);
  });
  // Unlocked without a fill: the writers must give it the input look.
  b.set(8, 1, 5, { locked: false });
  b.value(8, 0, "plain unlocked", { italic: true, fontSize: 9, fontColor: "#595959", hAlign: "right", vAlign: "bottom", indent: 1 });
  b.value(9, 0, "bold", { bold: true, border: "medium", wrap: true });
  b.set(10, 0, "to summary", undefined, { link: `${sheetRef("summary")}!A1`, note: "jumps to the summary" });
  b.table({
    name: "QaLog",
    range: { top: 1, left: 0, bottom: 6, right: 4 },
    columns: [{ name: "Agent" }, { name: "Score" }, { name: "Double", formula: "B3*2" }, { name: "Date" }, { name: "Passed" }],
    style: "TableStyleMedium9",
    showRowStripes: true,
  });
  b.validate({
    range: { top: 2, left: 1, bottom: 6, right: 1 },
    rule: { type: "whole", min: 0, max: 100 },
    errorTitle: "Score",
    error: "0–100",
    prompt: "A score from 0 to 100",
  });
  b.validate({ range: { top: 2, left: 3, bottom: 6, right: 3 }, rule: { type: "date", min: toSerialDate(2026, 1, 1) } });
  b.validate({ range: { top: 2, left: 4, bottom: 6, right: 4 }, rule: { type: "list", values: ["yes", "no"] } });
  b.validate({ range: { top: 12, left: 0, bottom: 12, right: 0 }, rule: { type: "list", source: `${sheetRef("summary")}!$A$2:$A$3` } });
  b.validate({ range: { top: 12, left: 1, bottom: 12, right: 1 }, rule: { type: "time", min: 0.25, max: 0.75 } });
  b.validate({ range: { top: 12, left: 2, bottom: 12, right: 2 }, rule: { type: "textLength", max: 20 } });
  b.validate({ range: { top: 12, left: 3, bottom: 12, right: 3 }, rule: { type: "decimal", min: 0.5 } });
  b.conditional({
    range: { top: 2, left: 1, bottom: 6, right: 1 },
    rule: { type: "cellIs", operator: "lessThan", formulas: ["70"] },
    style: { fill: "#FFC7CE", fontColor: "#9C0006" },
  });
  b.conditional({
    range: { top: 2, left: 0, bottom: 6, right: 0 },
    // Same-sheet references only (see ConditionalRule); IFS checks the _xlfn prefix in a rule.
    rule: { type: "expression", formula: "IFS($B3>=$B$9*16,TRUE,TRUE,FALSE)" },
    style: { fill: "#C6EFCE", bold: true },
  });
  b.widths(0, [14, 8, 10, 12, 8]);
  b.column(6, { width: 4, hidden: true, outlineLevel: 1 });
  b.height(0, 28);
  b.freeze(2, 1);
  b.merge(0, 0, 0, 4);
  b.print({
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 1, last: 1 },
    repeatCols: { first: 0, last: 0 },
    area: { top: 0, left: 0, bottom: 12, right: 4 },
    footer: "QA & coaching",
  });
  b.protect();
  b.tabColor("#1F4E78");
  b.chart({
    type: "columnClustered",
    title: "Scores",
    source: { top: 1, left: 0, bottom: 6, right: 1 },
    seriesBy: "columns",
    anchor: { row: 14, col: 0, widthCols: 6, heightRows: 12 },
  });
  const spec = b.build();
  return { ...spec, rows: [...(spec.rows ?? []), { index: 9, outlineLevel: 1, hidden: false }] };
}

/** The summary sheet: formulas over the data sheet through `[[data]]`, including `_xlfn.` ones. */
export function summarySheet(): SheetSpec {
  const b = new SheetBuilder("summary", "Summary 汇总");
  const data = sheetRef("data");
  b.row(0, 0, ["Measure", "Value"], STYLES.header);
  b.row(1, 0, ["Pass mark", 80]);
  b.row(2, 0, ["Max", { formula: `MAXIFS(${data}!B3:B7,${data}!B3:B7,"<100")` }]);
  b.row(3, 0, ["Sum", { formula: `SUM(${data}!B3:B7)` }]);
  b.row(4, 0, ["IFS", { formula: `IFS(B4>=80,"high",TRUE,"low")` }]);
  b.row(5, 0, ["Rank of Anna", { formula: `RANK.EQ(${data}!B6,${data}!B3:B7)` }]);
  b.row(6, 0, ["Stdev", { formula: `ROUND(STDEV.S(${data}!B3:B7),6)` }]);
  b.row(7, 0, ["Join", { formula: `TEXTJOIN("/",TRUE,${data}!A3:A4)` }]);
  b.row(8, 0, ["Count ≥ 75", { formula: `COUNTIFS(${data}!B3:B7,">=75")` }]);
  b.row(9, 0, ["Doubles", { formula: `SUM(${data}!C3:C7)` }]);
  b.row(10, 0, ["Text with IFS(", { formula: `"IFS(" & "x"` }]);
  b.row(11, 0, ["Min", { formula: `MINIFS(${data}!B3:B7,${data}!B3:B7,">60")` }]);
  b.row(12, 0, ["Switch", { formula: `SWITCH(B2,80,"eighty","other")` }]);
  b.row(13, 0, ["Concat", { formula: `CONCAT("a",${data}!A6)` }]);
  b.row(14, 0, ["IfNa", { formula: `IFNA(MATCH("nobody",${data}!A3:A7,0),"none")` }]);
  b.row(15, 0, ["Xor", { formula: `IF(XOR(B2>50,B2>90),"one","both or none")` }]);
  b.row(16, 0, ["Days", { formula: `DAYS(${data}!D7,${data}!D3)` }]);
  b.hideGridlines();
  // Two blocks printed one after the other at a fixed scale, the second starting a page of its own.
  b.print({
    paper: "A4",
    orientation: "portrait",
    scale: 90,
    area: [
      { top: 0, left: 0, bottom: 8, right: 1 },
      { top: 9, left: 0, bottom: 16, right: 1 },
    ],
    pageBreakRows: [4],
  });
  return b.build();
}

/** The values a correct recalculation gives on the summary sheet, by address. */
export const SUMMARY_EXPECTED: Record<string, string | number> = {
  B3: 90,
  B4: 388,
  B5: "high",
  B6: 2,
  B7: Number(
    Math.sqrt(SCORES.reduce((s, x) => s + (x - 77.6) ** 2, 0) / (SCORES.length - 1)).toFixed(6),
  ),
  B8: "王芳/Li Lei",
  B9: 4,
  B10: 776,
  B11: "IFS(x",
  B12: 75,
  B13: "eighty",
  B14: "aAnna",
  B15: "none",
  B16: "one",
  B17: 4,
};
