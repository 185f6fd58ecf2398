/**
 * The sample review of the sample shop's Double 11 2026 (synthetic, labelled as a sample): the
 * plan's forecast and agents required per slot (from the plan engine), and what "happened":
 * - actual volume: Poisson draws from a fixed seed around the forecast missed the way peaks miss:
 *   wave 1 came 12 % above its forecast; the main day 5 % below in total, its midnight peak
 *   20 minutes later than forecast;
 * - agents on duty: as required, except a few slots with absences;
 * - answers within target for the last event day (the chat system's report), near the Erlang C
 *   estimate;
 * - incentive cost and sales from the sample payout plan on the calendar's dates and the sample
 *   team, QA figures from the team's sample QA logs on the calendar's event and after-sale days;
 * - the written parts, whose sentences quote the engine's figures.
 */
import { formatBoth, type LocalizedText } from "../../i18n/locale";
import { REVIEW_SAMPLE_TEXT } from "../../i18n/review";
import { drawCounts, seededUniform } from "../forecast";
import { computePayouts, payoutPlanForCalendar, sampleInputs } from "../payouts";
import { SAMPLE_CALENDAR } from "../peak/sample-calendar";
import { defaultCatalogue } from "../qa/default-catalogue";
import { qaLogForCalendar, qaReviewDays } from "../sample/qa-reviews";
import { SAMPLE_TEAM } from "../sample/team";
import { formatClock } from "../clock";
import { isoDate, toSerialDate } from "../serial-date";
import { computeReview, type ReviewResult } from "./compute-review";
import { qaResultsFromLog } from "./qa-results";
import { reviewText, type ReviewDayInput, type ReviewInput, type ReviewSettings } from "./types";
import { HOURS_PER_DAY } from "./validate";

const SEED = 20261112;
/** Actual ÷ forecast per event day (wave 1, main day, a third day if any). */
const MISS = [1.12, 0.95, 1];
/** The main day's midnight peak arrives this many slots late (within its first three hours). */
const PEAK_DELAY_SLOTS = 2;
const SHIFTED_SLOTS = 18;
/** Occupancy the sample's agent time per contact gives the plan's staffing on average. */
const SAMPLE_OCCUPANCY = 0.85;
const SAMPLE_PASS_MARK = 80;

export interface SamplePlanNumbers {
  /** Forecast contacts per event day, per slot. */
  forecast: number[][];
  /** Agents required per event day, per slot. */
  required: number[][];
}

/** Intensity of the actual volume of day `d`: the forecast, missed by the day's factor (main day: peak later). */
function actualIntensity(forecast: readonly number[], d: number, main: boolean): number[] {
  const factor = MISS[d] ?? 1;
  if (!main) return forecast.map((f) => f * factor);
  // The rush builds up over the first slots, then follows the forecast's curve late.
  const shifted = forecast.map((f, s) =>
    s < PEAK_DELAY_SLOTS ? (forecast[0]! * (s + 1)) / (PEAK_DELAY_SLOTS + 1) : s < SHIFTED_SLOTS ? forecast[s - PEAK_DELAY_SLOTS]! : f,
  );
  const scale = (factor * forecast.reduce((a, b) => a + b, 0)) / shifted.reduce((a, b) => a + b, 0);
  return shifted.map((v) => v * scale);
}

/** Agents on duty: the plan's, with one or two absent in about one slot in twenty. */
function onDutyWithAbsences(required: readonly number[], uniform: () => number): number[] {
  return required.map((r) => {
    const planned = Math.round(r);
    const absent = uniform() < 0.05 ? 1 + Math.floor(uniform() * 2) : 0;
    return Math.max(0, planned - absent);
  });
}

