/**
 * The sample QA sheets recalculated in LibreOffice against the TypeScript reference: the log filled
 * with the sample month, its summary (`summariseReviews`), the calibration sheet (`calibrate` on the
 * sample round) and the problem tracking (`trackProblems`: per-criterion failures, rates, trend,
 * top problems, case-review examples, daily rates). No cell may hold an error.
 * Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import type { QaChannel } from "../src/core/qa/catalogue";
import { calibrate } from "../src/core/qa/calibration";
import { defaultCatalogue } from "../src/core/qa/default-catalogue";
import { trackProblems } from "../src/core/qa/qa-log";
import { summariseReviews } from "../src/core/qa/summarise-reviews";
import { SAMPLE_CALENDAR } from "../src/core/peak/sample-calendar";
import { qaReviewDays, SAMPLE_QA_PERIOD, SAMPLE_REVIEWERS, sampleQaLog } from "../src/core/sample/qa-reviews";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import { format, type Locale } from "../src/i18n/locale";
import { QA_STRINGS } from "../src/i18n/qa";
import { qaCalibrationLayout } from "../src/sheets/qa/build-qa-calibration";
import { qaTrackingLayout } from "../src/sheets/qa/build-qa-tracking";
import { qaSummaryLayout } from "../src/sheets/qa/qa-layout";
import { buildQaSheets, DEFAULT_CALIBRATION_CONVERSATIONS, type QaSheetsOptions } from "../src/sheets/qa/build-qa-sheets";
import { qaOptionsForCalendar, qaSampleInputs } from "../src/sheets/qa/generator";
import { a1 } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

function num(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const v = cellValue(ws, a1(row, col));
  if (v === null || v === "") return null;
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return v;
}
function close(ws: ExcelJS.Worksheet, row: number, col: number, expected: number | null, what: string): void {
  const actual = num(ws, row, col);
  if (expected === null ? actual !== null : actual === null || Math.abs(actual - expected) > 1e-9) {
    throw new Error(`${ws.name}!${a1(row, col)} ${what}: sheet ${actual}, reference ${expected}`);
  }
}
const text = (ws: ExcelJS.Worksheet, row: number, col: number): string => String(cellValue(ws, a1(row, col)) ?? "");

/** Checks one channel's sheets against the reference; returns the calibration and tracking for story checks. */
function checkChannel(wb: ExcelJS.Workbook, options: QaSheetsOptions, locale: Locale): { cal: ReturnType<typeof calibrate>; tracked: ReturnType<typeof trackProblems> } {
  const { channel } = options;
  const t = QA_STRINGS[locale];
  const ch = t.channel[channel];
  const catalogue = defaultCatalogue(channel);
  const entries = options.entries!;
  const agents = options.agents ?? SAMPLE_TEAM.filter((a) => a.skill === channel).map((a) => a.name);

  // Summary of the filled log.
  const sumWs = wb.getWorksheet(format(t.sheetNames.summary, { channel: ch }))!;
  const sl = qaSummaryLayout(agents.length, SAMPLE_REVIEWERS.length);
  const summary = summariseReviews(catalogue, entries, agents, SAMPLE_REVIEWERS);
  summary.agents.forEach((s, i) => {
    close(sumWs, sl.agentRows.first + i, 1, s.reviews, `${s.agent} reviews`);
    close(sumWs, sl.agentRows.first + i, 2, s.averageFinalScore, `${s.agent} average`);
    close(sumWs, sl.agentRows.first + i, 3, s.redLines, `${s.agent} red lines`);
    close(sumWs, sl.agentRows.first + i, 9, s.upheldAppeals, `${s.agent} upheld`);
  });
  summary.reviewers.forEach((s, i) => close(sumWs, sl.reviewerRows.first + i, 3, s.accuracy, `${s.reviewer} accuracy`));
  expect(summary.agents.reduce((n, a) => n + a.reviews, 0)).toBeGreaterThan(100);

  // Calibration.
  const calWs = wb.getWorksheet(format(t.sheetNames.calibration, { channel: ch }))!;
  const cl = qaCalibrationLayout(catalogue.criteria.length, SAMPLE_REVIEWERS.length, DEFAULT_CALIBRATION_CONVERSATIONS);
  const cal = calibrate(catalogue, options.calibration!.scores, t.calibration.reference, SAMPLE_REVIEWERS);
  cal.reviewers.forEach((r, j) => {
    const row = cl.reviewerRows.first + j;
    expect(text(calWs, row, 0)).toBe(r.reviewer);
    close(calWs, row, 1, r.agreement, `${r.reviewer} agreement`);
    close(calWs, row, 2, r.meanScoreGap, `${r.reviewer} score gap`);
    expect({ reviewer: r.reviewer, verdict: text(calWs, row, 3) }).toEqual({ reviewer: r.reviewer, verdict: r.outOfTolerance ? t.calibration.outOfTolerance : t.calibration.withinTolerance });
    catalogue.criteria.forEach((c, i) => {
      close(calWs, row, cl.firstCriterionCol + i, r.byCriterion[c.id]!.agreement, `${r.reviewer} ${c.id} agreement`);
      close(calWs, cl.deviationRows.first + j, cl.firstCriterionCol + i, r.byCriterion[c.id]!.meanDeviation, `${r.reviewer} ${c.id} deviation`);
    });
  });
  cal.conversations.forEach((c, k) => {
    const row = cl.conversationRows.first + k;
    expect(text(calWs, row, 0)).toBe(c.conversation);
    close(calWs, row, 1, c.referenceScore, `${c.conversation} reference score`);
    close(calWs, row, 4, c.spread, `${c.conversation} spread`);
  });
  close(calWs, cl.conversationRows.last, 4, null, "unused conversation spread");

  // Problem tracking.
  const trWs = wb.getWorksheet(format(t.sheetNames.tracking, { channel: ch }))!;
  const tl = qaTrackingLayout(catalogue.criteria.length);
  const tracked = trackProblems(catalogue, entries, options.period!);
  tracked.criteria.forEach((p, i) => {
    const row = tl.criterionRows.first + i;
    close(trWs, row, 2, p.failures, `${p.id} failures`);
    close(trWs, row, 3, p.answered, `${p.id} answered`);
    close(trWs, row, 4, p.rate, `${p.id} rate`);
    close(trWs, row, 5, p.recent, `${p.id} recent`);
    close(trWs, row, 6, p.previous, `${p.id} previous`);
    expect({ id: p.id, trend: text(trWs, row, 7) }).toEqual({ id: p.id, trend: p.falling === null ? "" : p.falling ? t.tracking.falling : t.tracking.notFalling });
  });
  const name = (id: string): string => catalogue.criteria.find((c) => c.id === id)!.name[locale];
  tracked.top.forEach((p, k) => {
    expect(text(trWs, tl.topRows.first + k, 1)).toBe(name(p.id));
    close(trWs, tl.topRows.first + k, 2, p.rate, `top ${k + 1} rate`);
  });
  tracked.caseReview.forEach((c, q) => {
    expect(text(trWs, tl.caseRows.first + q * 3, 0)).toBe(name(c.id));
    const shown = [0, 1, 2].map((e) => [text(trWs, tl.caseRows.first + q * 3 + e, 5), text(trWs, tl.caseRows.first + q * 3 + e, 6)]);
    expect(shown).toEqual(c.examples.map((e) => [e.conversation, e.comment]));
  });
  tracked.days.forEach((d, i) => {
    close(trWs, tl.dayRows.first + i, 0, d.date, "day");
    catalogue.criteria.forEach((c, k) => close(trWs, tl.dayRows.first + i, 1 + k, d.rates[c.id]!, `${d.date} ${c.id}`));
  });
  return { cal, tracked };
}

