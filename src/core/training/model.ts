/**
 * The training pipeline of temporary and new staff before a peak: courses, sessions with a class
 * cap, exam records (written exam + on-site questions, retakes), readiness by day against the
 * headcount the plan needs, and a ramp plan from the first day on the floor to probation.
 *
 * Course categories follow the usual new-hire flow: platform rules, product, software, reception;
 * a peak adds the promotion rules. Weak results get progressive retraining: a retake, up to a
 * limit, after which the trainee has failed the course. See docs/reference/training.md.
 */
import type { LocalizedText } from "../../i18n/locale";

export type CourseCategory = "platform" | "product" | "software" | "reception" | "promotion";

export interface Course {
  name: LocalizedText;
  category: CourseCategory;
  /** Classroom hours. */
  hours: number;
  /** What the course covers, shown on the plan. */
  content: LocalizedText;
}

/** The marks a trainee must reach in each course; inputs on the plan sheet. */
export interface PassMarks {
  /** Lowest passing written exam score, 0–100. */
  examPassMark: number;
  /** Share of on-site questions that must be answered right, 0–1. */
  questionShare: number;
  /** Retakes allowed before the course counts as failed. */
  maxRetakes: number;
}

export const DEFAULT_PASS_MARKS: PassMarks = { examPassMark: 80, questionShare: 0.8, maxRetakes: 2 };

export interface Session {
  /** Short code trainees are booked under, e.g. "S01". */
  code: string;
  /** Index into the course list. */
  course: number;
  /** Serial date. */
  date: number;
  trainer: string;
  room: string;
  /** Seats (whole, ≥ 1). */
  cap: number;
}

export interface Trainee {
  name: string;
  /** Team or class the trainee belongs to, e.g. 售前 / Pre-sale; blank when not known. */
  group: LocalizedText;
}

/** One trainee in one course: the latest sitting. */
export interface TrainingRecord {
  trainee: string;
  /** Index into the course list. */
  course: number;
  /** Session code the trainee is booked in. */
  session: string;
  /** null until the session has been held. */
  attended: boolean | null;
  /** Serial date of the latest exam sitting; null before the exam. */
  examDate: number | null;
  /** Written exam score 0–100 of the latest sitting; null before the exam. */
  score: number | null;
  questionsPassed: number;
  questionsAsked: number;
  retakes: number;
}

/** A probation criterion broken into weekly targets. */
export interface RampCriterion {
  name: LocalizedText;
  /** true: more is better (conversion rate, QA score); false: less is better (response seconds). */
  higherIsBetter: boolean;
  /** Level expected in the first week on the floor. */
  start: number;
  /** Level required at probation. */
  target: number;
  /** Excel number format of the figures. */
  numFmt: string;
}

export interface RampHire {
  name: string;
  /** Serial date of the first day on the floor. */
  startDate: number;
  /** Weekly actuals per criterion (criterion order), weeks so far; null for a week not measured. */
  actuals: ReadonlyArray<ReadonlyArray<number | null>>;
}

export interface TrainingPlan {
  /** Serial date of the event (the peak day) training must be finished by. */
  eventDate: number;
  marks: PassMarks;
  courses: readonly Course[];
  sessions: readonly Session[];
  trainees: readonly Trainee[];
  records: readonly TrainingRecord[];
  /** First day of the readiness table (serial). */
  firstDay: number;
  /** People the plan needs ready on each day from `firstDay` to `eventDate`; empty for blanks to type in. */
  needed: readonly number[];
  ramp: { weeks: number; criteria: readonly RampCriterion[]; hires: readonly RampHire[] };
}
