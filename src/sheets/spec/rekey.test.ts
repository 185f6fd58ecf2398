import { pointSheetRefs, rekeySheets } from "./rekey";
import type { SheetSpec } from "./types";

describe("rekeySheets", () => {
  const specs: SheetSpec[] = [
    {
      id: "log",
      name: "Log",
      cells: [{ row: 0, col: 0, formula: 'SUM([[sum]]!A1,[[other]]!B2)&"[[log]]"' }, { row: 1, col: 0, value: "x", link: "[[sum]]!A1" }],
      validations: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, rule: { type: "list", source: "[[sum]]!$A$1:$A$3" } }],
      conditionalFormats: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, rule: { type: "cellIs", operator: "equal", formulas: ["[[log]]!A1"] }, style: {} }],
      tables: [{ name: "T", range: { top: 0, left: 0, bottom: 1, right: 0 }, columns: [{ name: "c", formula: "[[sum]]!A1" }] }],
    },
    { id: "sum", name: "Sum", cells: [] },
  ];
  it("renames the set's ids and references to them, and nothing else", () => {
    const [log, sum] = rekeySheets(specs, (id) => `peak${id}`);
    expect([log!.id, sum!.id]).toEqual(["peaklog", "peaksum"]);
    // A sheet outside the set keeps its id; text inside a string literal is only renamed as a token, like a formula would be.
    expect(log!.cells[0]!.formula).toBe('SUM([[peaksum]]!A1,[[other]]!B2)&"[[peaklog]]"');
    expect(log!.cells[1]!.link).toBe("[[peaksum]]!A1");
    expect(log!.validations![0]!.rule).toEqual({ type: "list", source: "[[peaksum]]!$A$1:$A$3" });
    expect(log!.conditionalFormats![0]!.rule).toEqual({ type: "cellIs", operator: "equal", formulas: ["[[peaklog]]!A1"] });
    expect(log!.tables![0]!.columns[0]!.formula).toBe("[[peaksum]]!A1");
    expect(specs[0]!.id).toBe("log");
  });

  it("points the named ids at real sheet names, quoted, and leaves the ids and other tokens for the writer", () => {
    const [log] = pointSheetRefs(specs, new Map([["sum", "Plan's sum (2)"]]));
    expect(log!.id).toBe("log");
    expect(log!.cells[0]!.formula).toBe(`SUM('Plan''s sum (2)'!A1,[[other]]!B2)&"[[log]]"`);
    expect(log!.cells[1]!.link).toBe("'Plan''s sum (2)'!A1");
    expect(log!.validations![0]!.rule).toEqual({ type: "list", source: "'Plan''s sum (2)'!$A$1:$A$3" });
    expect(log!.conditionalFormats![0]!.rule).toEqual({ type: "cellIs", operator: "equal", formulas: ["[[log]]!A1"] });
    expect(log!.tables![0]!.columns[0]!.formula).toBe("'Plan''s sum (2)'!A1");
  });
});
