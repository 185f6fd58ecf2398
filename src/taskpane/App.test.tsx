/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { requestPanel, takeRequestedPanel } from "../commands/panel-request";
import { TASKPANE_TEXT } from "../i18n/taskpane";
import { generatorTitles } from "../sheets/generators";
import { App } from "./App";
import { memoryStore, previewHost } from "./test-support/render-pane";

const ZH = TASKPANE_TEXT["zh-CN"];

/** Renders the pane and lets the panels' first looks at the workbook (async, on mount) finish inside act. */
async function renderApp(host = previewHost()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  // The preview host answers in promises only: a timer fires once every pending step has run.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return host;
}

describe("App", () => {
  it("says it is in preview mode and follows the display language", async () => {
    await renderApp(previewHost("zh-CN"));
    expect(screen.getByTestId("preview-banner").textContent).toContain(ZH.app.previewBanner);
    expect(screen.getByRole("tab", { name: generatorTitles("zh-CN").roster })).toBeTruthy();
  });

  it("switches every tab label to Chinese and remembers the choice", async () => {
    const store = memoryStore();
    const host = await renderApp(previewHost("en-US", store));
    expect(screen.getByRole("tab", { name: generatorTitles("en-US").payouts })).toBeTruthy();
    fireEvent.change(screen.getByTestId("language"), { target: { value: "zh-CN" } });
    for (const id of ["staffing", "roster", "qa", "coaching", "payouts"] as const) {
      expect(screen.getByRole("tab", { name: generatorTitles("zh-CN")[id] })).toBeTruthy();
    }
    expect(screen.queryByRole("tab", { name: generatorTitles("en-US").payouts })).toBeNull();
    expect(host.getSetting("locale")).toBe("zh-CN");
    expect(store.data.get("kefu-kit:locale")).toBe('"zh-CN"');
  });

  it("opens the panel a ribbon button asks for, before and after mounting", async () => {
    requestPanel("qa");
    await renderApp();
    expect(screen.getByRole("tab", { name: generatorTitles("en-US").qa }).getAttribute("aria-selected")).toBe("true");
    act(() => requestPanel("payouts"));
    expect(screen.getByRole("tab", { name: generatorTitles("en-US").payouts }).getAttribute("aria-selected")).toBe("true");
    expect(document.getElementById("panel-payouts")?.hidden).toBe(false);
    expect(document.getElementById("panel-qa")?.hidden).toBe(true);
    expect(takeRequestedPanel()).toBeUndefined(); // consumed, not replayed on the next mount
  });
});

describe("accessibility", () => {
  it.each([["en-US"], ["zh-CN"]] as const)("every control of every panel has an accessible name (%s)", async (locale) => {
    await renderApp(previewHost(locale));
    // Show the optional range fields too, so they are checked as well.
    for (const radio of screen.getAllByRole("radio", { hidden: true })) {
      if ((radio as HTMLInputElement).value === "range") fireEvent.click(radio);
    }
    // Hidden tab panels are out of the accessibility tree; the visible one is checked.
    expect(screen.getByRole("tabpanel", { name: generatorTitles(locale).staffing }).id).toBe("panel-staffing");
    const roles = ["textbox", "spinbutton", "combobox", "radio", "checkbox", "button", "tab", "tablist"];
    let checked = 0;
    for (const role of roles) {
      const all = screen.queryAllByRole(role, { hidden: true });
      const named = new Set(screen.queryAllByRole(role, { hidden: true, name: /\S/ }));
      const unnamed = all.filter((e) => !named.has(e)).map((e) => e.outerHTML.slice(0, 120));
      expect({ role, unnamed }).toEqual({ role, unnamed: [] });
      checked += all.length;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
