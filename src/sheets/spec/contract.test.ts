import { allHandled, SHEET_FIELD_ORDER, visitSheet, type SheetHandlers } from "./contract";
import { calculatedColumns, escapeHeaderFooter, frozenPanes, rowLayout, tableBottom } from "./normalise";
import type { PrintSpec, SheetSpec, TableSpec } from "./types";

function recordingHandlers(log: string[]): SheetHandlers {
  const h = {} as Record<string, (v: unknown) => void>;
  for (const key of SHEET_FIELD_ORDER) h[key] = () => void log.push(key);
  return h as unknown as SheetHandlers;
}

describe("writer contract", () => {
  it("visits only the fields a spec sets, in the one order both writers use", async () => {
    const log: string[] = [];
    const spec: SheetSpec = { id: "s", name: "S", cells: [], protect: true, freeze: { rows: 1, cols: 0 }, tables: [], tabColor: "#000000" };
    await visitSheet(spec, recordingHandlers(log));
    expect(log).toEqual(["id", "name", "tabColor", "cells", "tables", "freeze", "protect"]);
  });

  it("a writer without a handler for some field does not compile; a forgotten sub-field neither", () => {
    const { protect: _dropped, ...incomplete } = recordingHandlers([]);
    // @ts-expect-error -- `protect` has no handler
    const handlers: SheetHandlers = incomplete;
    expect(Object.keys(handlers)).not.toContain("protect");
    const print: PrintSpec = { paper: "A4", orientation: "portrait", footer: "x" };
    const { paper, orientation, ...rest } = print;
    // @ts-expect-error -- fitToWidth, footer… are left unhandled
    allHandled(rest);
    expect([paper, orientation]).toEqual(["A4", "portrait"]);
  });
});

describe("shared normalisation", () => {
  const table: TableSpec = { name: "T", range: { top: 3, left: 1, bottom: 3, right: 2 }, columns: [{ name: "A" }, { name: "B", formula: "B5*2+'x 1'!A5+$C$5" }] };

  it("a table with only a header still gets one data row", () => {
    expect(tableBottom(table)).toBe(4);
    expect(tableBottom({ ...table, range: { ...table.range, bottom: 9 } })).toBe(9);
  });

  it("calculated columns fill the first row's formula down, sheet names and absolute rows untouched", () => {
    const cols = calculatedColumns({ ...table, range: { ...table.range, bottom: 6 } }, (f) => `=${f}`);
    expect(cols).toHaveLength(1);
    expect(cols[0]!.col).toBe(2);
    expect(cols[0]!.cells.map((c) => c.row)).toEqual([4, 5, 6]);
    expect(cols[0]!.cells[2]!.formula).toBe("=B7*2+'x 1'!A7+$C$5");
  });

  it("row layout keeps explicit heights and fits the rest to wrapped text", () => {
    const spec: SheetSpec = {
      id: "s",
      name: "S",
      columns: [{ index: 0, width: 10 }],
      cells: [
        { row: 0, col: 0, value: "a long wrapped header text", style: { wrap: true } },
        { row: 1, col: 0, value: "another long wrapped header text", style: { wrap: true } },
      ],
      rows: [{ index: 1, height: 40 }, { index: 0, hidden: true }],
    };
    const rows = rowLayout(spec);
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
    expect(rows[0]!.hidden).toBe(true);
    expect(rows[0]!.height).toBeGreaterThan(30);
    expect(rows[1]!.height).toBe(40);
  });

  it("freeze panes and footers", () => {
    expect(frozenPanes({ rows: 0, cols: 0 })).toBeUndefined();
    expect(frozenPanes({ rows: 2, cols: 1 })).toEqual({ rows: 2, cols: 1 });
    expect(escapeHeaderFooter("Q&A")).toBe("Q&&A");
  });
});