/** The sample's story: both trend verdicts, and the calibration round's strict and lenient reviewers out of tolerance. */
function expectSampleStory({ cal, tracked }: ReturnType<typeof checkChannel>): void {
  expect(cal.reviewers.map((r) => r.outOfTolerance)).toEqual([true, false, true]);
  expect(tracked.criteria.some((p) => p.falling === true) && tracked.criteria.some((p) => p.falling === false)).toBe(true);
}

describe("sample QA workbook (log, summary, calibration, problem tracking) recalculated in LibreOffice", () => {
  itWithSoffice()(
    "zh-CN: every figure equals the reference, no error cell",
    async () => {
      const inputs = qaSampleInputs("zh-CN");
      expect(inputs.map((o) => [o.entries, o.period])).toEqual(["pre-sale", "after-sale"].map((c) => [sampleQaLog(c as QaChannel, "zh-CN"), SAMPLE_QA_PERIOD]));
      const wb = await recalculate(await writeXlsx(inputs.flatMap((o) => buildQaSheets(o, "zh-CN"))));
      expect(findErrorCells(wb)).toEqual([]);
      for (const o of inputs) expectSampleStory(checkChannel(wb, o, "zh-CN"));
    },
    240_000,
  );

  itWithSoffice()(
    "a peak calendar's QA (en-US): the team's reviews on the event and after-sale days, every figure equals the reference",
    async () => {
      const inputs = qaOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, "en-US");
      const wb = await recalculate(await writeXlsx(inputs.flatMap((o) => buildQaSheets(o, "en-US"))));
      expect(findErrorCells(wb)).toEqual([]);
      for (const o of inputs) {
        const { tracked } = checkChannel(wb, o, "en-US");
        // Reviewed days only: the pre-sale days between the waves have no reviews.
        expect(tracked.days.filter((d) => d.reviews > 0).map((d) => d.date)).toEqual(qaReviewDays(SAMPLE_CALENDAR));
      }
    },
    240_000,
  );
});
