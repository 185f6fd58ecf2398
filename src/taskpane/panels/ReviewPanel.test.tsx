/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { computePeakPlan } from "../../core/peak";
import { computeReview, sampleReviewInput, type ReviewDayInput, type ReviewInput } from "../../core/review";
import { toSerialDate } from "../../core/serial-date";
import { REVIEW_TEXT } from "../../i18n/review";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { SheetBuilder } from "../../sheets/builder";
import { SUMMARY_ROW } from "../../sheets/payouts/summary-sheet";
import { planQaLogs, planSheetId } from "../../sheets/peak/build-plan";
import { HEADCOUNT_LAYOUT } from "../../sheets/peak/layout";
import { samplePeakPlanInput } from "../../sheets/peak/sample";
import { PAYOUT_COMPONENTS } from "../../sheets/review/review-sheet";
import { reviewLayout, reviewSizes, SLOT_COL } from "../../sheets/review/review-layout";
import { samplePlanNumbers } from "../../sheets/review/sample";
import { quoteSheetName, type SheetSpec } from "../../sheets/spec";
import type { TaskpaneText } from "../../i18n/taskpane";
import { format, type Locale } from "../../i18n/locale";
import type { PreviewHost } from "../host/preview-host";
import { PLAN_SETTING, titleOf, type PlanRecord } from "../peak/plan-record";
import { qaLine, type QaLink } from "../peak/review-link";
import { typedQaLogs, userPlanInput } from "../test-support/plan-qa-logs";
import { previewHost, renderPanel } from "../test-support/render-pane";
import { reviewVerdict, ReviewPanel } from "./ReviewPanel";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];

/** A user's sheet "Data": columns A.. of numbers under a heading row. */
async function dataSheet(host: PreviewHost, columns: (number | string | null)[][]): Promise<void> {
  const b = new SheetBuilder("data", "Data");
  columns.forEach((col, c) => {
    b.value(0, c, `col ${c}`);
    col.forEach((v, r) => v !== null && b.value(r + 1, c, v));
  });
  await host.writeSheets([b.build()]);
}

/**
 * Renders the panel, lets its look for a peak plan (async, started on mount) finish, and records what it writes (but the user's data sheets the test adds).
 */
async function renderReview(host: PreviewHost, locale: Locale = "en-US") {
  const written: SheetSpec[] = [];
  const write = host.writeSheets.bind(host);
  host.writeSheets = (specs) => {
    written.push(...specs.filter((s) => s.id !== "data"));
    return write(specs);
  };
  renderPanel(<ReviewPanel />, host, locale);
  await settle();
  return written;
}

/** Lets the panel's look for a plan finish inside act: the preview host answers in promises only, so a timer fires once every pending step has run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Picks "Ranges of this workbook", which looks for the plan again, and waits for that look. */
async function chooseRanges(text: TaskpaneText): Promise<void> {
  fireEvent.click(screen.getByLabelText(text.review.sourceRanges));
  await settle();
}

const input = (label: string) => screen.getByLabelText(label, { exact: false, selector: "input" });
const inputs = (label: string) => screen.getAllByLabelText(label, { exact: false, selector: "input" });
const cellAt = (spec: SheetSpec, row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);
const texts = (spec: SheetSpec) => spec.cells.map((c) => String(c.value ?? ""));

// A user's day of 24 hourly slots: volume rising to an evening peak, two agents short at 20:00.
const ACTUAL = Array.from({ length: 24 }, (_, h) => 40 + 10 * h);
const FORECAST = Array.from({ length: 24 }, (_, h) => 50 + 9 * h);
const REQUIRED = Array.from({ length: 24 }, (_, h) => 3 + Math.floor(h / 4));
const ON_DUTY = REQUIRED.map((r, h) => (h === 20 ? r - 2 : r));

