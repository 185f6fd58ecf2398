import { SheetBuilder } from "./builder";
import { buildContentsSheet, buildSampleWorkbook, type SampleGenerator } from "./sample-workbook";

const generator = (id: string, ...sheetIds: string[]): SampleGenerator => ({
  id,
  build: (locale) => sheetIds.map((sid) => new SheetBuilder(sid, `${sid} ${locale}`).value(0, 0, 1).build()),
});

describe("buildSampleWorkbook", () => {
  it("puts a contents sheet with one link per sheet first, then the generators' sheets in order", async () => {
    const specs = await buildSampleWorkbook("zh-CN", [generator("qa", "qaLog", "qaSummary"), { id: "pay", build: async () => generator("x", "payout").build("zh-CN") }]);
    expect(specs.map((s) => s.id)).toEqual(["sampleContents", "qaLog", "qaSummary", "payout"]);
    const contents = specs[0]!;
    expect(contents.name).toBe("目录");
    expect(contents.cells.filter((c) => c.link !== undefined).map((c) => [c.value, c.link])).toEqual([
      ["qaLog zh-CN", "[[qaLog]]!A1"],
      ["qaSummary zh-CN", "[[qaSummary]]!A1"],
      ["payout zh-CN", "[[payout]]!A1"],
    ]);
  });

  it("rejects two generators that use one sheet id, naming both", async () => {
    await expect(buildSampleWorkbook("en-US", [generator("qa", "log"), generator("roster", "log")])).rejects.toThrow(/"qa" and the "roster"/);
  });

  it("names the contents sheet in each locale", () => {
    expect(buildContentsSheet([], "en-US").name).toBe("Contents");
    expect(buildContentsSheet([], "zh-CN").name).toBe("目录");
  });
});
