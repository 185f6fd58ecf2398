/**
 * A user's peak plan for the review tests: the plan's QA sheets as the plan writes them (its ids,
 * its log layout) with a few reviews typed into each log, and the QA results those rows give.
 */
import type { QaLogEntry } from "../../core/qa/qa-log";
import { qaResultsFromLog } from "../../core/review/qa-results";
import type { ReviewQaInput } from "../../core/review";
import type { Locale } from "../../i18n/locale";
import { planQaLogs, planSheetId, type PeakWorkbookInput } from "../../sheets/peak/build-plan";
import { samplePeakPlanInput } from "../../sheets/peak/sample";
import { buildQaSheets } from "../../sheets/qa/build-qa-sheets";
import { qaOptionsForCalendar } from "../../sheets/qa/generator";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { scoreReview } from "../../core/qa/score-review";
import { rekeySheets, type SheetSpec } from "../../sheets/spec";

/** A user's plan (not the sample shop): the sample's calendar and forecast, the sample team. */
export function userPlanInput(): PeakWorkbookInput {
  return { name: "Our peak", plan: samplePeakPlanInput(), team: SAMPLE_TEAM, newHires: 0, rosters: [], sample: false };
}

export interface TypedQaLogs {
  /** Every QA sheet of the plan (standards, log, summary, calibration, tracking per channel), plan ids. */
  sheets: SheetSpec[];
  /** The reviews typed into each log, in channel order. */
  entries: QaLogEntry[][];
  /** The QA results of the plan's QA period for `passMark`, by the engine. */
  results: (passMark: number) => ReviewQaInput;
}

/**
 * The plan's QA sheets with `perLog` (≥ 3) reviews typed into each log, taken from the sample
 * reviews: the first dated the day before the QA period (a count that ignores the dates is one too
 * high), the second with an upheld appeal to a revised score of 88, the last a red line.
 */
export function typedQaLogs(input: PeakWorkbookInput, locale: Locale, perLog: number): TypedQaLogs {
  const { period } = planQaLogs(input, locale);
  const options = qaOptionsForCalendar(input.plan.calendar, input.team, locale).map(({ calibration: _calibration, ...o }) => {
    const all = o.entries ?? [];
    const redLine = all.find((e) => scoreReview(defaultCatalogue(o.channel), e.answers).status === "redLine")!;
    const typed = [...all.slice(0, perLog - 1), redLine].map((e, k) =>
      k === 0 ? { ...e, date: period.first - 1 } : k === 1 ? { ...e, appeal: { decision: "upheld" as const, revisedScore: 88 } } : e,
    );
    return { ...o, entries: typed };
  });
  const entries = options.map((o) => o.entries);
  return {
    sheets: rekeySheets(
      options.flatMap((o) => buildQaSheets(o, locale)),
      planSheetId,
    ),
    entries,
    results: (passMark) => qaResultsFromLog(options.map((o, c) => ({ catalogue: defaultCatalogue(o.channel), entries: entries[c]! })), period, passMark),
  };
}
