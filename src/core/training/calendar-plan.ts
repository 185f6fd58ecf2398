/**
 * The training of a peak: the team's temporary staff and the new hires the hiring plan calls for,
 * trained in the calendar's training stage and ready by the first event day. Each class takes one
 * course a day from the stage's first day (several a day when the stage is shorter than the
 * course list); everyone is needed on the floor from the day after the stage. A user's plan starts
 * with blank results; the built-in sample fills them in (see {@link PeakTrainingOptions}).
 */
import { validateCalendar, type PeakCalendar } from "../peak/calendar";
import type { Agent } from "../team/types";
import { format, type Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import type { Trainee, TrainingPlan, TrainingRecord } from "./model";
import { blankTrainingPlan } from "./plan";
import { ownRampLevels, rampActuals, skillGroup } from "./sample-plan";
import { trainingError, validateTrainingPlan } from "./validate-plan";

/** Seats per class of a peak's training. */
export const PEAK_CLASS_CAP = 10;
/**
 * Teams run from 20 to 600 people and a peak may ask for as many again (a team of 300 needing 450
 * hires about 200 after attrition and failed exams): the cap only stops a mistyped number.
 */
export const MAX_NEW_HIRES = 1000;

export interface PeakTrainingOptions {
  /** New hires the hiring plan calls for (whole, 0 to `MAX_NEW_HIRES`); named "New hire 1"… / "新人1"… */
  newHires: number;
  /** Language of the new hires' names and group. */
  locale: Locale;
  /**
   * Fill in exam results and ramp actuals for the built-in sample shop (deterministic). Never for a
   * user's team: their results are typed in.
   * @default false
   */
  sampleResults?: boolean;
}

/** "新人1", "新人2", … (zh-CN) or "New hire 1", … (en-US): the new hires' placeholder names. */
export function newHireNames(count: number, locale: Locale): string[] {
  return Array.from({ length: count }, (_, i) => format(TRAINING_STRINGS[locale].newHire.name, { n: i + 1 }));
}

/**
 * The training plan of a peak for `team`: trainees are its temporary staff, then the new hires;
 * sessions in the calendar's training stage (first start to last end of its training stages);
 * the readiness table from that first day to the first event day.
 *
 * @throws InputError for an invalid calendar, one without a training stage, a training stage
 *   after the first event day, new hires that are not a whole number from 0 to `MAX_NEW_HIRES`, or no trainees.
 */
export function trainingPlanForCalendar(calendar: PeakCalendar, team: readonly Agent[], options: PeakTrainingOptions): TrainingPlan {
  validateCalendar(calendar);
  const { newHires, locale } = options;
  if (!(Number.isInteger(newHires) && newHires >= 0 && newHires <= MAX_NEW_HIRES)) throw trainingError("badNewHires", { n: newHires, max: MAX_NEW_HIRES });
  const training = calendar.stages.filter((s) => s.kind === "training");
  if (training.length === 0) throw trainingError("noTrainingStage");
  const first = Math.min(...training.map((s) => s.start));
  const last = Math.max(...training.map((s) => s.end));
  const temps = team.filter((a) => a.employment === "temporary");
  const hireGroup = { "en-US": TRAINING_STRINGS["en-US"].newHire.group, "zh-CN": TRAINING_STRINGS["zh-CN"].newHire.group };
  const trainees: Trainee[] = [
    ...temps.map((a) => ({ name: a.name, group: skillGroup(a) })),
    ...newHireNames(newHires, locale).map((name) => ({ name, group: hireGroup })),
  ];
  // Trainers from the team itself (its full-timers first), never the sample's names.
  const coaches = [...team.filter((a) => a.employment === "full-time"), ...temps].slice(0, 5).map((a) => a.name);
  const blank = blankTrainingPlan({ trainees, classCap: PEAK_CLASS_CAP, firstDay: first, eventDate: calendar.eventDays[0]!.date, trainers: coaches });
  // Every session inside the stage: course i on day i, or spread over the days of a short stage.
  const days = last - first + 1;
  const courses = blank.courses.length;
  const sessions = blank.sessions.map((s) => ({ ...s, date: first + (days >= courses ? s.course : Math.floor((s.course * days) / courses)) }));
  const onFloor = last + 1;
  let plan: TrainingPlan = {
    ...blank,
    sessions,
    needed: Array.from({ length: blank.eventDate - first + 1 }, (_, i) => (first + i >= onFloor ? trainees.length : 0)),
    ramp: { ...blank.ramp, hires: trainees.map((t) => ({ name: t.name, startDate: onFloor, actuals: [] })) },
  };
  if (options.sampleResults) plan = withSampleResults(plan, temps, last, calendar);
  validateTrainingPlan(plan);
  return plan;
}

/** A new hire's levels (exam strength, then conversion, QA score, response seconds), cycling. */
const NEW_HIRE_LEVELS: readonly (readonly number[])[] = [
  [88, 0.36, 84, 46],
  [82, 0.31, 80, 52],
  [91, 0.4, 87, 43],
  [77, 0.28, 77, 58],
];
/** How each course's exam differs from the trainee's strength: product knowledge is the hard one. */
const COURSE_OFFSET: readonly number[] = [1, -3, 5, 0, -2];
/** Points a retake adds to a failed first sitting. */
const RETAKE_GAIN = 4;

/**
 * The sample's results: a temporary agent's exam strength follows last month's QA score, a new
 * hire's the table above. A failed first sitting is retaken two days later (by the stage's last
 * day), 4 points better; the weakest still have a retake to sit, so not everyone is ready.
 * Ramp actuals: the weeks from the first day on the floor to the last event day.
 */
function withSampleResults(plan: TrainingPlan, temps: readonly Agent[], lastTrainingDay: number, calendar: PeakCalendar): TrainingPlan {
  const { examPassMark } = plan.marks;
  const levels = (name: string): readonly number[] => {
    const temp = temps.find((a) => a.name === name);
    if (temp) return [temp.kpi.qaScore + 4, ...ownRampLevels(temp)];
    return NEW_HIRE_LEVELS[(plan.trainees.findIndex((t) => t.name === name) - temps.length) % NEW_HIRE_LEVELS.length]!;
  };
  const sessionDate = new Map(plan.sessions.map((s) => [s.code, s.date]));
  const order = new Map(plan.trainees.map((t, n) => [t.name, n]));
  const records: TrainingRecord[] = plan.records.map((r) => {
    const n = order.get(r.trainee)!;
    const date = sessionDate.get(r.session)!;
    const first = Math.min(100, levels(r.trainee)[0]! + COURSE_OFFSET[r.course % COURSE_OFFSET.length]! + ((n + 2 * r.course) % 3) - 1);
    const retaken = first < examPassMark;
    const score = retaken ? Math.min(100, first + RETAKE_GAIN) : first;
    const right = score >= 86 ? 5 : score >= 78 ? 4 : 3;
    return {
      ...r,
      attended: true,
      examDate: retaken ? Math.min(date + 2, Math.max(date, lastTrainingDay)) : date,
      score,
      questionsPassed: right,
      questionsAsked: 5,
      retakes: retaken ? 1 : 0,
    };
  });
  const lastEventDay = calendar.eventDays[calendar.eventDays.length - 1]!.date;
  const hires = plan.ramp.hires.map((h) => {
    const weeks = Math.max(0, Math.min(plan.ramp.weeks, Math.floor((lastEventDay - h.startDate + 1) / 7)));
    return { ...h, actuals: rampActuals(levels(h.name).slice(1), weeks) };
  });
  return { ...plan, records, ramp: { ...plan.ramp, hires } };
}
