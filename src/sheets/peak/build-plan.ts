/**
 * The linked peak plan: overview, forecast, headcount, hiring plan and one roster per event day,
 * built from one `PeakWorkbookInput`. Rosters are solved before building (HiGHS is async);
 * `preparePeakWorkbook` does that, `buildPeakPlanSheets` is pure.
 */
import { computePeakPlan, type PeakPlanInput, type PeakPlanNumbers } from "../../core/peak";
import type { NamedRoster } from "../../core/roster/types";
import type { Agent } from "../../core/team/types";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { MAX_NEW_HIRES, trainingPlanForCalendar } from "../../core/training/calendar-plan";
import { InputError } from "../../core/errors";
import { buildPayoutSheets, payoutOptionsForCalendar } from "../payouts";
import { buildQaSheets, type QaSheetsOptions } from "../qa/build-qa-sheets";
import { qaOptionsForCalendar } from "../qa/generator";
import { buildRosterSheetSet, FIRST_SLOT_COL } from "../roster";
import { a1, rekeySheets, sheetRef, type SheetSpec } from "../spec";
import { buildTrainingSheets } from "../training";
import { sampleReviewInput } from "../../core/review/sample";
import { samplePlanNumbers } from "../review/sample";
import { buildReviewSheet, qaLogRefs, type QaLogRef } from "../review/review-sheet";
import { buildPlanForecastSheet } from "./forecast-sheet";
import { buildPlanHeadcountSheet } from "./headcount-sheet";
import { buildPlanHiringSheet, HIRING_COLS, hiringLayout } from "./hiring-sheet";
import { shortDate } from "./labels";
import { PEAK_IDS, requiredRef } from "./layout";
import { buildOverviewSheet } from "./overview-sheet";
import { eventDayScenario, solveEventRosters, totalHires } from "./rosters";

export interface PeakWorkbookInput {
  /** The peak's name, e.g. "双11 2026". */
  name: string;
  plan: PeakPlanInput;
  /** The team before hiring (roster people, with the new hires added). */
  team: readonly Agent[];
  /**
   * New hires the plan was prepared with (the hiring plan's total then): they are on the rosters
   * and in the training sheets. A later change in Excel moves the hiring plan, not these sheets.
   */
  newHires: number;
  /** One solved roster per event day, for the team plus the new hires. */
  rosters: readonly NamedRoster[];
  /** The built-in sample shop (labelled on every sheet). */
  sample: boolean;
}

/** Roster sheet ids of event day `day`: `peakRoster{day}Day0`, `peakRoster{day}Plan`. */
export function rosterIdPrefix(day: number): string {
  return `${PEAK_IDS.rosterPrefix}${day}`;
}

/** Most people one event day may need: the largest teams here are about 600; a day beyond this is a mistyped forecast, and its roster would not solve in minutes. */
export const MAX_PEOPLE_PER_DAY = 1000;

/** The team's temporaries and the new hires: who the training sheets train. */
const traineeCount = (team: readonly Agent[], hires: number) => team.filter((a) => a.employment === "temporary").length + hires;

/**
 * Refuses, in words and before any roster is solved (minutes), a plan whose sheets could not be
 * built: a day needing more than {@link MAX_PEOPLE_PER_DAY} people, more new hires than the training
 * sheets take, or trainees without a training stage before the first event day.
 */
export function checkPlanBeforeSolving(plan: PeakPlanInput, numbers: PeakPlanNumbers, team: readonly Agent[], locale: Locale): void {
  const busiest = numbers.peopleNeeded.reduce((best, n, d) => (n > numbers.peopleNeeded[best]! ? d : best), 0);
  const people = numbers.peopleNeeded[busiest]!;
  if (people > MAX_PEOPLE_PER_DAY) {
    const values = { people, date: shortDate(plan.calendar.eventDays[busiest]!.date, locale), baseline: plan.forecast.baseline, uplift: Math.round(numbers.uplift * 100) / 100, max: MAX_PEOPLE_PER_DAY };
    throw new InputError({ "en-US": format(PEAK_TEXT["en-US"].checks.tooManyPeople, values), "zh-CN": format(PEAK_TEXT["zh-CN"].checks.tooManyPeople, values) });
  }
  const hires = totalHires(numbers);
  if (hires > MAX_NEW_HIRES) {
    const values = { hires, max: MAX_NEW_HIRES };
    throw new InputError({ "en-US": format(PEAK_TEXT["en-US"].checks.tooManyHires, values), "zh-CN": format(PEAK_TEXT["zh-CN"].checks.tooManyHires, values) });
  }
  // The training plan's own checks (a training stage, before the first event day).
  if (traineeCount(team, hires) > 0) trainingPlanForCalendar(plan.calendar, team, { newHires: hires, locale });
}

/** Computes the plan and solves one roster per event day for the team plus the hires. */
export async function preparePeakWorkbook(name: string, plan: PeakPlanInput, team: readonly Agent[], sample: boolean, locale: Locale): Promise<PeakWorkbookInput> {
  const numbers = computePeakPlan(plan);
  checkPlanBeforeSolving(plan, numbers, team, locale);
  const hires = totalHires(numbers);
  const scenarios = plan.calendar.eventDays.map((_, d) => eventDayScenario(plan.calendar, numbers, d, team, hires, locale));
  return { name, plan, team, newHires: hires, rosters: await solveEventRosters(scenarios), sample };
}

