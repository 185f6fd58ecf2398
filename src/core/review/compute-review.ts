/**
 * Every figure of the post-peak review from the numbers (docs/review.md): forecast accuracy per
 * hour and day, agents required against on duty per slot with the short slots, the service level
 * achieved per hour (measured where answer data is given, else Erlang C from the actual volume, the
 * agent time per contact and the agents on duty), incentive cost against sales and the QA results.
 * The review sheet's native formulas compute the same figures; the recalculation test holds them
 * to these.
 */
import { accuracy } from "../forecast";
import { serviceLevel, trafficErlangs } from "../staffing";
import type { ReviewDayInput, ReviewInput, ReviewSettings } from "./types";
import { checkReviewInput, HOURS_PER_DAY } from "./validate";

const SECONDS_PER_DAY = 86_400;

export interface HourReview {
  forecast: number;
  actual: number;
  absError: number;
  /** Mean of the slots' agents required and on duty. */
  requiredAvg: number;
  onDutyAvg: number;
  /** Slots with fewer agents on duty than required. */
  shortSlots: number;
  /** Measured answer data, null where none was given. */
  answered: number | null;
  answeredWithin: number | null;
  /** Measured (answered > 0): within ÷ answered; else the Erlang C estimate; null with no contacts to answer. */
  serviceLevel: number | null;
  measured: boolean;
}

export interface SlotReview {
  /** max(0, required − on duty). */
  short: number;
  /** Offered traffic of the actual volume, Erlangs. */
  traffic: number;
  /** Erlang C share answered within the target with the agents on duty. */
  serviceLevel: number;
}

/** Figures that add up over days (a day's, or all event days' together). */
export interface ReviewTotals {
  forecast: number;
  actual: number;
  /** WAPE = Σ|actual − forecast| ÷ Σactual over slots / over hourly totals; null when Σactual = 0. */
  wapeSlots: number | null;
  wapeHours: number | null;
  /** Σ(forecast − actual) ÷ Σactual; positive: the forecast was too high. */
  bias: number | null;
  shortSlots: number;
  /** Σ short over the slots: agents missing × slots. */
  personSlotsShort: number;
  /** The hours' service levels weighted by their actual volume; null with no contacts. */
  serviceLevel: number | null;
  /** serviceLevel ≥ the target; null when unknown. */
  meetsTarget: boolean | null;
}

export interface DayReview extends ReviewTotals {
  slots: SlotReview[];
  hours: HourReview[];
  /** The first slot with the most agents short; null when no slot is short. */
  worstSlot: { slot: number; short: number } | null;
}

