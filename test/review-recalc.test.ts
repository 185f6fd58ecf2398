/**
 * The review sheet as a file: written with the xlsx writer (linked: with a stand-in for the plan's
 * headcount sheet, so its references resolve), recalculated in LibreOffice. Every figure of the
 * data analysis — hour and day accuracy, required vs on duty, short slots, the native Erlang C
 * service level, incentive cost against sales, QA rates — must equal the TypeScript engine's
 * (numbers to 1e-9 relative, money to the cent). Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { computePeakPlan, SAMPLE_CALENDAR } from "../src/core/peak";
import { computeReview, sampleReviewInput, type ReviewInput } from "../src/core/review";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import type { Locale } from "../src/i18n/locale";
import { REVIEW_TEXT } from "../src/i18n/review";
import { buildPayoutSheets, payoutOptionsForCalendar } from "../src/sheets/payouts";
import { PAYOUT_SHEET_IDS } from "../src/sheets/payouts/ids";
import { planQaLogs } from "../src/sheets/peak/build-plan";
import { buildPlanForecastSheet } from "../src/sheets/peak/forecast-sheet";
import { buildPlanHeadcountSheet } from "../src/sheets/peak/headcount-sheet";
import { samplePeakPlanInput } from "../src/sheets/peak/sample";
import { buildQaSheets } from "../src/sheets/qa/build-qa-sheets";
import { qaOptionsForCalendar } from "../src/sheets/qa/generator";
import { HOUR_COL, KEY_FIGURES, reviewLayout, reviewSizes, SLOT_COL, type KeyFigure } from "../src/sheets/review/review-layout";
import { buildReviewSheet, qaLogRefs } from "../src/sheets/review/review-sheet";
import { samplePlanNumbers } from "../src/sheets/review/sample";
import { a1, rekeySheets, type SheetSpec } from "../src/sheets/spec";
import { linkedReviewSheets } from "../src/taskpane/peak/review-link";
import { typedQaLogs, userPlanInput } from "../src/taskpane/test-support/plan-qa-logs";
import { writeXlsx } from "../src/xlsx";
import { headcountStandIn } from "./support/headcount-stand-in";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

function value(ws: ExcelJS.Worksheet, row: number, col: number): string | number | boolean | null {
  return cellValue(ws, a1(row, col));
}

/** Asserts the cell equals `expected` (null: the cell is empty or shows ""), numbers to 1e-9 relative. */
function expectCell(ws: ExcelJS.Worksheet, row: number, col: number, expected: number | string | null, what: string): void {
  const got = value(ws, row, col);
  if (expected === null || typeof expected === "string") {
    expect([what, got ?? ""]).toEqual([what, expected ?? ""]);
    return;
  }
  if (typeof got !== "number" || Math.abs(got - expected) > 1e-9 * Math.abs(expected) + 1e-12) {
    throw new Error(`${what} (${a1(row, col)}): LibreOffice ${JSON.stringify(got)}, engine ${expected}`);
  }
}

/** Writes `sheets` (the review last) to .xlsx, recalculates it in LibreOffice and returns the review's worksheet. */
async function recalcReview(sheets: readonly SheetSpec[]) {
  const wb = await recalculate(await writeXlsx(sheets));
  expect(findErrorCells(wb)).toEqual([]);
  return wb.getWorksheet(sheets[sheets.length - 1]!.name)!;
}

