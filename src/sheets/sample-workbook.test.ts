import { SheetBuilder } from "./builder";
import { defineGenerator } from "./generator";
import { GENERATORS } from "./generators";
import { buildContentsSheet, buildSampleWorkbook } from "./sample-workbook";

/** A fake generator whose one sample input is the list of sheet ids it writes. */
const generator = (id: string, prefix: string, ...sheetIds: string[]) =>
  defineGenerator({
    id,
    title: { "en-US": id, "zh-CN": id },
    ribbon: { command: id, controlId: id, label: { "en-US": id, "zh-CN": id }, tooltip: { "en-US": id, "zh-CN": id } },
    icon: id,
    sheetIdPrefix: prefix,
    sampleInputs: async () => [sheetIds],
    build: (ids: string[], locale) => ids.map((sid) => new SheetBuilder(sid, `${sid} ${locale}`).value(0, 0, 1).build()),
  });

describe("buildSampleWorkbook", () => {
  it("puts a contents sheet with one link per sheet first, then the generators' sheets in order", async () => {
    const specs = await buildSampleWorkbook("zh-CN", [generator("qa", "qa", "qaLog", "qaSummary"), generator("pay", "pay", "payout")]);
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
    await expect(buildSampleWorkbook("en-US", [generator("qa", "", "log"), generator("roster", "", "log")])).rejects.toThrow(/"qa" and the "roster"/);
  });

  it("rejects a sheet id without its generator's prefix", async () => {
    await expect(buildSampleWorkbook("en-US", [generator("qa", "qa", "log")])).rejects.toThrow(/"log" of the "qa" generator does not start with "qa"/);
  });

  it("names the contents sheet in each locale", () => {
    expect(buildContentsSheet([], "en-US").name).toBe("Contents");
    expect(buildContentsSheet([], "zh-CN").name).toBe("目录");
  });
});

describe("GENERATORS", () => {
  it("have unique ids, commands, control ids and icons, and no sheet-id prefix is a prefix of another's", () => {
    for (const key of ["id", "icon", "sheetIdPrefix"] as const) {
      const values = GENERATORS.map((g) => g[key]);
      expect({ key, unique: new Set(values).size }).toEqual({ key, unique: values.length });
    }
    for (const key of ["command", "controlId"] as const) {
      const values = GENERATORS.map((g) => g.ribbon[key]);
      expect({ key, unique: new Set(values).size }).toEqual({ key, unique: values.length });
    }
    // Sheet ids meet only within one write: the sample workbook, where an own-workbook generator
    // (the peak plan, whose review sheet the review generator also writes alone) never goes.
    const shared = GENERATORS.filter((g) => !g.ownWorkbook);
    for (const a of shared) {
      for (const b of shared) if (a !== b) expect({ a: a.id, b: b.id, nested: b.sheetIdPrefix.startsWith(a.sheetIdPrefix) }).toEqual({ a: a.id, b: b.id, nested: false });
    }
  });

  it("ids are lower-case words (they become element ids and e2e screenshot names)", () => {
    for (const g of GENERATORS) expect(g.id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
