/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildCoachingSheets } from "../../sheets/coaching/build-coaching-sheets";
import { recordingHost, renderPanel } from "../test-support/render-pane";
import { CoachingPanel } from "./CoachingPanel";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];


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
});
