import { addXlfnPrefixes, XLFN_FUNCTIONS } from "./xlfn-prefix";

describe("addXlfnPrefixes", () => {
  it.each([
    ["IFS(A1>0,1,TRUE,0)", "_xlfn.IFS(A1>0,1,TRUE,0)"],
    ["SWITCH(A1,1,\"a\",\"b\")", "_xlfn.SWITCH(A1,1,\"a\",\"b\")"],
    ["MAXIFS(B:B,A:A,\"x\")+MINIFS(B:B,A:A,\"x\")", "_xlfn.MAXIFS(B:B,A:A,\"x\")+_xlfn.MINIFS(B:B,A:A,\"x\")"],
    ["CONCAT(A1,B1)", "_xlfn.CONCAT(A1,B1)"],
    ["TEXTJOIN(\",\",TRUE,A1:A3)", "_xlfn.TEXTJOIN(\",\",TRUE,A1:A3)"],
    ["RANK.EQ(A1,A$1:A$9)", "_xlfn.RANK.EQ(A1,A$1:A$9)"],
    ["ROUND(STDEV.S(A1:A9),2)", "ROUND(_xlfn.STDEV.S(A1:A9),2)"],
    ["IFNA(VLOOKUP(1,A:B,2,0),\"\")", "_xlfn.IFNA(VLOOKUP(1,A:B,2,0),\"\")"],
    ["XOR(A1,B1)", "_xlfn.XOR(A1,B1)"],
    ["DAYS(B1,A1)", "_xlfn.DAYS(B1,A1)"],
    ["ifs(a1,1)", "_xlfn.IFS(a1,1)"],
  ])("prefixes %s", (formula, expected) => {
    expect(addXlfnPrefixes(formula)).toBe(expected);
  });

  it.each([
    "COUNTIFS(A:A,\"x\",B:B,\">1\")",
    "AVERAGEIFS(C:C,A:A,\"x\")",
    "SUMIFS(C:C,A:A,\"x\")",
    "IFERROR(1/0,0)",
    "RANK(A1,A1:A9)",
    "STDEV(A1:A9)",
    "NETWORKDAYS(A1,B1)",
    "SUMPRODUCT((A1:A9>0)*B1:B9)",
  ])("leaves Excel 2007 function %s alone", (formula) => {
    expect(addXlfnPrefixes(formula)).toBe(formula);
  });

  it("does not touch string literals or quoted sheet names", () => {
    expect(addXlfnPrefixes('IF(A1="IFS(x)","SWITCH(",\'IFS(1)\'!A1)')).toBe('IF(A1="IFS(x)","SWITCH(",\'IFS(1)\'!A1)');
  });

  it("does not prefix twice, nor names that only end like a listed function", () => {
    expect(addXlfnPrefixes("_xlfn.IFS(A1,1)")).toBe("_xlfn.IFS(A1,1)");
    expect(addXlfnPrefixes("MYIFS(A1)+X.DAYS(1)")).toBe("MYIFS(A1)+X.DAYS(1)");
  });

  it("lists no Excel 2007 function", () => {
    for (const old of ["COUNTIFS", "SUMIFS", "AVERAGEIFS", "IFERROR", "RANK", "STDEV", "NETWORKDAYS", "WORKDAY", "EOMONTH"]) {
      expect(XLFN_FUNCTIONS.has(old)).toBe(false);
    }
  });
});
