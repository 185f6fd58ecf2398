/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import userEvent from "@testing-library/user-event";
import { SheetBuilder } from "../../sheets/builder";
import { SheetEvaluator } from "../../sheets/evaluate";
import { renderPanel } from "../test-support/render-pane";
import { SheetPreview } from "./SheetPreview";

const EN = TASKPANE_TEXT["en-US"];

describe("SheetPreview", () => {
  it("shows a formula's value, its formula on hover and, once selected, in the formula line", async () => {
    const spec = new SheetBuilder("s", "S").value(0, 0, 2).formula(0, 1, "A1*2").build();
    const evaluator = new SheetEvaluator([spec]);
    renderPanel(<SheetPreview spec={spec} name="S" sheetNames={new Map([["s", "S"]])} values={(r, c) => evaluator.cachedValue("s", r, c)} />);
    const cell = screen.getByText("4");
    expect(cell.getAttribute("title")).toBe("=A1*2");
    expect(screen.queryByText("=A1*2")).toBeNull();
    await userEvent.click(cell);
    expect(screen.getByRole("status").textContent).toBe("B1: =A1*2");
    expect(screen.getByText(EN.common.formulasNote)).toBeTruthy();
  });

  it("shows the formula itself where no value is known", () => {
    const spec = new SheetBuilder("s", "S").value(0, 0, 2).formula(0, 1, "A1*2").build();
    renderPanel(<SheetPreview spec={spec} name="S" sheetNames={new Map([["s", "S"]])} />);
    expect(screen.getByText("=A1*2")).toBeTruthy();
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
