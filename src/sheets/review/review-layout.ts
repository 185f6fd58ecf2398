/**
 * Where everything sits on the review sheet, from the input's sizes: the printed report (settings,
 * key figures, per-hour tables with their charts, incentives and QA, the written parts) on top, the
 * per-slot tables the user pastes into below it. Rows and columns are 0-based.
 */
import { HOURS_PER_DAY } from "../../core/review";

/** Settings (value column D). */
export const SETTINGS = { header: 5, aht: 6, answerSeconds: 7, targetSl: 8, passMark: 9, slotSeconds: 10, valueCol: 3 } as const;

/** Columns of a per-hour table. */
export const HOUR_COL = { hour: 0, forecast: 1, actual: 2, absError: 3, required: 4, onDuty: 5, short: 6, answered: 7, within: 8, sl: 9, source: 10 } as const;

/** Columns of a per-slot table. */
export const SLOT_COL = { time: 0, required: 1, onDuty: 2, short: 3, forecast: 4, actual: 5, traffic: 6, wait: 7, sl: 8 } as const;

/** Key-figure rows, in order (labels in columns A–C, one value column per day, then all days). */
export const KEY_FIGURES = [
  "forecastTotal",
  "actualTotal",
  "wapeSlots",
  "wapeHours",
  "bias",
  "shortSlots",
  "personSlots",
  "worstSlot",
  "worstShort",
  "slAchieved",
  "slVerdict",
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

/** The report is columns A–K. */
export const LAST_COL = 10;
/** Rows a day's two charts take below its hour table. */
export const CHART_ROWS = 16;
/** Blank input rows offered below the sample's (or a user's) items. */
export const SPARE_ROWS = 3;
export const MIN_TEXT_ROWS = 5;

export interface ReviewSizes {
  days: number;
  slots: number;
  incentiveLines: number;
  topErrors: number;
  processRows: number;
  improvements: number;
  followUps: number;
}

export interface DayBlock {
  title: number;
  header: number;
  /** First hour row; hour h is `firstHour + h`. */
  firstHour: number;
  total: number;
  chartRow: number;
  slotTitle: number;
  slotHeader: number;
  /** First slot row; slot s is `firstSlot + s`. */
  firstSlot: number;
}

export function reviewLayout(z: ReviewSizes) {
  const analysis = 12;
  const keyHeader = analysis + 1;
  const firstKey = keyHeader + 1;
  const allCol = SETTINGS.valueCol + z.days;
  let row = firstKey + KEY_FIGURES.length + 1;
  const dayRows = Array.from({ length: z.days }, () => {
    const title = row;
    const header = title + 1;
    const firstHour = header + 1;
    const total = firstHour + HOURS_PER_DAY;
    const chartRow = total + 2;
    row = chartRow + CHART_ROWS + 1;
    return { title, header, firstHour, total, chartRow };
  });
  // Incentives (A–D) beside QA (F–K).
  const money = row;
  const moneyHeader = money + 1;
  const firstLine = moneyHeader + 1;
  const totalCost = firstLine + z.incentiveLines;
  const sales = totalCost + 1;
  const costShare = sales + 1;
  const qa = money;
  const qaRows = { from: qa + 1, to: qa + 2, reviews: qa + 3, passed: qa + 4, passRate: qa + 5, meanScore: qa + 6, redLines: qa + 7 };
  const errorsHeader = qa + 8;
  const firstError = errorsHeader + 1;
  row = Math.max(costShare, firstError + z.topErrors - 1) + 2;
  const process = row;
  const processHeader = process + 1;
  const firstProcess = processHeader + 1;
  row = firstProcess + z.processRows + 1;
  const plan = row;
  const planHeader = plan + 1;
  const firstPlan = planHeader + 1;
  row = firstPlan + z.improvements + 1;
  const follow = row;
  const followHeader = follow + 1;
  const firstFollow = followHeader + 1;
  const reportEnd = firstFollow + z.followUps - 1;
  row = reportEnd + 3;
  const days: DayBlock[] = dayRows.map((d) => {
    const slotTitle = row;
    row = slotTitle + 2 + z.slots + 1;
    return { ...d, slotTitle, slotHeader: slotTitle + 1, firstSlot: slotTitle + 2 };
  });
  return {
    analysis,
    keyHeader,
    firstKey,
    keyRow: (f: KeyFigure) => firstKey + KEY_FIGURES.indexOf(f),
    dayCol: (d: number) => SETTINGS.valueCol + d,
    allCol,
    days,
    money,
    moneyHeader,
    firstLine,
    totalCost,
    sales,
    costShare,
    qa,
    qaRows,
    qaCol: 5,
    errorsHeader,
    firstError,
    process,
    processHeader,
    firstProcess,
    plan,
    planHeader,
    firstPlan,
    follow,
    followHeader,
    firstFollow,
    reportEnd,
  };
}

export type ReviewLayout = ReturnType<typeof reviewLayout>;

/** The sizes of an input's sheet: its items plus {@link SPARE_ROWS} blank rows to type into. */
export function reviewSizes(input: {
  days: readonly { forecast: readonly number[] }[];
  incentives: { lines: readonly unknown[] };
  qa: { topErrors: readonly unknown[] };
  process: { well: readonly unknown[]; improve: readonly unknown[] };
  improvements: readonly unknown[];
  followUps: readonly unknown[];
}): ReviewSizes {
  const rows = (n: number) => Math.max(MIN_TEXT_ROWS, n + SPARE_ROWS);
  return {
    days: input.days.length,
    slots: input.days[0]?.forecast.length ?? 0,
    incentiveLines: input.incentives.lines.length + SPARE_ROWS,
    topErrors: Math.max(input.qa.topErrors.length, 1),
    processRows: rows(Math.max(input.process.well.length, input.process.improve.length)),
    improvements: rows(input.improvements.length),
    followUps: rows(input.followUps.length),
  };
}
