import { SAMPLE_TEAM } from "../core/sample/team";
import { TASKPANE_TEXT } from "../i18n/taskpane";
import { agentFromRow, personsFromRows, readPeople } from "./people";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];
const A1 = { top: 0, left: 0 };

describe("people ranges", () => {
  it("skip a heading row in either language and read the columns it names", () => {
    const zh = readPeople([["工号", "姓名", "用工类型"], ["E07", "王芳", "临时"], ["E08", "李娜", "全职"], [null, null, null]], A1, ZH);
    expect(zh).toEqual({ ok: true, headerRow: true, people: [{ id: "E07", name: "王芳", employment: "temporary" }, { id: "E08", name: "李娜", employment: "full-time" }] });
    const en = readPeople([["Name", "Employment"], ["张伟", "part-time"], ["刘洋", ""]], A1, EN);
    expect(en).toEqual({ ok: true, headerRow: true, people: [{ name: "张伟", employment: "temporary" }, { name: "刘洋", employment: "full-time" }] });
  });

  it("without headings read the name from the first column and the employment from the second", () => {
    expect(readPeople([["王芳", "temporary"], ["Tom Li"]], A1, EN)).toEqual({
      ok: true,
      headerRow: false,
      people: [{ name: "王芳", employment: "temporary" }, { name: "Tom Li", employment: "full-time" }],
    });
  });

  it("refuse numbers, dates, times and TRUE/FALSE as names, naming the cell as the user sees it", () => {
    const at = { top: 1, left: 2 }; // the range starts at C2
    expect(readPeople([["王芳"], [42]], at, EN)).toEqual({ ok: false, message: expect.stringContaining("Cell C3 holds “42”") as string });
    expect(readPeople([["08:30"]], at, ZH)).toEqual({ ok: false, message: expect.stringContaining("单元格 C2 的内容“08:30”不是姓名") as string });
    expect(readPeople([["2026-11-11"]], A1, EN).ok).toBe(false);
    expect(readPeople([[true]], A1, EN).ok).toBe(false);
  });

  it("refuse an employment it cannot read, naming the cell, in both languages", () => {
    expect(readPeople([["姓名", "类型"], ["王芳", "经理"]], A1, ZH)).toEqual({ ok: false, message: expect.stringContaining("单元格 B2 为“经理”") as string });
    expect(readPeople([["王芳", "manager"]], A1, EN)).toEqual({ ok: false, message: expect.stringContaining("Cell B1 says “manager”") as string });
  });

  it("refuse duplicates and empty ranges", () => {
    expect(readPeople([["王芳"], [" 王芳 "]], A1, ZH)).toEqual({ ok: false, message: "人员区域中“王芳”出现了两次。" });
    expect(readPeople([[null], [""]], A1, EN)).toEqual({ ok: false, message: EN.common.noNames });
    expect(readPeople([["Name"]], A1, EN)).toEqual({ ok: false, message: EN.common.noNames });
  });

  it("never give a user's person the sample team's figures, even with a sample name", () => {
    const wang = SAMPLE_TEAM.find((a) => a.name === "王芳")!;
    expect(wang).toMatchObject({ id: "A001", kpi: { salesCents: 18_650_000 } }); // the sample's own figures
    const agent = agentFromRow({ name: "王芳", employment: "temporary" }, 0);
    expect(agent).toMatchObject({ id: "P001", name: "王芳", employment: "temporary", maxHoursPerWeek: 36 });
    expect(agent.kpi.salesCents).toBe(0);
    expect(agentFromRow({ name: "李娜", employment: "full-time", id: "E08" }, 1).id).toBe("E08");
    // The employment column decides the roster's hours and nights, not the sample.
    expect(personsFromRows([{ name: "王芳", employment: "temporary" }])[0]).toMatchObject({ employment: "temporary", maxHoursPerWeek: 36, nights: false });
  });
});
