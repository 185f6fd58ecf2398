/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { FORECAST_TEXT } from "../../i18n/forecast";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import type { SheetSpec } from "../../sheets/spec";
import { previewHost, recordingHost, renderPanel } from "../test-support/render-pane";
import { ForecastPanel } from "./ForecastPanel";

const EN = FORECAST_TEXT["en-US"].panel;
const COMMON = TASKPANE_TEXT["en-US"].common;

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

describe("ForecastPanel", () => {
  it("builds the forecast and the recent weeks from the sample, with live CS.* formulas", async () => {
    const { host, written } = recordingHost();
    renderPanel(<ForecastPanel />, host);
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["Forecast", "Recent volume"]));
    const forecast = written.find((s) => s.id === "forecast")!;
    expect(forecast.cells.some((c) => c.formula?.startsWith("CS.EVENTFORECAST("))).toBe(true);
    expect(forecast.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Sample data"))).toBe(true);
  });

  it("downloads numbers in place of the CS.* formulas, with the chosen settings", async () => {
    const host = previewHost("zh-CN");
    let exported: SheetSpec[] = [];
    host.exportXlsx = (specs) => {
      exported = [...specs];
      return Promise.resolve(new Uint8Array([1]));
    };
    URL.createObjectURL = () => "blob:test";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const ZH = FORECAST_TEXT["zh-CN"].panel;
    renderPanel(<ForecastPanel />, host, "zh-CN");
    fireEvent.change(screen.getByLabelText(ZH.combine), { target: { value: "max" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    fireEvent.click(screen.getByRole("button", { name: TASKPANE_TEXT["zh-CN"].common.download }));
    await waitFor(() => expect(exported.length).toBe(2));
    click.mockRestore();
    const sheet = exported[0]!;
    expect(sheet.cells.some((c) => c.formula?.includes("CS."))).toBe(false);
    expect(sheet.cells.find((c) => c.row === 6 && c.col === 1)?.value).toBe("max");
  });

  it("reads past event days from ranges and names a bad cell in plain words", async () => {
    const host = previewHost();
    renderPanel(<ForecastPanel />, host);
    // First the sample, so the workbook holds event days to point at.
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    fireEvent.click(screen.getByLabelText(EN.sourceRange));
    fireEvent.change(field(EN.eventRange), { target: { value: "'Forecast'!A15:D158" } });
    fireEvent.change(field(EN.baselineRange), { target: { value: "'Forecast'!E6:E8" } });
    fireEvent.change(field(EN.baseline), { target: { value: "12000" } });
    fireEvent.click(screen.getByTestId("create"));
    // Column A holds the slot times (fractions of a day) — counts, but 4 columns vs 3 baselines.
    expect((await screen.findByTestId("run-error")).textContent).toContain("Give one normal level per past event day: 4 columns of event days, 3 normal levels.");

    fireEvent.change(field(EN.eventRange), { target: { value: "'Forecast'!B15:D157" } });
    fireEvent.click(screen.getByTestId("create"));
    await waitFor(() => expect(screen.getByTestId("run-error").textContent).toContain("The past event days have 143 rows"));

    fireEvent.change(field(EN.eventRange), { target: { value: "'Forecast'!B15:D158" } });
    fireEvent.change(field(EN.labelRange), { target: { value: "'Forecast'!D6:D8" } });
    fireEvent.click(screen.getByTestId("create"));
    await waitFor(() => expect(host.sheetNames()).toContain("Forecast (2)"));

    // With the heading row and a blank row above it selected, no label range: the headings name the years.
    fireEvent.change(field(EN.eventRange), { target: { value: "'Forecast'!B13:D158" } });
    fireEvent.change(field(EN.labelRange), { target: { value: "" } });
    fireEvent.click(screen.getByTestId("create"));
    await waitFor(() => expect(host.sheetNames()).toContain("Forecast (3)"));
    const heads = (await host.readRange("'Forecast (3)'!B14:D14")).values[0];
    expect(heads).toEqual(["2023-11-11", "2024-11-11", "2025-11-11"]);
  });

  it("refuses a level outside 50–99 % under the field and writes nothing", async () => {
    const host = previewHost();
    renderPanel(<ForecastPanel />, host);
    const before = host.sheetNames().length;
    fireEvent.change(field(EN.level), { target: { value: "100" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText("Enter a number from 50 to 99.")).toBeTruthy();
    expect(screen.getByTestId("run-error").textContent).toContain(COMMON.fixFields);
    expect(host.sheetNames().length).toBe(before);
  });
});
