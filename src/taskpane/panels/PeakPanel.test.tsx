/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { computePeakPlan } from "../../core/peak";
import { FORECAST_TEXT } from "../../i18n/forecast";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildSampleSheets } from "../../sheets/generator";
import { PEAK_GENERATOR } from "../../sheets/peak/generator";
import { totalHires } from "../../sheets/peak/rosters";
import { samplePeakPlanInput } from "../../sheets/peak/sample";
import { mockContext } from "../../../test/writers/office-mock";
import { planValues } from "../../../test/writers/peak-excel";
import { OfficeHost } from "../host/office-host";
import { paneValue, PaneProvider } from "../pane-context";
import { PLAN_SETTING, readPlanRecord } from "../peak/plan-record";
import { rosterClause } from "../peak/resolve";
import { inProcessWorker } from "../test-support/in-process-worker";
import { recordingHost } from "../test-support/render-pane";
import "../test-support/jsdom-polyfills";
import { PeakPanel } from "./PeakPanel";

const EN = TASKPANE_TEXT["en-US"].peak;
const ZH = TASKPANE_TEXT["zh-CN"].peak;

function renderPeak(locale: "en-US" | "zh-CN") {
  const { host, written } = recordingHost(locale);
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={paneValue(host, locale, () => inProcessWorker())}>
        <PeakPanel />
      </PaneProvider>
    </FluentProvider>,
  );
  return { host, written };
}

const dateInput = (row: string) => within(screen.getByTestId(row)).getAllByDisplayValue(/^\d{4}-\d{2}-\d{2}$/)[0]!;

