/**
 * The QA log's formulas against the TypeScript reference: build the QA sheets, fill log rows
 * (normal, N/A, red line, bonus, appeals with each decision, incomplete), write the .xlsx,
 * recalculate it in LibreOffice and compare every computed score and summary figure with
 * `scoreReview` / `summariseReviews` to 1e-9. Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { defaultCatalogue } from "../src/core/qa/default-catalogue";
import { scoreReview } from "../src/core/qa/score-review";
import { finalScore, summariseReviews, type AppealDecision, type QaReviewRecord } from "../src/core/qa/summarise-reviews";
import type { QaChannel } from "../src/core/qa/catalogue";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import type { Locale } from "../src/i18n/locale";
import { QA_STRINGS } from "../src/i18n/qa";
import { buildQaSheets, SAMPLE_REVIEWERS } from "../src/sheets/qa/build-qa-sheets";
import { qaLogLayout, qaSummaryLayout } from "../src/sheets/qa/qa-layout";
import { a1, type Scalar, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

const ROWS = 60;

/** Sets an input cell of a spec (the cell exists: the log pre-formats every row). */
function setInput(sheet: SheetSpec, row: number, col: number, value: Scalar): void {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (!cell) throw new Error(`no cell ${a1(row, col)} in ${sheet.id}`);
  if (cell.style?.locked !== false) throw new Error(`${a1(row, col)} in ${sheet.id} is not an input cell`);
  cell.value = value;
}

/** Reads a number, treating a blank result ("" or empty) as null. */
function num(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const v = cellValue(ws, a1(row, col));
  if (v === null || v === "") return null;
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return v;
}

function expectClose(actual: number | null, expected: number | null, where: string): void {
  if (expected === null) {
    expect({ where, actual }).toEqual({ where, actual: null });
    return;
  }
  if (actual === null || Math.abs(actual - expected) > 1e-9) throw new Error(`${where}: sheet ${actual}, reference ${expected}`);
}

type Row = QaReviewRecord & { date: number };

function records(channel: QaChannel): Row[] {
  const agents = SAMPLE_TEAM.filter((a) => a.skill === channel).map((a) => a.name);
  const [r1, r2, r3] = SAMPLE_REVIEWERS as [string, string, string];
  const [a, b, c] = agents as [string, string, string];
  const d = 46000;
  if (channel === "pre-sale") {
    const full = { greeting: "yes", responseSpeed: 3, attitude: 5, productKnowledge: 5, promotionRules: 3, needsDiscovery: 5, recommendation: "yes", closing: "yes" } as const;
    const appeal = (decision: AppealDecision | null, revisedScore: number | null) => ({ decision, revisedScore });
    return [
      { date: d, agent: a, reviewer: r1, answers: { criteria: { ...full, responseSpeed: 2, attitude: 4, needsDiscovery: 3, recommendation: "no" } } }, // normal
      { date: d, agent: a, reviewer: r1, answers: { criteria: { ...full, promotionRules: "na", recommendation: "na", productKnowledge: 4, closing: "no" } } }, // N/A
      { date: d + 1, agent: a, reviewer: r2, answers: { criteria: { ...full, attitude: 2 }, redLineId: "offPlatform", bonusIds: ["customerPraise"] } }, // red line
      { date: d + 1, agent: b, reviewer: r2, answers: { criteria: { ...full, attitude: 4 }, bonusIds: ["customerPraise", "exemplaryCase"] } }, // bonus capped
      { date: d + 2, agent: b, reviewer: r1, answers: { criteria: { ...full, attitude: 2, greeting: "no" } }, appeal: appeal("upheld", 92) },
      { date: d + 2, agent: b, reviewer: r2, answers: { criteria: { ...full, attitude: 1 } }, appeal: appeal("partly", 88.5) },
      { date: d + 3, agent: b, reviewer: r3, answers: { criteria: { ...full, attitude: 2, needsDiscovery: "na" } }, appeal: appeal("rejected", null) },
      { date: d + 3, agent: c, reviewer: r3, answers: { criteria: { ...full, responseSpeed: 0 } }, appeal: appeal("upheld", null) }, // pending revised score
      { date: d + 3, agent: c, reviewer: r3, answers: { criteria: { ...full, responseSpeed: 1 } }, appeal: appeal(null, null) }, // appeal not decided yet
      { date: d + 4, agent: c, reviewer: r1, answers: { criteria: { greeting: "yes", responseSpeed: 3 } } }, // incomplete
      { date: d + 4, agent: c, reviewer: r2, answers: { criteria: full, bonusIds: ["exemplaryCase"] } }, // 100 + 2 → capped
    ];
  }
  const full = { greeting: "yes", responseSpeed: 3, attitude: 5, productKnowledge: 5, promotionRules: 3, orderVerification: "yes", returnsProcess: 5, resolution: 3, followUp: "yes" } as const;
  return [
    { date: d, agent: a, reviewer: r1, answers: { criteria: { ...full, returnsProcess: 2, resolution: 2 } } },
    { date: d, agent: a, reviewer: r2, answers: { criteria: { ...full, returnsProcess: "na", productKnowledge: "na", promotionRules: "na", followUp: "na", orderVerification: "no" } } },
    { date: d + 1, agent: a, reviewer: r2, answers: { criteria: { ...full, returnsProcess: 1 } }, appeal: { decision: "partly", revisedScore: 95 } },
    { date: d + 1, agent: b, reviewer: r3, answers: { criteria: {}, redLineId: "privacyLeak" }, appeal: { decision: "rejected", revisedScore: null } },
    { date: d + 2, agent: b, reviewer: r1, answers: { criteria: { ...full, attitude: 0, resolution: 0 } }, appeal: { decision: "upheld", revisedScore: 70 } },
  ];
}