async function fillUserRanges(host: PreviewHost, onDuty: (number | string)[] = ON_DUTY) {
  await dataSheet(host, [ACTUAL, onDuty, FORECAST, REQUIRED]);
  await chooseRanges(EN);
  fireEvent.change(input(EN.review.eventDays), { target: { value: "2026-11-11" } });
  fireEvent.change(input(EN.review.actualAny), { target: { value: "Data!A2:A25" } });
  fireEvent.change(input(EN.review.onDuty), { target: { value: "Data!B2:B25" } });
  fireEvent.change(input(EN.review.forecast), { target: { value: "Data!C:C" } });
  fireEvent.change(input(EN.review.required), { target: { value: "Data!D2:D25" } });
  fireEvent.change(input(EN.review.aht), { target: { value: "300" } });
  fireEvent.change(input(EN.review.incentiveCost), { target: { value: "1234.56" } });
  fireEvent.change(input(EN.review.sales), { target: { value: "500000" } });
}

/** The plan record the Peak panel keeps, with the names and titles of the plan's sheets as written (rosters: placeholders). */
function planRecord(plan: PlanRecord["plan"], locale: Locale, names: Record<string, string>, titles: Record<string, string>, team: PlanRecord["team"] = []): PlanRecord {
  const days = plan.calendar.eventDays.length;
  return {
    version: 1,
    locale,
    name: "Our peak",
    sample: false,
    plan,
    team,
    newHires: 0,
    names: { ...names, ...Object.fromEntries(Array.from({ length: days }, (_, d) => [[`g${d}`, `G${d}`], [`p${d}`, `P${d}`]]).flat()) },
    titles,
    rosters: Array.from({ length: days }, (_, d) => ({ gridId: `g${d}`, planId: `p${d}`, coverageRow: 0, requiredRow: 0 })),
  };
}

/**
 * With a plan linked: points each event day's actual and on-duty ranges at Data's columns (the
 * actual days first, then on duty), writes the review and returns it.
 */
async function runLinked(text: TaskpaneText, written: SheetSpec[], slots: number, days: number): Promise<SheetSpec> {
  const col = (c: number) => String.fromCharCode(65 + c);
  inputs(text.review.actual.replace("{slots}", String(slots))).forEach((el, d) => fireEvent.change(el, { target: { value: `Data!${col(d)}2:${col(d)}${slots + 1}` } }));
  inputs(text.review.onDuty).forEach((el, d) => fireEvent.change(el, { target: { value: `Data!${col(days + d)}2:${col(days + d)}${slots + 1}` } }));
  fireEvent.click(screen.getByTestId("create"));
  await screen.findByTestId("created-sheets");
  return written[0]!;
}

/** The review input of a linked run with the default settings, for these days and incentives. */
function linkedInput(days: ReviewDayInput[], incentives: ReviewInput["incentives"]): ReviewInput {
  const qa = { ...expectedInput().qa, first: days[0]!.date, last: days[days.length - 1]!.date };
  return { ...expectedInput(), settings: { ...expectedInput().settings, ahtSeconds: 60 }, incentives, linked: true, days, qa };
}

/** The review input the panel should have built from `fillUserRanges`. */
function expectedInput(): ReviewInput {
  return {
    linked: false,
    sample: false,
    days: [{ date: toSerialDate(2026, 11, 11), forecast: FORECAST, required: REQUIRED, actual: ACTUAL, onDuty: ON_DUTY }],
    settings: { ahtSeconds: 300, answerSeconds: 30, targetServiceLevel: 0.8, qaPassMark: 85 },
    incentives: { lines: [{ label: EN.review.incentiveLabel, costCents: 123_456 }], salesCents: 50_000_000 },
    qa: { first: toSerialDate(2026, 11, 11), last: toSerialDate(2026, 11, 11), reviews: 0, passed: 0, meanScore: null, redLines: 0, topErrors: [] },
    process: { well: [], improve: [] },
    improvements: [],
    followUps: [],
  };
}

