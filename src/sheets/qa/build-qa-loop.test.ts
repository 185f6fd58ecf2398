import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { SAMPLE_QA_PERIOD, sampleQaLog } from "../../core/sample/qa-reviews";
import { QA_STRINGS } from "../../i18n/qa";
import type { SheetSpec, ValidationSpec } from "../spec";
import { qaCalibrationLayout } from "./build-qa-calibration";
import { buildQaSheets, DEFAULT_CALIBRATION_CONVERSATIONS, SAMPLE_REVIEWERS } from "./build-qa-sheets";
import { MAX_TRACKING_DAYS, qaTrackingLayout } from "./build-qa-tracking";
import { parseLogRow, logRowCells } from "./qa-log-rows";
import { qaLogLayout } from "./qa-layout";
import { qaSampleInputs } from "./generator";

const FORBIDDEN = /\b(XLOOKUP|XMATCH|LET|LAMBDA|FILTER|SEQUENCE|UNIQUE|SORT|SORTBY|TEXTSPLIT)\(|\bCS\.|\[@|\[#/i;
const covers = (v: ValidationSpec, row: number, col: number): boolean => v.range.top <= row && row <= v.range.bottom && v.range.left <= col && col <= v.range.right;

describe.each(["pre-sale", "after-sale"] as const)("calibration and problem tracking sheets, %s", (channel) => {
  const catalogue = defaultCatalogue(channel);
  const sheets = buildQaSheets({ channel }, "zh-CN");
  const [standards, log, , calibration, tracking] = sheets as [SheetSpec, SheetSpec, SheetSpec, SheetSpec, SheetSpec];

  it("adds the two sheets after the summary, named in the locale", () => {
    const prefix = channel === "pre-sale" ? "售前" : "售后";
    expect([calibration.name, tracking.name]).toEqual([`${prefix}质检对标`, `${prefix}问题跟进`]);
    expect(buildQaSheets({ channel }, "en-US").slice(3).map((s) => s.name)).toEqual([`${channel === "pre-sale" ? "Pre-sale" : "After-sale"} QA calibration`, `${channel === "pre-sale" ? "Pre-sale" : "After-sale"} QA problems`]);
  });

  it("validates the calibration marks with the log's dropdowns and the red lines from the standards", () => {
    const cl = qaCalibrationLayout(catalogue.criteria.length, SAMPLE_REVIEWERS.length, DEFAULT_CALIBRATION_CONVERSATIONS);
    const ll = qaLogLayout(catalogue, 10);
    catalogue.criteria.forEach((_c, i) => {
      const mine = calibration.validations!.find((v) => covers(v, cl.lastScoreRow, cl.columns.criteria[i]!))!.rule;
      const theirs = log.validations!.find((v) => covers(v, ll.firstDataRow, ll.columns.criteria[i]!))!.rule;
      expect(mine).toEqual(theirs);
    });
    const red = calibration.validations!.find((v) => covers(v, cl.firstScoreRow, cl.columns.redLine))!.rule;
    expect(red).toEqual({ type: "list", source: expect.stringContaining(`[[${standards.id}]]!$B$`) });
    for (const row of [cl.settings.tolerance, cl.settings.minAgreement, cl.settings.maxScoreGap]) {
      expect(calibration.validations!.some((v) => covers(v, row, 2))).toBe(true);
      expect(calibration.cells.find((c) => c.row === row && c.col === 2)!.style?.locked).toBe(false);
    }
    // Every reviewer row's marks are inputs; the reviewer rows' helper cells are formulas.
    const inputs = calibration.cells.filter((c) => c.style?.locked === false && c.row >= cl.firstScoreRow);
    expect(inputs.length).toBe(DEFAULT_CALIBRATION_CONVERSATIONS * ((SAMPLE_REVIEWERS.length + 1) * (catalogue.criteria.length + 1) + 1));
  });

  it("charts the day × criterion failure rates and hides only the case-review helper columns", () => {
    const tl = qaTrackingLayout(catalogue.criteria.length);
    expect(tracking.charts).toEqual([expect.objectContaining({ type: "line", seriesBy: "columns", source: { top: tl.dayHeaderRow, left: 0, bottom: tl.dayHeaderRow + MAX_TRACKING_DAYS, right: catalogue.criteria.length } })]);
    expect(tracking.columns!.filter((c) => c.hidden).map((c) => c.index)).toEqual([30, 31, 32, 33]);
    expect(tracking.protect).toBe(true);
  });

  it("uses only native functions", () => {
    for (const sheet of [calibration, tracking]) for (const c of sheet.cells) if (c.formula) expect(c.formula).not.toMatch(FORBIDDEN);
  });
});

describe("the sample QA sheets", () => {
  it("fill the log with the sample month and open the tracking on it", () => {
    const sheets = qaSampleInputs("en-US").flatMap((o) => buildQaSheets(o, "en-US"));
    const log = sheets[1]!;
    const layout = qaLogLayout(defaultCatalogue("pre-sale"), 500);
    const agents = log.cells.filter((c) => c.col === layout.columns.agent && c.row >= layout.firstDataRow && typeof c.value === "string");
    expect(agents).toHaveLength(sampleQaLog("pre-sale", "en-US").length);
    const tl = qaTrackingLayout(defaultCatalogue("pre-sale").criteria.length);
    expect(sheets[4]!.cells.find((c) => c.row === tl.settings.first && c.col === 2)!.value).toBe(SAMPLE_QA_PERIOD.first);
    expect(sheets[3]!.cells.some((c) => c.value === QA_STRINGS["en-US"].calibration.reference)).toBe(true);
  });
});

describe("QA log rows both ways", () => {
  it.each(["zh-CN", "en-US"] as const)("%s: every sample entry reads back as itself", (locale) => {
    for (const channel of ["pre-sale", "after-sale"] as const) {
      const catalogue = defaultCatalogue(channel);
      const { columns } = qaLogLayout(catalogue, 1);
      for (const entry of sampleQaLog(channel, locale)) {
        const cells = logRowCells(catalogue, columns, entry, locale);
        const values: unknown[] = [];
        for (const [col, v] of cells) values[col] = v;
        const back = parseLogRow(catalogue, columns, values, locale)!;
        expect(back).toEqual({ ...entry, answers: { ...entry.answers, redLineId: entry.answers.redLineId ?? null, bonusIds: entry.answers.bonusIds ?? [] } });
      }
    }
  });
  it("skips unused rows and rows with an answer outside the dropdown", () => {
    const catalogue = defaultCatalogue("pre-sale");
    const { columns } = qaLogLayout(catalogue, 1);
    expect(parseLogRow(catalogue, columns, [], "zh-CN")).toBeNull();
    const row: unknown[] = [];
    row[columns.date] = 46300;
    row[columns.agent] = "赵敏";
    row[columns.criteria[1]!] = 9; // responseSpeed is 0–3
    expect(parseLogRow(catalogue, columns, row, "zh-CN")).toBeNull();
  });
});
