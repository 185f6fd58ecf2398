/**
 * A user's review linked to the peak plan in the workbook. The plan's sheets were written in
 * another write, so the review's `[[id]]` tokens cannot be resolved by the writer: they are
 * pointed at the names the plan's sheets really got (from the plan record), e.g.
 * `'Headcount (2)'!$B$11`. The QA results are counted from the plan's QA logs only when every one
 * of them is still there unchanged; otherwise the QA block stays blank, to fill in.
 */
import { isoDate } from "../../core/serial-date";
import type { ReviewInput } from "../../core/review";
import type { Locale } from "../../i18n/locale";
import { format } from "../../i18n/locale";
import type { TaskpaneText } from "../../i18n/taskpane";
import { planQaLogs, planSheetId, type PlanQaLogs } from "../../sheets/peak/build-plan";
import { PEAK_IDS } from "../../sheets/peak/layout";
import { buildReviewSheet, type QaLogRef } from "../../sheets/review/review-sheet";
import { pointSheetRefs, type SheetSpec } from "../../sheets/spec";
import { recordInput, type PlanRecord } from "./plan-record";

export const SUMMARY_ID = planSheetId("payoutSummary");

/** Where the review's QA results come from: the plan's logs (each with the name it got), or nowhere (blank). */
export type QaLink =
  | { status: "linked"; logs: { ref: QaLogRef; name: string }[]; period: PlanQaLogs["period"] }
  /** A log of the plan is missing or retitled: `sheet` is its recorded name. */
  | { status: "gone"; sheet: string }
  | { status: "none" };

/** The plan's QA logs by the record (not yet checked in the workbook); undefined unless it recorded the name of each. */
export function recordedQaLogs(record: PlanRecord): PlanQaLogs | undefined {
  let qa: PlanQaLogs;
  try {
    qa = planQaLogs(recordInput(record, []), record.locale);
  } catch {
    return undefined; // a team or calendar the plan's QA sheets could not have been built from
  }
  return qa.logs.every((l) => record.names[l.id] !== undefined) ? qa : undefined;
}

/** The plan's sheets the review reads, by the names they got. */
export interface ReviewPlanSheets {
  headcount: string;
  /** The payout summary, when the incentives are read from it. */
  summary?: string;
  qa: QaLink;
}

/** The user's review sheet, its formulas pointing at the plan's sheets under their real names. */
export function linkedReviewSheets(input: ReviewInput, locale: Locale, plan: ReviewPlanSheets): SheetSpec[] {
  const logs = plan.qa.status === "linked" ? plan.qa.logs : [];
  const sheet = buildReviewSheet(input, locale, {
    ...(plan.summary !== undefined ? { payoutSummary: SUMMARY_ID } : {}),
    ...(logs.length > 0 ? { qaLogs: logs.map((l) => l.ref) } : {}),
  });
  const names = new Map<string, string>([[PEAK_IDS.headcount, plan.headcount], ...logs.map((l) => [l.ref.id, l.name] as const)]);
  if (plan.summary !== undefined) names.set(SUMMARY_ID, plan.summary);
  return pointSheetRefs([sheet], names);
}

/** What the pane says about the QA results: counted by formula from which logs, or left blank and why. */
export function qaLine(qa: QaLink, text: TaskpaneText): string {
  const t = text.review;
  if (qa.status === "gone") return format(t.qaLogGone, { sheet: qa.sheet });
  if (qa.status === "none") return t.qaBlank;
  return format(t.qaFromLogs, { first: isoDate(qa.period.first), last: isoDate(qa.period.last), sheets: qa.logs.map((l) => l.name).join(t.qaJoin) });
}
