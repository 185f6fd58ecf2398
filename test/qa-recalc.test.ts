/**
 * The QA log's formulas against the TypeScript reference: build the QA sheets, fill log rows
 * (normal, N/A, red line, bonus, appeals with each decision, incomplete), write the .xlsx,
 * recalculate it in LibreOffice and compare every computed score and summary figure with
 * `scoreReview` / `summariseReviews` to 1e-9. Then, as a QA lead revising the standards would:
 * change two weights and a bonus item's points on the standards sheet (sum kept at 100) and
 * compare again against the correspondingly modified catalogue; finally break the sum and check
 * that no score is shown (the weights marker instead) and the summary counts nothing.
 * Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { defaultCatalogue } from "../src/core/qa/default-catalogue";
import { scoreReview } from "../src/core/qa/score-review";
import { finalScore, summariseReviews, type AppealDecision, type QaReviewRecord } from "../src/core/qa/summarise-reviews";
import type { QaCatalogue, QaChannel } from "../src/core/qa/catalogue";
import { validateCatalogue } from "../src/core/qa/validate-catalogue";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import { format, type Locale } from "../src/i18n/locale";
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

/** A revision of the standards: new weights (by criterion id) and bonus points (by bonus id). */
interface Revision {
  weights: Readonly<Record<string, number>>;
  bonusPoints: Readonly<Record<string, number>>;
}

/** Two weights moved against each other (sum stays 100, in decimals that are not exact in binary) and one bonus changed. */
const REVISIONS: Record<QaChannel, Revision> = {
  "pre-sale": { weights: { responseSpeed: 12.3, attitude: 12.7 }, bonusPoints: { customerPraise: 4 } },
  "after-sale": { weights: { returnsProcess: 17.5, resolution: 22.5 }, bonusPoints: { exemplaryCase: 5 } },
};

function revise(catalogue: QaCatalogue, revision: Revision): QaCatalogue {
  return {
    ...catalogue,
    criteria: catalogue.criteria.map((c) => ({ ...c, weight: revision.weights[c.id] ?? c.weight })),
    bonusItems: catalogue.bonusItems.map((b) => ({ ...b, points: revision.bonusPoints[b.id] ?? b.points })),
  };
}

/** Row (0-based) of an item on the standards sheet, found by its name in column B as a reader would. */
function standardsRow(standards: SheetSpec, name: string): number {
  const cell = standards.cells.find((c) => c.col === 1 && c.value === name);
  if (!cell) throw new Error(`${name} is not on ${standards.id}`);
  return cell.row;
}

/** Writes a revision into the standards sheet's input cells (setInput fails if a cell is locked). */
function applyRevision(standards: SheetSpec, catalogue: QaCatalogue, revision: Revision, locale: Locale): void {
  for (const c of catalogue.criteria) {
    const weight = revision.weights[c.id];
    if (weight !== undefined) setInput(standards, standardsRow(standards, c.name[locale]), 2, weight);
  }
  for (const b of catalogue.bonusItems) {
    const points = revision.bonusPoints[b.id];
    if (points !== undefined) setInput(standards, standardsRow(standards, b.name[locale]), 2, points);
  }
}

interface Filled {
  channel: QaChannel;
  locale: Locale;
  sheets: SheetSpec[];
  rows: Row[];
}

