/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { TRAINING_STRINGS } from "../../i18n/training";
import { sampleTrainingPlan } from "../../core/training/sample-plan";
import { buildTrainingSheets } from "../../sheets/training";
import { recordingHost, renderPanel } from "../test-support/render-pane";
import { parseDateField, TrainingPanel } from "./TrainingPanel";

const EN = TASKPANE_TEXT["en-US"];

function chooseRange(range: string): void {
  fireEvent.click(screen.getByLabelText(EN.training.range));
  fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: range } });
}

describe("TrainingPanel", () => {
  it("writes the sample plan, record, readiness and ramp plan in Chinese", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<TrainingPanel />, host, "zh-CN");
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(written).toEqual(buildTrainingSheets(sampleTrainingPlan(), "zh-CN"));
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["培训计划", "培训考核", "上岗就绪", "新人成长计划"]));
  });

  it("plans classes of the chosen cap for the names of a range, with no sample results", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<TrainingPanel />, host);
    chooseRange("'Sample team'!A2:B4");
    fireEvent.change(screen.getByLabelText(EN.training.classCap), { target: { value: "2" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    const record = written.find((s) => s.name === TRAINING_STRINGS["en-US"].sheetNames.record)!;
    const names = new Set(record.cells.filter((c) => c.col === 0 && c.row > 3 && c.value).map((c) => c.value));
    expect([...names]).toEqual(["王芳", "李娜", "张伟"]);
    // 3 trainees in classes of 2: two classes of five courses.
    const plan = written.find((s) => s.name === TRAINING_STRINGS["en-US"].sheetNames.plan)!;
    expect(plan.cells.filter((c) => c.col === 0 && typeof c.value === "string" && /^S\d\d$/.test(c.value))).toHaveLength(10);
    expect(record.cells.some((c) => c.col === 5 && typeof c.value === "number")).toBe(false);
  });

  it("answers a class cap of 0 and an event before the first training day in plain words, writing nothing", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<TrainingPanel />, host);
    chooseRange("'Sample team'!A2:B4");
    fireEvent.change(screen.getByLabelText(EN.training.classCap), { target: { value: "0" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(/Enter a whole number from 1 to 200/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(EN.training.classCap), { target: { value: "8" } });
    fireEvent.change(screen.getByLabelText(EN.training.eventDay), { target: { value: "2026-10-01" } });
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("run-error")).textContent).toContain("is after the event day 2026-10-01");
    expect(written).toEqual([]);
  });

  it("reads date inputs as serial days", () => {
    expect(parseDateField("2026-11-11")).toBe(46337);
    expect(parseDateField("11/11/2026")).toBeUndefined();
    expect(parseDateField("2026-13-01")).toBeUndefined();
    expect(parseDateField("2026-02-30")).toBeUndefined();
  });
});
