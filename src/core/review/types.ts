/**
 * What a post-peak review (复盘) is made of: per event day the plan's forecast and agents required
 * per slot against the actual volume and agents on duty, optional measured answer times per hour,
 * the incentive cost against sales, the QA results of the period, and the written parts (process
 * analysis, improvement plan, follow-up plan). Dates are Excel serial days, money integer cents.
 */
import type { LocalizedText } from "../../i18n/locale";

/** Text the user typed (one language) or a sample text in both. */
export type ReviewText = string | LocalizedText;

/** A review text in `locale`. */
export function reviewText(text: ReviewText, locale: keyof LocalizedText): string {
  return typeof text === "string" ? text : text[locale];
}

export interface ReviewDayInput {
  /** Serial day of the event day. */
  date: number;
  /** The plan's forecast contacts per slot (in linked mode: the numbers the plan's cells hold). */
  forecast: readonly number[];
  /** The plan's agents required per slot. */
  required: readonly number[];
  /** Contacts that arrived per slot. */
  actual: readonly number[];
  /** Agents on duty per slot (whole people). */
  onDuty: readonly number[];
  /**
   * Per hour (24 values): contacts answered and answered within the answer-time target, from the
   * chat system's report. `null` (or the arrays left out) where there is no such data: the hour's
   * service level is then estimated by Erlang C.
   */
  answered?: readonly (number | null)[];
  answeredWithin?: readonly (number | null)[];
}

export interface ReviewSettings {
  /** Agent seconds per contact (for chat: handle time ÷ chats at once). */
  ahtSeconds: number;
  /** The service-level answer-time target, seconds (e.g. 30). */
  answerSeconds: number;
  /** Service-level target as a fraction (0.8 = 80 % within `answerSeconds`). */
  targetServiceLevel: number;
  /** QA score at or above which a review passes (0–100). */
  qaPassMark: number;
}

export interface IncentiveLine {
  label: ReviewText;
  costCents: number;
}

export interface ReviewIncentives {
  lines: readonly IncentiveLine[];
  /** Sales of the same period, cents. */
  salesCents: number;
}

export interface QaErrorItem {
  label: ReviewText;
  /** Reviews that failed the item. */
  failures: number;
  /** Reviews that scored the item (not N/A). */
  answered: number;
}

/** The QA figures of the period (from the QA log: see `qaResultsFromLog`). */
export interface ReviewQaInput {
  /** First and last day of the period, serial days. */
  first: number;
  last: number;
  /** Reviews with a score (red-line reviews included, at 0). */
  reviews: number;
  /** Reviews whose final score is at least the pass mark. */
  passed: number;
  /** Mean final score; null without reviews. */
  meanScore: number | null;
  redLines: number;
  /** Worst items first. */
  topErrors: readonly QaErrorItem[];
}

export type ImprovementStatus = "notStarted" | "inProgress" | "done";

export interface ImprovementItem {
  problem: ReviewText;
  action: ReviewText;
  owner: ReviewText;
  /** Serial day, or null when not set. */
  deadline: number | null;
  status: ImprovementStatus;
}

export interface FollowUpItem {
  item: ReviewText;
  painPoint: ReviewText;
  /** Teams (ports, 端口) whose help it needs. */
  teams: ReviewText;
  owner: ReviewText;
  due: number | null;
}

export interface ReviewInput {
  /**
   * Linked: the sheet's forecast and required cells are formulas on the plan's headcount sheet
   * (`volumeRef` / `requiredRef`), so it is written with that sheet. Otherwise they are values.
   */
  linked: boolean;
  /** Labels the sheet as sample data. */
  sample: boolean;
  days: readonly ReviewDayInput[];
  settings: ReviewSettings;
  incentives: ReviewIncentives;
  qa: ReviewQaInput;
  process: { well: readonly ReviewText[]; improve: readonly ReviewText[] };
  improvements: readonly ImprovementItem[];
  followUps: readonly FollowUpItem[];
}