describe("PeakPanel", () => {
  it("shows the sample calendar in English and in Chinese", () => {
    renderPeak("en-US");
    expect(screen.getByText(EN.intro)).toBeTruthy();
    // Six stages of the sample Double 11, the first training from 12 October; two event days.
    expect(screen.getByTestId("stage-5")).toBeTruthy();
    expect(screen.queryByTestId("stage-6")).toBeNull();
    expect((dateInput("stage-0") as HTMLInputElement).value).toBe("2026-10-12");
    expect((dateInput("event-day-1") as HTMLInputElement).value).toBe("2026-11-11");
    document.body.innerHTML = "";
    renderPeak("zh-CN");
    expect(screen.getByText(ZH.intro)).toBeTruthy();
    expect(screen.getByText(ZH.calendar)).toBeTruthy();
    expect(screen.getAllByRole("option", { name: ZH.kinds.presale }).length).toBeGreaterThan(0);
  });

  it("answers a bad calendar in plain words and writes nothing", async () => {
    const { written } = renderPeak("zh-CN");
    // 2026-11-05 is in the second pre-sale, not in an event stage.
    fireEvent.change(dateInput("event-day-1"), { target: { value: "2026-11-05" } });
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("calendar-error")).textContent).toBe("第 2 个活动日不在任何活动阶段内。");
    expect(written).toEqual([]);
    // A share that is not a number is named before the calendar's rules.
    fireEvent.change(within(screen.getByTestId("event-day-0")).getByDisplayValue("0.7"), { target: { value: "七成" } });
    expect(screen.getByTestId("calendar-error").textContent).toBe(ZH.dayShare.replace("{n}", "1"));
  });

  it("solves the sample plan in the worker and writes its sheets through the preview host", async () => {
    const { host, written } = renderPeak("en-US");
    fireEvent.click(screen.getByTestId("create"));
    const list = await screen.findByTestId("created-sheets", {}, { timeout: 60_000 });
    const expected = (await buildSampleSheets(PEAK_GENERATOR, "en-US")).map((s) => s.name);
    expect(written.map((s) => s.name)).toEqual(expected);
    expect(within(list).getAllByRole("listitem").length).toBe(expected.length);
    // The summary's figures are the engine's: the hiring plan's total, each day's people, and the
    // verdict of each roster (the same solve as the sample workbook's).
    const numbers = computePeakPlan(samplePeakPlanInput());
    expect(screen.getByText(EN.resultTitle.replace("{hires}", String(totalHires(numbers))), { exact: false })).toBeTruthy();
    const sample = await PEAK_GENERATOR.sampleInputs("en-US");
    ["10-31", "11-11"].forEach((day, d) => {
      const line = `${day}: ${numbers.peopleNeeded[d]} people needed; ${rosterClause(sample[0]!.rosters[d]!, EN)}.`;
      expect({ line, shown: screen.queryByText(line) !== null }).toEqual({ line, shown: true });
    });
    // The plan is remembered with the names its sheets got, for "Re-solve roster".
    const record = readPlanRecord(host.getSetting(PLAN_SETTING));
    expect(record?.names.peakRoster1Day0).toBe(expected[written.findIndex((s) => s.id === "peakRoster1Day0")]);
    // The preview calculates nothing, so it cannot read the recalculated demand: it says so.
    fireEvent.click(screen.getByTestId("resolve-button"));
    expect((await screen.findByTestId("resolve-error")).textContent).toBe(EN.resolvePreview);
  }, 90_000);

  it("plans with the stage loads and ramp typed in the pane, remembers them, and names a bad one in words", async () => {
    const { host, written } = renderPeak("en-US");
    const common = TASKPANE_TEXT["en-US"].common;
    const field = (label: string) => screen.getByLabelText(label, { selector: "input" });
    const ramp1 = EN.rampWeek.replace("{n}", "1");
    // Defaults: the sample's loads and ramp (70 % in the first week, then full).
    expect((field(EN.loadOf.presale) as HTMLInputElement).value).toBe("75");
    expect((field(EN.rampWeek.replace("{n}", "2")) as HTMLInputElement).value).toBe("100");
    fireEvent.change(field(ramp1), { target: { value: "seventy" } });
    fireEvent.change(field(EN.loadOf.aftersale), { target: { value: "250" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText(common.notNumber.replace("{value}", "seventy"))).toBeTruthy();
    expect(screen.getByText(common.numberBetween.replace("{min}", "0").replace("{max}", "200"))).toBeTruthy();
    expect(written).toEqual([]);

    // A slower ramp (30 %, 50 %, 80 %, then full) and busier pre-sale weeks.
    fireEvent.change(field(ramp1), { target: { value: "30" } });
    fireEvent.change(field(EN.rampWeek.replace("{n}", "2")), { target: { value: "50" } });
    fireEvent.change(field(EN.rampWeek.replace("{n}", "3")), { target: { value: "80" } });
    fireEvent.change(field(EN.loadOf.aftersale), { target: { value: "70" } });
    fireEvent.change(field(EN.loadOf.presale), { target: { value: "90" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets", {}, { timeout: 60_000 });
    const sample = samplePeakPlanInput();
    const changed = { ...sample, stageLoads: { ...sample.stageLoads, presale: 0.9 }, hiring: { ...sample.hiring, ramp: [0.3, 0.5, 0.8] } };
    // The plan written is the engine's for these inputs: more hires than the sample's.
    expect(readPlanRecord(host.getSetting(PLAN_SETTING))?.plan).toEqual(changed);
    const hires = totalHires(computePeakPlan(changed));
    expect(hires).toBeGreaterThan(totalHires(computePeakPlan(sample)));
    expect(screen.getByText(EN.resultTitle.replace("{hires}", String(hires)), { exact: false })).toBeTruthy();
    // The hiring sheet carries them as its inputs (its formulas compute the engine's figures: test/peak-plan-recalc.test.ts).
    const hiring = written.find((sheet) => sheet.id === "peakHiring")!;
    const at = (row: number, col: number) => hiring.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([at(6, 6), at(8, 1), at(9, 1), at(10, 1), at(11, 1)]).toEqual([0.9, 0.3, 0.5, 0.8, 1]);
    // Remembered with the other choices.
    expect(host.getSetting("choices.peak")).toMatchObject({ loadPresale: "90", ramp1: "30", ramp2: "50", ramp4: "100" });
  }, 90_000);

  it("plans from the workbook's ranges and team without calling it the sample shop", async () => {
    const { host, written } = renderPeak("en-US");
    fireEvent.click(screen.getByLabelText(EN.forecastRange));
    fireEvent.click(screen.getByLabelText(TASKPANE_TEXT["en-US"].common.peopleRange));
    const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: "input" });
    // One past event day: the preview's sample volume column, its normal level typed in a cell.
    fireEvent.change(field(FORECAST_TEXT["en-US"].panel.eventRange), { target: { value: "'Sample volume'!B2:B145" } });
    fireEvent.change(field(FORECAST_TEXT["en-US"].panel.baselineRange), { target: { value: "'Sample volume'!B2" } });
    fireEvent.change(field(EN.baseline), { target: { value: "2000" } });
    fireEvent.change(field(TASKPANE_TEXT["en-US"].common.peopleRangeLabel), { target: { value: "'Sample team'!A1:B31" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets", {}, { timeout: 60_000 });
    const overview = written.find((s) => s.id === "peakOverview")!;
    const texts = overview.cells.map((c) => String(c.value ?? ""));
    expect(texts).toContain("Peak plan: Peak of 2026-11-11");
    expect(texts.some((v) => v.startsWith("Sample shop"))).toBe(false);
    expect(readPlanRecord(host.getSetting(PLAN_SETTING))?.sample).toBe(false);
  }, 90_000);

  it("in Excel, re-solves the rosters for the recalculated demand and says which sheets it replaced", async () => {
    const settings = new Map<string, unknown>();
    const uplift: { value?: number } = {};
    const { context, record } = mockContext([], [], planValues(() => readPlanRecord(settings.get(PLAN_SETTING)), uplift));
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        displayLanguage: "zh-CN",
        document: { settings: { get: (k: string) => settings.get(k) ?? null, set: (k: string, v: unknown) => settings.set(k, v), saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }) } },
      },
    };
    try {
      render(
        <FluentProvider theme={webLightTheme}>
          <PaneProvider value={paneValue(new OfficeHost(), "zh-CN", () => inProcessWorker())}>
            <PeakPanel />
          </PaneProvider>
        </FluentProvider>,
      );
      expect(screen.queryByTestId("resolve-button")).toBeNull(); // no plan in this workbook yet
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets", {}, { timeout: 60_000 });
      const plan = readPlanRecord(settings.get(PLAN_SETTING))!;
      const sheets = record.sheets.map((s) => s.name);
      uplift.value = computePeakPlan(plan.plan).uplift * 1.2;
      fireEvent.click(screen.getByTestId("resolve-button"));
      const result = await screen.findByTestId("resolve-result", {}, { timeout: 60_000 });
      const rosterSheets = plan.rosters.flatMap((p) => [plan.names[p.gridId]!, plan.names[p.planId]!]);
      expect(result.textContent).toContain(ZH.resolveReplaced.replace("{sheets}", rosterSheets.map((n) => `“${n}”`).join("、")));
      const raised = computePeakPlan({ ...plan.plan, forecast: { ...plan.plan.forecast, uplift: uplift.value } });
      expect(result.textContent).toContain(`11月11日：需求行现为合计 ${raised.agents[1]!.reduce((a, b) => a + b, 0)} 人·时段`);
      // Next to the verdicts: the hiring plan as the workbook now shows it, against the plan's hires when written.
      expect(totalHires(raised)).toBeGreaterThan(plan.newHires);
      expect(result.textContent).toContain(`需招聘 ${totalHires(raised)} 人（生成计划时为 ${plan.newHires} 人`);
      expect(record.sheets.map((s) => s.name)).toEqual(sheets);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  }, 120_000);
});
