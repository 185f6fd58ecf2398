/**
 * Where things sit in the three QA sheets, computed once from the catalogue and options, so the
 * log, the summary (which reads the log) and the tests agree on every column.
 */
import { toSerialDate } from "../spec";
import type { QaCatalogue, QaChannel } from "../../core/qa/catalogue";

export interface QaSheetIds {
  standards: string;
  log: string;
  summary: string;
  calibration: string;
  tracking: string;
}

/** Sheet ids per channel, so a workbook can hold the pre-sale and after-sale sets side by side. */
export function qaSheetIds(channel: QaChannel): QaSheetIds {
  const suffix = channel === "pre-sale" ? "PreSale" : "AfterSale";
  return {
    standards: `qaStandards${suffix}`,
    log: `qaLog${suffix}`,
    summary: `qaSummary${suffix}`,
    calibration: `qaCalibration${suffix}`,
    tracking: `qaTracking${suffix}`,
  };
}

/**
 * Where the live settings sit on the standards sheet: the weight of each criterion and the points
 * of each bonus item (0-based rows, catalogue order, all in {@link STANDARDS_VALUE_COL}) and the
 * "must be 100" total of the weights. The log's formulas read them.
 */
export interface QaStandardsCells {
  criteria: number[];
  bonuses: number[];
  total: number;
}

/** Column (0-based, C) of the weights, the bonus points and the weight total on the standards sheet. */
export const STANDARDS_VALUE_COL = 2;

/** 0-based column indices of the QA log. */
export interface QaLogColumns {
  date: number;
  agent: number;
  reviewer: number;
  conversation: number;
  /** One per catalogue criterion, in catalogue order. */
  criteria: number[];
  redLine: number;
  /** One per bonus item. */
  bonuses: number[];
  score: number;
  redLineFlag: number;
  comment: number;
  appealed: number;
  appealReason: number;
  decision: number;
  revisedScore: number;
  finalScore: number;
  /** Index of the last column. */
  last: number;
}

export interface QaLogLayout {
  columns: QaLogColumns;
  /** Row of the table header (0-based). */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

export const QA_LOG_HEADER_ROW = 3;

export function qaLogLayout(catalogue: QaCatalogue, rows: number): QaLogLayout {
  let col = 4;
  const criteria = catalogue.criteria.map(() => col++);
  const redLine = col++;
  const bonuses = catalogue.bonusItems.map(() => col++);
  const columns: QaLogColumns = {
    date: 0,
    agent: 1,
    reviewer: 2,
    conversation: 3,
    criteria,
    redLine,
    bonuses,
    score: col++,
    redLineFlag: col++,
    comment: col++,
    appealed: col++,
    appealReason: col++,
    decision: col++,
    revisedScore: col++,
    finalScore: col,
    last: col,
  };
  return { columns, headerRow: QA_LOG_HEADER_ROW, firstDataRow: QA_LOG_HEADER_ROW + 1, lastDataRow: QA_LOG_HEADER_ROW + rows };
}

/** Rows of the summary sheet: agents first, reviewers below. */
export interface QaSummaryLayout {
  agentHeaderRow: number;
  agentRows: { first: number; last: number };
  reviewerHeaderRow: number;
  reviewerRows: { first: number; last: number };
  /** Column of the first per-criterion failure count. */
  firstFailureCol: number;
}

/** Blank rows under each list, so a team can add people without regenerating. */
export const SPARE_NAME_ROWS = 10;

export function qaSummaryLayout(agentCount: number, reviewerCount: number): QaSummaryLayout {
  const agentHeaderRow = 4;
  const agentFirst = agentHeaderRow + 1;
  const agentLast = agentFirst + agentCount + SPARE_NAME_ROWS - 1;
  const reviewerHeaderRow = agentLast + 3;
  const reviewerFirst = reviewerHeaderRow + 1;
  return {
    agentHeaderRow,
    agentRows: { first: agentFirst, last: agentLast },
    reviewerHeaderRow,
    reviewerRows: { first: reviewerFirst, last: reviewerFirst + reviewerCount + SPARE_NAME_ROWS - 1 },
    firstFailureCol: 11,
  };
}

/** Dates accepted in the log and the forms. */
export const DATE_RANGE = { min: toSerialDate(2000, 1, 1), max: toSerialDate(2099, 12, 31) } as const;
