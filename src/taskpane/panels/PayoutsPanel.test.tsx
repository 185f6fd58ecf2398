/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildPayoutSheets } from "../../sheets/payouts";
import { recordingHost, renderPanel } from "../test-support/render-pane";
import { PayoutsPanel } from "./PayoutsPanel";

const EN = TASKPANE_TEXT["en-US"];


describe("PayoutsPanel", () => {
  it("writes plan, inputs, statements and summary for the sample team in Chinese", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<PayoutsPanel />, host, "zh-CN");
    fireEvent.click(screen.getByTestId("create"));
    const list = await screen.findByTestId("created-sheets");
    const expected = buildPayoutSheets({}, "zh-CN");
    expect(written).toEqual(expected);
    for (const spec of expected) expect(list.textContent).toContain(spec.name);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["激励方案", "激励明细"]));
  });

  it("pays only the people of the chosen range", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<PayoutsPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "'Sample team'!A2:B3" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    const values = written.flatMap((s) => s.cells.map((c) => c.value));
    expect(values).toContain("王芳");
    expect(values).toContain("李娜");
    expect(values).not.toContain("张伟");
  });

  it("says in plain words when the range holds no names", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<PayoutsPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "'Sample team'!F2:F9" } });
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("run-error")).textContent).toContain(EN.common.noNames);
    expect(written).toEqual([]);
  });
});
