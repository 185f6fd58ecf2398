/**
 * The built-in forecast sample (synthetic, labelled as a sample wherever it is shown): eight recent
 * weeks of 10-minute contact counts before this year's Double 11, and the Double-11 day of the three
 * years before, each with the normal daily level of the weeks before it. Counts are Poisson draws
 * around a known intensity from a fixed seed, so the sample is the same on every run and tests can
 * check a forecast against the intensity it came from.
 */
import { DAYS_PER_WEEK } from "./normal-days";
import { poisson, seededUniform } from "./random";

export const SAMPLE_SLOTS_PER_DAY = 144;
export const SAMPLE_WEEKS = 8;
const SAMPLE_SEED = 20261111;

/** Relative contacts per hour 00–23 on a normal day (night low; late morning, afternoon and evening peaks). */
const NORMAL_HOURS: readonly number[] = [
  0.45, 0.25, 0.12, 0.07, 0.05, 0.05, 0.08, 0.2, 0.55, 0.95, 1.25, 1.3, 1.05, 1.0, 1.2, 1.25, 1.2, 1.1, 1.0, 1.1, 1.35, 1.5, 1.35, 0.9,
];
/** Monday … Sunday: weekends busier, as in most shops. */
const WEEKDAY_FACTORS: readonly number[] = [1.0, 0.96, 0.95, 0.97, 1.02, 1.08, 1.12];
/** Double-11 day: the midnight rush, a morning wave, an evening wave that grew year by year. */
const EVENT_HOURS: readonly number[] = [
  3.2, 1.6, 0.7, 0.3, 0.2, 0.2, 0.25, 0.4, 0.8, 1.1, 1.2, 1.15, 1.0, 0.95, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.3, 1.4, 1.2, 0.9,
];

/** Shares of a day per slot from relative hourly rates, linear between hours, summing to 1. */
function dayShape(hours: readonly number[], slotsPerDay = SAMPLE_SLOTS_PER_DAY): number[] {
  const perHour = slotsPerDay / 24;
  const raw = Array.from({ length: slotsPerDay }, (_, s) => {
    const h = Math.floor(s / perHour);
    const t = (s % perHour) / perHour;
    return hours[h]! + (hours[Math.min(h + 1, 23)]! - hours[h]!) * t; // the last hour does not lean into the next day
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / sum);
}

export interface NormalSampleSpec {
  weeks: number;
  /** Mean daily total at the start. */
  dailyTotal: number;
  /** Growth of the daily level per week (0.01 = 1 %). */
  weeklyGrowth: number;
  seed: number;
  slotsPerDay?: number;
}

/** The intensity (mean count) of every slot of a normal-days series, day 0 a Monday. */
export function normalIntensity(spec: Omit<NormalSampleSpec, "seed">): number[] {
  const slots = spec.slotsPerDay ?? SAMPLE_SLOTS_PER_DAY;
  const shape = dayShape(NORMAL_HOURS, slots);
  const out: number[] = [];
  for (let d = 0; d < spec.weeks * DAYS_PER_WEEK; d++) {
    const level = spec.dailyTotal * Math.pow(1 + spec.weeklyGrowth, d / DAYS_PER_WEEK) * WEEKDAY_FACTORS[d % DAYS_PER_WEEK]!;
    for (let s = 0; s < slots; s++) out.push(level * shape[s]!);
  }
  return out;
}

/** Poisson counts around `intensity`, from a seed. */
export function drawCounts(intensity: readonly number[], seed: number): number[] {
  const uniform = seededUniform(seed);
  return intensity.map((m) => poisson(m, uniform));
}

export interface ForecastSample {
  /** Labels of the past event days, oldest first, e.g. "2023-11-11". */
  pastLabels: string[];
  /** Counts per slot of each past event day, oldest first. */
  pastDays: number[][];
  /** Mean daily total of the four weeks before each past event day. */
  pastBaselines: number[];
  /** This year's eight recent weeks of counts, oldest first, ending the week before the event. */
  recent: number[];
  /** Date of the first recent day (Excel serial). */
  recentStartSerial: number;
  thisYearLabel: string;
}

/** Excel serial of a date (1900 system). */
function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

/** The sample: three past Double-11 days (2023–2025) and the eight weeks before this year's. */
export function forecastSample(): ForecastSample {
  const pastBaselines = [9_200, 10_400, 11_300];
  const uplifts = [6.1, 6.6, 6.3];
  const eventShape = dayShape(EVENT_HOURS);
  const pastDays = pastBaselines.map((b, y) =>
    drawCounts(
      eventShape.map((share) => b * uplifts[y]! * share),
      SAMPLE_SEED + y + 1,
    ),
  );
  // Eight weeks from Monday 2026-09-07 to Sunday 2026-11-01, growing towards the event.
  const recent = drawCounts(normalIntensity({ weeks: SAMPLE_WEEKS, dailyTotal: 11_000, weeklyGrowth: 0.012 }), SAMPLE_SEED);
  return {
    pastLabels: ["2023-11-11", "2024-11-11", "2025-11-11"],
    pastDays,
    pastBaselines,
    recent,
    recentStartSerial: serial(2026, 9, 7),
    thisYearLabel: "2026-11-11",
  };
}