/** Builds the sheets and fills the log's input cells with the scenario's reviews. */
function filledSheets(channel: QaChannel, locale: Locale): Filled {
  const catalogue = defaultCatalogue(channel);
  const t = QA_STRINGS[locale];
  const sheets = buildQaSheets({ channel, rows: ROWS }, locale);
  const log = sheets[1]!;
  const cols = qaLogLayout(catalogue, ROWS).columns;
  const first = qaLogLayout(catalogue, ROWS).firstDataRow;
  const rows = records(channel);
  const word = (a: string | number): Scalar => (a === "yes" ? t.answer.yes : a === "no" ? t.answer.no : a === "na" ? t.answer.na : a);

  rows.forEach((rec, i) => {
    const r = first + i;
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
  return { channel, locale, sheets, rows };
}

async function recalculated({ sheets }: Filled): Promise<ExcelJS.Workbook> {
  const wb = await recalculate(await writeXlsx(sheets));
  expect(findErrorCells(wb)).toEqual([]);
  return wb;
}

/** The standards' weight total and its warning cell (right of it), as recalculated. */
function weightTotal(wb: ExcelJS.Workbook, standards: SheetSpec): { total: number | null; warning: Scalar } {
  const cell = standards.cells.find((c) => c.col === 2 && c.formula?.startsWith("SUM("))!;
  const ws = wb.getWorksheet(standards.name)!;
  return { total: num(ws, cell.row, 2), warning: cellValue(ws, a1(cell.row, 3)) ?? "" };
}

/** The recalculated QA sheets of a filled scenario, with the log layout for `catalogue`. */
function openFilled(wb: ExcelJS.Workbook, filled: Filled, catalogue: QaCatalogue) {
  const [standards, log, summary] = filled.sheets as [SheetSpec, SheetSpec, SheetSpec];
  const layout = qaLogLayout(catalogue, ROWS);
  return {
    ...filled,
    t: QA_STRINGS[filled.locale],
    standards,
    layout,
    cols: layout.columns,
    logWs: wb.getWorksheet(log.name)!,
    sumWs: wb.getWorksheet(summary.name)!,
  };
}

/** Every log score, flag and final score and every summary figure against the reference on `catalogue`. */
function checkFigures(wb: ExcelJS.Workbook, filled: Filled, catalogue: QaCatalogue, what: string): void {
  const { channel, t, standards, rows, layout, cols, logWs, sumWs } = openFilled(wb, filled, catalogue);
  expect(weightTotal(wb, standards).warning).toBe("");
  expect(cellValue(sumWs, "A3") ?? "").toBe("");
  expectClose(num(logWs, layout.headerRow - 1, cols.score), 100, `${what} live weight total`);
  catalogue.criteria.forEach((c, k) => expectClose(num(logWs, layout.headerRow - 1, cols.criteria[k]!), c.weight, `${what} live weight ${c.id}`));

  // Every log row: score, red-line flag, final score.
  const statuses = new Set<string>();
  rows.forEach((rec, i) => {
    const r = layout.firstDataRow + i;
    const ref = scoreReview(catalogue, rec.answers);
    statuses.add(ref.status);
    expectClose(num(logWs, r, cols.score), ref.score, `${what} row ${r + 1} score`);
    expectClose(num(logWs, r, cols.redLineFlag), rec.answers.redLineId ? 1 : 0, `${what} row ${r + 1} flag`);
    expectClose(num(logWs, r, cols.finalScore), finalScore(ref, rec.appeal), `${what} row ${r + 1} final`);
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
    const at = (col: number, name: string, v: number | null) => expectClose(num(sumWs, r, col), v, `${what} ${s.agent} ${name}`);
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
    expectClose(num(sumWs, r, 1), s.reviews, `${what} ${s.reviewer} reviews`);
    expectClose(num(sumWs, r, 2), s.upheldAppeals, `${what} ${s.reviewer} upheld`);
    expectClose(num(sumWs, r, 3), s.accuracy, `${what} ${s.reviewer} accuracy`);
  });
  // The scenario exercises the ladder and accuracy below 100 %.
  expect(expected.agents.some((s) => s.escalation >= 2)).toBe(true);
  expect(expected.reviewers.some((s) => s.accuracy !== null && s.accuracy < 1)).toBe(true);
}

/** Weights off 100: every used row shows the marker (red lines included), the summary counts nothing and says why. */
function checkWeightsOff(wb: ExcelJS.Workbook, filled: Filled, catalogue: QaCatalogue, sum: number): void {
  const { channel, t, standards, rows, layout, cols, logWs, sumWs } = openFilled(wb, filled, catalogue);
  const total = weightTotal(wb, standards);
  expectClose(total.total, sum, `${channel} weight total`);
  expect(total.warning).toBe(format(t.standards.weightsWarning, { marker: t.log.weightsMarker }));
  expectClose(num(logWs, layout.headerRow - 1, cols.score), sum, `${channel} live weight total`);
  rows.forEach((rec, i) => {
    const r = layout.firstDataRow + i;
    expect({ row: r + 1, score: cellValue(logWs, a1(r, cols.score)), final: cellValue(logWs, a1(r, cols.finalScore)) }).toEqual({
      row: r + 1,
      score: t.log.weightsMarker,
      final: t.log.weightsMarker,
    });
    expectClose(num(logWs, r, cols.redLineFlag), rec.answers.redLineId ? 1 : 0, `${channel} row ${r + 1} flag`);
  });
  for (const col of [cols.score, cols.finalScore]) expect(num(logWs, layout.lastDataRow, col)).toBeNull();

  expect(cellValue(sumWs, "A3")).toBe(t.summary.weightsWarning);
  const agents = SAMPLE_TEAM.filter((a) => a.skill === channel).map((a) => a.name);
  const sl = qaSummaryLayout(agents.length, SAMPLE_REVIEWERS.length);
  agents.forEach((agent, i) => {
    const r = sl.agentRows.first + i;
    expect({ agent, reviews: num(sumWs, r, 1), average: num(sumWs, r, 2), redLines: num(sumWs, r, 3), appeals: num(sumWs, r, 7) }).toEqual({
      agent,
      reviews: 0,
      average: null,
      redLines: 0,
      appeals: 0,
    });
  });
  SAMPLE_REVIEWERS.forEach((reviewer, i) => {
    const r = sl.reviewerRows.first + i;
    expect({ reviewer, reviews: num(sumWs, r, 1), accuracy: num(sumWs, r, 3) }).toEqual({ reviewer, reviews: 0, accuracy: null });
  });
}

async function checkChannel(channel: QaChannel, locale: Locale): Promise<void> {
  const catalogue = defaultCatalogue(channel);
  const filled = filledSheets(channel, locale);
  const standards = filled.sheets[0]!;

  // 1. As generated.
  checkFigures(await recalculated(filled), filled, catalogue, `${channel} generated`);

  // 2. Standards revised on the sheet: two weights and a bonus item's points (sum still 100).
  const revision = REVISIONS[channel];
  const revised = revise(catalogue, revision);
  expect(() => validateCatalogue(revised)).not.toThrow();
  // The revision must move some score, or this step proves nothing.
  expect(filled.rows.some((rec) => Math.abs((scoreReview(revised, rec.answers).score ?? 0) - (scoreReview(catalogue, rec.answers).score ?? 0)) > 0.1)).toBe(true);
  applyRevision(standards, catalogue, revision, locale);
  checkFigures(await recalculated(filled), filled, revised, `${channel} revised`);

  // 3. Weights off 100 (one weight raised by 5): no score anywhere, a visible warning.
  const raised = revised.criteria[0]!;
  applyRevision(standards, revised, { weights: { [raised.id]: raised.weight + 5 }, bonusPoints: {} }, locale);
  checkWeightsOff(await recalculated(filled), filled, revised, 105);
}

describe("QA sheets recalculated in LibreOffice match scoreReview / summariseReviews", () => {
  itWithSoffice()("pre-sale, zh-CN", () => checkChannel("pre-sale", "zh-CN"), 120_000);
  itWithSoffice()("after-sale, en-US", () => checkChannel("after-sale", "en-US"), 120_000);
});