describe("ReviewPanel", () => {
  it("writes the sample review in both languages, labelled sample, with the engine's figures", async () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      document.body.innerHTML = "";
      const written = await renderReview(previewHost(locale), locale);
      expect(screen.getByText(TASKPANE_TEXT[locale].review.intro)).toBeTruthy();
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets");
      expect(written.map((s) => s.name)).toEqual([REVIEW_TEXT[locale].name]);
      expect(texts(written[0]!).some((v) => v.includes(REVIEW_TEXT[locale].sampleNote))).toBe(true);
      const verdict = reviewVerdict(sampleReviewInput(samplePlanNumbers(), false), TASKPANE_TEXT[locale]);
      expect(screen.getByText(verdict.title, { exact: false })).toBeTruthy();
    }
  });

  it("answers a bad range in plain words and writes nothing", async () => {
    const host = previewHost();
    const written = await renderReview(host);
    const bad: (number | string)[] = [...ON_DUTY];
    bad[2] = "three";
    await fillUserRanges(host, bad);
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByText("Data!B2:B25, row 3: “three” is not a number.")).textContent).toBeTruthy();
    // A range one row short names both counts.
    fireEvent.change(input(EN.review.onDuty), { target: { value: "Data!B2:B24" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText("Data!B2:B24 has 23 rows; it needs 24 (one per slot of the day).")).toBeTruthy();
    expect(written).toEqual([]);
  });

  it("answers half an agent on duty with the engine's check, in Chinese", async () => {
    const host = previewHost("zh-CN");
    const written = await renderReview(host, "zh-CN");
    await dataSheet(host, [ACTUAL, ON_DUTY.map((n, i) => (i === 4 ? 2.5 : n)), FORECAST, REQUIRED]);
    await chooseRanges(ZH);
    fireEvent.change(input(ZH.review.eventDays), { target: { value: "2026-11-11" } });
    fireEvent.change(input(ZH.review.actualAny), { target: { value: "Data!A2:A25" } });
    fireEvent.change(input(ZH.review.onDuty), { target: { value: "Data!B2:B25" } });
    fireEvent.change(input(ZH.review.forecast), { target: { value: "Data!C2:C25" } });
    fireEvent.change(input(ZH.review.required), { target: { value: "Data!D2:D25" } });
    fireEvent.click(screen.getByTestId("create"));
    expect(await screen.findByText("活动日 1 第 5 个时段：在岗人数须为不小于 0 的整数；当前为 2.5。")).toBeTruthy();
    expect(written).toEqual([]);
  });

  it("reviews the user's ranges: the sheet holds their numbers, the result line is computeReview's, nothing says sample", async () => {
    const host = previewHost();
    const written = await renderReview(host);
    await fillUserRanges(host);
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    const sheet = written[0]!;
    const expected = expectedInput();
    const L = reviewLayout(reviewSizes(expected));
    const first = L.days[0]!.firstSlot;
    for (let s = 0; s < 24; s++) {
      expect([cellAt(sheet, first + s, SLOT_COL.actual)?.value, cellAt(sheet, first + s, SLOT_COL.onDuty)?.value, cellAt(sheet, first + s, SLOT_COL.forecast)?.value]).toEqual([ACTUAL[s], ON_DUTY[s], FORECAST[s]]);
    }
    const r = computeReview(expected);
    // 20:00 is the one short slot (2 agents); WAPE = Σ|actual − forecast| ÷ Σactual = Σ|h − 10| ÷ 3 720 = 146 ÷ 3 720.
    expect(r.all.shortSlots).toBe(1);
    const wape = ACTUAL.reduce((a, v, i) => a + Math.abs(v - FORECAST[i]!), 0) / ACTUAL.reduce((a, v) => a + v, 0);
    expect(wape).toBeCloseTo(146 / 3720, 12);
    expect(r.all.wapeSlots).toBeCloseTo(wape, 12);
    expect(screen.getByText(`Review written: forecast error (WAPE) ${(wape * 100).toFixed(1)}%, 1 of 24 slots short`, { exact: false })).toBeTruthy();
    expect(screen.getByText("2026-11-11: forecast 3,684, actual 3,720, WAPE 3.9%, short slots: 1 (worst at 20:00: 2 missing).")).toBeTruthy();
    expect(texts(sheet).some((v) => v.includes(REVIEW_TEXT["en-US"].sampleNote) || /sample/i.test(v))).toBe(false);
  });

  it("links to the workbook's peak plan under the name its headcount sheet got", async () => {
    const host = previewHost();
    const plan = samplePeakPlanInput();
    const numbers = computePeakPlan(plan);
    const slots = numbers.forecast[0]!.length;
    const days = plan.calendar.eventDays.length;
    // The plan's headcount sheet, renamed on writing because "Headcount" was taken.
    const headcount = new SheetBuilder("hc", "Headcount (2)");
    headcount.value(0, 0, "Headcount plan");
    await host.writeSheets([headcount.build()]);
    await host.setSetting(PLAN_SETTING, planRecord(plan, "en-US", { peakHeadcount: "Headcount (2)" }, { peakHeadcount: "Headcount plan" }));
    const actual = numbers.forecast.map((f) => f.map((v) => Math.round(v * 1.1)));
    const onDuty = numbers.agents.map((a) => a.map((v) => Math.max(0, Math.ceil(v) - 1)));
    await dataSheet(host, [...actual, ...onDuty]);
    const written = await renderReview(host);
    await chooseRanges(EN);
    expect(await screen.findByText(EN.review.linkedPlan.replace("{sheet}", "Headcount (2)").replace("{days}", String(days)).replace("{slots}", String(slots)))).toBeTruthy();
    const sheet = await runLinked(EN, written, slots, days);
    const expected = linkedInput(
      numbers.forecast.map((forecast, d) => ({ date: plan.calendar.eventDays[d]!.date, forecast, required: numbers.agents[d]!, actual: actual[d]!, onDuty: onDuty[d]! })),
      { lines: [{ label: EN.review.incentiveLabel, costCents: 0 }], salesCents: 0 },
    );
    const first = reviewLayout(reviewSizes(expected)).days[0]!.firstSlot;
    // The forecast cell of slot 0 reads the plan's sheet by its real name, not a [[id]] token.
    expect(cellAt(sheet, first, SLOT_COL.forecast)?.formula).toBe("'Headcount (2)'!$B$11");
    expect(sheet.cells.some((c) => c.formula?.includes("[[peakHeadcount]]"))).toBe(false);
    const verdict = reviewVerdict(expected, EN, "Headcount (2)");
    expect(screen.getByText(verdict.title, { exact: false })).toBeTruthy();
    // No QA logs recorded (a team without pre-sale or after-sale agents has none): the QA block is blank, and the pane says so.
    expect(verdict.lines.slice(-2)).toEqual([EN.review.resultLinked.replace("{sheet}", "Headcount (2)"), EN.review.qaBlank]);
    expect(screen.getByTestId("run-verdict").textContent).toContain(EN.review.qaBlank);
    expect(computeReview(expected).all.shortSlots).toBeGreaterThan(0);
  });

  it("in Excel, reads the plan's headcount and payout summary as they calculate now, and links both", async () => {
    const host = previewHost("zh-CN");
    Object.defineProperty(host, "kind", { value: "excel" });
    const plan = samplePeakPlanInput();
    const numbers = computePeakPlan(plan);
    const slots = numbers.forecast[0]!.length;
    const days = plan.calendar.eventDays.length;
    // The forecast was raised by 20 % in Excel after the plan was written: the headcount sheet holds the new numbers.
    const forecast = numbers.forecast.map((f) => f.map((v) => Math.round(v * 1.2 * 10) / 10));
    const required = numbers.agents.map((a) => a.map((v) => v + 1));
    const headcount = new SheetBuilder("hc", "人力测算");
    headcount.value(0, 0, "人力需求");
    for (let d = 0; d < days; d++) {
      for (let s = 0; s < slots; s++) {
        headcount.value(HEADCOUNT_LAYOUT.firstRow + s, HEADCOUNT_LAYOUT.volumeCol(d), forecast[d]![s]!);
        headcount.value(HEADCOUNT_LAYOUT.firstRow + s, HEADCOUNT_LAYOUT.agentsCol(d), required[d]![s]!);
      }
    }
    const summary = new SheetBuilder("ps", "奖金汇总 (2)");
    summary.value(0, 0, "奖金汇总");
    summary.value(SUMMARY_ROW.totalSales, 1, 812_345.67);
    for (let k = 0; k < PAYOUT_COMPONENTS; k++) summary.value(SUMMARY_ROW.firstCost + k, 0, `项目 ${k}`).value(SUMMARY_ROW.firstCost + k, 1, 1000 * (k + 1) + 0.25);
    await host.writeSheets([headcount.build(), summary.build()]);
    const summaryId = planSheetId("payoutSummary");
    await host.setSetting(PLAN_SETTING, planRecord(plan, "zh-CN", { peakHeadcount: "人力测算", [summaryId]: "奖金汇总 (2)" }, { peakHeadcount: "人力需求", [summaryId]: "奖金汇总" }));
    const actual = numbers.forecast.map((f) => f.map((v) => Math.round(v)));
    const onDuty = numbers.agents.map((a) => a.map((v) => Math.ceil(v)));
    await dataSheet(host, [...actual, ...onDuty]);
    const written = await renderReview(host, "zh-CN");
    await chooseRanges(ZH);
    expect(await screen.findByText(ZH.review.summaryLinked.replace("{sheet}", "奖金汇总 (2)"))).toBeTruthy();
    expect(screen.queryByLabelText(ZH.review.sales, { exact: false })).toBeNull();
    const sheet = await runLinked(ZH, written, slots, days);
    const expected = linkedInput(
      forecast.map((f, d) => ({ date: plan.calendar.eventDays[d]!.date, forecast: f, required: required[d]!, actual: actual[d]!, onDuty: onDuty[d]! })),
      { lines: Array.from({ length: PAYOUT_COMPONENTS }, (_, k) => ({ label: `项目 ${k}`, costCents: 100_000 * (k + 1) + 25 })), salesCents: 81_234_567 },
    );
    const formulas = sheet.cells.map((c) => c.formula ?? "");
    expect(formulas).toContain("'奖金汇总 (2)'!$B$15");
    expect(formulas).toContain("'奖金汇总 (2)'!$B$5");
    expect(formulas).toContain("'人力测算'!$B$11");
    // The result line is the engine's for the numbers the plan's sheets hold now (the raised forecast).
    const verdict = reviewVerdict(expected, ZH, "人力测算");
    expect(screen.getByText(verdict.title, { exact: false })).toBeTruthy();
    const shown = screen.getByTestId("run-verdict").textContent ?? "";
    for (const line of verdict.lines) expect(shown).toContain(line);
    expect(computeReview(expected).incentives.totalCents).toBe(Array.from({ length: PAYOUT_COMPONENTS }, (_, k) => 100_000 * (k + 1) + 25).reduce((a, b) => a + b, 0));
  });

  describe("with the plan's QA logs in the workbook (reviews typed in)", () => {
    const plan = userPlanInput();
    const numbers = computePeakPlan(plan.plan);
    const slots = numbers.forecast[0]!.length;
    const days = numbers.forecast.length;
    const logs = planQaLogs(plan, "en-US");
    const ids = logs.logs.map((l) => l.id);
    // Where the written review holds its QA figures (the pane's input: one incentive line, no top errors).
    const layout = reviewLayout(reviewSizes(linkedInput(numbers.forecast.map((forecast) => ({ date: 0, forecast, required: [], actual: [], onDuty: [] })), { lines: [{ label: "", costCents: 0 }], salesCents: 0 })));
    const R = layout.qaRows;
    const val = layout.qaCol + 4;

    /**
     * Writes the plan's headcount and QA sheets (the after-sale log renamed "(2)": the user had a
     * sheet of that name) and its record, `change` applied to the record; returns the names the sheets got.
     */
    async function writePlan(host: PreviewHost, change: (r: PlanRecord) => PlanRecord = (r) => r): Promise<Record<string, string>> {
      const { sheets } = typedQaLogs(plan, "en-US", 4);
      const own = new SheetBuilder("own", sheets.find((x) => x.id === ids[1])!.name);
      await host.writeSheets([own.value(0, 0, "my own notes").build()]);
      const headcount = new SheetBuilder("peakHeadcount", "Headcount").value(0, 0, "Headcount plan").build();
      const report = await host.writeSheets([headcount, ...sheets]);
      const names = Object.fromEntries(report.created.map((c) => [c.id, c.name]));
      const titles = Object.fromEntries([headcount, ...sheets].map((x) => [x.id, titleOf(x)]));
      await host.setSetting(PLAN_SETTING, change(planRecord(plan.plan, "en-US", names, titles, [...plan.team])));
      return names;
    }

    /** A workbook with the plan (`writePlan`) and the user's data; the panel rendered on it, the workbook's ranges picked. */
    async function workbookWithPlan(locale: Locale, change?: (r: PlanRecord) => PlanRecord) {
      const host = previewHost(locale);
      const names = await writePlan(host, change);
      await dataSheet(host, [...numbers.forecast.map((f) => f.map(Math.round)), ...numbers.agents.map((a) => a.map(Math.ceil))]);
      const written = await renderReview(host, locale);
      await chooseRanges(TASKPANE_TEXT[locale]);
      return { written, names };
    }

    it("finds a plan written after the pane opened once the workbook's ranges are picked (panels stay mounted)", async () => {
      const host = previewHost();
      await renderReview(host);
      const names = await writePlan(host);
      await chooseRanges(EN);
      expect(screen.getByTestId("plan-state").textContent).toBe(format(EN.review.linkedPlan, { sheet: "Headcount", days, slots }));
      expect(screen.getByTestId("qa-state").textContent).toContain(`“${names[ids[0]!]!}”, “${names[ids[1]!]!}”`);
    });

    it("counts the QA results of the plan's QA period from its logs, under the names they got", async () => {
      const { written, names } = await workbookWithPlan("en-US");
      const logNames = ids.map((id) => names[id]!);
      expect(logNames).toEqual(["Pre-sale QA log", "After-sale QA log (2)"]);
      const qa: QaLink = { status: "linked", logs: logs.logs.map((ref, k) => ({ ref, name: logNames[k]! })), period: logs.period };
      expect(screen.getByTestId("qa-state").textContent).toBe(qaLine(qa, EN));
      const sheet = await runLinked(EN, written, slots, days);
      // The QA period is the calendar's event and after-sale days, not only the event days.
      expect([cellAt(sheet, R.from, val)?.value, cellAt(sheet, R.to, val)?.value]).toEqual([logs.period.first, logs.period.last]);
      expect(logs.period.last).toBeGreaterThan(plan.plan.calendar.eventDays[days - 1]!.date);
      for (const r of [R.reviews, R.passed, R.meanScore, R.redLines]) {
        const formula = cellAt(sheet, r, val)?.formula ?? "";
        for (const name of logNames) expect(formula).toContain(`${quoteSheetName(name)}!$`);
        expect(formula).not.toContain("[[");
      }
      expect(cellAt(sheet, R.reviews, val)?.formula).toMatch(/^COUNTIFS\('Pre-sale QA log'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,">=0",.*\+COUNTIFS\('After-sale QA log \(2\)'!/);
      const verdict = screen.getByTestId("run-verdict").textContent ?? "";
      expect(verdict).toContain(qaLine(qa, EN));
      expect(verdict).toContain("“Pre-sale QA log”, “After-sale QA log (2)”");
    });

    it.each([
      ["renamed", "zh-CN", (r: PlanRecord) => ({ ...r, names: { ...r.names, [ids[0]!]: "Pre-sale QA log (old)" } }), "Pre-sale QA log (old)"],
      ["retitled", "en-US", (r: PlanRecord) => ({ ...r, titles: { ...r.titles, [ids[1]!]: "Another title" } }), "After-sale QA log (2)"],
      ["not in the record", "en-US", (r: PlanRecord) => ({ ...r, names: Object.fromEntries(Object.entries(r.names).filter(([id]) => id !== ids[1])) }), undefined],
    ] as const)("with a log %s, leaves the QA block blank and says so (%s)", async (_what, locale, change, gone) => {
      const text = TASKPANE_TEXT[locale];
      const { written } = await workbookWithPlan(locale, change);
      const message = gone === undefined ? text.review.qaBlank : format(text.review.qaLogGone, { sheet: gone });
      expect(screen.getByTestId("qa-state").textContent).toBe(message);
      const sheet = await runLinked(text, written, slots, days);
      // Still linked to the headcount sheet; the QA figures are typed blanks over the event days.
      expect(sheet.cells.some((c) => c.formula === "'Headcount'!$B$11")).toBe(true);
      expect([R.from, R.to, R.reviews, R.passed, R.meanScore, R.redLines].map((r) => [cellAt(sheet, r, val)?.value ?? null, cellAt(sheet, r, val)?.formula])).toEqual([
        [plan.plan.calendar.eventDays[0]!.date, undefined],
        [plan.plan.calendar.eventDays[days - 1]!.date, undefined],
        [0, undefined],
        [0, undefined],
        [null, undefined],
        [0, undefined],
      ]);
      expect(screen.getByTestId("run-verdict").textContent).toContain(message);
    });
  });
});
