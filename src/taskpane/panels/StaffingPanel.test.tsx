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

  it.each([["zh-CN"], ["en-US"]] as const)("words range problems in the pane's language (%s): no sheet, a whole sheet; accepts B:B; placeholders name a real sheet", async (locale) => {
    const text = TASKPANE_TEXT[locale];
    const host = previewHost(locale);
    renderPanel(<StaffingPanel />, host, locale);
    fireEvent.click(screen.getByLabelText(text.staffing.sourceRange));
    const input = field(text.staffing.volumeRange);
    expect(input.placeholder).toBe(`'${text.sample.volumeSheet}'!B2:B145`);
    expect(host.sheetNames()).toContain(text.sample.volumeSheet);
    const runWith = async (address: string) => {
      fireEvent.change(input, { target: { value: address } });
      fireEvent.click(screen.getByTestId("create"));
      await waitFor(() => expect(screen.queryByTestId("run-error") ?? screen.queryByTestId("created-sheets")).toBeTruthy());
      return screen.queryByTestId("run-error")?.textContent ?? "";
    };
    const noSheet = await runWith("Sheet9!B2:B145");
    expect(noSheet).toContain(locale === "zh-CN" ? "本工作簿中没有名为“Sheet9”的工作表。" : "This workbook has no sheet named “Sheet9”.");
    expect(noSheet).not.toContain("No sheet named"); // the preview host's own English never reaches the pane
    const whole = await runWith("A1:XFD1048576");
    expect(whole).toContain(locale === "zh-CN" ? "该区域有 17,179,869,184 个单元格" : "That range has 17,179,869,184 cells");
    const before = host.sheetNames().length;
    fireEvent.change(input, { target: { value: `'${text.sample.volumeSheet}'!B:B` } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(host.sheetNames().length).toBe(before + 1);
  });

  it.each([["en-US"], ["zh-CN"]] as const)("hints that AHT 36 000 s and occupancy 1 %% look unusual (%s); occupancy 1 %% still runs", async (locale) => {
    const text = TASKPANE_TEXT[locale];
    const { host } = renderPanel(<StaffingPanel />, previewHost(locale), locale);
    const hint = locale === "zh-CN" ? "数值不太寻常：多数团队在 20–1800 之间" : "Looks unusual: most teams use 20–1800";
    expect(screen.queryByText(hint, { exact: false })).toBeNull(); // the defaults are usual
    fireEvent.change(field(text.staffing.aht), { target: { value: "36000" } });
    expect(screen.getByText(hint, { exact: false })).toBeTruthy();
    fireEvent.change(field(text.staffing.aht), { target: { value: "180" } });
    expect(screen.queryByText(hint, { exact: false })).toBeNull();
    fireEvent.change(field(text.staffing.maxOccupancy), { target: { value: "1" } });
    expect(screen.getByText(locale === "zh-CN" ? "60–95 之间" : "use 60–95", { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets", {}, { timeout: 20_000 });
    expect(host.sheetNames()).toContain(text.staffingSheet.name);
  }, 30_000);

  it.each([["en-US"], ["zh-CN"]] as const)("a second run (%s) says why the new sheet has another name, and the result takes the focus", async (locale) => {
    const text = TASKPANE_TEXT[locale];
    renderPanel(<StaffingPanel />, previewHost(locale), locale);
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(screen.queryByTestId("renamed")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("run-report"));
    fireEvent.click(screen.getByTestId("create"));
    await waitFor(() => expect(screen.getByTestId("created-sheets").textContent).toContain(`${text.staffingSheet.name} (2)`));
    expect(screen.getByTestId("renamed").textContent).toBe(
      locale === "zh-CN" ? "（新名称：“人力需求”已存在，原表未改动）" : " (new name: “Headcount” exists already and is left as it was)",
    );
    expect(document.activeElement).toBe(screen.getByTestId("run-report"));
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
