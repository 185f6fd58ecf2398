/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { double11Preset } from "../../core/roster";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { paneValue, PaneProvider } from "../pane-context";
import { inProcessWorker, type InProcessWorker } from "../test-support/in-process-worker";
import { recordingHost } from "../test-support/render-pane";
import "../test-support/jsdom-polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { RosterPanel } from "./RosterPanel";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];

function renderRoster(locale: "en-US" | "zh-CN", createWorker?: () => InProcessWorker) {
  const { host, written } = recordingHost(locale);
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={paneValue(host, locale, createWorker)}>
        <RosterPanel />
      </PaneProvider>
    </FluentProvider>,
  );
  return { host, written };
}

describe("RosterPanel", () => {
  it("solves the Double-11 preset in the worker and writes the roster sheets in Chinese", async () => {
    const workers: InProcessWorker[] = [];
    const { host, written } = renderRoster("zh-CN", () => {
      const w = inProcessWorker();
      workers.push(w);
      return w;
    });
    // The solve starts when the panel opens, before the click (HiGHS compiles while the user reads the form).
    expect(workers).toHaveLength(1);
    fireEvent.click(screen.getByTestId("create"));
    expect(screen.getByTestId("solver-progress")).toBeTruthy();
    const list = await screen.findByTestId("created-sheets", {}, { timeout: 20_000 });
    expect(workers[0]!.terminated).toBe(true); // the click took the solve running ahead
    expect(workers).toHaveLength(2); // and the next one is already under way
    expect(written.length).toBeGreaterThan(1);
    for (const s of written) expect(list.textContent).toContain(s.name);
    // Chinese shift names reach the sheets.
    expect(written.flatMap((s) => s.cells).some((c) => typeof c.value === "string" && c.value.includes("早班"))).toBe(true);
    expect(host.sheetNames().length).toBe(2 + written.length);
  }, 30_000);

  it.each([["zh-CN"], ["en-US"]] as const)(
    "gives one amber verdict (%s) in the pane and on the plan sheet for three people whose names are the sample's",
    async (locale) => {
      const text = TASKPANE_TEXT[locale];
      const { written } = renderRoster(locale, inProcessWorker);
      fireEvent.click(screen.getByLabelText(text.common.peopleRange));
      // Heading row + 王芳, 李娜, 张伟 from the preview's sample-team sheet: a user list of three.
      fireEvent.change(screen.getByLabelText(text.common.peopleRangeLabel), { target: { value: `'${text.sample.teamSheet}'!A1:B4` } });
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets", {}, { timeout: 20_000 });
      const bar = screen.getByTestId("run-verdict");
      expect(bar.getAttribute("data-intent")).toBe("warning");
      const short = locale === "zh-CN" ? "人手不足" : "Short of people";
      expect(bar.textContent).toContain(short);
      expect(bar.textContent).not.toMatch(/已生成 \d+ 张工作表$|^Created/);
      const plan = written.find((s) => s.id === "rosterPlan")!;
      const verdictCell = String(plan.cells.find((c) => c.row === 1 && c.col === 1)?.value);
      expect(verdictCell.startsWith(short)).toBe(true);
      // Every sentence of the sheet's verdict is in the pane, word for word.
      for (const line of bar.querySelectorAll("div")) if (line.children.length === 0 && line.textContent) expect(verdictCell).toContain(line.textContent);
      // The roster names the user's three people only: no sample reserves, nobody else.
      const grid = written.find((s) => s.id === "rosterDay0")!;
      const names = grid.cells.filter((c) => c.col === 0 && typeof c.value === "string").map((c) => c.value);
      expect(names).toEqual(expect.arrayContaining(["王芳", "李娜", "张伟"]));
      expect(names.some((n) => /后备|Reserve|刘洋/.test(String(n)))).toBe(false);
    },
    30_000,
  );

  it("says covered in green for the preset with the sample team and reserves", async () => {
    renderRoster("en-US", inProcessWorker);
    expect(screen.getByLabelText(EN.roster.sampleTeamWithReserves.replace("{team}", "30").replace("{reserves}", "10"))).toBeTruthy();
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets", {}, { timeout: 20_000 });
    expect(screen.getByTestId("run-verdict").getAttribute("data-intent")).toBe("success");
    expect(screen.getByTestId("run-verdict").textContent).toContain("Covered: every slot has the people it needs");
  }, 30_000);

  it("cancel stops the solve and writes nothing", async () => {
    let worker: InProcessWorker | undefined;
    let release: () => void = () => undefined;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { written } = renderRoster("en-US", () => (worker ??= inProcessWorker(hold)));
    fireEvent.click(screen.getByTestId("create"));
    await waitFor(() => expect(worker).toBeDefined()); // the request is in the worker
    fireEvent.click(within(screen.getByTestId("solver-progress")).getByRole("button", { name: EN.roster.cancel }));
    expect((await screen.findByTestId("run-error")).textContent).toContain(EN.roster.cancelled);
    expect(worker?.terminated).toBe(true);
    release(); // the job now runs to its end, but a terminated worker's messages go nowhere
    await worker?.finished;
    expect(written).toEqual([]);
    expect(screen.queryByTestId("created-sheets")).toBeNull();
  });

  it("needs at least one shift template and a 144-row demand column", async () => {
    const { written } = renderRoster("en-US", inProcessWorker);
    const preset = double11Preset("en-US");
    for (const s of preset.shifts) fireEvent.click(screen.getByRole("checkbox", { name: new RegExp(`^${s.name}:`) }));
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(EN.roster.noShift)).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: new RegExp(`^${preset.shifts[1]!.name}:`) }));
    fireEvent.click(screen.getByLabelText(EN.roster.demandRange));
    fireEvent.change(screen.getByLabelText(EN.roster.demandRangeLabel), { target: { value: "'Sample volume'!B2:B100" } });
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("run-error")).textContent).toContain("The demand range must have 144 rows (one day of 10-minute slots); it has 99.");
    expect(written).toEqual([]);
  });

  it("says so when the browser cannot start the solver", async () => {
    renderRoster("zh-CN");
    fireEvent.click(screen.getByTestId("create"));
    // (a generous wait: earlier tests' in-process solves may still hold jest's thread)
    expect((await screen.findByTestId("run-error", {}, { timeout: 10_000 })).textContent).toContain(ZH.roster.workerFailed.split("：")[0]!);
  });
});