function checkEveryFigure(ws: ExcelJS.Worksheet, input: ReviewInput, locale: Locale): void {
  const t = REVIEW_TEXT[locale];
  const r = computeReview(input);
  const L = reviewLayout(reviewSizes(input));
  r.days.forEach((day, i) => {
    const d = L.days[i]!;
    day.slots.forEach((s, k) => {
      const row = d.firstSlot + k;
      expectCell(ws, row, SLOT_COL.forecast, input.days[i]!.forecast[k]!, `day ${i} slot ${k} forecast`);
      expectCell(ws, row, SLOT_COL.required, input.days[i]!.required[k]!, `day ${i} slot ${k} required`);
      expectCell(ws, row, SLOT_COL.short, s.short, `day ${i} slot ${k} short`);
      expectCell(ws, row, SLOT_COL.traffic, s.traffic, `day ${i} slot ${k} traffic`);
      expectCell(ws, row, SLOT_COL.sl, s.serviceLevel, `day ${i} slot ${k} Erlang C SL`);
    });
    day.hours.forEach((h, k) => {
      const row = d.firstHour + k;
      expectCell(ws, row, HOUR_COL.forecast, h.forecast, `day ${i} hour ${k} forecast`);
      expectCell(ws, row, HOUR_COL.actual, h.actual, `day ${i} hour ${k} actual`);
      expectCell(ws, row, HOUR_COL.absError, h.absError, `day ${i} hour ${k} abs error`);
      expectCell(ws, row, HOUR_COL.required, h.requiredAvg, `day ${i} hour ${k} required`);
      expectCell(ws, row, HOUR_COL.onDuty, h.onDutyAvg, `day ${i} hour ${k} on duty`);
      expectCell(ws, row, HOUR_COL.short, h.shortSlots, `day ${i} hour ${k} short slots`);
      expectCell(ws, row, HOUR_COL.sl, h.serviceLevel, `day ${i} hour ${k} SL`);
      expectCell(ws, row, HOUR_COL.source, h.serviceLevel === null ? null : h.measured ? t.measured : t.estimated, `day ${i} hour ${k} source`);
    });
    expectCell(ws, d.total, HOUR_COL.sl, day.serviceLevel, `day ${i} SL`);
  });
  const verdict = (met: boolean | null) => (met === null ? null : met ? t.met : t.missed);
  const expected = (f: KeyFigure, x: (typeof r.days)[number] | typeof r.all, day: boolean): number | string | null => {
    switch (f) {
      case "forecastTotal":
        return x.forecast;
      case "actualTotal":
        return x.actual;
      case "wapeSlots":
        return x.wapeSlots;
      case "wapeHours":
        return x.wapeHours;
      case "bias":
        return x.bias;
      case "shortSlots":
        return x.shortSlots;
      case "personSlots":
        return x.personSlotsShort;
      case "worstSlot": {
        if (!day) return null;
        const w = (x as (typeof r.days)[number]).worstSlot;
        return w === null ? null : w.slot / r.slotsPerDay;
      }
      case "worstShort":
        return day ? ((x as (typeof r.days)[number]).worstSlot?.short ?? 0) : null;
      case "slAchieved":
        return x.serviceLevel;
      case "slVerdict":
        return verdict(x.meetsTarget);
    }
  };
  for (const f of KEY_FIGURES) {
    r.days.forEach((day, i) => expectCell(ws, L.keyRow(f), L.dayCol(i), expected(f, day, true), `${f} day ${i}`));
    expectCell(ws, L.keyRow(f), L.allCol, expected(f, r.all, false), `${f} all days`);
  }
  // Money to the cent; the cost share as the engine's exact ratio.
  input.incentives.lines.forEach((line, k) => {
    const cost = value(ws, L.firstLine + k, 3);
    expect([k, typeof cost === "number" && Math.round(cost * 100)]).toEqual([k, line.costCents]);
  });
  const sales = value(ws, L.sales, 3);
  expect(typeof sales === "number" && Math.round(sales * 100)).toBe(r.incentives.salesCents);
  const total = value(ws, L.totalCost, 3);
  expect(typeof total === "number" && Math.round(total * 100)).toBe(r.incentives.totalCents);
  expectCell(ws, L.costShare, 3, r.incentives.costShare, "cost share");
  const R = L.qaRows;
  expectCell(ws, R.reviews, L.qaCol + 4, input.qa.reviews, "QA reviews");
  expectCell(ws, R.passed, L.qaCol + 4, input.qa.passed, "QA passed");
  expectCell(ws, R.meanScore, L.qaCol + 4, input.qa.meanScore, "QA mean score");
  expectCell(ws, R.redLines, L.qaCol + 4, input.qa.redLines, "QA red lines");
  expectCell(ws, R.passRate, L.qaCol + 4, r.qa.passRate, "QA pass rate");
  r.qa.topErrors.forEach((e, k) => expectCell(ws, L.firstError + k, L.qaCol + 5, e.rate, `QA item ${k} failure rate`));
}

/** One recalculation: the figures the engine expects and every sheet of the workbook, the review last. */
interface RecalcCase {
  what: string;
  locale: Locale;
  workbook: () => { input: ReviewInput; sheets: SheetSpec[] };
  /** Checks beyond every figure, on the recalculated review. */
  also?: (ws: ExcelJS.Worksheet, input: ReviewInput) => void;
}

const plan = samplePlanNumbers();
const standIn = () => headcountStandIn(plan.forecast, plan.required);
// Other generators' sheets under other ids, as the plan takes them in.
const rename = (id: string) => `plan_${id}`;
const qaCell = (ws: ExcelJS.Worksheet, input: ReviewInput, row: (L: ReturnType<typeof reviewLayout>) => number) => {
  const L = reviewLayout(reviewSizes(input));
  return ws.getCell(a1(row(L), L.qaCol + 4));
};

