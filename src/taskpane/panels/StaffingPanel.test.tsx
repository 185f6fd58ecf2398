/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import type { SheetSpec } from "../../sheets/spec";
import { previewHost, renderPanel } from "../test-support/render-pane";
import { StaffingPanel } from "./StaffingPanel";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

describe("StaffingPanel", () => {
  it("builds the headcount sheet from the sample day with live CS.* formulas", async () => {
    const { host } = renderPanel(<StaffingPanel />);
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(host.sheetNames()).toContain("Headcount");
    expect(host.activeSheetName()).toBe("Headcount");
    expect(screen.getByRole("button", { name: "Open sheet Headcount" })).toBeTruthy();
    // The preview table shows what Excel would get.
    expect(screen.getAllByText(/^=CS\.AGENTS\(B13,/).length).toBeGreaterThan(0);
    expect(screen.getByText("Chart “Agents needed vs volume”: drawn in Excel and in the .xlsx download.")).toBeTruthy();
  });

  it("refuses an AHT of 0 with a message under the field and writes nothing", async () => {
    const { host } = renderPanel(<StaffingPanel />);
    const before = host.sheetNames().length;
    fireEvent.change(field(EN.staffing.aht), { target: { value: "0" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText("Enter a number from 1 to 36000.")).toBeTruthy();
    expect(screen.getByTestId("run-error").textContent).toContain(EN.common.fixFields);
    expect(host.sheetNames().length).toBe(before);
  });

  it("reads the volume column from the selection and names a bad cell in plain words", async () => {
    const host = previewHost();
    renderPanel(<StaffingPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.staffing.sourceRange));
    host.select("'Sample team'!A2:A31");
    fireEvent.click(screen.getByRole("button", { name: EN.common.useSelection }));
    await waitFor(() => expect(field(EN.staffing.volumeRange).value).toBe("'Sample team'!A2:A31"));
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("run-error")).textContent).toContain("Row 1 of the volume range is not a number (“王芳”).");

    host.select("'Sample volume'!B2:B7");
    fireEvent.click(screen.getByRole("button", { name: EN.common.useSelection }));
    await waitFor(() => expect(field(EN.staffing.volumeRange).value).toBe("'Sample volume'!B2:B7"));
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    // Six slots → six data rows (rows 13–18) and the totals over exactly those rows.
    expect(screen.getByText("=MAX(D13:D18)")).toBeTruthy();
  });

  it("switches model fields and downloads computed numbers instead of CS.* formulas", async () => {
    const host = previewHost("zh-CN");
    let exported: SheetSpec[] = [];
    host.exportXlsx = (specs) => {
      exported = [...specs];
      return Promise.resolve(new Uint8Array([1, 2, 3]));
    };
    URL.createObjectURL = () => "blob:test";
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    URL.revokeObjectURL = () => undefined;
    renderPanel(<StaffingPanel />, host, "zh-CN");
    fireEvent.change(screen.getByLabelText(ZH.staffing.model), { target: { value: "capacity" } });
    expect(screen.queryByLabelText(ZH.staffing.aht)).toBeNull();
    fireEvent.change(field(ZH.staffing.perAgentHour), { target: { value: "360" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(host.sheetNames()).toContain("人力需求");
    fireEvent.click(screen.getByRole("button", { name: ZH.common.download }));
    await waitFor(() => expect(exported.length).toBe(1));
    await waitFor(() => expect(saved).toEqual(["人力需求.xlsx blob:test"]));
    click.mockRestore();
    const spec = exported[0]!;
    expect(spec.cells.some((c) => c.formula?.includes("CS."))).toBe(false);
    // Sample slot 0: 260 chats, 40 % automated, 360 per hour for 10 minutes → ceil(156 / 60) = 3.
    expect(spec.cells.find((c) => c.row === 12 && c.col === 2)?.value).toBe(3);
  });

  it("remembers the last choices with the workbook", async () => {
    const host = previewHost();
    const first = renderPanel(<StaffingPanel />, host);
    fireEvent.change(field(EN.staffing.aht), { target: { value: "240" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    first.unmount();
    renderPanel(<StaffingPanel />, host);
    expect(field(EN.staffing.aht).value).toBe("240");
  });
});
