import { isInputError } from "../../core/errors";
import { sampleReviewInput, type ReviewInput } from "../../core/review";
import { LOCALES } from "../../i18n/locale";
import { REVIEW_SAMPLE_TEXT, REVIEW_TEXT } from "../../i18n/review";
import { PEAK_IDS, requiredRef, volumeRef } from "../peak/layout";
import { a1, unsupportedFormulaUses, type SheetSpec } from "../spec";
import { HOUR_COL, reviewLayout, reviewSizes, SLOT_COL } from "./review-layout";
import { REVIEW_GENERATOR } from "./generator";
import { buildReviewSheet, qaLogRefs } from "./review-sheet";
import { samplePlanNumbers } from "./sample";

const at = (sheet: SheetSpec, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** A user's own review in English: one event day of 24 hourly slots. */
function englishInput(): ReviewInput {
  const v = (x: number) => Array<number>(24).fill(x);
  return {
    linked: false,
    sample: false,
    days: [{ date: 46337, forecast: v(100), required: v(3), actual: v(110), onDuty: v(3) }],
    settings: { ahtSeconds: 60, answerSeconds: 30, targetServiceLevel: 0.8, qaPassMark: 80 },
    incentives: { lines: [{ label: "Commission", costCents: 100_000 }], salesCents: 5_000_000 },
    qa: { first: 46300, last: 46330, reviews: 10, passed: 8, meanScore: 85, redLines: 0, topErrors: [] },
    process: { well: ["Night shift covered"], improve: ["Forecast too low"] },
    improvements: [{ problem: "Forecast too low", action: "Recalibrate", owner: "Ann", deadline: 46360, status: "inProgress" }],
    followUps: [],
  };
}

describe("review sheet", () => {
  const plan = samplePlanNumbers();
  const linked = sampleReviewInput(plan, true);
  const standalone = sampleReviewInput(plan, false);
  const L = reviewLayout(reviewSizes(linked));

  it("is the plan's peakReview sheet, named 复盘 / Peak review", () => {
    expect(buildReviewSheet(linked, "zh-CN")).toMatchObject({ id: PEAK_IDS.review, name: "复盘" });
    expect(buildReviewSheet(linked, "en-US").name).toBe("Peak review");
  });

  it("uses only native functions every spreadsheet calculates, in every mode and language", () => {
    for (const locale of LOCALES) {
      for (const input of [linked, standalone, englishInput()]) expect(unsupportedFormulaUses(buildReviewSheet(input, locale))).toEqual([]);
    }
  });

  it("linked: forecast and required are references to the plan's headcount cells; standalone: typed values", () => {
    const sheet = buildReviewSheet(linked, "en-US");
    const d = L.days[1]!;
    expect(at(sheet, d.firstSlot + 7, SLOT_COL.forecast)?.formula).toBe(volumeRef(1, 7));
    expect(at(sheet, d.firstSlot + 7, SLOT_COL.required)?.formula).toBe(requiredRef(1, 7));
    const values = buildReviewSheet(standalone, "en-US");
    expect(at(values, d.firstSlot + 7, SLOT_COL.forecast)?.value).toBe(plan.forecast[1]![7]);
    expect(at(values, d.firstSlot + 7, SLOT_COL.required)?.value).toBe(plan.required[1]![7]);
    expect(values.cells.some((c) => c.formula?.includes("[[peakHeadcount]]"))).toBe(false);
    // Actual volume and on duty are yellow inputs the user pastes over.
    expect(at(sheet, d.firstSlot, SLOT_COL.actual)?.style?.locked).toBe(false);
    expect(at(sheet, d.firstSlot, SLOT_COL.onDuty)?.style?.locked).toBe(false);
  });

  it("computes each hour from its six slots and the service level by native Erlang C", () => {
    const sheet = buildReviewSheet(linked, "en-US");
    const d = L.days[0]!;
    const slots = (col: number) => `${a1(d.firstSlot + 6, col)}:${a1(d.firstSlot + 11, col)}`;
    expect(at(sheet, d.firstHour + 1, HOUR_COL.forecast)?.formula).toBe(`SUM(${slots(SLOT_COL.forecast)})`);
    expect(at(sheet, d.firstHour + 1, HOUR_COL.short)?.formula).toBe(`COUNTIF(${slots(SLOT_COL.short)},">0")`);
    const s = d.firstSlot;
    const [n, a] = [a1(s, SLOT_COL.onDuty), a1(s, SLOT_COL.traffic)];
    const b = `POISSON.DIST(${n},${a},FALSE)/POISSON.DIST(${n},${a},TRUE)`;
    expect(at(sheet, s, SLOT_COL.wait)?.formula).toBe(`IF(${a}=0,0,IF(${n}<=${a},1,${n}*${b}/(${n}-${a}*(1-${b}))))`);
    expect(at(sheet, s, SLOT_COL.sl)?.formula).toBe(`IF(${a}=0,1,IF(${n}<=${a},0,1-${a1(s, SLOT_COL.wait)}*EXP(-(${n}-${a})*$D$8/$D$7)))`);
    // Hours with the chat system's answers use them; the others the estimate.
    expect(at(sheet, d.firstHour, HOUR_COL.sl)?.formula).toMatch(/^IF\(H\d+>0,I\d+\/H\d+,IF\(C\d+=0,"",SUMPRODUCT\(/);
  });

  it("draws forecast vs actual per hour and required vs on duty per slot for each event day", () => {
    const sheet = buildReviewSheet(linked, "zh-CN");
    expect(sheet.charts).toHaveLength(2 * linked.days.length);
    const [volume, staff] = sheet.charts!;
    expect(volume!.source).toEqual({ top: L.days[0]!.header, left: HOUR_COL.hour, bottom: L.days[0]!.firstHour + 23, right: HOUR_COL.actual });
    expect(staff!.source).toEqual({ top: L.days[0]!.slotHeader, left: SLOT_COL.time, bottom: L.days[0]!.firstSlot + 143, right: SLOT_COL.onDuty });
    expect(volume!.title).toBe("活动日 1：每小时预测与实际咨询量");
  });

  it("prints the report on A4 and leaves the per-slot tables out of the print area", () => {
    const sheet = buildReviewSheet(linked, "en-US");
    expect(sheet.print).toMatchObject({ paper: "A4", fitToWidth: true, area: { top: 0, bottom: L.reportEnd } });
    expect(L.reportEnd).toBeLessThan(L.days[0]!.slotTitle);
  });

  it("offers the status dropdown in the sheet's language, and the sample's statuses in it", () => {
    for (const locale of LOCALES) {
      const t = REVIEW_TEXT[locale];
      const sheet = buildReviewSheet(linked, locale);
      const statuses = [t.statusNotStarted, t.statusInProgress, t.statusDone];
      expect(sheet.validations!.some((v) => v.rule.type === "list" && "values" in v.rule && v.rule.values.join() === statuses.join())).toBe(true);
      expect(at(sheet, L.firstPlan, 10)?.value).toBe(t.statusInProgress);
      expect(at(sheet, L.firstPlan + 1, 10)?.value).toBe(t.statusDone);
    }
  });

  it("has every string in both languages: an English user's sheet has no Chinese, the Chinese sheet no English labels", () => {
    for (const table of [REVIEW_TEXT, REVIEW_SAMPLE_TEXT]) {
      const en = JSON.stringify(table["en-US"]);
      const zh = Object.values(JSON.parse(JSON.stringify(table["zh-CN"])) as Record<string, unknown>).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v as object)));
      expect(CJK.test(en)).toBe(false);
      // Every Chinese string is translated (at most a term such as WAPE or Erlang C stays).
      for (const s of zh) expect(CJK.test(String(s))).toBe(true);
    }
    const sheet = buildReviewSheet(englishInput(), "en-US");
    const texts = [
      ...sheet.cells.flatMap((c) => [c.value, c.formula, c.note]),
      ...(sheet.charts ?? []).map((c) => c.title),
      ...(sheet.validations ?? []).flatMap((v) => [v.error, v.prompt, v.rule.type === "list" && "values" in v.rule ? v.rule.values.join() : ""]),
      ...(sheet.conditionalFormats ?? []).flatMap((c) => (c.rule.type === "expression" ? [c.rule.formula] : c.rule.formulas)),
      sheet.print?.footer,
    ].filter((x): x is string => typeof x === "string");
    expect(texts.filter((x) => CJK.test(x))).toEqual([]);
    const zhSheet = buildReviewSheet(linked, "zh-CN");
    const enLabels = new Set(Object.values(REVIEW_TEXT["en-US"]));
    expect(zhSheet.cells.filter((c) => typeof c.value === "string" && enLabels.has(c.value)).map((c) => c.value)).toEqual([]);
  });

  it("labels the sample as a sample and gives blank rows to type more", () => {
    const sheet = buildReviewSheet(linked, "zh-CN");
    expect(String(at(sheet, 3, 0)?.value)).toContain("示例数据");
    expect(String(at(buildReviewSheet(englishInput(), "en-US"), 3, 0)?.value)).not.toContain("Sample");
    const spare = L.firstPlan + linked.improvements.length;
    expect(at(sheet, spare, 0)?.style?.locked).toBe(false);
    expect(at(sheet, spare, 0)?.value).toBeNull();
  });

  it("refuses an input the engine rejects, in plain words", () => {
    const bad = englishInput();
    bad.settings.targetServiceLevel = 80;
    let error: unknown;
    try {
      buildReviewSheet(bad, "en-US");
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
  });

  it("as a generator of its own writes the standalone sample: one sheet, its id under the prefix, no plan references", async () => {
    const [input] = await REVIEW_GENERATOR.sampleInputs("zh-CN");
    const sheets = REVIEW_GENERATOR.build(input!, "zh-CN");
    expect(sheets.map((s) => s.id)).toEqual([PEAK_IDS.review]);
    expect(sheets[0]!.id.startsWith(REVIEW_GENERATOR.sheetIdPrefix)).toBe(true);
    expect(sheets[0]!.cells.some((c) => c.formula?.includes("[[peakHeadcount]]"))).toBe(false);
  });

  it("reads incentive costs and sales from the payout summary when the workbook holds the payout sheets", () => {
    const sheet = buildReviewSheet(linked, "en-US", { payoutSummary: "payoutSummary" });
    expect(at(sheet, L.firstLine, 3)?.formula).toBe("[[payoutSummary]]!$B$15");
    expect(at(sheet, L.firstLine + 6, 3)?.formula).toBe("[[payoutSummary]]!$B$21");
    expect(at(sheet, L.sales, 3)?.formula).toBe("[[payoutSummary]]!$B$5");
    // Standalone they are typed amounts in yuan.
    expect(at(buildReviewSheet(linked, "en-US"), L.firstLine, 3)?.value).toBe(linked.incentives.lines[0]!.costCents / 100);
  });

  it("counts the QA figures from the QA logs when the workbook holds them (typed otherwise)", () => {
    const logs = qaLogRefs([{ channel: "pre-sale" }, { channel: "after-sale", rows: 800 }]);
    expect(logs.map((l) => [l.id, l.layout.lastDataRow - l.layout.firstDataRow + 1])).toEqual([
      ["qaLogPreSale", 500],
      ["qaLogAfterSale", 800],
    ]);
    const sheet = buildReviewSheet(linked, "en-US", { qaLogs: logs });
    expect(unsupportedFormulaUses(sheet)).toEqual([]);
    const reviews = at(sheet, L.qaRows.reviews, L.qaCol + 4)?.formula ?? "";
    expect(reviews.match(/COUNTIFS\(/g)).toHaveLength(2);
    expect(reviews).toContain("[[qaLogPreSale]]!$A$5:$A$504");
    expect(reviews).toContain("[[qaLogAfterSale]]!$A$5:$A$804");
    expect(at(buildReviewSheet(linked, "en-US"), L.qaRows.reviews, L.qaCol + 4)?.value).toBe(linked.qa.reviews);
  });
});
