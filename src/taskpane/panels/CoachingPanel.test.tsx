/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { categoryName } from "../../core/coaching/talking-points";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildCoachingSheets } from "../../sheets/coaching/build-coaching-sheets";
import type { SheetSpec } from "../../sheets/spec";
import { recordingHost, renderPanel } from "../test-support/render-pane";
import { CoachingPanel, TYPED, typedEmployee } from "./CoachingPanel";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { agentsAtStep } from "../../core/qa/qa-log";
import { SAMPLE_QA_PERIOD, sampleQaLog } from "../../core/sample/qa-reviews";
import { qaLogLayout } from "../../sheets/qa/qa-layout";
import { logRowCells } from "../../sheets/qa/qa-log-rows";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];

/** The value beside the "Employee" label (label in column A, value in column C). */
const employeeCell = (s: SheetSpec, label: string) => {
  const rows = s.cells.filter((c) => c.col === 0 && c.value === label).map((c) => c.row);
  return s.cells.find((c) => c.col === 2 && rows.includes(c.row) && c.value !== null)?.value;
};
/** The prep form's KPI value column: number-formatted, right-aligned cells of column D without a formula. */
const kpiValueCells = (s: SheetSpec) => s.cells.filter((c) => c.col === 3 && c.style?.hAlign === "right" && c.style.numFmt !== undefined && !c.formula);