/** The roster sheets of every event day, the required rows reading the headcount sheet. */
export function buildPlanRosterSheets(input: PeakWorkbookInput, numbers: PeakPlanNumbers, locale: Locale) {
  const t = PEAK_TEXT[locale].roster;
  return input.rosters.map((roster, d) => {
    const date = shortDate(input.plan.calendar.eventDays[d]!.date, locale);
    return buildRosterSheetSet(roster, locale, {
      idPrefix: rosterIdPrefix(d),
      names: { grid: format(t.grid, { date }), plan: format(t.plan, { date }) },
      required: (_day, slot) => requiredRef(d, slot),
      fairness: false,
    });
  });
}

/** The id another generator's sheet gets in the plan: `payoutPlan` → `peakPayoutPlan`. */
export const planSheetId = (id: string) => `peak${id[0]!.toUpperCase()}${id.slice(1)}`;
const asPlanSheets = (specs: readonly SheetSpec[]) => rekeySheets(specs, planSheetId);

/** The QA options of the plan: the calendar's review days and the team; sample reviews only for the sample shop. */
function planQaOptions(input: PeakWorkbookInput, locale: Locale): QaSheetsOptions[] {
  return qaOptionsForCalendar(input.plan.calendar, input.team, locale).map((options): QaSheetsOptions => {
    const { entries: _entries, calibration: _calibration, ...blank } = options;
    return input.sample ? options : blank;
  });
}

/** The plan's QA logs as the review reads them (ids as the plan writes them) and the QA period they cover. */
export interface PlanQaLogs {
  logs: QaLogRef[];
  /** The calendar's event and after-sale days, first to last: the period the review counts. */
  period: { first: number; last: number };
}

/**
 * Where the plan's QA logs are: the same options the plan's QA sheets are built with, so the
 * review's COUNTIFS cover exactly the logs' rows and columns.
 * @throws InputError for a calendar or team the plan could not have been written with.
 */
export function planQaLogs(input: PeakWorkbookInput, locale: Locale): PlanQaLogs {
  const options = planQaOptions(input, locale);
  return { logs: qaLogRefs(options, planSheetId), period: options[0]!.period! };
}

/**
 * The payout, QA and training sheets of the plan: the calendar's stage dates, the team, the new
 * hires as trainees. Sample figures (KPIs, reviews, exam results) only for the sample shop; a
 * user's team gets the same sheets blank, to fill in.
 */
export function buildPlanCompanionSheets(input: PeakWorkbookInput, locale: Locale): SheetSpec[] {
  const { calendar } = input.plan;
  const qa = planQaOptions(input, locale);
  // Nobody to train (no temporaries, no hires): no training sheets.
  const training = traineeCount(input.team, input.newHires) > 0 ? [trainingPlanForCalendar(calendar, input.team, { newHires: input.newHires, locale, sampleResults: input.sample })] : [];
  return [
    ...asPlanSheets(buildPayoutSheets(payoutOptionsForCalendar(calendar, input.team, !input.sample), locale)),
    ...asPlanSheets(qa.flatMap((o) => buildQaSheets(o, locale))),
    ...asPlanSheets(training.flatMap((plan) => buildTrainingSheets(plan, locale))),
  ];
}

export function buildPeakPlanSheets(input: PeakWorkbookInput, locale: Locale): SheetSpec[] {
  const numbers = computePeakPlan(input.plan);
  if (input.rosters.length !== input.plan.calendar.eventDays.length) throw new Error("One roster per event day");
  const rosterSets = buildPlanRosterSheets(input, numbers, locale);
  const body = [
    buildPlanForecastSheet(input.plan, numbers, locale, input.sample),
    buildPlanHeadcountSheet(input.plan, numbers, locale, input.sample),
    buildPlanHiringSheet(input.plan, numbers, locale, input.sample),
    ...rosterSets.flatMap((r) => r.sheets),
    ...buildPlanCompanionSheets(input, locale),
  ];
  // The review after the peak needs what really happened: the sample shop's is written with its
  // sample actuals (drawn around the sample's own plan, so a typed uplift leaves them as they
  // are); a user's plan gets it from the review generator once the peak is over.
  if (input.sample) {
    const review = sampleReviewInput(samplePlanNumbers(), true);
    body.push(buildReviewSheet(review, locale, { payoutSummary: planSheetId("payoutSummary"), qaLogs: planQaLogs(input, locale).logs }));
  }
  const hiring = hiringLayout(numbers.weeks.length);
  const overview = buildOverviewSheet(
    {
      name: input.name,
      calendar: input.plan.calendar,
      sample: input.sample,
      totalHiresRef: `${sheetRef(PEAK_IDS.hiring)}!${a1(hiring.totalRow, HIRING_COLS.hires, true)}`,
      rosters: rosterSets.map((r, d) => {
        const grid = r.grids[0]!;
        return { gridId: grid.id, gapRow: grid.layout.gapRow, firstCol: FIRST_SLOT_COL, lastCol: FIRST_SLOT_COL + numbers.agents[d]!.length - 1, people: grid.layout.people.length };
      }),
      sheets: body.map((s) => ({ id: s.id, name: s.name })),
    },
    locale,
  );
  return [overview, ...body];
}