const CASES: RecalcCase[] = [
  {
    what: "linked to the plan's headcount sheet: every figure equals the engine's, the native Erlang C included",
    locale: "en-US",
    workbook: () => {
      const input = sampleReviewInput(plan, true);
      return { input, sheets: [standIn(), buildReviewSheet(input, "en-US")] };
    },
    also: (_ws, input) => {
      // The sample has days above and below target, measured and estimated hours.
      const met = computeReview(input).days.map((d) => d.meetsTarget);
      expect(met).toContain(true);
      expect(met).toContain(false);
    },
  },
  {
    what: "standalone (plain values), in Chinese, with an hour where nothing arrived: the same figures",
    locale: "zh-CN",
    workbook: () => {
      const sample = sampleReviewInput(plan, false);
      // Hour 04 of the first day empty: its service level is blank and weighs nothing in the day's.
      const actual = sample.days[0]!.actual.map((v, s) => (s >= 24 && s < 30 ? 0 : v));
      const input = { ...sample, days: [{ ...sample.days[0]!, actual }, ...sample.days.slice(1)] };
      expect(computeReview(input).days[0]!.hours[4]!.serviceLevel).toBeNull();
      return { input, sheets: [buildReviewSheet(input, "zh-CN")] };
    },
  },
  {
    what: "linked to the real plan's forecast and headcount sheets: their recalculated cells feed the same figures",
    locale: "zh-CN",
    workbook: () => {
      const planInput = samplePeakPlanInput();
      const numbers = computePeakPlan(planInput);
      const input = sampleReviewInput(plan, true);
      return { input, sheets: [buildPlanForecastSheet(planInput, numbers, "zh-CN", true), buildPlanHeadcountSheet(planInput, numbers, "zh-CN", true), buildReviewSheet(input, "zh-CN")] };
    },
  },
  {
    what: "with the plan's payout sheets: incentive costs and sales read from the payout summary equal the engine's, to the cent",
    locale: "en-US",
    workbook: () => {
      const input = sampleReviewInput(plan, true);
      const payouts = rekeySheets(buildPayoutSheets(payoutOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM), "en-US"), rename);
      return { input, sheets: [standIn(), ...payouts, buildReviewSheet(input, "en-US", { payoutSummary: rename(PAYOUT_SHEET_IDS.summary) })] };
    },
    also: (ws, input) => expect(ws.getCell(a1(reviewLayout(reviewSizes(input)).firstLine, 3)).formula).toContain("$B$15"),
  },
  {
    what: "with the plan's QA sheets: reviews, passes, mean score and red lines counted from the QA logs equal the engine's",
    locale: "en-US",
    workbook: () => {
      const input = sampleReviewInput(plan, true);
      const options = qaOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, "en-US");
      const qa = rekeySheets(options.flatMap((o) => buildQaSheets(o, "en-US")), rename);
      return { input, sheets: [standIn(), ...qa, buildReviewSheet(input, "en-US", { qaLogs: qaLogRefs(options, rename) })] };
    },
    also: (ws, input) => expect(qaCell(ws, input, (L) => L.qaRows.reviews).formula).toContain("COUNTIFS("),
  },
  {
    what: "a user's review as the pane writes it, linked to the plan's QA logs by their real names: the QA cells count the typed rows",
    locale: "en-US",
    workbook: () => {
      const user = userPlanInput();
      const { logs, period } = planQaLogs(user, "en-US");
      // Five reviews typed into each log; the after-sale log got a free name when the plan was written.
      const typed = typedQaLogs(user, "en-US", 5);
      const qaSheets = typed.sheets.map((s) => (s.id === logs[1]!.id ? { ...s, name: `${s.name} (2)` } : s));
      const base = sampleReviewInput(plan, true);
      const blankQa = { ...period, reviews: 0, passed: 0, meanScore: null, redLines: 0, topErrors: [] };
      const written = { ...base, sample: false, qa: blankQa };
      const headcount = standIn();
      const review = linkedReviewSheets(written, "en-US", { headcount: headcount.name, qa: { status: "linked", logs: logs.map((ref) => ({ ref, name: qaSheets.find((s) => s.id === ref.id)!.name })), period } });
      return { input: { ...written, qa: { ...typed.results(base.settings.qaPassMark), topErrors: [] } }, sheets: [headcount, ...qaSheets, ...review] };
    },
    also: (ws, input) => {
      // By construction: 4 of each log's 5 reviews fall in the period, one of them a red line.
      expect([input.qa.reviews, input.qa.redLines]).toEqual([8, 2]);
      expect(qaCell(ws, input, (L) => L.qaRows.reviews).formula).toContain("+COUNTIFS('After-sale QA log (2)'!");
    },
  },
];

describe("review sheet recalculated in LibreOffice", () => {
  for (const c of CASES) {
    itWithSoffice()(
      c.what,
      async () => {
        const { input, sheets } = c.workbook();
        const ws = await recalcReview(sheets);
        checkEveryFigure(ws, input, c.locale);
        c.also?.(ws, input);
      },
      300_000,
    );
  }
});