describe("CoachingPanel", () => {
  it("writes all three blank forms by default", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<CoachingPanel />, host, "zh-CN");
    fireEvent.click(screen.getByTestId("create"));
    const list = await screen.findByTestId("created-sheets");
    expect(written).toEqual(buildCoachingSheets({ form: "all", category: "qualified" }, "zh-CN"));
    expect(written).toHaveLength(3);
    for (const s of written) expect(list.textContent).toContain(s.name);
  });

  it("fills the prep form for a chosen employee, whose category it takes", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<CoachingPanel />, host);
    const zhaoMin = SAMPLE_TEAM.find((a) => a.name === "赵敏")!;
    fireEvent.change(screen.getByLabelText(EN.coaching.employee), { target: { value: zhaoMin.id } });
    expect((screen.getByLabelText(EN.coaching.category) as HTMLSelectElement).value).toBe("low-performer");
    fireEvent.change(screen.getByLabelText(EN.coaching.form), { target: { value: "prep" } });
    fireEvent.change(screen.getByLabelText(EN.coaching.period), { target: { value: "2026-10" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(written).toEqual(buildCoachingSheets({ form: "prep", agent: zhaoMin, category: "low-performer", period: "2026-10" }, "en-US"));
    expect(written.flatMap((s) => s.cells).some((c) => c.value === "赵敏")).toBe(true);
  });

  it("refuses an overlong period", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<CoachingPanel />, host, "zh-CN");
    fireEvent.change(screen.getByLabelText(ZH.coaching.period), { target: { value: "x".repeat(41) } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(ZH.coaching.periodTooLong)).toBeTruthy();
    expect(written).toEqual([]);
  });

  it("fills the forms for a typed name, with the chosen category and a blank KPI snapshot to fill in", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<CoachingPanel />, host);
    fireEvent.change(screen.getByLabelText(EN.coaching.employee), { target: { value: TYPED } });
    fireEvent.change(screen.getByLabelText(EN.coaching.name, { exact: false }), { target: { value: "  Lin Xiaoyu " } });
    fireEvent.change(screen.getByLabelText(EN.coaching.role), { target: { value: "Night-shift agent" } });
    fireEvent.change(screen.getByLabelText(EN.coaching.category), { target: { value: "newly-promoted" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(written).toEqual(buildCoachingSheets({ form: "all", agent: typedEmployee("Lin Xiaoyu", "Night-shift agent"), category: "newly-promoted" }, "en-US"));
    expect(written).toHaveLength(3);
    for (const s of written) {
      expect(employeeCell(s, COACHING_STRINGS["en-US"].common.employee)).toBe("Lin Xiaoyu");
      expect(s.cells.map((c) => c.value)).toEqual(expect.arrayContaining(["Night-shift agent", categoryName("newly-promoted")["en-US"]]));
    }
    const kpi = kpiValueCells(written[0]!);
    expect(kpi).toHaveLength(8);
    for (const c of kpi) {
      expect(c.value).toBeNull(); // never zeros presented as figures
      expect(c.style?.locked).toBe(false);
    }
    expect(host.getSetting("choices.coaching")).toMatchObject({ agent: TYPED, name: "  Lin Xiaoyu ", role: "Night-shift agent" });
  });

  it("asks for the name when 'type the name' is chosen without one, and refuses one over 40 characters", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<CoachingPanel />, host, "zh-CN");
    fireEvent.change(screen.getByLabelText(ZH.coaching.employee), { target: { value: TYPED } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(ZH.coaching.nameRequired)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(ZH.coaching.name, { exact: false }), { target: { value: "林".repeat(41) } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(ZH.coaching.nameTooLong)).toBeTruthy();
    expect(written).toEqual([]);
  });

  it("takes the name from the selected cell", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<CoachingPanel />, host);
    fireEvent.change(screen.getByLabelText(EN.coaching.employee), { target: { value: TYPED } });
    host.select("'Sample team'!A5");
    fireEvent.click(screen.getByRole("button", { name: EN.common.useSelection }));
    const input = screen.getByLabelText(EN.coaching.name, { exact: false }) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe(SAMPLE_TEAM[3]!.name));
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    // A typed name never borrows the sample figures, even when it matches a sample agent's name.
    expect(kpiValueCells(written[0]!).every((c) => c.value === null)).toBe(true);
    host.select("'Sample team'!Z1");
    fireEvent.click(screen.getByRole("button", { name: EN.common.useSelection }));
    expect(await screen.findByText(EN.coaching.nameNotInSelection)).toBeTruthy();
  });

  describe("from the QA log", () => {
    const catalogue = defaultCatalogue("pre-sale");
    const entries = sampleQaLog("pre-sale", "zh-CN");
    const names = [...new Set(entries.map((e) => e.agent))];
    const atStep2 = agentsAtStep(catalogue, entries, names, SAMPLE_QA_PERIOD, 2);

    it("preview: prep and record forms for every agent at step ≥ 2 of the sample month, with their QA evidence", async () => {
      const { host, written } = recordingHost("zh-CN");
      renderPanel(<CoachingPanel />, host, "zh-CN");
      fireEvent.change(screen.getByLabelText(ZH.coaching.source), { target: { value: "qa" } });
      fireEvent.change(screen.getByLabelText(ZH.coaching.qaMonth), { target: { value: "2026-10" } });
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets");
      expect(written.map((s) => s.name)).toEqual(atStep2.flatMap((n) => [`绩效面谈准备表-${n}`, `绩效面谈记录表-${n}`]));
      const label = written[0]!.cells.find((c) => typeof c.value === "string" && c.value.startsWith("质检证据"));
      expect(label?.value).toMatch(/2026-10-01 至 2026-10-31,数据提取于 \d{4}-\d{2}-\d{2}$/);
    });

    it("Excel: reads the QA log sheet through the host and writes the chosen employee's forms", async () => {
      const { host, written } = recordingHost("zh-CN");
      const { columns } = qaLogLayout(catalogue, 500);
      const values = entries.map((e) => {
        const row: unknown[] = Array.from({ length: columns.last + 1 }, () => "");
        for (const [col, v] of logRowCells(catalogue, columns, e, "zh-CN")) row[col] = v;
        return row;
      });
      const asked: string[] = [];
      Object.assign(host, {
        kind: "excel",
        readRange: (address: string) => {
          asked.push(address);
          return Promise.resolve({ address, values });
        },
      });
      renderPanel(<CoachingPanel />, host, "zh-CN");
      const zhaoMin = SAMPLE_TEAM.find((a) => a.name === "赵敏")!;
      fireEvent.change(screen.getByLabelText(ZH.coaching.employee), { target: { value: zhaoMin.id } });
      fireEvent.change(screen.getByLabelText(ZH.coaching.source), { target: { value: "qa" } });
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets");
      expect(asked).toEqual([`'售前质检记录'!A5:W504`]);
      expect(written.map((s) => s.name)).toEqual(["绩效面谈准备表-赵敏", "绩效面谈记录表-赵敏"]);
    });

    it("refuses a month that is not YYYY-MM", async () => {
      const { host, written } = recordingHost("en-US");
      renderPanel(<CoachingPanel />, host);
      fireEvent.change(screen.getByLabelText(EN.coaching.source), { target: { value: "qa" } });
      fireEvent.change(screen.getByLabelText(EN.coaching.qaMonth), { target: { value: "October" } });
      fireEvent.click(screen.getByTestId("create"));
      expect(await screen.findByText(EN.coaching.qaMonthError)).toBeTruthy();
      expect(written).toEqual([]);
    });
  });
});
