import { previewHost } from "../test-support/render-pane";

describe("PreviewHost", () => {
  const spec = (id: string, name: string, formula?: string) => ({ id, name, cells: formula ? [{ row: 0, col: 0, formula }] : [{ row: 0, col: 0, value: 1 }] });

  it("never overwrites: a taken name gets (2), and references follow the renamed sheet", async () => {
    const host = previewHost("en-US");
    await host.writeSheets([spec("a", "Plan")]);
    const report = await host.writeSheets([spec("a", "Plan"), spec("b", "Statement", "SUM([[a]]!A1:A3)")]);
    expect(report.created).toEqual([
      { id: "a", name: "Plan (2)" },
      { id: "b", name: "Statement" },
    ]);
    expect(host.sheetNames()).toEqual(["Sample volume", "Sample team", "Plan", "Plan (2)", "Statement"]);
    expect(host.activeSheetName()).toBe("Plan (2)");
    expect((await host.readRange("Statement!A1")).values).toEqual([["=SUM('Plan (2)'!A1:A3)"]]);
  });

  it("offers the sample day as the selection, in the pane's language", async () => {
    const host = previewHost("zh-CN");
    const selection = await host.readSelection();
    expect(selection.address).toBe("'示例咨询量'!B2:B145");
    expect(selection.values).toHaveLength(144);
    expect(selection.values.every((r) => typeof r[0] === "number" && r[0] >= 0)).toBe(true);
  });

  it("rejects unknown sheets and bad addresses with an Error, and ignores unreadable settings", async () => {
    const host = previewHost();
    await expect(host.readRange("Nope!A1")).rejects.toMatchObject({ problem: { kind: "noSheet", sheet: "Nope" } });
    await expect(host.readRange("A1:")).rejects.toMatchObject({ problem: { kind: "notAddress" } });
    // A whole sheet is refused by size, before a million rows are built; whole columns end with the data.
    await expect(host.readRange("A1:XFD1048576")).rejects.toMatchObject({ problem: { kind: "tooLarge", cells: 1_048_576 * 16_384 } });
    expect((await host.readRange("'Sample team'!A:B")).values).toHaveLength(31);
    await host.setSetting("locale", "zh-CN");
    expect(host.getSetting("locale")).toBe("zh-CN");
  });
});
