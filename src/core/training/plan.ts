/**
 * Builds a training plan from a few choices (trainees, class cap, first training day, event day):
 * the default courses, one class per `cap` trainees with a session of every course on consecutive
 * days, every trainee booked into their class, results blank. The sample plan fills in results.
 */
import { toSerialDate } from "../serial-date";
import { TRAINING_STRINGS } from "../../i18n/training";
import { DEFAULT_PASS_MARKS, type Course, type PassMarks, type RampCriterion, type Session, type Trainee, type TrainingPlan, type TrainingRecord } from "./model";
import { trainingError, validateTrainingPlan } from "./validate-plan";

const both = (en: string, zh: string) => ({ "en-US": en, "zh-CN": zh });

/** The new-hire flow (platform, product, software, reception) plus the peak's promotion rules. */
export const DEFAULT_COURSES: readonly Course[] = [
  { category: "platform", hours: 3, name: both("Platform rules", "平台规则"), content: both("Marketplace rules, banned words, chat routing, violations", "各平台规则、违禁词、分流规则、违规情形") },
  { category: "product", hours: 4, name: both("Product knowledge", "产品知识"), content: both("The shop's products, taught to sell, not as a spec sheet", "店铺产品知识（销售式培训，而非纯技术培训）") },
  { category: "software", hours: 2, name: both("Service software", "客服软件"), content: both("Qianniu workbench, ERP orders, quick replies", "千牛工作台、ERP 查单、快捷短语") },
  { category: "reception", hours: 4, name: both("Reception and scripts", "接待流程与话术"), content: both("Reception flow, scripts, QA rules, mock chats", "接待流程、话术设置、质检规则、模拟接待") },
  { category: "promotion", hours: 3, name: both("Double-11 promotion rules", "双11活动规则"), content: both("Pre-sale deposits, coupons, price protection, emotion management", "定金预售、优惠券、价保规则、情绪管理") },
];

/** Probation criteria of a chat agent: conversion, QA score, first response (less is better). */
export function defaultRampCriteria(): RampCriterion[] {
  const c = (key: keyof (typeof TRAINING_STRINGS)["en-US"]["ramp"]["criteria"]) =>
    both(TRAINING_STRINGS["en-US"].ramp.criteria[key], TRAINING_STRINGS["zh-CN"].ramp.criteria[key]);
  return [
    { name: c("conversion"), higherIsBetter: true, start: 0.25, target: 0.4, numFmt: "0.0%" },
    { name: c("qa"), higherIsBetter: true, start: 75, target: 85, numFmt: "0.0" },
    { name: c("response"), higherIsBetter: false, start: 60, target: 45, numFmt: "0" },
  ];
}

export const DEFAULT_TRAINERS: readonly string[] = ["王芳", "李娜", "马丽", "孙强", "Emily Chen"];
export const DEFAULT_PROBATION_WEEKS = 6;
/** Double 11, the sample's event day. */
export const SAMPLE_EVENT_DATE = toSerialDate(2026, 11, 11);

export interface TrainingOptions {
  trainees: readonly Trainee[];
  /** Seats per class (1–200). */
  classCap: number;
  /** Serial date of the first training day. */
  firstDay: number;
  /** Serial date of the event day. */
  eventDate: number;
  marks?: PassMarks;
  courses?: readonly Course[];
  trainers?: readonly string[];
  probationWeeks?: number;
}

/**
 * A blank plan: classes of at most `classCap` trainees in list order; class k takes course i on
 * `firstDay + i` in room k + 1.
 *
 * @throws InputError in plain words for a cap outside 1–200, a first day after the event, a
 *   session that would fall after the event, no trainees or a bad name.
 */
export function blankTrainingPlan(options: TrainingOptions): TrainingPlan {
  const { trainees, classCap, firstDay, eventDate } = options;
  const courses = options.courses ?? DEFAULT_COURSES;
  const trainers = options.trainers ?? DEFAULT_TRAINERS;
  if (!(Number.isInteger(classCap) && classCap >= 1 && classCap <= 200)) throw trainingError("badCap", { session: "—", cap: classCap });
  if (trainees.length === 0) throw trainingError("noTrainees");
  const classes = Math.ceil(trainees.length / classCap);
  const sessions: Session[] = [];
  for (let k = 0; k < classes; k++) {
    courses.forEach((_, i) => {
      sessions.push({
        code: `S${String(sessions.length + 1).padStart(2, "0")}`,
        course: i,
        date: firstDay + i,
        trainer: trainers[i % trainers.length]!,
        room: `A${101 + k}`,
        cap: classCap,
      });
    });
  }
  const records: TrainingRecord[] = trainees.flatMap((t, n) =>
    courses.map((_, i) => ({
      trainee: t.name,
      course: i,
      session: sessions[Math.floor(n / classCap) * courses.length + i]!.code,
      attended: null,
      examDate: null,
      score: null,
      questionsPassed: 0,
      questionsAsked: 0,
      retakes: 0,
    })),
  );
  const plan: TrainingPlan = {
    eventDate,
    marks: options.marks ?? DEFAULT_PASS_MARKS,
    courses,
    sessions,
    trainees,
    records,
    firstDay,
    needed: [],
    ramp: {
      weeks: options.probationWeeks ?? DEFAULT_PROBATION_WEEKS,
      criteria: defaultRampCriteria(),
      hires: trainees.map((t) => ({ name: t.name, startDate: firstDay + courses.length, actuals: [] })),
    },
  };
  validateTrainingPlan(plan);
  return plan;
}
