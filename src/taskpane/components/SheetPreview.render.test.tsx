/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { SheetBuilder } from "../../sheets/builder";
import { renderPanel } from "../test-support/render-pane";
import { SheetPreview } from "./SheetPreview";

const EN = TASKPANE_TEXT["en-US"];

describe("SheetPreview", () => {
  it("explains that formulas calculate after download when the preview shows some", () => {
    const spec = new SheetBuilder("s", "S").value(0, 0, 2).formula(0, 1, "A1*2").build();
    renderPanel(<SheetPreview spec={spec} name="S" sheetNames={new Map([["s", "S"]])} />);
    expect(screen.getByText("=A1*2")).toBeTruthy();
    expect(screen.getByText(EN.common.formulasNote)).toBeTruthy();
  });

  it("says nothing about formulas when the preview holds only values", () => {
    const spec = new SheetBuilder("s", "S").value(0, 0, 2).build();
    renderPanel(<SheetPreview spec={spec} name="S" sheetNames={new Map([["s", "S"]])} />);
    expect(screen.queryByText(EN.common.formulasNote)).toBeNull();
  });

  it("lets the keyboard scroll a wide table: the scroller is focusable and named (axe scrollable-region-focusable)", () => {
    const spec = new SheetBuilder("s", "人力需求").value(0, 0, 2).build();
    renderPanel(<SheetPreview spec={spec} name="人力需求" sheetNames={new Map([["s", "人力需求"]])} />, undefined, "zh-CN");
    const scroller = screen.getByRole("table").parentElement!;
    expect(scroller.tabIndex).toBe(0);
    expect(scroller.getAttribute("aria-label")).toBe("“人力需求”前几行");
  });
});