const grouped = (n: number) => n.toLocaleString("en-US");
const pct = (x: number, signed = false) => `${signed && x > 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
/** The written parts from the figures: what went well / to improve, improvement and follow-up plans. */
function sampleTexts(input: ReviewInput, r: ReviewResult): Pick<ReviewInput, "process" | "improvements" | "followUps"> {
  const T = (key: Exclude<keyof (typeof REVIEW_SAMPLE_TEXT)["en-US"], "incentive">, values: Record<string, string | number | LocalizedText> = {}) =>
    formatBoth((l) => REVIEW_SAMPLE_TEXT[l][key], values);
  const well: LocalizedText[] = [];
  const improve: LocalizedText[] = [];
  const target = pct(input.settings.targetServiceLevel);
  r.days.forEach((day, i) => {
    const date = isoDate(input.days[i]!.date);
    if (day.serviceLevel !== null) (day.meetsTarget ? well : improve).push(T(day.meetsTarget ? "slMet" : "slMissed", { date, sl: pct(day.serviceLevel), target }));
    if (day.bias !== null) {
      const close = Math.abs(day.bias) <= 0.05;
      (close ? well : improve).push(
        T(close ? "forecastClose" : "forecastOff", { date, actual: grouped(day.actual), forecast: grouped(Math.round(day.forecast)), bias: pct(day.bias, true), wape: pct(day.wapeHours ?? 0) }),
      );
    }
    if (day.worstSlot) {
      improve.push(T("short", { date, slots: day.shortSlots, personSlots: day.personSlotsShort, time: formatClock((day.worstSlot.slot * 1440) / r.slotsPerDay), worst: day.worstSlot.short }));
    } else well.push(T("noShort", { date }));
  });
  const topQa = input.qa.topErrors[0];
  const topRate = r.qa.topErrors[0]?.rate;
  const qaLabel: LocalizedText | undefined = topQa ? { "en-US": reviewText(topQa.label, "en-US"), "zh-CN": reviewText(topQa.label, "zh-CN") } : undefined;
  if (qaLabel && topRate !== null && topRate !== undefined) improve.push(T("qaTop", { item: qaLabel, rate: pct(topRate) }));
  well.push(T("huddle"), T("standby"));

  const firstBias = r.days[0]!.bias ?? 0;
  const d = (month: number, day: number) => toSerialDate(2026, month, day);
  return {
    process: { well, improve },
    improvements: [
      { problem: T("planForecastProblem", { bias: pct(firstBias, true) }), action: T("planForecastAction"), owner: "王芳", deadline: d(12, 15), status: "inProgress" },
      { problem: T("planShortProblem"), action: T("planShortAction"), owner: "孙强", deadline: d(11, 30), status: "done" },
      ...(qaLabel ? [{ problem: T("planQaProblem", { item: qaLabel }), action: T("planQaAction"), owner: "林晓雯", deadline: d(12, 31), status: "notStarted" as const }] : []),
    ],
    followUps: [
      { item: T("followCurve"), painPoint: T("followCurvePain"), teams: T("followCurveTeams"), owner: "王芳", due: d(12, 1) },
      { item: T("followFaq"), painPoint: T("followFaqPain"), teams: T("followFaqTeams"), owner: "李娜", due: d(12, 10) },
      { item: T("followTemps"), painPoint: T("followTempsPain"), teams: T("followTempsTeams"), owner: "孙强", due: d(12, 20) },
    ],
  };
}

/** Answered and answered within target per hour, near the estimate (the report of a chat system). */
function sampleAnswers(day: ReviewResult["days"][number], uniform: () => number): Pick<ReviewDayInput, "answered" | "answeredWithin"> {
  const answered = day.hours.map((h) => Math.round(h.actual * 0.97));
  const answeredWithin = day.hours.map((h, i) => {
    const level = Math.min(1, Math.max(0, (h.serviceLevel ?? 1) - 0.03 + 0.06 * uniform()));
    return Math.round(answered[i]! * level);
  });
  return { answered, answeredWithin };
}

/**
 * The sample review for the plan's numbers (`forecast[d][s]`, `required[d][s]` per event day of
 * the sample calendar). `linked`: the sheet refers to the plan's headcount sheet for them.
 */
export function sampleReviewInput(plan: SamplePlanNumbers, linked: boolean): ReviewInput {
  const uniform = seededUniform(SEED);
  const eventDays = SAMPLE_CALENDAR.eventDays;
  const mainDay = eventDays.reduce((best, e, i) => (e.share > eventDays[best]!.share ? i : best), 0);
  const days: ReviewDayInput[] = plan.forecast.map((forecast, d) => ({
    date: eventDays[d]?.date ?? eventDays[eventDays.length - 1]!.date + d,
    forecast,
    required: plan.required[d]!,
    actual: drawCounts(actualIntensity(forecast, d, d === mainDay), SEED + d + 1),
    onDuty: onDutyWithAbsences(plan.required[d]!, uniform),
  }));
  const slotSeconds = 86_400 / (plan.forecast[0]?.length ?? HOURS_PER_DAY);
  const sum = (xs: readonly number[][]) => xs.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
  // The agent time per contact at which the plan's staffing runs at the sample occupancy.
  const ahtSeconds = Math.max(1, Math.round((10 * SAMPLE_OCCUPANCY * slotSeconds * sum(plan.required)) / Math.max(1, sum(plan.forecast))) / 10);
  const settings: ReviewSettings = { ahtSeconds, answerSeconds: 30, targetServiceLevel: 0.8, qaPassMark: SAMPLE_PASS_MARK };

  const payouts = computePayouts(payoutPlanForCalendar(SAMPLE_CALENDAR), sampleInputs(SAMPLE_TEAM));
  const names = REVIEW_SAMPLE_TEXT;
  const incentives = {
    lines: (Object.keys(payouts.costCents) as (keyof typeof payouts.costCents)[]).map((k) => ({
      label: { "en-US": names["en-US"].incentive[k], "zh-CN": names["zh-CN"].incentive[k] },
      costCents: payouts.costCents[k],
    })),
    salesCents: payouts.salesCents,
  };
  const qaDays = qaReviewDays(SAMPLE_CALENDAR);
  const qa = qaResultsFromLog(
    (["pre-sale", "after-sale"] as const).map((channel) => ({ catalogue: defaultCatalogue(channel), entries: qaLogForCalendar(channel, "zh-CN", SAMPLE_CALENDAR, SAMPLE_TEAM) })),
    { first: qaDays[0]!, last: qaDays[qaDays.length - 1]! },
    SAMPLE_PASS_MARK,
  );
  const base: ReviewInput = { linked, sample: true, days, settings, incentives, qa, process: { well: [], improve: [] }, improvements: [], followUps: [] };
  // The last event day has the chat system's answer report; it is drawn near the estimate.
  const last = days.length - 1;
  const estimated = computeReview(base);
  days[last] = { ...days[last]!, ...sampleAnswers(estimated.days[last]!, uniform) };
  const withAnswers = { ...base, days };
  return { ...withAnswers, ...sampleTexts(withAnswers, computeReview(withAnswers)) };
}