async function checkChannel(channel: QaChannel, locale: Locale): Promise<void> {
  const catalogue = defaultCatalogue(channel);
  const t = QA_STRINGS[locale];
  const sheets = buildQaSheets({ channel, rows: ROWS }, locale);
  const [, log, summary] = sheets as [SheetSpec, SheetSpec, SheetSpec];
  const layout = qaLogLayout(catalogue, ROWS);
  const cols = layout.columns;
  const rows = records(channel);
  const word = (a: string | number): Scalar => (a === "yes" ? t.answer.yes : a === "no" ? t.answer.no : a === "na" ? t.answer.na : a);

  rows.forEach((rec, i) => {
    const r = layout.firstDataRow + i;
    setInput(log, r, cols.date, rec.date);
    setInput(log, r, cols.agent, rec.agent);
    setInput(log, r, cols.reviewer, rec.reviewer);
    setInput(log, r, cols.conversation, `CONV-${1000 + i}`);
    catalogue.criteria.forEach((c, k) => {
      const answer = rec.answers.criteria[c.id];
      if (answer !== undefined) setInput(log, r, cols.criteria[k]!, word(answer));
    });
    if (rec.answers.redLineId) setInput(log, r, cols.redLine, catalogue.redLines.find((x) => x.id === rec.answers.redLineId)!.name[locale]);
    catalogue.bonusItems.forEach((item, k) => {
      if (rec.answers.bonusIds?.includes(item.id)) setInput(log, r, cols.bonuses[k]!, t.answer.yes);
    });
    if (rec.appeal) {
      setInput(log, r, cols.appealed, t.answer.yes);
      setInput(log, r, cols.appealReason, "reason");
      if (rec.appeal.decision) setInput(log, r, cols.decision, t.decision[rec.appeal.decision]);
      if (rec.appeal.revisedScore !== null) setInput(log, r, cols.revisedScore, rec.appeal.revisedScore);
    }
  });

  const wb = await recalculate(await writeXlsx(sheets));
  expect(findErrorCells(wb)).toEqual([]);
  const logWs = wb.getWorksheet(log.name)!;
  const sumWs = wb.getWorksheet(summary.name)!;

  // Every log row: score, red-line flag, final score.
  const statuses = new Set<string>();
  rows.forEach((rec, i) => {
    const r = layout.firstDataRow + i;
    const ref = scoreReview(catalogue, rec.answers);
    statuses.add(ref.status);
    expectClose(num(logWs, r, cols.score), ref.score, `${channel} row ${r + 1} score`);
    expectClose(num(logWs, r, cols.redLineFlag), rec.answers.redLineId ? 1 : 0, `${channel} row ${r + 1} flag`);
    expectClose(num(logWs, r, cols.finalScore), finalScore(ref, rec.appeal), `${channel} row ${r + 1} final`);
  });
  // Unused rows stay blank.
  for (const col of [cols.score, cols.redLineFlag, cols.finalScore]) expect(num(logWs, layout.lastDataRow, col)).toBeNull();
  expect(statuses.has("scored") && statuses.has("redLine")).toBe(true);

  // Summary by agent and by reviewer.
  const agents = SAMPLE_TEAM.filter((a) => a.skill === channel).map((a) => a.name);
  const sl = qaSummaryLayout(agents.length, SAMPLE_REVIEWERS.length);
  const expected = summariseReviews(catalogue, rows, agents, SAMPLE_REVIEWERS);
  expected.agents.forEach((s, i) => {
    const r = sl.agentRows.first + i;
    expect(cellValue(sumWs, a1(r, 0))).toBe(s.agent);
    const at = (col: number, what: string, v: number | null) => expectClose(num(sumWs, r, col), v, `${channel} ${s.agent} ${what}`);
    at(1, "reviews", s.reviews);
    at(2, "average", s.averageFinalScore);
    at(3, "red lines", s.redLines);
    at(4, "repeated criteria", s.repeatedCriteria);
    at(5, "worst repeat", s.worstRepeat);
    at(7, "appeals", s.appeals);
    at(8, "appeal rate", s.appealRate);
    at(9, "upheld", s.upheldAppeals);
    catalogue.criteria.forEach((c, k) => at(sl.firstFailureCol + k, `failures ${c.id}`, s.failuresByCriterion[c.id]!));
    const step = cellValue(sumWs, a1(r, 6));
    const key = (["none", "reminder", "coachingTalk", "specialPlan"] as const)[s.escalation];
    expect({ agent: s.agent, step: step ?? "" }).toEqual({ agent: s.agent, step: s.reviews === 0 ? "" : t.escalation[key] });
  });
  expected.reviewers.forEach((s, i) => {
    const r = sl.reviewerRows.first + i;
    expect(cellValue(sumWs, a1(r, 0))).toBe(s.reviewer);
    expectClose(num(sumWs, r, 1), s.reviews, `${s.reviewer} reviews`);
    expectClose(num(sumWs, r, 2), s.upheldAppeals, `${s.reviewer} upheld`);
    expectClose(num(sumWs, r, 3), s.accuracy, `${s.reviewer} accuracy`);
  });
  // The scenario exercises the ladder and accuracy below 100 %.
  expect(expected.agents.some((s) => s.escalation >= 2)).toBe(true);
  expect(expected.reviewers.some((s) => s.accuracy !== null && s.accuracy < 1)).toBe(true);
}

describe("QA sheets recalculated in LibreOffice match scoreReview / summariseReviews", () => {
  itWithSoffice()("pre-sale, zh-CN", () => checkChannel("pre-sale", "zh-CN"), 120_000);
  itWithSoffice()("after-sale, en-US", () => checkChannel("after-sale", "en-US"), 120_000);
});
