/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildQaSheets } from "../../sheets/qa/build-qa-sheets";
import { previewHost, recordingHost, renderPanel } from "../test-support/render-pane";
import { QaPanel } from "./QaPanel";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];

describe("QaPanel", () => {
  it("writes the after-sale QA sheets in Chinese under the names the generator gives", async () => {
    const { host } = renderPanel(<QaPanel />, previewHost("zh-CN"), "zh-CN");
    fireEvent.click(screen.getByLabelText(ZH.qa.afterSale));
    fireEvent.change(screen.getByLabelText(ZH.qa.rows), { target: { value: "50" } });
    fireEvent.click(screen.getByTestId("create"));
    const list = await screen.findByTestId("created-sheets");
    const expected = buildQaSheets({ channel: "after-sale", rows: 50 }, "zh-CN").map((s) => s.name);
    expect(expected.length).toBeGreaterThan(1);
    for (const name of expected) {
      expect(list.textContent).toContain(name);
      expect(host.sheetNames()).toContain(name);
    }
  });

  it("uses the names of a people range for the agent dropdown", async () => {
    const { host, written } = recordingHost();
    renderPanel(<QaPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "'Sample team'!A2:B4" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    const cellsWith = (name: string) => written.flatMap((s) => s.cells).filter((c) => c.value === name).length;
    expect(cellsWith("张伟")).toBeGreaterThan(0);
    expect(cellsWith("刘洋")).toBe(0); // the fourth sample agent is not in A2:A4
    expect(written).toEqual(buildQaSheets({ channel: "pre-sale", agents: ["王芳", "李娜", "张伟"], rows: 500 }, "en-US"));
  });

  it("refuses 0 review rows and an address that is not a range", async () => {
    const { host } = renderPanel(<QaPanel />);
    const before = host.sheetNames();
    fireEvent.change(screen.getByLabelText(EN.qa.rows), { target: { value: "0" } });
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "people please" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText("Enter a whole number from 1 to 5000.")).toBeTruthy();
    expect(screen.getByText(EN.common.rangeAddress)).toBeTruthy();
    expect(host.sheetNames()).toEqual(before);
  });
});
