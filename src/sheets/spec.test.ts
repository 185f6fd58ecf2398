import fc from "fast-check";
import {
  freeSheetName,
  freeTableName,
  functionsIn,
  mapFormulaCode,
  planSheetNames,
  resolveSheetRefs,
  shiftFormulaRows,
  unsupportedFormulaUses,
  validationBounds,
  type SheetSpec,
} from "./spec";

describe("planSheetNames", () => {
  it("gives taken names a free variant and keeps names unique within the batch", () => {
    const names = planSheetNames(
      [
        { id: "log", name: "质检记录" },
        { id: "log2", name: "质检记录" },
        { id: "sum", name: "Summary" },
      ],
      ["质检记录", "SUMMARY"],
    );
    expect([...names]).toEqual([
      ["log", "质检记录 (2)"],
      ["log2", "质检记录 (3)"],
      ["sum", "Summary (2)"],
    ]);
  });

  it("rejects two specs with one id", () => {
    expect(() => planSheetNames([{ id: "a", name: "A" }, { id: "a", name: "B" }], [])).toThrow(/share the id "a"/);
  });

  it("resolves [[id]] to the planned, quoted name", () => {
    const names = planSheetNames([{ id: "log", name: "质检记录" }], ["质检记录"]);
    expect(resolveSheetRefs("SUM([[log]]!B2:B9)", names)).toBe("SUM('质检记录 (2)'!B2:B9)");
  });

  it("drops characters and apostrophes Excel forbids and avoids the reserved name History", () => {
    expect(freeSheetName("QA: log [A/B]", [])).toBe("QA  log  A B");
    expect(freeSheetName("'quoted'", [])).toBe("quoted");
    expect(freeSheetName("History", [])).toBe("History (2)");
    expect(freeSheetName(" ?* ", [])).toBe("Sheet");
  });

  it("never exceeds 31 characters", () => {
    expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("shiftFormulaRows", () => {
  it("moves relative rows only", () => {
    expect(shiftFormulaRows("B3*2+$C$3+D$3+$E3", 4)).toBe("B7*2+$C$3+D$3+$E7");
  });

  it("shifts sheet-qualified references and ranges, but not strings, functions or sheet names", () => {
    expect(shiftFormulaRows(`IF(LOG10(A2)>0,'Q1'!B2:C3,"A2")&Sheet1!A2`, 1)).toBe(`IF(LOG10(A3)>0,'Q1'!B3:C4,"A2")&Sheet1!A3`);
  });

  it("composes: shifting by a then b equals shifting by a + b", () => {
    const ref = fc
      .tuple(fc.boolean(), fc.constantFrom("A", "B", "AB", "XFD"), fc.boolean(), fc.integer({ min: 1, max: 9999 }))
      .map(([ca, c, ra, r]) => `${ca ? "$" : ""}${c}${ra ? "$" : ""}${r}`);
    const formula = fc.array(ref, { minLength: 1, maxLength: 5 }).map((refs) => `SUM(${refs.join(",")})&"B2"`);
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (f, a, b) => {
        expect(shiftFormulaRows(shiftFormulaRows(f, a), b)).toBe(shiftFormulaRows(f, a + b));
      }),
    );
  });
});

describe("mapFormulaCode", () => {
  it("hands only the code parts to the transform, with doubled quotes kept inside literals", () => {
    const seen: string[] = [];
    const out = mapFormulaCode(`A1&"say ""hi"""&'it''s'!B2`, (code) => {
      seen.push(code);
      return code.toLowerCase();
    });
    expect(seen).toEqual(["A1&", "&", "!B2"]);
    expect(out).toBe(`a1&"say ""hi"""&'it''s'!b2`);
  });
});

describe("unsupportedFormulaUses", () => {
  const sheet = (formula: string): SheetSpec => ({ id: "s", name: "S", cells: [{ row: 0, col: 0, formula }] });

  it("flags CS.* functions, functions LibreOffice 7.4 lacks, and structured references", () => {
    expect(unsupportedFormulaUses(sheet("XLOOKUP(1,A:A,B:B)"))).toHaveLength(1);
    expect(unsupportedFormulaUses(sheet("LET(x,1,x)"))).toHaveLength(1);
    expect(unsupportedFormulaUses(sheet("CS.ERLANGC(1,2,3)"))).toHaveLength(1);
    expect(unsupportedFormulaUses(sheet("SUM(Table1[Score])"))).toHaveLength(1);
  });

  it("flags conditional formats that refer to another sheet, but not text that contains a '!'", () => {
    const cf = (formula: string): SheetSpec => ({
      id: "s",
      name: "S",
      cells: [],
      conditionalFormats: [{ range: { top: 1, left: 0, bottom: 9, right: 0 }, rule: { type: "expression", formula }, style: { bold: true } }],
    });
    expect(unsupportedFormulaUses(cf("$B2>=[[summary]]!$B$2"))).toEqual([expect.stringMatching(/refers to another sheet/)]);
    expect(unsupportedFormulaUses(cf("$B2>='Other sheet'!$B$2"))).toHaveLength(1);
    expect(unsupportedFormulaUses(cf('$B2="done!"'))).toEqual([]);
  });

  it("accepts native functions, strings that mention banned names, and [[id]] tokens", () => {
    expect(unsupportedFormulaUses(sheet(`IFS([[log]]!A1>0,"XLOOKUP(",TRUE,SUMIFS(B:B,C:C,"x[1]"))`))).toEqual([]);
    expect(functionsIn(`IFS(A1,ROUND(1,0))`)).toEqual(["IFS", "ROUND"]);
  });
});

describe("freeTableName", () => {
  it("makes a valid, unique name", () => {
    expect(freeTableName("QaLog", ["qalog"])).toBe("QaLog_2");
    expect(freeTableName("QA1", [])).toBe("T_QA1");
    expect(freeTableName("质检 记录", [])).toBe("质检_记录");
    expect(freeTableName("2026 log", [])).toBe("_2026_log");
  });
});

describe("validationBounds", () => {
  it("uses open-ended operators for one bound and between for two", () => {
    expect(validationBounds({ type: "whole", min: 0, max: 100 })).toEqual({ operator: "between", formula1: 0, formula2: 100 });
    expect(validationBounds({ type: "date", min: 46023 })).toEqual({ operator: "greaterThanOrEqual", formula1: 46023 });
    expect(validationBounds({ type: "textLength", max: 20 })).toEqual({ operator: "lessThanOrEqual", formula1: 20 });
  });
});
