/**
 * The QA template generator: standards, log and summary sheets for one channel, in one locale.
 *
 * @example
 * const [standards, log, summary] = buildQaSheets({ channel: "after-sale" }, "zh-CN");
 */
import type { SheetSpec } from "../spec";
import type { QaCatalogue, QaChannel } from "../../core/qa/catalogue";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { qaError, validateCatalogue } from "../../core/qa/validate-catalogue";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { SAMPLE_REVIEWERS } from "../../core/sample/qa-reviews";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import type { QaLogEntry, QaPeriod } from "../../core/qa/qa-log";
import { buildQaCalibration, qaCalibrationLayout, type QaCalibrationFill } from "./build-qa-calibration";
import { buildQaLog } from "./build-qa-log";
import { buildQaTracking } from "./build-qa-tracking";
import { buildQaStandards } from "./build-qa-standards";
import { buildQaSummary } from "./build-qa-summary";
import { qaWeightRefs } from "./qa-formulas";
import { qaLogLayout, qaSheetIds, qaSummaryLayout } from "./qa-layout";

export interface QaSheetsOptions {
  channel: QaChannel;
  /** Defaults to the built-in catalogue of the channel. */
  catalogue?: QaCatalogue;
  /** Agent names for the summary and the log's dropdown; defaults to the sample team's agents of the channel. */
  agents?: readonly string[];
  /** Reviewer (质检员) names; defaults to three sample reviewers. */
  reviewers?: readonly string[];
  /** Pre-formatted log rows. @default 500 */
  rows?: number;
  /** Reviews to fill the log with (the sample month); a user's log starts empty. */
  entries?: readonly QaLogEntry[];
  /** Conversations the calibration sheet holds. @default 10 */
  calibrationConversations?: number;
  /** Scores to fill the calibration sheet with (the sample round). */
  calibration?: QaCalibrationFill;
  /** The period the problem tracking opens with; blank by default. */
  period?: QaPeriod;
}

export const DEFAULT_QA_LOG_ROWS = 500;
/** The most log rows a QA sheet set takes (its summary and tracking formulas grow with them). */
export const MAX_QA_LOG_ROWS = 5000;
export const DEFAULT_CALIBRATION_CONVERSATIONS = 10;
export { SAMPLE_REVIEWERS };

function checkNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.trim();
    // Commas would split a dropdown list; duplicates would merge two people's figures.
    if (key === "" || key.includes(",") || seen.has(key)) throw qaError("badAgentName", { name: n });
    seen.add(key);
  }
}

/**
 * Builds `[standards, log, summary, calibration, problem tracking]`.
 *
 * @throws InputError for an invalid catalogue, a row count outside 1–5000, no agents, or empty /
 *   duplicate names.
 */
export function buildQaSheets(options: QaSheetsOptions, locale: Locale): SheetSpec[] {
  const catalogue = options.catalogue ?? defaultCatalogue(options.channel);
  validateCatalogue(catalogue);
  const rows = options.rows ?? DEFAULT_QA_LOG_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_QA_LOG_ROWS) throw qaError("badRows");
  const entries = options.entries ?? [];
  if (entries.length > rows) throw qaError("badRows");
  const conversations = options.calibrationConversations ?? DEFAULT_CALIBRATION_CONVERSATIONS;
  if (!Number.isInteger(conversations) || conversations < 1 || conversations > 50) throw qaError("badRows");
  const agents = options.agents ?? SAMPLE_TEAM.filter((a) => a.skill === options.channel).map((a) => a.name);
  const reviewers = options.reviewers ?? SAMPLE_REVIEWERS;
  if (agents.length === 0) throw qaError("noAgents");
  checkNames(agents);
  checkNames(reviewers);

  const t = QA_STRINGS[locale];
  const channel = t.channel[options.channel];
  const ids = qaSheetIds(options.channel);
  const log = qaLogLayout(catalogue, rows);
  const summary = qaSummaryLayout(agents.length, reviewers.length);
  const names = {
    standards: format(t.sheetNames.standards, { channel }),
    log: format(t.sheetNames.log, { channel }),
    summary: format(t.sheetNames.summary, { channel }),
    calibration: format(t.sheetNames.calibration, { channel }),
    tracking: format(t.sheetNames.tracking, { channel }),
  };
  const standards = buildQaStandards(catalogue, ids.standards, names.standards, locale);
  const tableName = options.channel === "pre-sale" ? "QaLogPreSale" : "QaLogAfterSale";
  const weights = qaWeightRefs(ids.standards, standards.cells);
  const sources = { ids, agentRows: summary.agentRows, reviewerRows: summary.reviewerRows, redLineRows: standards.redLineRows, weights };
  const calibration = qaCalibrationLayout(catalogue.criteria.length, reviewers.length, conversations);
  const calibrationSources = { id: ids.calibration, standardsId: ids.standards, redLineRows: standards.redLineRows, weights };
  return [
    standards.spec,
    buildQaLog(catalogue, log, sources, names.log, locale, tableName, entries),
    buildQaSummary(catalogue, log, summary, ids, agents, reviewers, names.summary, locale, weights.total),
    buildQaCalibration(catalogue, calibration, calibrationSources, reviewers, names.calibration, locale, options.calibration),
    buildQaTracking(catalogue, log, { id: ids.tracking, log: ids.log }, names.tracking, locale, options.period),
  ];
}