export interface ReviewResult {
  slotsPerDay: number;
  slotSeconds: number;
  days: DayReview[];
  all: ReviewTotals;
  incentives: { totalCents: number; salesCents: number; /** total ÷ sales; null with no sales. */ costShare: number | null };
  qa: { reviews: number; passRate: number | null; meanScore: number | null; redLines: number; topErrors: { failures: number; answered: number; rate: number | null }[] };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function ratioOrNull(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** `accuracy`, with null where it has no answer (nothing arrived). */
function accuracyOrNull(actual: readonly number[], forecast: readonly number[], metric: "WAPE" | "BIAS"): number | null {
  return sum(actual) > 0 ? accuracy(actual, forecast, metric) : null;
}

/** Per-slot service level: Erlang C with the agents on duty for the slot's actual traffic. */
function slotReview(d: ReviewDayInput, s: number, settings: ReviewSettings, slotSeconds: number): SlotReview {
  const traffic = trafficErlangs(d.actual[s]!, settings.ahtSeconds, slotSeconds);
  return {
    short: Math.max(0, d.required[s]! - d.onDuty[s]!),
    traffic,
    serviceLevel: serviceLevel(d.onDuty[s]!, traffic, settings.ahtSeconds, settings.answerSeconds),
  };
}

/** Volume-weighted service level of hours (or of slots): Σ sl·volume ÷ Σ volume over known levels. */
function weightedLevel(levels: readonly (number | null)[], volumes: readonly number[]): number | null {
  let num = 0;
  let den = 0;
  levels.forEach((l, i) => {
    if (l === null) return;
    num += l * volumes[i]!;
    den += volumes[i]!;
  });
  return ratioOrNull(num, den);
}

function totals(days: readonly { d: ReviewDayInput; hours: HourReview[]; slots: SlotReview[] }[], target: number): ReviewTotals {
  const actual = days.flatMap((x) => [...x.d.actual]);
  const forecast = days.flatMap((x) => [...x.d.forecast]);
  const hours = days.flatMap((x) => x.hours);
  const short = days.flatMap((x) => x.slots.map((s) => s.short));
  const hourActual = hours.map((h) => h.actual);
  const level = weightedLevel(
    hours.map((h) => h.serviceLevel),
    hourActual,
  );
  return {
    forecast: sum(forecast),
    actual: sum(actual),
    wapeSlots: accuracyOrNull(actual, forecast, "WAPE"),
    wapeHours: accuracyOrNull(hourActual, hours.map((h) => h.forecast), "WAPE"),
    bias: accuracyOrNull(actual, forecast, "BIAS"),
    shortSlots: short.filter((v) => v > 0).length,
    personSlotsShort: sum(short),
    serviceLevel: level,
    meetsTarget: level === null ? null : level >= target,
  };
}

function dayReview(d: ReviewDayInput, settings: ReviewSettings, slotsPerDay: number): DayReview {
  const slotSeconds = SECONDS_PER_DAY / slotsPerDay;
  const perHour = slotsPerDay / HOURS_PER_DAY;
  const slots = d.actual.map((_, s) => slotReview(d, s, settings, slotSeconds));
  const hours = Array.from({ length: HOURS_PER_DAY }, (_, h): HourReview => {
    const idx = Array.from({ length: perHour }, (_, k) => h * perHour + k);
    const pick = (xs: readonly number[]) => idx.map((s) => xs[s]!);
    const forecast = sum(pick(d.forecast));
    const actual = sum(pick(d.actual));
    const answered = d.answered?.[h] ?? null;
    const answeredWithin = d.answeredWithin?.[h] ?? null;
    const measured = answered !== null && answered > 0;
    const estimate = weightedLevel(idx.map((s) => slots[s]!.serviceLevel), pick(d.actual));
    return {
      forecast,
      actual,
      absError: Math.abs(actual - forecast),
      requiredAvg: sum(pick(d.required)) / perHour,
      onDutyAvg: sum(pick(d.onDuty)) / perHour,
      shortSlots: idx.filter((s) => slots[s]!.short > 0).length,
      answered,
      answeredWithin,
      serviceLevel: measured ? answeredWithin! / answered : estimate,
      measured,
    };
  });
  const worst = Math.max(...slots.map((s) => s.short));
  return {
    ...totals([{ d, hours, slots }], settings.targetServiceLevel),
    slots,
    hours,
    worstSlot: worst > 0 ? { slot: slots.findIndex((s) => s.short === worst), short: worst } : null,
  };
}

/**
 * The review's figures.
 * @throws InputError for an input `checkReviewInput` rejects.
 */
export function computeReview(input: ReviewInput): ReviewResult {
  const slotsPerDay = checkReviewInput(input);
  const days = input.days.map((d) => dayReview(d, input.settings, slotsPerDay));
  const totalCents = sum(input.incentives.lines.map((l) => l.costCents));
  const qa = input.qa;
  return {
    slotsPerDay,
    slotSeconds: SECONDS_PER_DAY / slotsPerDay,
    days,
    all: totals(
      days.map((r, i) => ({ d: input.days[i]!, hours: r.hours, slots: r.slots })),
      input.settings.targetServiceLevel,
    ),
    incentives: { totalCents, salesCents: input.incentives.salesCents, costShare: ratioOrNull(totalCents, input.incentives.salesCents) },
    qa: {
      reviews: qa.reviews,
      passRate: ratioOrNull(qa.passed, qa.reviews),
      meanScore: qa.meanScore,
      redLines: qa.redLines,
      topErrors: qa.topErrors.map((e) => ({ failures: e.failures, answered: e.answered, rate: ratioOrNull(e.failures, e.answered) })),
    },
  };
}
